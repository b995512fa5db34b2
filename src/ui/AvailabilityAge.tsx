import { formatAge, type MessageKey } from '../i18n';
import type { Availability } from '../model/service';
import { useApp, useT } from '../state/context';

/** Availability set longer ago than this is shown dimmed: it may no longer hold. */
export const AVAILABILITY_FRESH_DAYS = 14;

interface Props {
  availability: Availability;
  now: Date;
  class?: string;
}

/** "Space now · 12 days ago": availability is never shown without its age (D8). */
export function AvailabilityAge({ availability, now, class: className = 'availability' }: Props) {
  const { locale } = useApp();
  const t = useT();
  if (availability.status === 'unknown') return null;
  const setAt = availability.set_at;
  const aged = setAt !== null && now.getTime() - Date.parse(setAt) > AVAILABILITY_FRESH_DAYS * 86_400_000;
  return (
    <p class={aged ? `${className} aged` : className}>
      {t(`availability.${availability.status}` as MessageKey)}
      {setAt && ` · ${formatAge(locale.value, setAt, now)}`}
    </p>
  );
}
