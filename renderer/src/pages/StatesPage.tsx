import { useMemo, useState } from 'react';
import type { StateSummary } from '../../../shared/api/types';
import { DataPage } from '../components/DataPage';
import { OptionSelect } from '../components/OptionSelect';
import { DataTable } from '../components/DataTable';
import { useApi } from '../data/useAsync';
import { t } from '../i18n';
import { dossierHref, navigate } from '../router';
import { stateColumns } from '../columns/states';

/** Lower case without accents, so "cote" finds "Côte d'Ivoire". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function matches(state: StateSummary, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  return (
    state.iso3.toLowerCase() === q ||
    Object.values(state.names).some((name) => fold(name).includes(q))
  );
}

export function StatesPage() {
  const states = useApi('states.list', {});
  return (
    <DataPage title={t('states.title')} intro={t('states.intro')} state={states}>
      {(all) => <StatesTable all={all} />}
    </DataPage>
  );
}

function StatesTable({ all }: { all: StateSummary[] }) {
  const [query, setQuery] = useState('');
  const [region, setRegion] = useState('');
  const [neverVisitedOnly, setNeverVisitedOnly] = useState(false);
  const columns = useMemo(() => stateColumns(), []);
  const regions = useMemo(() => [...new Set(all.map((s) => s.region))].sort(), [all]);
  const shown = useMemo(
    () =>
      all.filter(
        (s) =>
          matches(s, query) &&
          (!region || s.region === region) &&
          (!neverVisitedOnly || s.neverVisited),
      ),
    [all, query, region, neverVisitedOnly],
  );
  return (
    <>
      <div className="filters" role="search">
        <label className="filter">
          {t('states.search')}
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('states.searchPlaceholder')}
          />
        </label>
        <label className="filter">
          {t('filter.region')}
          <OptionSelect
            value={region}
            options={regions}
            emptyOption={t('filter.allRegions')}
            onChange={setRegion}
          />
        </label>
        <label className="filter filter-check">
          <input
            type="checkbox"
            checked={neverVisitedOnly}
            onChange={(e) => setNeverVisitedOnly(e.target.checked)}
          />
          {t('states.neverVisitedOnly')}
        </label>
      </div>
      <p className="result-count" role="status">
        {t('states.showing', { count: shown.length, total: all.length })}
      </p>
      <DataTable
        caption={t('states.title')}
        columns={columns}
        rows={shown}
        rowKey={(s) => s.iso3}
        initialSort={{ column: 'name', direction: 'ascending' }}
        onOpen={(s) => navigate(dossierHref(s.iso3))}
        emptyMessage={t('states.noMatch')}
      />
    </>
  );
}
