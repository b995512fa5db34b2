import { useT } from '../state/context';

/** What is left after "wipe this device": nothing but a way to start again. */
export function WipedScreen() {
  const t = useT();
  return (
    <section aria-labelledby="wiped-title">
      <h1 id="wiped-title">{t('wiped.title')}</h1>
      <p>{t('wiped.body')}</p>
      <button type="button" onClick={() => window.location.replace('/')}>
        {t('wiped.restart')}
      </button>
    </section>
  );
}
