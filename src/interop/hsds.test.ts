import { describe, expect, it } from 'vitest';
import { hsdsErrors, hsdsValidator } from '../../tests/fixtures/hsdsSchemas';
import { sampleDirectory } from '../../tests/fixtures/records';
import {
  EXTENSIONS_TAXONOMY_ID,
  hsdsTaxonomies,
  hsdsTaxonomyTerms,
  termId,
  toHsdsLocation,
  toHsdsOrganization,
  toHsdsService,
  toHsdsServiceMinimal,
} from './hsds';

const directory = sampleDirectory();
const orgs = new Map(directory.organizations.map((o) => [o.id, o]));
const locs = new Map(directory.locations.map((l) => [l.id, l]));
const hsdsOf = (index: number) => {
  const s = directory.services[index]!;
  return toHsdsService(
    s,
    orgs.get(s.organization_id),
    s.location_ids.map((id) => locs.get(id)!).filter(Boolean),
  );
};

describe('HSDS 3.0 export', () => {
  it('every sample service validates against the standard’s service schema', () => {
    const validate = hsdsValidator('service');
    const failures = directory.services
      .map((_, i) => hsdsOf(i))
      .filter((service) => !validate(service))
      .map(() => hsdsErrors(validate));
    expect(failures).toEqual([]);
  });

  it('organizations, taxonomies and terms validate too, and minimal services', () => {
    for (const [object, values] of [
      ['organization', directory.organizations.map(toHsdsOrganization)],
      ['taxonomy', hsdsTaxonomies()],
      ['taxonomy_term', hsdsTaxonomyTerms()],
      ['service', directory.services.map(toHsdsServiceMinimal)],
      ['location', directory.locations.map(toHsdsLocation)],
    ] as const) {
      const validate = hsdsValidator(object);
      for (const value of values) expect(validate(value), `${object}: ${hsdsErrors(validate)}`).toBe(true);
    }
  });

  it('never shows the address or coordinates of a confidential location', () => {
    const hidden = directory.locations.find((l) => l.address_confidential);
    const shown = directory.locations.find((l) => !l.address_confidential && l.addresses.length > 0);
    expect(hidden && shown).toBeTruthy();
    const out = toHsdsLocation(hidden!);
    expect(out.addresses).toEqual([]);
    expect(out).not.toHaveProperty('latitude');
    expect(out).not.toHaveProperty('longitude');
    for (const a of hidden!.addresses) expect(JSON.stringify(out)).not.toContain(a.address_1);
    expect((toHsdsLocation(shown!).addresses as unknown[]).length).toBe(shown!.addresses.length);
  });

  it('carries access conditions, French texts and the NORAHT taxonomy as attributes', () => {
    const index = directory.services.findIndex((s) => s.name_fr && s.taxonomy_ids.length > 0);
    const service = directory.services[index]!;
    const attributes = hsdsOf(index).attributes as Array<{ taxonomy_term_id: string; value?: string }>;
    const attributeValue = (code: string) =>
      attributes.find((a) => a.taxonomy_term_id === termId(code))?.value;
    expect(attributeValue('name_fr')).toBe(service.name_fr);
    expect(attributeValue('conditions.id_required')).toBe(service.conditions.id_required);
    expect(attributeValue('conditions.sobriety_required')).toBe(service.conditions.sobriety_required);
    for (const t of service.taxonomy_ids)
      expect(attributes.some((a) => a.taxonomy_term_id === termId(t))).toBe(true);
    const terms = new Map(hsdsTaxonomyTerms().map((t) => [t.id, t]));
    expect(terms.get(termId('name_fr'))?.taxonomy_id).toBe(EXTENSIONS_TAXONOMY_ID);
  });

  it('the validator does refuse what the standard refuses (so the tests above can fail)', () => {
    const validate = hsdsValidator('service');
    expect(validate({ ...hsdsOf(0), status: 'open 24/7' })).toBe(false);
    expect(validate({ ...hsdsOf(0), phones: [{ id: 'not-a-uuid', number: '555-0100' }] })).toBe(false);
    const { name: _name, ...nameless } = hsdsOf(0);
    expect(validate(nameless)).toBe(false);
  });

  it('is stable: the same record gives the same output', () => {
    expect(JSON.stringify(hsdsOf(3))).toBe(JSON.stringify(hsdsOf(3)));
  });
});
