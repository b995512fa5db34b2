import { useT } from '../../state/context';

interface Props {
  shown: number;
  total: number;
  more: () => void;
}

/** "Showing 50 of 1,200" and a button for the next rows, when there are more. */
export function ShowMore({ shown, total, more }: Props) {
  const t = useT();
  if (total <= shown) return null;
  return (
    <p class="row">
      <span class="muted">{t('directory.count', { shown, total })}</span>
      <button type="button" class="secondary" onClick={more}>
        {t('directory.showMore')}
      </button>
    </p>
  );
}
