// The coordinator's view of the network, in memory only (the hub is the truth): agencies, invites,
// devices and the audit log, and the actions on them. A new invite's code is held here only until the
// coordinator is done with it (the hub shows it once); a quick exit or leaving forgets everything.
import { batch, signal } from '@preact/signals';
import type {
  Agency,
  AuditEntry,
  Device,
  HubClient,
  HubError,
  HubErrorCode,
  HubResult,
  Invite,
  InviteInput,
  NetworkMonth,
  NewInvite,
  ReferralSettings,
  ReferralSettingsInput,
} from '../sync/hubClient';

export { INVITE_DAYS_DEFAULT, ROLES } from '../model/roles';
// The screens' view of the wire (ui/ may import neither sync/ nor protocol/).
export type {
  Agency,
  AuditEntry,
  Device,
  HubErrorCode,
  Invite,
  NetworkMonth,
  ReferralSettings,
  ReferralSettingsInput,
  Role,
} from '../sync/hubClient';

export const AUDIT_PAGE = 50;

export interface CoordinatorStoreOptions {
  client: HubClient;
  /** The device token, or null when the device belongs to no network. */
  token: () => string | null;
  /** Every answer, so that a removed device wipes whatever was asked (see networkStore). */
  heard: (error: HubError | null) => Promise<void>;
}

export function createCoordinatorStore(options: CoordinatorStoreOptions) {
  const { client } = options;
  const agencies = signal<Agency[] | null>(null);
  const invites = signal<Invite[] | null>(null);
  const devices = signal<Device[] | null>(null);
  const audit = signal<AuditEntry[] | null>(null);
  const auditComplete = signal(false);
  const created = signal<NewInvite | null>(null);
  /** The network's referral settings (who sends, how long kept, communities withheld). */
  const referralSettings = signal<ReferralSettings | null>(null);
  /** The network's de-identified referral figures, newest month first. */
  const figures = signal<NetworkMonth[] | null>(null);
  const busy = signal(false);
  const problem = signal<HubErrorCode | null>(null);
  let generation = 0;

  /** Runs one call with the token; a failure is kept in `problem` and handed to `heard`. */
  async function run<T>(call: (token: string) => Promise<HubResult<T>>): Promise<T | null> {
    const token = options.token();
    if (!token) return null;
    const mine = generation;
    const result = await call(token);
    if (mine !== generation) return null; // forgotten meanwhile (quick exit, left the network)
    await options.heard(result.ok ? null : result.error);
    if (mine !== generation) return null; // removed from the network: everything was forgotten
    if (!result.ok) {
      problem.value = result.error.code;
      return null;
    }
    return result.value;
  }

  async function load(): Promise<void> {
    busy.value = true;
    problem.value = null;
    const [a, i, d, entries, settings, stats] = await Promise.all([
      run((t) => client.listAgencies(t)),
      run((t) => client.listInvites(t)),
      run((t) => client.listDevices(t)),
      run((t) => client.listAudit(t, { limit: AUDIT_PAGE })),
      run((t) => client.referralSettings(t)),
      run((t) => client.networkStats(t)),
    ]);
    batch(() => {
      if (settings) referralSettings.value = settings;
      if (stats) figures.value = stats.months;
      if (a) agencies.value = a;
      if (i) invites.value = newestFirst(i);
      if (d) devices.value = d;
      if (entries) {
        audit.value = entries;
        auditComplete.value = entries.length < AUDIT_PAGE;
      }
      busy.value = false;
    });
  }

  async function refreshAudit(): Promise<void> {
    const entries = await run((t) => client.listAudit(t, { limit: AUDIT_PAGE }));
    if (entries) {
      audit.value = entries;
      auditComplete.value = entries.length < AUDIT_PAGE;
    }
  }

  async function moreAudit(): Promise<void> {
    const oldest = audit.peek()?.at(-1)?.seq;
    if (oldest === undefined) return;
    const entries = await run((t) => client.listAudit(t, { limit: AUDIT_PAGE, before: oldest }));
    if (!entries) return;
    batch(() => {
      audit.value = [...(audit.peek() ?? []), ...entries];
      auditComplete.value = entries.length < AUDIT_PAGE;
    });
  }

  /** Runs an action, then reads again what it changed; true when the hub accepted it. */
  async function act<T>(call: (token: string) => Promise<HubResult<T>>, after: () => Promise<void>) {
    problem.value = null;
    const value = await run(call);
    if (value === null) return null;
    await after();
    return value;
  }

  const reloadAgencies = async () => {
    const list = await run((t) => client.listAgencies(t));
    if (list) agencies.value = list;
  };
  const reloadInvites = async () => {
    const list = await run((t) => client.listInvites(t));
    if (list) invites.value = newestFirst(list);
  };
  const reloadDevices = async () => {
    const list = await run((t) => client.listDevices(t));
    if (list) devices.value = list;
  };
  const then =
    (...steps: Array<() => Promise<void>>) =>
    async () => {
      await Promise.all([...steps.map((s) => s()), refreshAudit()]);
    };

  return {
    agencies,
    invites,
    devices,
    audit,
    auditComplete,
    created,
    referralSettings,
    figures,
    busy,
    problem,
    load,
    moreAudit,
    async addAgency(name: string): Promise<boolean> {
      return (await act((t) => client.createAgency(t, name), then(reloadAgencies))) !== null;
    },
    async renameAgency(id: string, name: string): Promise<boolean> {
      return (await act((t) => client.renameAgency(t, id, name), then(reloadAgencies))) !== null;
    },
    /** Creates an invite; its code stays in `created` until `doneWithInvite()`. */
    async createInvite(input: InviteInput): Promise<boolean> {
      const made = await act((t) => client.createInvite(t, input), then(reloadInvites));
      if (made) created.value = made;
      return made !== null;
    },
    doneWithInvite(): void {
      created.value = null;
    },
    async revokeInvite(id: string): Promise<boolean> {
      return (await act((t) => client.revokeInvite(t, id), then(reloadInvites))) !== null;
    },
    async revokeDevice(id: string): Promise<boolean> {
      return (await act((t) => client.revokeDevice(t, id), then(reloadDevices))) !== null;
    },
    /** Changes the network's referral settings; what is not named stays as it is. */
    async setReferralSettings(input: ReferralSettingsInput): Promise<boolean> {
      const settings = await act((t) => client.setReferralSettings(t, input), then());
      if (settings) referralSettings.value = settings;
      return settings !== null;
    },
    /** Drops everything from memory (quick exit, leaving, or no longer a coordinator). */
    forget(): void {
      generation += 1;
      batch(() => {
        agencies.value = null;
        invites.value = null;
        devices.value = null;
        audit.value = null;
        auditComplete.value = false;
        created.value = null;
        referralSettings.value = null;
        figures.value = null;
        busy.value = false;
        problem.value = null;
      });
    },
  };
}

function newestFirst(list: Invite[]): Invite[] {
  return [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export type CoordinatorStore = ReturnType<typeof createCoordinatorStore>;
