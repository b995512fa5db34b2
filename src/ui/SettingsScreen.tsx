import { useState } from 'preact/hooks';
import { LOCALES, type Locale, type MessageKey } from '../i18n';
import { useApp, useT } from '../state/context';
import { THEMES } from '../state/deviceStore';
import { ListingsLink } from './editing/ListingsLink';
import { InstallSection } from './InstallSection';
import { LockSettings } from './lock/LockEntry';
import { NetworkSection } from './network/NetworkSection';
import { StorageSection } from './StorageSection';
import { UnreadableSection } from './UnreadableSection';
import { WipeSection } from './WipeSection';

/** Import and export, for those who may write the directory (everyone when there is no hub). */
function DirectorySection() {
  const { navigation, network } = useApp();
  const t = useT();
  const role = network.membership.value?.role;
  if (role === 'outreach' || role === 'peer') return null;
  return (
    <section aria-labelledby="settings-directory">
      <h2 id="settings-directory">{t('settings.directory')}</h2>
      <ListingsLink />
      <p class="actions">
        <button type="button" class="secondary" onClick={() => navigation.open({ name: 'transfer' })}>
          {t('settings.transfer')}
        </button>
      </p>
    </section>
  );
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

/** The network (join or leave), language, theme, quick exit, storage, install and wipe. */
export function SettingsScreen() {
  const { device, locale, setLocale } = useApp();
  const t = useT();
  const [exitUrl, setExitUrl] = useState(device.exitUrl.value);
  const [saved, setSaved] = useState(false);
  const problem = device.problem.value;
  return (
    <section aria-labelledby="settings-title" class="settings">
      <h1 id="settings-title">{t('settings.heading')}</h1>
      <NetworkSection />
      <DirectorySection />
      <label class="field">
        <span>{t('settings.language')}</span>
        <select
          value={locale.value}
          onChange={(e) => void setLocale((e.currentTarget as HTMLSelectElement).value as Locale)}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l === 'fr' ? 'fr-CA' : 'en-CA'}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('settings.theme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class="check">
            <input
              type="radio"
              name="theme"
              checked={device.theme.value === theme}
              onChange={() => device.setTheme(theme)}
            />
            <span>{t(`settings.theme.${theme}` as MessageKey)}</span>
          </label>
        ))}
      </fieldset>
      <h2>{t('settings.exit')}</h2>
      <form
        class="field"
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(device.setExitUrl(exitUrl));
        }}
      >
        <label class="field">
          <span>{t('settings.exitUrl')}</span>
          <input
            type="url"
            value={exitUrl}
            autoComplete="off"
            aria-describedby="exit-help"
            onInput={(e) => {
              setExitUrl((e.currentTarget as HTMLInputElement).value);
              setSaved(false);
            }}
          />
        </label>
        <p id="exit-help" class="muted">
          {t('settings.exitUrlHelp')}
        </p>
        <button type="submit" class="secondary">
          {t('settings.exitUrlSave')}
        </button>
        <p role="status" class="muted">
          {saved ? t('settings.exitUrlSaved') : ''}
        </p>
      </form>
      {problem && (
        <p role="alert" class="alert">
          {problem === 'invalid-url' ? t('settings.exitUrlInvalid') : t('settings.storageFull')}
        </p>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={device.blankWhenHidden.value}
          onChange={(e) => device.setBlankWhenHidden((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t('settings.blankWhenHidden')}</span>
      </label>
      <LockSettings />
      <StorageSection />
      <UnreadableSection />
      <InstallSection />
      <WipeSection />
    </section>
  );
}
