// One editor store per app, made on first use inside the editing code (never part of a first visit).
import type { AppStore } from '../../state/appStore';
import { useApp } from '../../state/context';
import { createEditorStore, type EditorStore } from '../../state/editorStore';

const stores = new WeakMap<AppStore, EditorStore>();

export function useEditor(): EditorStore {
  const app = useApp();
  let store = stores.get(app);
  if (!store) {
    store = createEditorStore({
      db: app.db,
      snapshot: app.directory.snapshot,
      membership: app.network.membership,
      known: app.network.known,
      drafts: app.listingDrafts,
    });
    stores.set(app, store);
  }
  return store;
}
