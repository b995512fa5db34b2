import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { editingEn } from '../../i18n/editing/en';
import { editingFr } from '../../i18n/editing/fr';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import type { FieldIssue, ProblemCode } from '../../state/editorStore';
import { fieldLabel, issueMessage } from './problems';

const te = translator(editingEn);
const t = translator(en);
const format = (n: number) => n.toLocaleString('en-CA');
const issue = (field: string, code: ProblemCode, limit?: number): FieldIssue => ({
  field,
  code,
  ...(limit === undefined ? {} : { limit }),
});

describe('a field’s problem in words', () => {
  it.each<[FieldIssue, string]>([
    [issue('name', 'required'), 'Enter a name.'],
    [issue('organization_id', 'required'), 'Choose an organization.'],
    [issue('community_id', 'required'), 'Choose a community.'],
    [issue('schedules.0.byday', 'required'), 'Choose at least one day.'],
    [issue('description', 'required'), 'Fill this in.'],
    [issue('phones.1.number', 'format'), 'Enter a phone number in digits, like 705-555-0123.'],
    [issue('email', 'format'), 'Enter an email address, like name@example.org.'],
    [issue('website', 'format'), 'Enter a web address starting with https://'],
    [
      issue('schedules.0.closes_at', 'format'),
      'Enter a time as HH:MM, like 09:00 (24:00 for midnight at closing).',
    ],
    [issue('addresses.0.postal_code', 'format'), 'Enter a postal code, like P3A 1B2.'],
    [issue('latitude', 'number'), 'Enter a number, like 46.49 or -80.99.'],
    [issue('minimum_age', 'number'), 'Enter a whole number.'],
    [issue('description', 'too-long', 5000), 'Too long: 5,000 characters at most.'],
    [issue('maximum_age', 'too-large', 120), 'At most 120.'],
    [issue('name_fr', 'markup'), 'A name cannot contain < or >.'],
    [issue('maximum_age', 'ages'), 'The oldest age cannot be below the youngest.'],
    [
      issue('schedules.0.closes_at', 'same-times'),
      'Opening and closing must differ (00:00 to 24:00 is all day).',
    ],
    [issue('hsds_extra', 'invalid'), 'Check this value.'],
  ])('%j → %s', (problem, expected) => {
    expect(issueMessage(problem, te, format)).toBe(expected);
  });
});

describe('a field’s name in the summary', () => {
  it.each([
    ['name', 'Name (English)'],
    ['application_process_fr', 'How to get help (French)'],
    ['phones.0.number', 'Phone 1: Number'],
    ['schedules.2.opens_at', 'Hours 3: Opens'],
    ['addresses.0.postal_code', 'Address: Postal code'],
    ['conditions.id_required', 'ID required'],
    ['conditions.typical_wait_days', 'Typical wait, in days'],
    ['confidentiality.records', 'What it records'],
    ['organization_id', 'Organization'],
  ])('%s → %s', (path, expected) => {
    expect(fieldLabel(path, t, te)).toBe(expected);
  });

  it('is said in French with French punctuation', () => {
    expect(fieldLabel('phones.0.number', translator(fr), translator(editingFr))).toBe(
      'Téléphone 1\u00a0: Numéro',
    );
    expect(fieldLabel('name', translator(fr), translator(editingFr))).toBe('Nom (anglais)');
  });
});
