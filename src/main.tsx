// The composition root: creates the store, renders the app, starts the database.
import { render } from 'preact';
import { preferredLocale } from './i18n';
import { createAppStore } from './state/appStore';
import { AppCtx } from './state/context';
import { App } from './ui/App';
import './ui/styles.css';

const store = createAppStore({ initialLocale: preferredLocale(navigator.languages), storage: localStorage });
const root = document.getElementById('app');
if (root) {
  render(
    <AppCtx.Provider value={store}>
      <App />
    </AppCtx.Provider>,
    root,
  );
}
void store.start();
