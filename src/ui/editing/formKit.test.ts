import { describe, expect, it } from 'vitest';
import { fieldId, getAt, setAt } from './formKit';

describe('paths into a draft', () => {
  const draft = { name: 'A', phones: [{ number: '1' }, { number: '2' }], conditions: { cost: 'no' } };

  it.each([
    ['name', 'A'],
    ['phones.1.number', '2'],
    ['conditions.cost', 'no'],
    ['phones.5.number', undefined],
    ['addresses.0.city', undefined],
  ])('reads %s', (path, expected) => {
    expect(getAt(draft, path)).toBe(expected);
  });

  it('writes a copy, arrays staying arrays, and creates what is missing', () => {
    const next = setAt(draft, 'phones.1.number', '3');
    expect(next.phones).toEqual([{ number: '1' }, { number: '3' }]);
    expect(draft.phones[1]?.number).toBe('2');
    expect(next.phones[0]).toBe(draft.phones[0]);
    expect(setAt({ addresses: [] as object[] }, 'addresses.0.city', 'Hearst')).toEqual({
      addresses: [{ city: 'Hearst' }],
    });
  });

  it('makes ids from paths', () => {
    expect(fieldId('phones.0.number')).toBe('f-phones-0-number');
    expect(fieldId('conditions.id_required')).toBe('f-conditions-id_required');
  });
});
