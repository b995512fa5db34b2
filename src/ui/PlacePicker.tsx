import { communityById } from '../data/reference';
import { localName } from '../i18n';
import { useApp, useT } from '../state/context';
import { CommunityOptions } from './CommunityOptions';
import { Icon } from './icons';

/** "Near": a remembered community, or the device's position (used once, never stored). */
export function PlacePicker() {
  const { directory, locale } = useApp();
  const t = useT();
  const choice = directory.placeChoice.value;
  const place = directory.place.value;
  const community = place?.communityId ? communityById(place.communityId) : undefined;
  const communityName = community ? localName(community, locale.value) : '';
  const locate = directory.locate.value;
  return (
    <div class="place">
      <label class="field">
        <span>{t('place.label')}</span>
        <select
          value={choice?.kind === 'community' ? choice.id : choice?.kind === 'gps' ? '@gps' : ''}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value;
            if (value !== '@gps') void directory.chooseCommunity(value || null);
          }}
        >
          <option value="">{t('place.anywhere')}</option>
          {choice?.kind === 'gps' && <option value="@gps">{t('place.myLocation')}</option>}
          <CommunityOptions />
        </select>
      </label>
      <button
        type="button"
        class="secondary locate"
        aria-label={t('place.useMyLocation')}
        title={t('place.useMyLocation')}
        onClick={() => directory.useDevicePosition()}
      >
        <Icon name="locate" />
      </button>
      <p role="status" class="muted">
        {locate === 'locating'
          ? t('place.locating')
          : locate === 'denied'
            ? t('place.denied')
            : locate === 'unavailable'
              ? t('place.unavailable')
              : ''}
      </p>
      {place?.access === 'fly-in' && <p class="warn">{t('place.flyIn', { community: communityName })}</p>}
      {place?.access === 'rail' && <p class="warn">{t('place.rail', { community: communityName })}</p>}
    </div>
  );
}
