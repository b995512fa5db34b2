// The referral's plaintext, its statuses, who sends, and when every copy goes (R1, R3).
import { describe, expect, it } from 'vitest';
import { AGENCY, sampleReferral } from '../../tests/fixtures/referrals';
import {
  consentCovers,
  consentEnd,
  foldStatus,
  isDue,
  mayChangeStatus,
  maySendReferral,
  type OrderedChange,
  purgeAt,
  REFERRAL_STATUSES,
  type ReferralSide,
  type ReferralStatus,
  referralSchema,
  statusChangeSchema,
} from './referral';
import { ROLES, type Role } from './roles';

const base = sampleReferral();
const withConsent = (share: readonly string[]) => ({ ...base, consent: { ...base.consent, share } });

describe('the referral’s plaintext', () => {
  it.each<[string, unknown, boolean]>([
    ['the sample', base, true],
    [
      'initials only, nothing else shared',
      { ...withConsent([]), alias: 'J.B.', needs: undefined, contact: undefined, toldOnce: undefined },
      true,
    ],
    ['labour exploitation among the needs', { ...base, needs: ['sector.labour-exploitation'] }, true],
    ['a legal name field', { ...base, legalName: 'Jane Doe' }, false],
    ['a date of birth', { ...base, dateOfBirth: '1990-01-01' }, false],
    ['an unknown key in contact', { ...base, contact: { ...base.contact, address: '12 Elm St' } }, false],
    ['an empty alias', { ...base, alias: '   ' }, false],
    ['an alias of 41 characters', { ...base, alias: 'a'.repeat(41) }, false],
    ['an alias of 40 characters, padded with spaces', { ...base, alias: ` ${'a'.repeat(40)} ` }, true],
    ['a need that is not in the taxonomy', { ...base, needs: ['need.shelter'] }, false],
    ['an approach as a need', { ...base, needs: ['approach.harm-reduction'] }, false],
    ['a need twice', { ...base, needs: ['program.safer-shelter', 'program.safer-shelter'] }, false],
    ['no needs in a list that is there', { ...base, needs: [] }, false],
    [
      'a contact method the form does not offer',
      { ...base, contact: { ...base.contact, method: 'email' } },
      false,
    ],
    [
      'safe times over 200 characters',
      { ...base, contact: { ...base.contact, safeTimes: 'x'.repeat(201) } },
      false,
    ],
    ['a summary of 2,000 characters', { ...base, toldOnce: 'x'.repeat(2000) }, true],
    ['a summary of 2,001 characters', { ...base, toldOnce: 'x'.repeat(2001) }, false],
    ['needs not agreed to be shared', withConsent(['contact', 'summary']), false],
    ['contact not agreed to be shared', withConsent(['needs', 'summary']), false],
    ['a summary not agreed to be shared', withConsent(['needs', 'contact']), false],
    ['consent with no agency', { ...base, consent: { ...base.consent, withAgencies: [] } }, false],
    [
      'consent until a date-time',
      { ...base, consent: { ...base.consent, until: '2026-12-31T12:00:00Z' } },
      false,
    ],
    ['a service id that is not a UUID', { ...base, toService: 'shelter-1' }, false],
  ])('%s → valid %s', (_what, value, valid) => {
    expect(referralSchema.safeParse(value).success).toBe(valid);
  });

  it('trims the alias and the summary', () => {
    const parsed = referralSchema.parse({ ...base, alias: '  J.B. ', toldOnce: ' Told once. ' });
    expect([parsed.alias, parsed.toldOnce]).toEqual(['J.B.', 'Told once.']);
  });
});

describe('who may send', () => {
  it.each<[Role, boolean, boolean]>([
    ['outreach', false, true],
    ['editor', false, true],
    ['coordinator', false, true],
    ['peer', false, false],
    ['peer', true, true],
  ])('%s (peers allowed: %s) → %s', (role, peersMaySend, may) => {
    expect(maySendReferral(role, { peersMaySend })).toBe(may);
  });

  it('has an answer for every role', () => {
    for (const role of ROLES) expect(typeof maySendReferral(role, { peersMaySend: false })).toBe('boolean');
  });
});

describe('status', () => {
  const allowed: Array<[ReferralStatus, ReferralStatus]> = [
    ['sent', 'received'],
    ['sent', 'accepted'],
    ['sent', 'declined'],
    ['received', 'accepted'],
    ['received', 'declined'],
    ['accepted', 'completed'],
  ];
  const pairs = REFERRAL_STATUSES.flatMap((from) => REFERRAL_STATUSES.map((to) => [from, to] as const));
  it.each(pairs)('%s → %s by the receiving agency', (from, to) => {
    const expected = allowed.some(([f, t]) => f === from && t === to);
    expect(mayChangeStatus('receiver', from, to)).toBe(expected);
  });

  it.each<[ReferralSide, ReferralStatus, ReferralStatus]>([
    ['sender', 'sent', 'received'],
    ['sender', 'sent', 'declined'],
    ['sender', 'accepted', 'completed'],
  ])('%s: %s → %s is not the sender’s to make', (side, from, to) => {
    expect(mayChangeStatus(side, from, to)).toBe(false);
  });

  it.each<[string, unknown, boolean]>([
    ['a change', { status: 'accepted', at: '2026-11-16T14:00:00Z' }, true],
    [
      'a change with a note',
      { status: 'declined', note: 'No bed until the 3rd.', at: '2026-11-16T14:00:00Z' },
      true,
    ],
    ['an empty note', { status: 'declined', note: ' ', at: '2026-11-16T14:00:00Z' }, false],
    [
      'a note of 1,001 characters',
      { status: 'declined', note: 'x'.repeat(1001), at: '2026-11-16T14:00:00Z' },
      false,
    ],
    ['a status that does not exist', { status: 'withdrawn', at: '2026-11-16T14:00:00Z' }, false],
    ['an unknown key', { status: 'accepted', at: '2026-11-16T14:00:00Z', by: 'Ann' }, false],
    [
      'a decline with its turn-away reason',
      { status: 'declined', reason: 'turnaway.full', at: '2026-11-16T14:00:00Z' },
      true,
    ],
    [
      'a turn-away reason on an acceptance',
      { status: 'accepted', reason: 'turnaway.full', at: '2026-11-16T14:00:00Z' },
      false,
    ],
    [
      'a reason that is not in the list',
      { status: 'declined', reason: 'turnaway.rude', at: '2026-11-16T14:00:00Z' },
      false,
    ],
  ])('status change: %s → valid %s', (_what, value, valid) => {
    expect(statusChangeSchema.safeParse(value).success).toBe(valid);
  });

  const r = (status: ReferralStatus): OrderedChange => ({ side: 'receiver', status });
  const s = (status: ReferralStatus): OrderedChange => ({ side: 'sender', status });
  it.each<[string, OrderedChange[], ReferralStatus]>([
    ['nothing yet', [], 'sent'],
    ['received, accepted, completed', [r('received'), r('accepted'), r('completed')], 'completed'],
    [
      'accepted while "received" was still offline, then received',
      [r('accepted'), r('received')],
      'accepted',
    ],
    ['declined, then a late accept from another device', [r('declined'), r('accepted')], 'declined'],
    [
      'completed before accepted (out of the hub order) is left out',
      [r('completed'), r('accepted')],
      'accepted',
    ],
    ['the sender cannot accept for the receiver', [s('accepted')], 'sent'],
    ['two devices accept', [r('accepted'), r('accepted')], 'accepted'],
  ])('in the hub’s order, %s → %s', (_what, changes, expected) => {
    expect(foldStatus(changes)).toBe(expected);
  });
});

describe('consent and retention (the shorter wins)', () => {
  it.each([
    ['winter (EST)', '2027-01-15', '2027-01-16T05:00:00.000Z'],
    ['summer (EDT)', '2026-07-01', '2026-07-02T04:00:00.000Z'],
    ['the eve of daylight saving (still EST at midnight)', '2027-03-13', '2027-03-14T05:00:00.000Z'],
    ['the day daylight saving starts (EDT by midnight)', '2027-03-14', '2027-03-15T04:00:00.000Z'],
    ['the eve of standard time (still EDT at midnight)', '2026-10-31', '2026-11-01T04:00:00.000Z'],
    ['the day standard time returns (EST by midnight)', '2026-11-01', '2026-11-02T05:00:00.000Z'],
    ['New Year’s Eve', '2026-12-31', '2027-01-01T05:00:00.000Z'],
    ['a leap day', '2028-02-29', '2028-03-01T05:00:00.000Z'],
  ])('consent until a day in %s ends at its Toronto midnight', (_what, until, end) => {
    expect(consentEnd(until).toISOString()).toBe(end);
  });

  const sentAt = new Date('2026-11-15T17:00:00Z');
  it.each([
    ['consent ends first', sentAt, '2026-12-31', 90, '2027-01-01T05:00:00.000Z'],
    ['retention ends first', sentAt, '2027-06-30', 90, '2027-02-13T17:00:00.000Z'],
    ['a network keeping 30 days', sentAt, '2027-06-30', 30, '2026-12-15T17:00:00.000Z'],
    ['consent ending the day it was sent', sentAt, '2026-11-15', 90, '2026-11-16T05:00:00.000Z'],
    // Days of elapsed time, not of the wall clock: 12:00 EDT plus 90 days is 11:00 EST.
    [
      'retention across the change to standard time',
      new Date('2026-10-20T16:00:00Z'),
      '2027-06-30',
      90,
      '2027-01-18T16:00:00.000Z',
    ],
  ])('%s', (_what, sent, consentUntil, days, expected) => {
    expect(purgeAt({ sentAt: sent, consentUntil }, days).toISOString()).toBe(expected);
  });

  it('is 90 days by default', () => {
    expect(purgeAt({ sentAt, consentUntil: '2027-12-31' }).toISOString()).toBe('2027-02-13T17:00:00.000Z');
  });

  it.each([
    ['one millisecond before the end of consent’s day', '2027-01-01T04:59:59.999Z', false],
    ['at Toronto midnight', '2027-01-01T05:00:00.000Z', true],
    [
      '11 pm in Toronto on consent’s last day, already the next day in UTC',
      '2027-01-01T04:00:00.000Z',
      false,
    ],
    ['later', '2027-03-01T00:00:00.000Z', true],
  ])('due %s: %s', (_what, now, due) => {
    expect(isDue(new Date(now), { sentAt, consentUntil: '2026-12-31' })).toBe(due);
  });

  it.each([
    ['the agency named, on the last day (Toronto evening)', AGENCY.receiver, '2027-01-01T04:59:00Z', true],
    ['the agency named, after the last day', AGENCY.receiver, '2027-01-01T05:00:00Z', false],
    ['an agency not named', AGENCY.other, '2026-11-16T12:00:00Z', false],
  ])('consent covers %s: %s', (_what, agency, now, covers) => {
    expect(consentCovers(base.consent, agency, new Date(now))).toBe(covers);
  });
});
