import { LazyScreen } from '../LazyScreen';

async function loadCoordinator() {
  const { CoordinatorScreen } = await import('./CoordinatorScreen');
  return CoordinatorScreen;
}

/** The coordinator screen's door: it (and the QR encoder) loads on demand, for coordinators only. */
export function CoordinatorEntry() {
  return <LazyScreen load={loadCoordinator} />;
}
