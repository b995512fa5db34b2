// What the lock's screens (ui/lock, loaded on demand) need from vault/: the meter and the idle times.
// Apart from lockStore.ts so that the meter's word list stays out of the first-visit bundle.
export { IDLE_CHOICES_MS, type IdleChoice } from '../vault/lockPolicy';
export { passphraseStrength, type Strength } from '../vault/passphrase';
