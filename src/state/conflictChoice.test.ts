import { describe, expect, it } from 'vitest';
import type { Conflict, Mutation, RecordValue } from '../model/mutation';
import {
  type Choices,
  conflictShape,
  defaultChoices,
  describeValue,
  differingFields,
  editableText,
  humanizeField,
  recordName,
  resolvedRecord,
  VALUE_DATA_MAX_CHARS,
} from './conflictChoice';

const RECORD_ID = '0b7f2a4e-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
const MUTATION_ID = '01933b6e-7a00-7000-8000-000000000001';

function patch(fields: string[]): Mutation {
  return {
    seq: 1,
    id: MUTATION_ID,
    entity: 'service',
    recordId: RECORD_ID,
    baseVersion: 3,
    status: 'conflict',
    attempts: 1,
    createdAt: '2026-11-15T17:00:00.000Z',
    op: 'patch',
    fields,
    value: Object.fromEntries(fields.map((f) => [f, 'x'])),
  };
}

function conflict(
  mine: RecordValue | null,
  theirs: RecordValue | null,
  extra: Partial<Conflict> = {},
): Conflict {
  return {
    id: MUTATION_ID,
    entity: 'service',
    recordId: RECORD_ID,
    kind: 'conflict',
    mutation: patch(['name']),
    mine,
    theirs,
    theirsVersion: 4,
    createdAt: '2026-11-15T17:00:00.000Z',
    ...extra,
  };
}

const BASE = { id: RECORD_ID, name: 'Birchlight', description: 'Shelter', last_modified: 'a' };

describe('conflictShape', () => {
  it.each<[string, RecordValue | null, RecordValue | null, string]>([
    ['both sides', BASE, BASE, 'both'],
    ['deleted here', null, BASE, 'deleted-here'],
    ['deleted in the network', BASE, null, 'deleted-there'],
    ['deleted in both', null, null, 'deleted-both'],
  ])('%s', (_, mine, theirs, shape) => {
    expect(conflictShape({ mine, theirs })).toBe(shape);
  });
});

describe('differingFields', () => {
  it.each<[string, Partial<Conflict>, string[]]>([
    ['nothing differs', { mine: BASE, theirs: BASE }, []],
    ['last_modified never counts', { mine: BASE, theirs: { ...BASE, last_modified: 'b' } }, []],
    [
      'the hub’s fields first, then others by name',
      {
        mine: { ...BASE, name: 'A', url: 'u' },
        theirs: { ...BASE, name: 'B', alert: 'x' },
        fields: ['name'],
      },
      ['name', 'alert', 'url'],
    ],
    ['a named field is listed even when equal', { mine: BASE, theirs: BASE, fields: ['name'] }, ['name']],
    ['objects compare by value', { mine: { ...BASE, a: { x: 1 } }, theirs: { ...BASE, a: { x: 1 } } }, []],
    ['a missing side: every field', { mine: null, theirs: { id: RECORD_ID, name: 'B' } }, ['id', 'name']],
  ])('%s', (_, c, fields) => {
    expect(differingFields({ mine: null, theirs: null, ...c })).toEqual(fields);
  });
});

describe('defaultChoices', () => {
  it('keeps what this device changed and takes the rest from the network', () => {
    const c = conflict({ ...BASE, name: 'A', url: 'mine' }, { ...BASE, name: 'B', url: 'theirs' });
    expect(defaultChoices(c)).toEqual({
      fields: { name: { take: 'mine' }, url: { take: 'theirs' } },
      keep: true,
    });
  });

  it('a put changed every field; a delete here stays deleted; a delete there is undone', () => {
    const put = { ...patch(['name']), op: 'put', value: BASE } as unknown as Mutation;
    expect(defaultChoices(conflict({ ...BASE, url: 'a' }, BASE, { mutation: put })).fields).toEqual({
      url: { take: 'mine' },
    });
    expect(defaultChoices(conflict(null, BASE)).keep).toBe(false);
    expect(defaultChoices(conflict(BASE, null)).keep).toBe(true);
  });
});

describe('resolvedRecord', () => {
  const mine = { ...BASE, name: 'Mine', description: 'Here', url: 'https://mine' };
  const theirs = { ...BASE, name: 'Theirs', description: 'There', alert: 'Closed', last_modified: 'b' };
  const both = conflict(mine, theirs, { fields: ['name'] });
  const choose = (fields: Choices['fields'], keep = true): Choices => ({ fields, keep });

  it.each<[string, Conflict, Choices, RecordValue | null]>([
    [
      'mine per field, starting from the network’s copy',
      both,
      choose({
        name: { take: 'mine' },
        description: { take: 'mine' },
        alert: { take: 'mine' },
        url: { take: 'mine' },
      }),
      { ...BASE, name: 'Mine', description: 'Here', url: 'https://mine', last_modified: 'b' },
    ],
    [
      'theirs per field is the network’s copy exactly',
      both,
      choose({
        name: { take: 'theirs' },
        description: { take: 'theirs' },
        alert: { take: 'theirs' },
        url: { take: 'theirs' },
      }),
      theirs,
    ],
    [
      'an edit wins; an unchosen field takes its default',
      both,
      choose({ name: { take: 'edit', text: 'Both of us' } }),
      { ...theirs, name: 'Both of us' },
    ],
    ['deleted here, kept deleted', conflict(null, theirs), choose({}, false), null],
    ['deleted here, brought back as the network has it', conflict(null, theirs), choose({}, true), theirs],
    ['deleted there, kept deleted', conflict(mine, null), choose({}, false), null],
    ['deleted there, brought back as this device has it', conflict(mine, null), choose({}, true), mine],
    ['deleted in both', conflict(null, null), choose({}, true), null],
  ])('%s', (_, c, choices, expected) => {
    expect(resolvedRecord(c, choices)).toEqual(expected);
  });

  it('never changes the conflict it reads', () => {
    const c = conflict(structuredClone(mine), structuredClone(theirs));
    resolvedRecord(c, choose({ name: { take: 'edit', text: 'x' } }));
    expect(c.theirs).toEqual(theirs);
    expect(c.mine).toEqual(mine);
  });
});

describe('editableText', () => {
  it.each<[string, string, unknown, unknown, string | null]>([
    ['text on both sides: mine first', 'description', 'a', 'b', 'a'],
    ['text on one side', 'alert', undefined, 'b', 'b'],
    ['a web address is text', 'url', 'https://a.example', undefined, 'https://a.example'],
    ['a choice among set values is not', 'indigenous_led', 'yes', 'no', null],
    ['an id is not', 'organization_id', RECORD_ID, RECORD_ID, null],
    ['a date is not', 'assured_date', '2026-11-01', null, null],
    ['a number is not text', 'minimum_age', 3, 16, null],
    ['a list is not text', 'languages', [], [], null],
    ['a field the schema does not know: by its values', 'extra', 'a', 'b', 'a'],
    ['absent on both sides', 'alert', undefined, null, null],
  ])('%s', (_, field, a, b, expected) => {
    expect(editableText({ entity: 'service', mine: { [field]: a }, theirs: { [field]: b } }, field)).toBe(
      expected,
    );
  });
});

describe('words for a record, a field and a value', () => {
  it.each<[RecordValue | null, RecordValue | null, string | null]>([
    [{ name: 'Renamed here' }, { name: ' Birchlight ' }, 'Birchlight'],
    [null, { title: 'Spring review' }, 'Spring review'],
    [{ name: '' }, null, null],
  ])('recordName(%j, %j) = %j', (mine, theirs, name) => {
    expect(recordName({ mine, theirs })).toBe(name);
  });

  it.each([
    ['minimum_age', 'Minimum age'],
    ['lastModified', 'Last modified'],
    ['name', 'Name'],
  ])('humanizeField(%s) = %s', (id, words) => {
    expect(humanizeField(id)).toBe(words);
  });

  it.each<[unknown, ReturnType<typeof describeValue>]>([
    [undefined, { kind: 'empty' }],
    ['', { kind: 'empty' }],
    [[], { kind: 'empty' }],
    [true, { kind: 'yes' }],
    [false, { kind: 'no' }],
    ['Shelter', { kind: 'text', text: 'Shelter' }],
    [12, { kind: 'text', text: '12' }],
    [['en', 'fr'], { kind: 'text', text: 'en, fr' }],
    [
      { status: 'full', set_at: null },
      { kind: 'text', text: 'Status: full' },
    ],
    [
      [
        { id: 'x', code: 'en' },
        { id: 'y', code: 'cr' },
      ],
      { kind: 'text', text: 'en, cr' },
    ],
    [[{ id: 'x', number: '555-0101', type: 'voice' }], { kind: 'text', text: '555-0101 voice' }],
    [{ area: { kind: 'radius' } }, { kind: 'data', text: '{"area":{"kind":"radius"}}' }],
    [[['nested']], { kind: 'data', text: '[["nested"]]' }],
  ])('describeValue(%j)', (value, view) => {
    expect(describeValue(value)).toEqual(view);
  });

  it('cuts long data short', () => {
    const view = describeValue({ nested: { text: 'x'.repeat(500) } });
    expect(view.kind === 'data' && view.text.length).toBe(VALUE_DATA_MAX_CHARS);
    expect(view.kind === 'data' && view.text.endsWith('…')).toBe(true);
  });
});
