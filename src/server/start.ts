// Opening a hub: its SQLite file in the data folder, and on the first start its network: a demo
// network seeded with the (fictional) sample directory, or, with `--new-network NAME`, an empty real
// one. Until a coordinator has joined, each start prints a one-time coordinator invite.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSampleDirectory } from '../data/sampleDirectory';
import type { Entity } from '../model/mutation';
import { createHub, type Hub } from './hub';
import { openSqliteStorage } from './storage/sqlite';
import type { HubStorage } from './storage/types';

export const DEMO_NETWORK_NAME = 'Demo network (fictional agencies)';

export interface HubArgs {
  dataDir: string;
  /** Name of a new, empty, real network to create on the first start (instead of the demo). */
  newNetwork: string | null;
}

/** `--data DIR`, `--new-network NAME`; DATA_DIR in the environment works too. */
export function parseHubArgs(argv: readonly string[], env: NodeJS.ProcessEnv): HubArgs {
  let dataDir = env.DATA_DIR ?? 'data';
  let newNetwork: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--data') dataDir = value() ?? dataDir;
    else if (flag === '--new-network') newNetwork = (value() ?? '').trim() || null;
  }
  return { dataDir: resolve(dataDir), newNetwork };
}

export function hubFile(dataDir: string): string {
  return join(dataDir, 'hub.sqlite');
}

export interface OpenedHub {
  hub: Hub;
  storage: HubStorage;
  /** What the operator should read, line by line. */
  notices: string[];
  /** A coordinator invite code, while no coordinator has joined. */
  coordinatorCode: string | null;
}

export async function openHub(args: HubArgs, now: () => Date = () => new Date()): Promise<OpenedHub> {
  mkdirSync(args.dataDir, { recursive: true });
  const storage = openSqliteStorage(hubFile(args.dataDir));
  const hub = createHub({ storage, now });
  const notices: string[] = [];
  let network = await storage.getNetwork();
  if (!network) {
    if (args.newNetwork) {
      network = await hub.createNetwork({ name: args.newNetwork, demo: false });
      notices.push(`Created the network "${network.name}" (empty).`);
    } else {
      network = await hub.createNetwork({ name: DEMO_NETWORK_NAME, demo: true });
      const sample = buildSampleDirectory(now());
      const records: Array<{ entity: Entity; value: Record<string, unknown> & { id: string } }> = [
        ...sample.organizations.map((value) => ({ entity: 'organization' as const, value })),
        ...sample.locations.map((value) => ({ entity: 'location' as const, value })),
        ...sample.services.map((value) => ({ entity: 'service' as const, value })),
      ];
      await hub.seed(records);
      notices.push(
        `Created a DEMO network with the fictional sample directory (${sample.services.length} services). ` +
          'Start with `--new-network "Name"` and an empty data folder for a real one.',
      );
    }
  } else if (args.newNetwork && args.newNetwork !== network.name) {
    notices.push(`--new-network ignored: this data folder already holds the network "${network.name}".`);
  }
  let coordinatorCode: string | null = null;
  if (!(await hub.hasCoordinator())) {
    coordinatorCode = (await hub.createInvite(null, { role: 'coordinator', agencyId: null, days: 7 })).code;
  }
  return { hub, storage, notices, coordinatorCode };
}
