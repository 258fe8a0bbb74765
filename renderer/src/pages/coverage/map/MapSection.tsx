// The Coverage page's map: filters (region, a year slider that replays coverage, visit kind), the
// map with its legend, and the same data as a table (the map's text alternative).
import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import type { CoverageMap } from '../../../../../shared/api/types';
import {
  COVERAGE_KIND_FILTERS,
  type CoverageKindFilter,
} from '../../../../../shared/domain/coverage';
import { yearOf } from '../../../../../shared/domain/dates';
import { pickColumns } from '../../../columns/pick';
import { DataTable } from '../../../components/DataTable';
import { formatDate, regionName, t } from '../../../i18n';
import { dossierHref } from '../../../router';
import { MapLegend } from './MapLegend';
import { lastVisitWords, standingsIn, statusWords, type StateStanding } from './standing';
import { WorldMap } from './WorldMap';

/** How long each year stays on screen while the map replays the years. */
const REPLAY_STEP_MS = 900;

const STATUS_ORDER = ['this_year', 'recent', 'earlier', 'long_ago', 'never', 'not_member'];

export function MapSection({ data }: { data: CoverageMap }) {
  const lastYear = yearOf(data.asOf);
  const [year, setYear] = useState(lastYear);
  const [kind, setKind] = useState<CoverageKindFilter>('assessment');
  const [region, setRegion] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);

  const regions = useMemo(
    () => [...new Set(data.states.map((s) => s.region))].sort(),
    [data.states],
  );
  const standings = useMemo(() => standingsIn(data, year, kind), [data, year, kind]);
  const shown = useMemo(
    () => standings.filter((s) => region === null || s.state.region === region),
    [standings, region],
  );

  // The replay: one year after another up to the last, then it stops.
  useEffect(() => {
    if (!playing) return;
    if (year >= lastYear) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => setYear((y) => y + 1), REPLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, year, lastYear]);

  const replay = () => {
    if (playing) return setPlaying(false);
    if (year >= lastYear) setYear(data.firstYear);
    setPlaying(true);
  };

  const members = shown.filter((s) => s.status !== 'not_member');
  const visited = members.filter((s) => s.status !== 'never').length;
  return (
    <>
      <div className="filters map-filters">
        <div className="filter">
          <label htmlFor="map-region">{t('coverageMap.region')}</label>
          <select
            id="map-region"
            value={region ?? ''}
            onChange={(e) => setRegion(e.target.value || null)}
          >
            <option value="">{t('coverageMap.allRegions')}</option>
            {regions.map((r) => (
              <option key={r} value={r}>
                {regionName(r)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter year-slider">
          <label htmlFor="map-year">{t('coverageMap.year')}</label>
          <input
            id="map-year"
            type="range"
            min={data.firstYear}
            max={lastYear}
            step={1}
            value={year}
            aria-valuetext={String(year)}
            onChange={(e) => {
              setPlaying(false);
              setYear(Number(e.target.value));
            }}
          />
          <output htmlFor="map-year" className="year-value">
            {year}
          </output>
        </div>
        <div className="filter">
          <span aria-hidden="true">&nbsp;</span>
          <button type="button" onClick={replay}>
            {playing ? t('coverageMap.stopReplay') : t('coverageMap.replay')}
          </button>
        </div>
        <div className="filter">
          <label htmlFor="map-kind">{t('coverageMap.kind')}</label>
          <select
            id="map-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as CoverageKindFilter)}
          >
            {COVERAGE_KIND_FILTERS.map((k) => (
              <option key={k} value={k}>
                {k === 'assessment' ? t('coverageMap.kindAssessment') : t(`visitKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="map-summary" aria-live="polite">
        {t('coverageMap.summary', {
          year,
          asOf: year === lastYear ? formatDate(data.asOf) : formatDate(`${year}-12-31`),
          visited,
          members: members.length,
          never: members.length - visited,
          listed: shown.filter((s) => s.onList).length,
        })}
      </p>
      <p id="map-keys" className="muted">
        {t('coverageMap.keys')}{' '}
        <a href="#coverage-map-table" onClick={skipToTable}>
          {t('coverageMap.skipToTable')}
        </a>
      </p>
      <div className="map-scroll">
        <WorldMap
          standings={standings}
          year={year}
          region={region}
          interactive
          label={t('coverageMap.label', { year })}
          hint="map-keys"
        />
      </div>
      <MapLegend standings={shown} year={year} />
      <p className="muted map-disclaimer">{t('coverageMap.disclaimer')}</p>
      <h3 id="coverage-map-table" tabIndex={-1}>
        {t('coverageMap.tableTitle', { year })}
      </h3>
      <MapTable standings={shown} year={year} />
    </>
  );
}

/** Moves focus to the table (the address keeps its route: links here are routes, not anchors). */
function skipToTable(e: MouseEvent) {
  e.preventDefault();
  document.getElementById('coverage-map-table')?.focus();
}

function MapTable({ standings, year }: { standings: StateStanding[]; year: number }) {
  const columns = useMemo(
    () =>
      pickColumns<StateStanding, 'state' | 'region' | 'status' | 'lastVisit' | 'onList'>({
        state: {
          header: t('col.state'),
          cell: (s) => <a href={dossierHref(s.state.iso3)}>{s.state.name}</a>,
          sortValue: (s) => s.state.name,
        },
        region: {
          header: t('col.region'),
          cell: (s) => s.state.region,
          sortValue: (s) => s.state.region,
        },
        status: {
          header: t('coverageMap.col.status'),
          cell: (s) => statusWords(s, year),
          sortValue: (s) => STATUS_ORDER.indexOf(s.status) * 100 + (s.yearsAgo ?? 0),
        },
        lastVisit: {
          header: t('col.lastVisit'),
          cell: (s) => lastVisitWords(s),
          sortValue: (s) => s.lastVisit?.endedOn ?? null,
        },
        onList: {
          header: t('coverageMap.col.onList', { year }),
          cell: (s) => (s.onList ? t('common.yes') : t('common.no')),
          sortValue: (s) => (s.onList ? 0 : 1),
        },
      }),
    [year],
  );
  return (
    <DataTable
      caption={t('coverageMap.tableTitle', { year })}
      columns={columns}
      rows={standings}
      rowKey={(s) => s.state.iso3}
      initialSort={{ column: 'state', direction: 'ascending' }}
      emptyMessage={t('common.noMatch')}
    />
  );
}
