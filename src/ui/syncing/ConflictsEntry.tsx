import { LazyScreen } from '../LazyScreen';

async function loadConflicts() {
  const { ConflictsScreen } = await import('./ConflictsScreen');
  return ConflictsScreen;
}

/** The conflicts screen's door: it loads on demand, the first time a member has one to resolve. */
export function ConflictsEntry() {
  return <LazyScreen load={loadConflicts} />;
}
