import { useEffect, useRef } from 'preact/hooks';
import { leaveOverGuard } from '../state/backCatcher';
import { useApp, useT } from '../state/context';
import { createEscapeDetector, type ExitEnvironment } from '../state/quickExit';
import { Icon } from './icons';

/** Blank at once: hide everything and drop the title before the next frame is painted. */
function veil(): void {
  document.documentElement.classList.add('veiled');
  document.title = '';
}

const PAGE: ExitEnvironment = {
  veil,
  // replace(), not assign(): the app's one history entry becomes the neutral site (stepping back over
  // the Back guard first, where the browser needed one).
  leave: (url) => leaveOverGuard(window, () => window.location.replace(url)),
};

/**
 * The quick exit on every screen: a button in the top bar, and Escape twice quickly (an Escape that closes a
 * dialog does not count). Also blanks the screen whenever the app is hidden, when the person asked.
 */
export function QuickExit() {
  const app = useApp();
  const t = useT();
  const detector = useRef(createEscapeDetector());

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // A modal dialog closes on this same Escape; the browser has not closed it yet.
      const closesDialog = document.querySelector('dialog[open]') !== null;
      if (detector.current.press(event.timeStamp, closesDialog)) app.quickExit(PAGE);
    };
    const onVisibility = () => {
      if (!app.device.blankWhenHidden.value) return;
      document.documentElement.classList.toggle('veiled', document.visibilityState === 'hidden');
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onVisibility);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onVisibility);
    };
  }, [app]);

  return (
    <button type="button" class="quick-exit" title={t('exit.hint')} onClick={() => app.quickExit(PAGE)}>
      <Icon name="exit" />
      <span>{t('exit.button')}</span>
    </button>
  );
}
