import { useEffect, useState } from 'preact/hooks';
import { COMMUNITIES, communityById } from '../../data/reference';
import { formatMonth, type Locale, localName, type Translate, taxonomyKey } from '../../i18n';
import type { ReferralsKey } from '../../i18n/referrals';
import { RETENTION_DAYS_MAX } from '../../model/referral';
import type { PublishedCount, PublishedTable } from '../../model/referralStats';
import type { TaxonomyId } from '../../model/taxonomy';
import { useApp, useT } from '../../state/context';
import type { NetworkMonth } from '../../state/coordinatorStore';

interface Props {
  tr: Translate<ReferralsKey>;
}

/** A community's name in the reader's language; its id when the app does not know it. */
function communityName(id: string, locale: Locale): string {
  const community = communityById(id);
  return community ? localName(community, locale) : id;
}

/** The coordinator's part of referrals: the network's settings, and its de-identified figures. */
export function ReferralNetwork({ tr }: Props) {
  return (
    <>
      <ReferralSettingsSection tr={tr} />
      <WithheldSection tr={tr} />
      <FiguresSection tr={tr} />
    </>
  );
}

function ReferralSettingsSection({ tr }: Props) {
  const { network } = useApp();
  const admin = network.coordinator;
  const settings = admin.referralSettings.value;
  const [peers, setPeers] = useState(false);
  const [days, setDays] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!settings) return;
    setPeers(settings.peersMaySend);
    setDays(String(settings.retentionDays));
  }, [settings]);
  if (!settings) return null;
  const retention = Number(days);
  const valid = Number.isInteger(retention) && retention >= 1 && retention <= RETENTION_DAYS_MAX;
  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    if (!valid) return;
    setSaved(await admin.setReferralSettings({ peersMaySend: peers, retentionDays: retention }));
  };
  return (
    <section aria-labelledby="rf-settings-title">
      <h2 id="rf-settings-title">{tr('rf.net.settings')}</h2>
      <form onSubmit={submit}>
        <label class="check">
          <input type="checkbox" checked={peers} onChange={(e) => setPeers(e.currentTarget.checked)} />
          <span>{tr('rf.net.peers')}</span>
        </label>
        <label class="field">
          <span>{tr('rf.net.retention')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={RETENTION_DAYS_MAX}
            value={days}
            aria-invalid={!valid}
            aria-describedby="rf-retention-help"
            onInput={(e) => setDays(e.currentTarget.value)}
          />
        </label>
        <p id="rf-retention-help" class="muted">
          {valid ? tr('rf.net.retentionHelp') : tr('rf.net.retentionInvalid', { max: RETENTION_DAYS_MAX })}
        </p>
        <p class="actions">
          <button type="submit" disabled={!valid}>
            {tr('rf.net.save')}
          </button>
        </p>
        <p role="status" class="muted">
          {saved ? tr('rf.net.saved') : ''}
        </p>
      </form>
    </section>
  );
}

/** OCAP: a First Nation owns its data; the network can turn a community's figures off. */
function WithheldSection({ tr }: Props) {
  const { network, locale } = useApp();
  const admin = network.coordinator;
  const settings = admin.referralSettings.value;
  const [choice, setChoice] = useState('');
  if (!settings) return null;
  const withheld = settings.withheldCommunities;
  const name = (id: string) => communityName(id, locale.value);
  const save = (list: string[]) => admin.setReferralSettings({ withheldCommunities: list });
  const choices = COMMUNITIES.filter((c) => !withheld.includes(c.id)).sort((a, b) =>
    localName(a, locale.value).localeCompare(localName(b, locale.value), locale.value),
  );
  return (
    <section aria-labelledby="rf-withheld-title">
      <h2 id="rf-withheld-title">{tr('rf.net.withheld')}</h2>
      <p class="muted">{tr('rf.net.withheldHelp')}</p>
      {withheld.length === 0 ? (
        <p class="muted">{tr('rf.net.withheldNone')}</p>
      ) : (
        <ul aria-labelledby="rf-withheld-title">
          {withheld.map((id) => (
            <li key={id} class="line">
              <span>{name(id)}</span>{' '}
              <button
                type="button"
                class="secondary"
                onClick={() => void save(withheld.filter((w) => w !== id))}
              >
                {tr('rf.net.turnOn', { community: name(id) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (choice) void save([...withheld, choice]).then((ok) => ok && setChoice(''));
        }}
      >
        <label class="field">
          <span>{tr('rf.net.community')}</span>
          <select value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            <option value="">{tr('rf.net.chooseCommunity')}</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {localName(c, locale.value)}
              </option>
            ))}
          </select>
        </label>
        <p class="actions">
          <button type="submit" disabled={!choice}>
            {tr('rf.net.turnOff')}
          </button>
        </p>
      </form>
    </section>
  );
}

function FiguresSection({ tr }: Props) {
  const { network, locale } = useApp();
  const figures = network.coordinator.figures.value;
  const [month, setMonth] = useState<string | null>(null);
  if (!figures) return null;
  const shown = figures.find((m) => m.month === month) ?? figures[0];
  return (
    <section aria-labelledby="rf-figures-title">
      <h2 id="rf-figures-title">{tr('rf.net.figures')}</h2>
      <p class="muted">{tr('rf.net.figuresHelp')}</p>
      {!shown ? (
        <p class="muted">{tr('rf.net.figuresNone')}</p>
      ) : (
        <>
          <label class="field">
            <span>{tr('rf.net.month')}</span>
            <select value={shown.month} onChange={(e) => setMonth(e.currentTarget.value)}>
              {figures.map((m) => (
                <option key={m.month} value={m.month}>
                  {formatMonth(locale.value, m.month)}
                </option>
              ))}
            </select>
          </label>
          <p>{tr('rf.net.agencies', { count: shown.agencies })}</p>
          <MonthTables tr={tr} month={shown} />
        </>
      )}
    </section>
  );
}

function MonthTables({ tr, month }: Props & { month: NetworkMonth }) {
  const t = useT();
  return (
    <>
      <FigureList
        tr={tr}
        id="rf-figures-needs"
        title={tr('rf.net.needs')}
        table={month.needs}
        label={(need) => t(taxonomyKey(need as TaxonomyId))}
      />
      <FigureList
        tr={tr}
        id="rf-figures-turn-aways"
        title={tr('rf.net.turnAways')}
        table={month.turnAways}
        label={(reason) => tr(`rf.${reason}` as ReferralsKey)}
      />
    </>
  );
}

const counts = (f: PublishedCount | undefined) => f !== undefined && (f.hidden || f.count > 0);

/**
 * A table as lists: every community, then each community with something to show, each listing only
 * the figures that are not zero (a phone cannot show twenty columns). A hidden figure says so in words.
 */
function FigureList({
  tr,
  id,
  title,
  table,
  label,
}: Props & {
  id: string;
  title: string;
  table: PublishedTable<string>;
  label: (column: string) => string;
}) {
  const { locale } = useApp();
  const name = (id: string) => communityName(id, locale.value);
  const figure = (label: string, f: PublishedCount | undefined) =>
    tr('rf.net.figure', { label, count: !f || f.hidden ? tr('rf.net.hidden') : String(f.count) });
  const rows = table.communities
    .map((community, i) => ({ community, total: table.communityTotals[i], cells: table.cells[i] ?? [] }))
    .filter((row) => counts(row.total) || row.cells.some(counts));
  const block = (
    heading: string,
    total: PublishedCount | undefined,
    cells: readonly PublishedCount[],
    listed: (j: number) => boolean,
  ) => (
    <>
      <dt>{figure(heading, total)}</dt>
      {table.columns.map((column, j) =>
        listed(j) ? (
          <dd key={column} class="figure">
            {figure(label(column), cells[j])}
          </dd>
        ) : null,
      )}
    </>
  );
  // A network total is listed when it or a community's figure under it says something: a total hidden
  // over communities that all show zero (a withheld community's, or a small one's) is summed up in a
  // line, not repeated for every column.
  const inSomeRow = (j: number) => rows.some((row) => counts(row.cells[j]));
  const totalListed = (j: number) => {
    const f = table.columnTotals[j];
    return (f !== undefined && !f.hidden && f.count > 0) || inSomeRow(j);
  };
  const othersHidden = table.columnTotals.some((f, j) => f.hidden && !totalListed(j));
  return (
    <section class="figures" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {!counts(table.total) && rows.length === 0 ? (
        <p class="muted">{tr('rf.net.zero')}</p>
      ) : (
        <dl>
          <div>
            {block(tr('rf.net.allCommunities'), table.total, table.columnTotals, totalListed)}
            {othersHidden && <dd class="figure">{tr('rf.net.othersHidden')}</dd>}
          </div>
          {rows.map((row) => (
            <div key={row.community}>
              {block(name(row.community), row.total, row.cells, (j) => counts(row.cells[j]))}
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
