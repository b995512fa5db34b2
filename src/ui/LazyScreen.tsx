import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../i18n';
import { useApp, useT } from '../state/context';

interface Props {
  /** Loads a screen's code and words for the locale; called again when the locale changes. */
  load: (locale: Locale) => Promise<ComponentType>;
}

/** A screen whose code loads on demand (the workbook, the map), never on first paint. */
export function LazyScreen({ load }: Props) {
  const { locale } = useApp();
  const t = useT();
  const [Screen, setScreen] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    load(locale.value)
      .then((component) => live && setScreen(() => component))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [locale.value, load]);
  if (failed) return <p role="alert">{t('app.partFailed')}</p>;
  if (!Screen) return <p role="status">{t('directory.loading')}</p>;
  return <Screen />;
}
