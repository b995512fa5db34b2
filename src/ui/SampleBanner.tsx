import { useEffect } from 'preact/hooks';
import { useApp, useT } from '../state/context';

/**
 * A visible, named banner: the directory on this device is the fictional sample. In full on the
 * first visit; one line after that, so that more than one result shows above the fold on a phone.
 */
export function SampleBanner() {
  const { device } = useApp();
  const t = useT();
  useEffect(() => device.noteSampleSeen(), [device]);
  if (device.sampleSeenBefore)
    return (
      <section class="sample compact" aria-labelledby="sample-title">
        <h2 id="sample-title">{t('sample.banner.title')}</h2>
        <p>{t('sample.banner.short')}</p>
      </section>
    );
  return (
    <section class="sample" aria-labelledby="sample-title">
      <h2 id="sample-title">{t('sample.banner.title')}</h2>
      <p>{t('sample.banner.body')}</p>
    </section>
  );
}
