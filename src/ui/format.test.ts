import { describe, expect, it } from 'vitest';
import { scheduleRule } from '../../tests/fixtures/records';
import { englishCatalog, translator } from '../i18n';
import { fr } from '../i18n/fr';
import type { Reach } from '../model/reach';
import { cardFacts, hoursSummary, openText, phoneHref, reachText, shareCardText } from './format';

const t = translator(englishCatalog);
const tFr = translator(fr);
const rule = scheduleRule;
const reach = (r: Partial<Reach>): Reach => ({
  remote: false,
  servesPlace: false,
  outreachHere: false,
  distanceKm: null,
  travel: null,
  reachable: false,
  nearestCommunityId: null,
  ...r,
});

describe('openText', () => {
  it.each<[Parameters<typeof openText>[2], boolean, string]>([
    [{ state: 'open', always: true, closes: null }, false, 'Open 24/7'],
    [
      { state: 'open', always: false, closes: { day: 'TU', time: '17:00' } },
      false,
      'Open now · closes Tue 17:00',
    ],
    [{ state: 'closed', opens: { day: 'MO', time: '09:00' } }, false, 'Closed · opens Mon 09:00'],
    [{ state: 'unknown' }, false, 'Hours unknown — call first'],
    [{ state: 'open', always: true, closes: null }, true, 'Temporarily closed'],
  ])('%j (temporarily closed: %s) → %s', (status, closed, text) => {
    expect(openText(t, 'en', status, closed)).toBe(text);
  });
});

describe('openText in French: times as "9 h", "17 h 30"', () => {
  it.each<[Parameters<typeof openText>[2], string]>([
    [{ state: 'open', always: false, closes: { day: 'TU', time: '17:30' } }, 'Ouvert · ferme mar. à 17 h 30'],
    [{ state: 'closed', opens: { day: 'MO', time: '09:00' } }, 'Fermé · ouvre lun. à 9 h'],
    [{ state: 'closed', opens: { day: 'SA', time: '00:00' } }, 'Fermé · ouvre sam. à 0 h'],
  ])('%j → %s', (status, text) => {
    expect(openText(tFr, 'fr', status, false).replaceAll('\u00a0', ' ')).toBe(text);
  });
});

describe('reachText: straight-line distances read "about", never "by road"', () => {
  it.each<[Partial<Reach> | null, string | null, string | null]>([
    [null, null, null],
    [{ travel: 'none', distanceKm: 0.4 }, 'In your community', 'Dans votre communauté'],
    [{ travel: 'road', distanceKm: 97.2, reachable: true }, 'about 97 km away', 'à environ 97 km'],
    [
      { travel: 'flight', distanceKm: 480, remote: true, reachable: true },
      'By phone, text or video',
      'Par téléphone, texto ou vidéo',
    ],
    [
      { travel: 'flight', distanceKm: 480 },
      'about 480 km away · needs a flight',
      'à environ 480 km · il faut prendre l’avion',
    ],
    [
      { travel: 'train', distanceKm: 240 },
      'about 240 km away · needs the train',
      'à environ 240 km · il faut prendre le train',
    ],
    [
      { outreachHere: true, servesPlace: true },
      'Outreach comes to your community',
      'Intervention de proximité dans votre communauté',
    ],
  ])('%j → %s / %s', (r, english, french) => {
    expect(reachText(t, 'en', r ? reach(r) : null)).toBe(english);
    expect(reachText(tFr, 'fr', r ? reach(r) : null)?.replace(/\s/g, ' ') ?? null).toBe(french);
  });

  it.each(Object.entries(englishCatalog).filter(([key]) => key.startsWith('reach.')))(
    '%s never says "road" about a distance',
    (_key, text) => {
      if (text.includes('{distance}')) expect(text).not.toMatch(/road/);
    },
  );
});

describe('the share card', () => {
  const card = {
    organizationName: 'Birchlight Women’s Centre',
    phones: [
      { number: '705-555-0142', type: 'voice' },
      { number: '705-555-0143', type: 'text' },
    ],
    schedules: [rule('MO,TU,WE,TH,FR', '09:00', '17:00'), rule('SA', '20:00', '02:00')],
    address: '12 Birch Street, Timmins',
  };

  it('gives the agency, its numbers and hours, in plain text', () => {
    expect(shareCardText(t, 'en', card)).toBe(
      [
        'Birchlight Women’s Centre',
        'Call: 705-555-0142',
        'Text: 705-555-0143',
        'Hours: Mon–Fri 09:00–17:00; Sat 20:00–02:00',
        '12 Birch Street, Timmins',
      ].join('\n'),
    );
  });

  it('is worded in French too', () => {
    const text = shareCardText(tFr, 'fr', card).replaceAll('\u00a0', ' ');
    expect(text).toContain('Appeler : 705-555-0142');
    expect(text).toContain('Heures : lun.–ven. 9 h–17 h; sam. 20 h–2 h');
  });

  it.each(['shelter', 'trafficking', 'violence', 'refuge', 'http'])('never says "%s"', (word) => {
    expect(shareCardText(t, 'en', card).toLowerCase()).not.toContain(word);
  });

  it('says when hours are unknown, and 24/7 in one phrase', () => {
    expect(hoursSummary(t, 'en', [])).toBe('Hours unknown — call first');
    expect(hoursSummary(t, 'en', [rule('MO,TU,WE,TH,FR,SA,SU', '00:00', '24:00')])).toBe('Open 24/7');
  });
});

describe('cardFacts', () => {
  const base = {
    conditions: { id_required: 'unknown' },
    languages: [] as Array<{ code: string }>,
    indigenous_led: 'unknown',
  } as unknown as Parameters<typeof cardFacts>[0];
  it.each<[string, Partial<Parameters<typeof cardFacts>[0]>, string[]]>([
    ['unknown never counts', {}, []],
    ['no ID needed only on "no"', { conditions: { ...base.conditions, id_required: 'no' } }, ['noId']],
    ['ID required', { conditions: { ...base.conditions, id_required: 'yes' } }, []],
    ['French', { languages: [{ id: 'x', code: 'fr' }] as never }, ['french']],
    ['Indigenous-led only on "yes"', { indigenous_led: 'yes' }, ['indigenous']],
    ['not Indigenous-led', { indigenous_led: 'no' }, []],
  ])('%s', (_, change, expected) => {
    expect(cardFacts({ ...base, ...change })).toEqual(expected);
  });
});

describe('phoneHref', () => {
  it.each([
    [{ number: '705-555-0123', type: 'voice' }, 'tel:7055550123'],
    [{ number: '+1 (705) 555-0199', type: 'cell' }, 'tel:+17055550199'],
    [{ number: '686868', type: 'text' }, 'sms:686868'],
  ] as const)('%o → %s', (phone, href) => {
    expect(phoneHref(phone)).toBe(href);
  });
});
