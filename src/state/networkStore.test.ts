import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FakeHub, fakeHub, GOOD_CODE, HUB_ORIGIN } from '../../tests/fixtures/fakeHub';
import { FIXED_NOW, uniqueDbName } from '../../tests/fixtures/records';
import { type AppStore, createAppStore } from './appStore';
import { formatInviteCode, hubOriginOf, joinCodeFromHash, joinLink, plausibleInviteCode } from './invite';

let app: AppStore | null = null;
afterEach(() => {
  app?.network.stop();
  app?.directory.stop();
  app?.workbook.stop();
  app?.db.close();
  app = null;
});

async function started(hub: FakeHub, dbName = uniqueDbName()): Promise<AppStore> {
  app = createAppStore({
    dbName,
    initialLocale: 'en',
    origin: HUB_ORIGIN,
    hubFetch: hub.fetch,
    now: () => FIXED_NOW,
  });
  await app.start();
  return app;
}

async function joined(hub: FakeHub, dbName = uniqueDbName()): Promise<AppStore> {
  const store = await started(hub, dbName);
  expect(await store.network.join(HUB_ORIGIN, GOOD_CODE, 'Outreach phone 2')).toBe(true);
  return store;
}

const sampleCount = (store: AppStore) => store.db.services.where('sample').equals(1).count();

describe('invite codes and links', () => {
  it.each([
    ['#join=K7M2P9QX4R', 'K7M2P9QX4R'],
    ['#join=k7m2p-9qx4r', 'K7M2P9QX4R'],
    ['#join=', null],
    ['#join=K7M2P9QX4R&x=1', null],
    ['#other', null],
    ['', null],
  ])('reads %j as %j', (hash, code) => {
    expect(joinCodeFromHash(hash)).toBe(code);
  });

  it('formats, checks and links codes the way the hub makes them', () => {
    expect(formatInviteCode('k7m2p 9qx4r')).toBe('K7M2P-9QX4R');
    expect(plausibleInviteCode('K7M2P-9QX4R')).toBe(true);
    expect(plausibleInviteCode('K7M2P!9QX4R')).toBe(false);
    expect(plausibleInviteCode('-- --- --')).toBe(false);
    expect(joinLink('https://hub.example.org', 'K7M2P-9QX4R')).toBe(
      'https://hub.example.org/#join=K7M2P9QX4R',
    );
  });

  it.each([
    ['https://hub.example.org/some/page', 'https://hub.example.org'],
    ['hub.example.org', 'https://hub.example.org'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['   ', null],
    ['ftp://hub.example.org', null],
  ])('reads the hub address %j as the origin %j', (typed, origin) => {
    expect(hubOriginOf(typed)).toBe(origin);
  });
});

describe('joining a network', () => {
  it('an invite link opens Settings with the form filled, and joins nothing by itself', async () => {
    const hub = fakeHub();
    const store = await started(hub);
    store.network.offerJoin('K7M2P9QX4R');
    expect(store.navigation.screen.value).toEqual({ name: 'settings' });
    expect(store.network.form.value).toEqual({ hub: HUB_ORIGIN, code: 'K7M2P-9QX4R' });
    expect(hub.calls).toEqual([]);
    expect(store.network.membership.value).toBeNull();
  });

  it('[S0] joins: the membership is kept, the sample directory goes and does not come back at start', async () => {
    const hub = fakeHub('editor');
    const dbName = uniqueDbName();
    const store = await started(hub, dbName);
    expect(await sampleCount(store)).toBeGreaterThan(100);
    store.network.offerJoin(GOOD_CODE);

    expect(await store.network.join(HUB_ORIGIN, 'k7m2p 9qx4r', ' Outreach phone 2 ')).toBe(true);

    expect(store.network.membership.value).toMatchObject({ role: 'editor', network: { demo: true } });
    expect(store.network.form.value).toBeNull();
    expect(await sampleCount(store)).toBe(0);
    expect(await store.db.mutations.count()).toBe(0);
    expect(hub.calls).toEqual(['POST /api/enrol']);
    await vi.waitFor(() => expect(store.directory.snapshot.value?.services).toEqual([]));
    store.network.stop();
    store.directory.stop();
    store.workbook.stop();
    store.db.close();

    // Next start: still a member, the hub asked who it is, and no sample loaded again.
    const again = await started(hub, dbName);
    expect(again.network.membership.value?.role).toBe('editor');
    expect(await sampleCount(again)).toBe(0);
    expect(hub.calls.at(-1)).toBe('GET /api/me');
  });

  it.each([
    ['another origin', 'https://other-hub.example.org', GOOD_CODE, 'other-origin'],
    ['no address', '  ', GOOD_CODE, 'invalid-address'],
    ['a code with other characters', HUB_ORIGIN, 'K7M2P/9QX4R', 'invalid-code'],
    ['a wrong code', HUB_ORIGIN, 'AAAAA-BBBBB', 'invite_invalid'],
  ])('refuses %s, and keeps the sample', async (_what, address, code, problem) => {
    const hub = fakeHub();
    const store = await started(hub);
    expect(await store.network.join(address, code)).toBe(false);
    expect(store.network.joinProblem.value?.problem).toBe(problem);
    expect(store.network.membership.value).toBeNull();
    expect(await sampleCount(store)).toBeGreaterThan(100);
  });

  it('another hub is refused before anything is sent, with a link to open it there', async () => {
    const hub = fakeHub();
    const store = await started(hub);
    await store.network.join('other-hub.example.org', GOOD_CODE);
    expect(store.network.joinProblem.value).toEqual({
      problem: 'other-origin',
      hub: 'https://other-hub.example.org',
      link: 'https://other-hub.example.org/#join=K7M2P9QX4R',
    });
    expect(hub.calls).toEqual([]);
  });

  it('says offline when the hub cannot be reached, and the update when it speaks a newer protocol', async () => {
    const hub = fakeHub();
    const store = await started(hub);
    hub.state = 'offline';
    await store.network.join(HUB_ORIGIN, GOOD_CODE);
    expect(store.network.joinProblem.value?.problem).toBe('offline');
    hub.state = 'old-protocol';
    await store.network.join(HUB_ORIGIN, GOOD_CODE);
    expect(store.network.joinProblem.value?.problem).toBe('protocol_unsupported');
  });
});

describe('leaving, and being removed', () => {
  it('leaving removes the network’s data and the token, and brings the sample back', async () => {
    const hub = fakeHub('editor');
    const store = await joined(hub);
    store.directory.saved.value = ['x'];
    await store.network.leave();
    expect(store.network.membership.value).toBeNull();
    expect(store.network.notice.value).toEqual({ kind: 'left' });
    expect(await store.db.meta.get('network')).toBeUndefined();
    expect(await sampleCount(store)).toBeGreaterThan(100);
    expect(store.directory.saved.value).toEqual([]);
  });

  it('[S8] a device the hub says was removed wipes the network’s data at its next contact, and says so', async () => {
    const hub = fakeHub('editor');
    const dbName = uniqueDbName();
    const store = await joined(hub, dbName);
    await store.db.meta.put({ key: 'place', value: { kind: 'community', id: 'timmins' } });
    store.network.stop();
    store.directory.stop();
    store.workbook.stop();
    store.db.close();

    hub.state = 'revoked';
    const next = await started(hub, dbName);
    expect(next.network.membership.value).toBeNull();
    expect(next.network.notice.value).toEqual({ kind: 'revoked', network: 'Demo network' });
    expect(await next.db.meta.get('network')).toBeUndefined();
    expect((await next.db.meta.get('place'))?.value).toEqual({ kind: 'community', id: 'timmins' });
  });

  it('another tab follows a join and a leave', async () => {
    const hub = fakeHub('editor');
    const dbName = uniqueDbName();
    const first = await started(hub, dbName);
    const second = createAppStore({ dbName, initialLocale: 'en', origin: HUB_ORIGIN, hubFetch: hub.fetch });
    await second.start(() => FIXED_NOW);
    try {
      expect(await first.network.join(HUB_ORIGIN, GOOD_CODE)).toBe(true);
      await vi.waitFor(() => expect(second.network.membership.value?.role).toBe('editor'));
      second.directory.saved.value = ['kept in memory'];
      await first.network.leave();
      await vi.waitFor(() => expect(second.network.membership.value).toBeNull());
      await vi.waitFor(() => expect(second.directory.saved.value).toEqual([]));
    } finally {
      second.network.stop();
      second.directory.stop();
      second.workbook.stop();
      second.db.close();
    }
  });

  it('a device the hub does not know keeps its data and is told; offline changes nothing', async () => {
    const hub = fakeHub('editor');
    const store = await joined(hub);
    hub.state = 'unknown';
    await store.network.refresh();
    expect(store.network.contact.value).toBe('unrecognized');
    expect(store.network.membership.value).not.toBeNull();
    hub.state = 'offline';
    await store.network.refresh();
    expect(store.network.contact.value).toBe('offline');
    expect(store.network.membership.value).not.toBeNull();
  });

  it('follows a new role from the hub', async () => {
    const hub = fakeHub('editor');
    const store = await joined(hub);
    hub.role = 'coordinator';
    await store.network.refresh();
    expect(store.network.membership.value?.role).toBe('coordinator');
    expect((await store.db.meta.get('network'))?.value).toMatchObject({
      membership: { role: 'coordinator' },
    });
  });
});

describe('the coordinator', () => {
  it('creates an agency and an invite whose code is kept until done, and forgets on quick exit', async () => {
    const hub = fakeHub('coordinator');
    const store = await joined(hub);
    const admin = store.network.coordinator;
    await admin.load();
    expect(admin.agencies.value).toEqual([]);
    expect(await admin.addAgency('Birchlight')).toBe(true);
    const agencyId = admin.agencies.value?.[0]?.id ?? null;
    expect(await admin.createInvite({ role: 'editor', agencyId })).toBe(true);
    expect(admin.created.value?.code).toBe('ABCDE-FGH1J');
    admin.doneWithInvite();
    expect(admin.created.value).toBeNull();
    await admin.createInvite({ role: 'peer', agencyId: null });
    store.quickExit({ veil: () => {}, leave: () => {} });
    expect(admin.created.value).toBeNull();
    expect(admin.agencies.value).toBeNull();
  });

  it('a removal heard on any call wipes at once', async () => {
    const hub = fakeHub('coordinator');
    const store = await joined(hub);
    hub.state = 'revoked';
    expect(await store.network.coordinator.addAgency('Birchlight')).toBe(false);
    expect(store.network.membership.value).toBeNull();
    expect(store.network.notice.value?.kind).toBe('revoked');
    expect(store.network.coordinator.problem.value).toBeNull();
  });

  it('a refusal is kept as a typed problem', async () => {
    const hub = fakeHub('coordinator');
    const store = await joined(hub);
    hub.role = 'editor';
    expect(await store.network.coordinator.addAgency('Birchlight')).toBe(false);
    expect(store.network.coordinator.problem.value).toBe('forbidden');
  });
});
