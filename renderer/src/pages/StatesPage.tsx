import { useMemo, useState } from 'react';
import type { StateSummary } from '../../../shared/api/types';
import { AsyncView } from '../components/AsyncView';
import { DataTable } from '../components/DataTable';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
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
    <>
      <PageHeader title={t('states.title')}>
        <p>{t('states.intro')}</p>
      </PageHeader>
      <AsyncView state={states}>{(all) => <StatesTable all={all} />}</AsyncView>
    </>
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
          <select value={region} onChange={(e) => setRegion(e.target.value)}>
            <option value="">{t('filter.allRegions')}</option>
            {regions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
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
      {shown.length === 0 ? (
        <EmptyState>{t('states.noMatch')}</EmptyState>
      ) : (
        <DataTable
          caption={t('states.title')}
          columns={columns}
          rows={shown}
          rowKey={(s) => s.iso3}
          initialSort={{ column: 'name', direction: 'ascending' }}
          onOpen={(s) => navigate(dossierHref(s.iso3))}
        />
      )}
    </>
  );
}
