import { CRISIS_LINES, CRISIS_LINES_VERIFIED } from '../data/reference';
import { formatDate } from '../i18n';
import type { CrisisLine } from '../model/reference';
import { useApp, useT } from '../state/context';

const CHAT_LINES = new Set(['human-trafficking-hotline', 'hope-for-wellness']);

function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}

interface LineProps {
  line: CrisisLine;
}

function Line({ line }: LineProps) {
  const { locale } = useApp();
  const t = useT();
  const french = locale.value === 'fr';
  const name = french ? line.name_fr : line.name;
  const keyword = french ? (line.sms_keyword_fr ?? line.sms_keyword) : line.sms_keyword;
  const languages = french ? line.languages_fr : line.languages;
  return (
    <li class="line">
      <h2>{name}</h2>
      <p class="actions">
        <a class="call" href={telHref(line.phone)}>
          {t('crisis.call', { number: line.phone })}
        </a>
        {line.sms && (
          <a class="call" href={`sms:${line.sms}`}>
            {keyword
              ? t('crisis.textKeyword', { keyword, number: line.sms })
              : t('crisis.text', { number: line.sms })}
          </a>
        )}
      </p>
      {line.hours === '24/7' && <p>{t('crisis.allHours')}</p>}
      {line.id === 'emergency' && <p class="warn">{t('crisis.note.emergency')}</p>}
      {CHAT_LINES.has(line.id) && <p>{t('crisis.note.chat')}</p>}
      {languages && <p>{t('crisis.note.languages', { languages })}</p>}
      {line.kind && <p>{t('crisis.informationOnly')}</p>}
    </li>
  );
}

/** Crisis lines come from the app bundle, so they show even when the database cannot open. */
export function CrisisLines() {
  const { locale } = useApp();
  const t = useT();
  return (
    <section class="crisis" aria-labelledby="crisis-title">
      <h1 id="crisis-title">{t('crisis.heading')}</h1>
      <ul>
        {CRISIS_LINES.map((line) => (
          <Line key={line.id} line={line} />
        ))}
      </ul>
      <p class="muted">{t('crisis.verified', { date: formatDate(locale.value, CRISIS_LINES_VERIFIED) })}</p>
    </section>
  );
}
