// The app lock's cost on this machine: one unlock (PBKDF2 at the iterations a vault uses), and
// sealing and opening 5,000 records with the data key. The unlock time scales with iterations, so
// it says what a phone four times slower would wait. Then referrals sealed end to end for two
// agencies' devices, and opened.
import { performance } from 'node:perf_hooks';
import { createRng } from '../../src/data/random';
import { uuidFromRandom } from '../../src/model/ids';
import {
  createVault,
  DEFAULT_ITERATIONS,
  type DeviceKeys,
  open,
  openReferral,
  seal,
  unlockVault,
} from '../../src/vault';
import { referralWorld, sampleReferral, sealSample } from '../fixtures/referrals';

export interface VaultFigures {
  iterations: number;
  unlockMs: number;
  sealMs: number;
  openMs: number;
  records: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function runVaultBench(records = 5000, runs = 3): Promise<VaultFigures> {
  const passphrase = 'river stones under the birch trees';
  const { record, key } = await createVault(passphrase);
  const unlocks: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const opened = await unlockVault(record, passphrase);
    unlocks.push(performance.now() - start);
    if (!opened.ok) throw new Error('the bench vault did not open');
  }
  const values = Array.from({ length: records }, (_, i) => ({
    alias: `R${i}`,
    needs: ['need.shelter', 'need.peer-support'],
    safe_contact: 'text only, after 18:00',
    told_once: 'A summary the receiving worker reads instead of asking again. '.repeat(4),
  }));
  let start = performance.now();
  const sealed = await Promise.all(values.map((v, i) => seal(key, v, `referral/${i}`)));
  const sealMs = performance.now() - start;
  start = performance.now();
  const opened = await Promise.all(sealed.map((s, i) => open(key, s, `referral/${i}`)));
  const openMs = performance.now() - start;
  if (opened.some((v) => v === null)) throw new Error('a sealed bench record did not open');
  return { iterations: DEFAULT_ITERATIONS, unlockMs: median(unlocks), sealMs, openMs, records };
}

export interface ReferralFigures {
  referrals: number;
  devicesPerAgency: number;
  sealMs: number;
  openMs: number;
  /** One envelope as the hub stores it (JSON), on average. */
  envelopeBytes: number;
}

/**
 * Referrals sealed end to end for two agencies of `devicesPerAgency` devices each (a content key
 * wrapped for every device, a signature), then each opened on one receiving device (unwrap, decrypt,
 * verify the sender's signature, parse). All at once, as the existing vault rows do.
 */
export async function runReferralBench(referrals = 5000, devicesPerAgency = 3): Promise<ReferralFigures> {
  const world = await referralWorld(devicesPerAgency);
  const reader = world.receiver[0] as DeviceKeys;
  const rng = createRng(16);
  const ids = Array.from({ length: referrals }, () => uuidFromRandom(rng.next));
  let start = performance.now();
  const envelopes = await Promise.all(
    ids.map((referralId, i) =>
      sealSample(world, { referralId, referral: sampleReferral({ alias: `R${i}` }) }),
    ),
  );
  const sealMs = performance.now() - start;
  start = performance.now();
  const opened = await Promise.all(envelopes.map((e) => openReferral(e, reader, { lookup: world.lookup })));
  const openMs = performance.now() - start;
  if (opened.some((o) => !o.ok)) throw new Error('a bench referral did not open');
  const bytes = envelopes.reduce((n, e) => n + JSON.stringify(e).length, 0);
  return { referrals, devicesPerAgency, sealMs, openMs, envelopeBytes: bytes / referrals };
}
