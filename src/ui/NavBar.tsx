import { useEffect, useRef } from 'preact/hooks';
import type { MessageKey } from '../i18n';
import { useApp, useT } from '../state/context';
import type { Screen } from '../state/navigation';
import { Icon, type IconName } from './icons';
import { QuickExit } from './QuickExit';
import { SyncStatusButton } from './syncing/SyncStatusButton';

interface Destination {
  screen: Screen;
  label: MessageKey;
  icon: IconName;
}

const DESTINATIONS: Destination[] = [
  { screen: { name: 'search' }, label: 'nav.search', icon: 'search' },
  { screen: { name: 'saved' }, label: 'nav.saved', icon: 'saved' },
  { screen: { name: 'workbook' }, label: 'nav.workbook', icon: 'toolkit' },
  { screen: { name: 'map' }, label: 'nav.map', icon: 'map' },
  { screen: { name: 'settings' }, label: 'nav.settings', icon: 'settings' },
];
/** Shown to members of an agency, after Saved. */
const REFERRALS_DESTINATION: Destination = {
  screen: { name: 'referrals' },
  label: 'nav.referrals',
  icon: 'referral',
};
/** Shown to coordinators only, before Settings. */
const COORDINATOR_DESTINATION: Destination = {
  screen: { name: 'network' },
  label: 'nav.network',
  icon: 'network',
};

/**
 * Keeps `--bar-h` and `--dock-h` (the sticky header's height, the phone's bottom bar's) on the root,
 * so that `scroll-padding` keeps a focused control clear of both (WCAG 2.4.11).
 */
function useBarHeights(header: { current: HTMLElement | null }, dock: { current: HTMLElement | null }) {
  useEffect(() => {
    const root = document.documentElement;
    const measure = () => {
      const bar = header.current?.getBoundingClientRect().height ?? 0;
      const nav = dock.current;
      const docked = nav && getComputedStyle(nav).position === 'fixed';
      root.style.setProperty('--bar-h', `${Math.ceil(bar)}px`);
      root.style.setProperty('--dock-h', `${docked ? Math.ceil(nav.getBoundingClientRect().height) : 0}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (header.current) observer.observe(header.current);
    if (dock.current) observer.observe(dock.current);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [header, dock]);
}

/**
 * The app's bars. The top one, always in view: a back arrow on a sub-screen, the crisis lines, the
 * sync status of a member, the language switch and the quick exit (in a place no content scrolls
 * under). The destinations: a bottom bar of icons and labels on a phone, a row in the top bar on a
 * wide screen; every one a single tap away at 320 px in both languages.
 */
export function NavBar() {
  const { navigation, locale, setLocale, network, lock } = useApp();
  const lockStatus = lock.status.value;
  // Locked (or not yet known to be open): the crisis lines, the language and the quick exit only.
  const open = lockStatus === 'off' || lockStatus === 'unlocked';
  const t = useT();
  const current = navigation.screen.value.name;
  const header = useRef<HTMLElement>(null);
  const dock = useRef<HTMLElement>(null);
  useBarHeights(header, dock);
  const member = network.membership.value;
  const withReferrals = member?.agency
    ? [...DESTINATIONS.slice(0, 2), REFERRALS_DESTINATION, ...DESTINATIONS.slice(2)]
    : DESTINATIONS;
  const destinations =
    member?.role === 'coordinator'
      ? [...withReferrals.slice(0, -1), COORDINATOR_DESTINATION, ...withReferrals.slice(-1)]
      : withReferrals;
  return (
    <header ref={header} class={open && network.membership.value ? 'bar with-sync' : 'bar'}>
      <span class="brand">{t('app.name')}</span>
      {navigation.canGoBack.value && (
        <button type="button" class="bar-back" aria-label={t('nav.back')} onClick={() => navigation.back()}>
          <Icon name="back" />
        </button>
      )}
      <button
        type="button"
        class="crisis-link"
        aria-current={current === 'crisis' ? 'page' : undefined}
        onClick={() => navigation.switchTo({ name: 'crisis' })}
      >
        <Icon name="phone" />
        <span>{t('nav.crisis')}</span>
      </button>
      <nav ref={dock} class="dests" aria-label={t('nav.label')} hidden={!open}>
        <ul>
          {destinations.map(({ screen, label, icon }) => (
            <li key={screen.name}>
              <button
                type="button"
                class="dest"
                aria-current={current === screen.name ? 'page' : undefined}
                onClick={() => navigation.switchTo(screen)}
              >
                <Icon name={icon} />
                <span>{t(label)}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {open && <SyncStatusButton />}
      {lockStatus === 'unlocked' && (
        <button
          type="button"
          class="bar-lock"
          aria-label={t('lock.now')}
          title={t('lock.now')}
          onClick={() => lock.lockNow()}
        >
          <Icon name="lock" />
        </button>
      )}
      <button
        type="button"
        class="lang"
        lang={locale.value === 'en' ? 'fr-CA' : 'en-CA'}
        aria-label={t('app.language.switchLabel')}
        onClick={() => void setLocale(locale.value === 'en' ? 'fr' : 'en')}
      >
        {t('app.language.switch')}
      </button>
      <QuickExit />
    </header>
  );
}
