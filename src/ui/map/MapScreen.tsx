import { useEffect, useMemo, useState } from 'preact/hooks';
import { COMMUNITIES } from '../../data/reference';
import { type MessageKey, translator } from '../../i18n';
import type { MapCatalog } from '../../i18n/map';
import { coverageMatrix, NEEDS, type NeedId } from '../../model/coverage';
import { useApp, useT } from '../../state/context';
import { CommunityDetail } from './CommunityDetail';
import { CoverageTable } from './CoverageTable';
import { GapList } from './GapList';
import { RegionMap } from './RegionMap';
import { MapWords } from './words';
import './map.css';

interface Props {
  catalog: MapCatalog;
}

function clampKm(text: string, fallback: number): number {
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && n <= 2000 ? n : fallback;
}

/** Communities × needs: the map, the table behind it, one community's detail, and the gaps. */
export function MapScreen({ catalog }: Props) {
  const { directory } = useApp();
  const t = useT();
  const tm = useMemo(() => translator(catalog), [catalog]);
  const [need, setNeed] = useState<NeedId>('program.transitional-housing');
  const [radiusKm, setRadiusKm] = useState(100);
  const [gapKm, setGapKm] = useState(150);
  const [selected, setSelected] = useState<string>(COMMUNITIES[0]?.id ?? '');
  // A choice in the table (below the detail) takes the reader to the detail it changed.
  const [tablePicks, setTablePicks] = useState(0);
  useEffect(() => {
    if (tablePicks) document.getElementById('community-title')?.focus();
  }, [tablePicks]);
  const snapshot = directory.snapshot.value;
  const matrix = useMemo(
    () =>
      coverageMatrix({
        services: snapshot?.services ?? [],
        locations: new Map((snapshot?.locations ?? []).map((l) => [l.id, l])),
        communities: COMMUNITIES,
        radiusKm,
      }),
    [snapshot, radiusKm],
  );
  const needLabel = t(`taxonomy.${need}` as MessageKey);
  return (
    <MapWords.Provider value={tm}>
      <section aria-labelledby="map-title" class="map">
        <h1 id="map-title">{tm('map.title')}</h1>
        <p class="muted">{tm('map.intro')}</p>
        <div class="map-controls">
          <label class="field">
            <span>{tm('map.need')}</span>
            <select
              value={need}
              onChange={(e) => setNeed((e.currentTarget as HTMLSelectElement).value as NeedId)}
            >
              {NEEDS.map((n) => (
                <option key={n} value={n}>
                  {t(`taxonomy.${n}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{tm('map.radius')}</span>
            <input
              type="number"
              min={0}
              max={2000}
              step={10}
              value={radiusKm}
              onChange={(e) => setRadiusKm(clampKm((e.currentTarget as HTMLInputElement).value, radiusKm))}
            />
          </label>
          <label class="field">
            <span>{tm('map.gapKm')}</span>
            <input
              type="number"
              min={0}
              max={2000}
              step={10}
              value={gapKm}
              onChange={(e) => setGapKm(clampKm((e.currentTarget as HTMLInputElement).value, gapKm))}
            />
          </label>
        </div>
        <RegionMap
          matrix={matrix}
          need={need}
          needLabel={needLabel}
          selected={selected}
          onSelect={setSelected}
        />
        <CommunityDetail matrix={matrix} need={need} communityId={selected} />
        <CoverageTable
          matrix={matrix}
          need={need}
          needLabel={needLabel}
          selected={selected}
          onSelect={(id) => {
            setSelected(id);
            setTablePicks((n) => n + 1);
          }}
        />
        <GapList matrix={matrix} gapKm={gapKm} />
      </section>
    </MapWords.Provider>
  );
}
