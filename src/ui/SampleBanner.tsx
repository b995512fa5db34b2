import { useT } from '../state/context';
import { useSampleMarker } from '../state/directory';

/** A visible, named banner whenever the directory on this device is the fictional sample. */
export function SampleBanner() {
  const t = useT();
  const marker = useSampleMarker();
  if (!marker) return null;
  return (
    <section class="sample" aria-labelledby="sample-title">
      <h2 id="sample-title">{t('sample.banner.title')}</h2>
      <p>{t('sample.banner.body')}</p>
    </section>
  );
}
