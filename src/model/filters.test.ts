import { describe, expect, it } from 'vitest';
import { sampleLocation, sampleService, scheduleRule } from '../../tests/fixtures/records';
import {
  activeFilterCount,
  type DirectoryFilters,
  filterChips,
  isQuickChip,
  matchesFilters,
  NO_FILTERS,
  QUICK_FILTERS,
  quickFilterOn,
  toggleQuickFilter,
} from './filters';
import type { Service } from './service';
import { ACCESS_CONDITIONS } from './service';

const TUESDAY_NOON = new Date('2026-01-13T17:00:00Z');
const rule = scheduleRule;

function service(changes: Partial<Service> = {}): Service {
  return { ...sampleService(), status: 'active', ...changes };
}
const f = (changes: Partial<DirectoryFilters>): DirectoryFilters => ({ ...NO_FILTERS, ...changes });
const location = { ...sampleLocation(), community_id: 'timmins' };

describe('access-condition filters: unknown never passes', () => {
  const cases = ACCESS_CONDITIONS.flatMap((condition) =>
    (['no', 'yes', 'unknown'] as const).map((answer) => [condition, answer, answer === 'no'] as const),
  );
  it.each(cases)('without %s, service says %s → shown %s', (condition, answer, shown) => {
    const s = service();
    s.conditions = { ...s.conditions, [condition]: answer };
    expect(matchesFilters(s, [location], f({ without: [condition] }), TUESDAY_NOON)).toBe(shown);
  });

  it('needs every chosen condition to be a definite no', () => {
    const s = service();
    s.conditions = { ...s.conditions, id_required: 'no', sobriety_required: 'unknown' };
    expect(matchesFilters(s, [location], f({ without: ['id_required'] }), TUESDAY_NOON)).toBe(true);
    expect(
      matchesFilters(s, [location], f({ without: ['id_required', 'sobriety_required'] }), TUESDAY_NOON),
    ).toBe(false);
  });
});

describe('privacy filters: only a definite answer passes', () => {
  it.each<[keyof Service['confidentiality'], Partial<DirectoryFilters>, string, boolean]>([
    ['police_contact', { noPoliceWithoutConsent: true }, 'no', true],
    ['police_contact', { noPoliceWithoutConsent: true }, 'yes', false],
    ['police_contact', { noPoliceWithoutConsent: true }, 'unknown', false],
    ['anonymous_ok', { noLegalName: true }, 'yes', true],
    ['anonymous_ok', { noLegalName: true }, 'no', false],
    ['anonymous_ok', { noLegalName: true }, 'unknown', false],
    ['police_contact', {}, 'unknown', true],
    ['anonymous_ok', {}, 'unknown', true],
  ])('%s %j, service says %s → shown %s', (field, filters, answer, shown) => {
    const s = service();
    s.confidentiality = { ...s.confidentiality, [field]: answer };
    expect(matchesFilters(s, [location], f(filters), TUESDAY_NOON)).toBe(shown);
  });

  it('reads a filters object made before these fields existed as both off', () => {
    const { noPoliceWithoutConsent: _a, noLegalName: _b, ...older } = NO_FILTERS;
    const s = service();
    s.confidentiality = { ...s.confidentiality, police_contact: 'unknown', anonymous_ok: 'unknown' };
    const filters = { ...older, indigenousLed: true } as DirectoryFilters;
    s.indigenous_led = 'yes';
    expect(matchesFilters(s, [location], filters, TUESDAY_NOON)).toBe(true);
    expect(activeFilterCount(filters)).toBe(1);
    expect(filterChips(filters).map((c) => c.kind)).toEqual(['indigenousLed']);
  });
});

describe('other filters', () => {
  it.each<[string, Partial<Service>, Partial<DirectoryFilters>, boolean]>([
    ['no filters', {}, {}, true],
    ['defunct is never listed', { status: 'defunct' }, {}, false],
    ['inactive is never listed', { status: 'inactive' }, {}, false],
    ['temporarily closed is listed', { status: 'temporarily closed' }, {}, true],
    [
      'open now, office hours at Tuesday noon',
      { schedules: [rule('MO,TU,WE,TH,FR', '09:00', '17:00')] },
      { openNow: true },
      true,
    ],
    [
      'open now, weekend-only at Tuesday noon',
      { schedules: [rule('SA,SU', '09:00', '17:00')] },
      { openNow: true },
      false,
    ],
    ['open now, unknown hours', { schedules: [] }, { openNow: true }, false],
    [
      'open now, temporarily closed though its hours say open',
      { status: 'temporarily closed', schedules: [rule('TU', '00:00', '24:00')] },
      { openNow: true },
      false,
    ],
    [
      'taxonomy, has both',
      { taxonomy_ids: ['approach.harm-reduction', 'program.safer-shelter'] },
      { taxonomy: ['approach.harm-reduction', 'program.safer-shelter'] },
      true,
    ],
    [
      'taxonomy, has one of two',
      { taxonomy_ids: ['approach.harm-reduction'] },
      { taxonomy: ['approach.harm-reduction', 'program.safer-shelter'] },
      false,
    ],
    [
      'language, French offered',
      { languages: [{ id: 'a0b1c2d3-0000-4000-8000-000000000001', code: 'fr' }] },
      { languages: ['fr', 'cr'] },
      true,
    ],
    [
      'language, English only',
      { languages: [{ id: 'a0b1c2d3-0000-4000-8000-000000000001', code: 'en' }] },
      { languages: ['fr'] },
      false,
    ],
    ['mode, text', { delivery_modes: ['phone', 'text'] }, { modes: ['text'] }, true],
    ['mode, in person only', { delivery_modes: ['in_person'] }, { modes: ['text', 'virtual'] }, false],
    ['Indigenous-led yes', { indigenous_led: 'yes' }, { indigenousLed: true }, true],
    ['Indigenous-led unknown', { indigenous_led: 'unknown' }, { indigenousLed: true }, false],
    ['lived experience unknown', { lived_experience_staff: 'unknown' }, { livedExperience: true }, false],
    [
      'availability space',
      { availability: { status: 'space', set_at: '2026-01-13T12:00:00Z' } },
      { availability: ['space', 'waitlist'] },
      true,
    ],
    [
      'availability unknown never passes',
      { availability: { status: 'unknown', set_at: null } },
      { availability: ['space'] },
      false,
    ],
    [
      'community served by list',
      { communities_served: ['cochrane'], delivery_modes: ['phone'] },
      { community: 'cochrane' },
      true,
    ],
    [
      'community with a location there',
      { communities_served: [], service_areas: [], delivery_modes: ['in_person'] },
      { community: 'timmins' },
      true,
    ],
    [
      'community elsewhere',
      { communities_served: ['cochrane'], service_areas: [], delivery_modes: ['in_person'] },
      { community: 'hearst' },
      false,
    ],
  ])('%s → %s', (_name, changes, filters, shown) => {
    expect(matchesFilters(service(changes), [location], f(filters), TUESDAY_NOON)).toBe(shown);
  });
});

describe('filter chips', () => {
  const busy: DirectoryFilters = {
    without: ['id_required', 'cost'],
    taxonomy: ['program.transitional-housing'],
    openNow: true,
    languages: ['fr', 'oj'],
    modes: ['outreach'],
    community: 'moosonee',
    availability: ['space'],
    indigenousLed: true,
    livedExperience: true,
    noPoliceWithoutConsent: true,
    noLegalName: true,
  } as DirectoryFilters;

  it('gives one chip per active filter, each removing exactly itself', () => {
    const chips = filterChips(busy);
    expect(chips).toHaveLength(activeFilterCount(busy));
    for (const chip of chips) expect(activeFilterCount(chip.rest)).toBe(activeFilterCount(busy) - 1);
    // Removing every chip in turn clears everything.
    let f = busy;
    while (filterChips(f).length > 0) f = (filterChips(f)[0] as { rest: DirectoryFilters }).rest;
    expect(f).toEqual(NO_FILTERS);
  });

  it('has no chips with no filters', () => {
    expect(filterChips(NO_FILTERS)).toEqual([]);
  });

  it('marks as quick exactly the chips a quick toggle shows', () => {
    const quick = filterChips(busy)
      .filter(isQuickChip)
      .map((c) => ('value' in c ? `${c.kind}:${c.value}` : c.kind));
    expect(quick).toEqual(['openNow', 'without:id_required', 'indigenousLed', 'language:fr']);
  });
});

describe('quick filters', () => {
  it.each(QUICK_FILTERS)('%s toggles on and back off, touching nothing else', (quick) => {
    const start: DirectoryFilters = { ...NO_FILTERS, without: ['cost'], languages: ['oj'] };
    const on = toggleQuickFilter(start, quick);
    expect(quickFilterOn(start, quick)).toBe(false);
    expect(quickFilterOn(on, quick)).toBe(true);
    expect(activeFilterCount(on)).toBe(activeFilterCount(start) + 1);
    expect(toggleQuickFilter(on, quick)).toEqual(start);
  });
});
