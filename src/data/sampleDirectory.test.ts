import { describe, expect, it } from 'vitest';
import { locationSchema } from '../model/location';
import { organizationSchema } from '../model/organization';
import { isAlwaysOpen, isOvernight } from '../model/schedule';
import { ACCESS_CONDITIONS, AVAILABILITY, DELIVERY_MODES, serviceSchema } from '../model/service';
import { generateServices } from './generate';
import { COMMUNITIES } from './reference';
import { buildSampleDirectory } from './sampleDirectory';
import { SERVICE_TEMPLATES } from './templates';

const NOW = new Date('2026-11-15T17:00:00Z');
const sample = buildSampleDirectory(NOW);
const FICTIONAL_NUMBER = /^(705|249)-555-01\d\d$/;

describe('the sample directory', () => {
  it('is large enough: at least 60 organizations and 150 services', () => {
    expect(sample.organizations.length).toBeGreaterThanOrEqual(60);
    expect(sample.services.length).toBeGreaterThanOrEqual(150);
  });

  it('has an agency located in each of the 26 communities', () => {
    const located = new Set(sample.locations.map((l) => l.community_id));
    expect(COMMUNITIES).toHaveLength(26);
    for (const community of COMMUNITIES) expect(located, community.id).toContain(community.id);
  });

  it('uses only fictional 555-01xx phone numbers', () => {
    const numbers = [...sample.organizations, ...sample.services].flatMap((r) =>
      r.phones.map((p) => p.number),
    );
    expect(numbers.length).toBeGreaterThan(200);
    for (const number of numbers) expect(number).toMatch(FICTIONAL_NUMBER);
  });

  it('says in every organization that it is fictional', () => {
    for (const org of sample.organizations) expect(org.description).toMatch(/fictional/);
  });

  it('passes its own schemas, and links services to organizations and locations', () => {
    for (const o of sample.organizations) expect(organizationSchema.safeParse(o).success).toBe(true);
    for (const l of sample.locations) expect(locationSchema.safeParse(l).success).toBe(true);
    const orgs = new Set(sample.organizations.map((o) => o.id));
    const locations = new Set(sample.locations.map((l) => l.id));
    for (const s of sample.services) {
      expect(serviceSchema.safeParse(s).success).toBe(true);
      expect(orgs).toContain(s.organization_id);
      for (const id of s.location_ids) expect(locations).toContain(id);
    }
  });

  it('is the same on every device (same seed, same records)', () => {
    expect(buildSampleDirectory(NOW)).toEqual(sample);
  });

  it('varies in conditions, hours, languages, delivery modes and availability', () => {
    for (const condition of ACCESS_CONDITIONS) {
      const answers = new Set(sample.services.map((s) => s.conditions[condition]));
      expect([...answers].sort(), condition).toEqual(
        condition === 'cost' ? expect.arrayContaining(['no', 'unknown']) : ['no', 'unknown', 'yes'],
      );
    }
    expect(sample.services.some((s) => isAlwaysOpen(s.schedules))).toBe(true);
    expect(sample.services.some((s) => s.schedules.some(isOvernight))).toBe(true);
    expect(sample.services.some((s) => s.schedules.length === 0)).toBe(true);
    const languages = new Set(sample.services.flatMap((s) => s.languages.map((l) => l.code)));
    for (const code of ['en', 'fr', 'oj', 'cr']) expect(languages).toContain(code);
    const modes = new Set(sample.services.flatMap((s) => s.delivery_modes));
    for (const mode of DELIVERY_MODES) expect(modes).toContain(mode);
    const availability = new Set(sample.services.map((s) => s.availability.status));
    for (const status of AVAILABILITY) expect(availability).toContain(status);
    expect(sample.services.some((s) => s.indigenous_led === 'yes')).toBe(true);
    expect(sample.services.some((s) => s.alert)).toBe(true);
  });

  it('has listings older than a year, so the "may be out of date" flag has something to flag', () => {
    const yearAgo = new Date(NOW.getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
    expect(sample.services.some((s) => s.assured_date !== null && s.assured_date < yearAgo)).toBe(true);
    expect(sample.services.some((s) => s.assured_date !== null && s.assured_date > yearAgo)).toBe(true);
  });

  it('keeps shelter addresses confidential', () => {
    const confidential = sample.locations.filter((l) => l.address_confidential);
    expect(confidential.length).toBeGreaterThan(0);
    for (const l of confidential) expect(l.addresses).toEqual([]);
  });

  it('serves fly-in communities with remote services', () => {
    const flyIn = COMMUNITIES.filter((c) => c.access === 'fly-in').map((c) => c.id);
    for (const id of flyIn) {
      expect(
        sample.services.some((s) => s.communities_served.includes(id) && s.delivery_modes.includes('phone')),
      ).toBe(true);
    }
  });
});

describe('generateServices', () => {
  it.each([1, 37, 1000])('makes exactly %i valid services', (count) => {
    const directory = generateServices(count, 7);
    expect(directory.services).toHaveLength(count);
    expect(serviceSchema.safeParse(directory.services[count - 1]).success).toBe(true);
    expect(new Set(directory.services.map((s) => s.id)).size).toBe(count);
  });
});

describe('the sample texts say in French all that they say in English', () => {
  const sentences = (text: string) =>
    text.split(/[.!?;:](?:\s|$)/).filter((part) => part.trim() !== '').length;
  it.each(SERVICE_TEMPLATES.map((t) => [t.key, t] as const))('%s', (_key, template) => {
    for (const [english, french] of [
      [template.description, template.description_fr],
      [template.next_steps, template.next_steps_fr],
    ] as const) {
      expect(french).not.toBe(english);
      // The same sentences (safety ones included), and not much shorter: nothing left out.
      expect(sentences(french), french).toBe(sentences(english));
      expect(french.length, french).toBeGreaterThan(english.length * 0.85);
    }
  });

  it('gives every service its next steps, alert, records and duty to report in French', () => {
    for (const s of sample.services) {
      expect(s.application_process_fr, s.name).toBeTruthy();
      if (s.alert) expect(s.alert_fr, s.name).toBeTruthy();
      if (s.confidentiality.records) expect(s.confidentiality.records_fr, s.name).toBeTruthy();
      if (s.confidentiality.duty_to_report) expect(s.confidentiality.duty_to_report_fr, s.name).toBeTruthy();
    }
  });
});
