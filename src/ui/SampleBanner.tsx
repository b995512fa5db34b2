import { useT } from '../state/context';

/** A visible, named banner: the directory on this device is the fictional sample. */
export function SampleBanner() {
  const t = useT();
  return (
    <section class="sample" aria-labelledby="sample-title">
      <h2 id="sample-title">{t('sample.banner.title')}</h2>
      <p>{t('sample.banner.body')}</p>
    </section>
  );
}
