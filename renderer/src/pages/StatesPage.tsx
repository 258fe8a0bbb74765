import { useMemo } from 'react';
import type { StateSummary } from '../../../shared/api/types';
import { DataPage } from '../components/DataPage';
import { OptionSelect } from '../components/OptionSelect';
import { DataTable } from '../components/DataTable';
import { useApi } from '../data/useAsync';
import { t } from '../i18n';
import { dossierHref, navigate, useQueryParam } from '../router';
import { stateColumns } from '../columns/states';
import { useDocumentTitle } from '../layout/useDocumentTitle';

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
  useDocumentTitle(t('states.title'));
  const states = useApi('states.list', {});
  return (
    <DataPage title={t('states.title')} intro={t('states.intro')} state={states}>
      {(all) => <StatesTable all={all} />}
    </DataPage>
  );
}

function StatesTable({ all }: { all: StateSummary[] }) {
  const [query, setQuery] = useQueryParam('states.q');
  const [region, setRegion] = useQueryParam('states.region');
  const [neverVisited, setNeverVisited] = useQueryParam('states.never');
  const neverVisitedOnly = neverVisited === '1';
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
            onChange={(e) => setQuery(e.target.value, 'replace')}
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
            onChange={(e) => setNeverVisited(e.target.checked ? '1' : '')}
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
        addressKey="states"
        emptyMessage={t('states.noMatch')}
      />
    </>
  );
}
