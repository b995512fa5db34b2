import { describe, expect, it } from 'vitest';
import { sampleLocation, sampleOrganization, sampleService } from '../../tests/fixtures/records';
import { locationSchema } from './location';
import { organizationSchema } from './organization';
import { type Service, serviceSchema } from './service';
import { parseRecord } from './validation';

type Mutate = (s: Record<string, unknown> & Service) => void;

describe('service schema', () => {
  it('accepts a complete service', () => {
    const parsed = parseRecord('service', serviceSchema, sampleService());
    expect(parsed.ok).toBe(true);
  });

  it.each<[string, Mutate, string]>([
    ['missing name', (s) => delete (s as Partial<Service>).name, 'name is required'],
    ['name of the wrong type', (s) => ((s as { name: unknown }).name = 42), 'name must be string'],
    ['blank name', (s) => (s.name = '   '), 'name is too short'],
    ['id not a UUID', (s) => (s.id = 'svc-1'), 'id is not a valid uuid'],
    ['status outside HSDS', (s) => ((s as { status: string }).status = 'open'), 'status must be one of'],
    [
      'condition not yes/no/unknown',
      (s) => ((s.conditions as { cost: string }).cost = 'maybe'),
      'conditions.cost must be one of',
    ],
    [
      'condition left out',
      (s) => delete (s.conditions as Partial<Service['conditions']>).sobriety_required,
      'conditions.sobriety_required is required',
    ],
    [
      'negative wait',
      (s) => (s.conditions.typical_wait_days = -1),
      'conditions.typical_wait_days is too small',
    ],
    [
      'phone with letters',
      (s) => (s.phones = [{ ...s.phones[0]!, number: '705-555-CALL' }]),
      'phones.0.number is not a valid value',
    ],
    [
      'hour 25',
      (s) =>
        (s.schedules = [{ id: s.id, freq: 'WEEKLY', byday: 'MO', opens_at: '25:00', closes_at: '26:00' }]),
      'schedules.0.opens_at',
    ],
    [
      'availability status',
      (s) => ((s.availability as { status: string }).status = 'maybe'),
      'availability.status must be one of',
    ],
    [
      'availability time not ISO',
      (s) => (s.availability = { status: 'full', set_at: 'yesterday' }),
      'availability.set_at is not a valid datetime',
    ],
    [
      'unknown delivery mode',
      (s) => ((s as { delivery_modes: string[] }).delivery_modes = ['carrier pigeon']),
      'delivery_modes.0 must be one of',
    ],
    [
      'unknown taxonomy id',
      (s) => ((s as { taxonomy_ids: string[] }).taxonomy_ids = ['program.rescue']),
      'taxonomy_ids.0 must be one of',
    ],
    [
      'community id with spaces',
      (s) => (s.communities_served = ['North Bay']),
      'communities_served.0 is not a valid value',
    ],
    ['javascript: URL', (s) => (s.url = 'javascript:alert(1)'), 'url is not a valid url'],
    [
      'ages the wrong way round',
      (s) => Object.assign(s, { minimum_age: 25, maximum_age: 16 }),
      'maximum_age must not be below minimum_age',
    ],
    ['unknown field', (s) => (s.favourite_colour = 'teal'), 'has unknown field(s) favourite_colour'],
    [
      'assured date not a date',
      (s) => (s.assured_date = '2026-02-30T00:00'),
      'assured_date is not a valid date',
    ],
  ])('refuses %s, naming the field', (_name, mutate, expected) => {
    const service = sampleService() as Record<string, unknown> & Service;
    mutate(service);
    const parsed = parseRecord('service', serviceSchema, service);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toContain(expected);
  });

  it('takes unknown as a real answer, distinct from yes and no', () => {
    const service = sampleService();
    service.conditions.id_required = 'unknown';
    service.schedules = [];
    service.availability = { status: 'unknown', set_at: null };
    expect(serviceSchema.safeParse(service).success).toBe(true);
  });
});

describe('organization and location schemas', () => {
  it('accept sample records', () => {
    expect(organizationSchema.safeParse(sampleOrganization()).success).toBe(true);
    expect(locationSchema.safeParse(sampleLocation()).success).toBe(true);
  });

  it.each<[string, (l: ReturnType<typeof sampleLocation>) => void, string]>([
    ['latitude out of range', (l) => (l.latitude = 95), 'latitude is too large'],
    [
      'US zip as postal code',
      (l) =>
        (l.addresses = [
          {
            id: l.id,
            address_1: '1 Main',
            city: 'X',
            state_province: 'ON',
            postal_code: '12345',
            country: 'CA',
            address_type: 'physical',
          },
        ]),
      'addresses.0.postal_code',
    ],
    ['no community', (l) => delete (l as Partial<typeof l>).community_id, 'community_id is required'],
  ])('location refuses %s', (_name, mutate, expected) => {
    const location = sampleLocation();
    mutate(location);
    const parsed = parseRecord('location', locationSchema, location);
    expect(parsed.ok ? 'ok' : parsed.error.message).toContain(expected);
  });
});
