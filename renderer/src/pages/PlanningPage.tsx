import { useMemo } from 'react';
import type { StateSummary } from '../../../shared/api/types';
import { stateColumns } from '../columns/states';
import { AsyncView } from '../components/AsyncView';
import { DataTable } from '../components/DataTable';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { useApi } from '../data/useAsync';
import { t } from '../i18n';
import { dossierHref, navigate } from '../router';

const LONGEST_WAIT_SHOWN = 20;

export function PlanningPage() {
  const states = useApi('states.list', {});
  return (
    <>
      <PageHeader title={t('planning.title')}>
        <p>{t('planning.intro')}</p>
        <p className="note">{t('planning.comingLater')}</p>
      </PageHeader>
      <AsyncView state={states}>{(all) => <PlanningInputs all={all} />}</AsyncView>
    </>
  );
}

function PlanningInputs({ all }: { all: StateSummary[] }) {
  const neverVisited = all.filter((s) => s.neverVisited);
  const longestWait = [...all]
    .filter((s) => s.lastVisit)
    .sort((a, b) => a.lastVisit!.localeCompare(b.lastVisit!))
    .slice(0, LONGEST_WAIT_SHOWN);
  const neverColumns = useMemo(() => stateColumns(['name', 'region', 'subregion']), []);
  const waitColumns = useMemo(() => stateColumns(['name', 'region', 'lastVisit', 'visits']), []);
  const open = (s: StateSummary) => navigate(dossierHref(s.iso3));
  return (
    <>
      <section aria-labelledby="never-visited">
        <h2 id="never-visited">{t('planning.neverVisited', { count: neverVisited.length })}</h2>
        {neverVisited.length === 0 ? (
          <EmptyState>{t('planning.allVisited')}</EmptyState>
        ) : (
          <DataTable
            caption={t('planning.neverVisited', { count: neverVisited.length })}
            columns={neverColumns}
            rows={neverVisited}
            rowKey={(s) => s.iso3}
            initialSort={{ column: 'name', direction: 'ascending' }}
            onOpen={open}
          />
        )}
      </section>
      <section aria-labelledby="longest-wait">
        <h2 id="longest-wait">{t('planning.longestWait', { count: longestWait.length })}</h2>
        {longestWait.length === 0 ? (
          <EmptyState>{t('planning.noVisitsYet')}</EmptyState>
        ) : (
          <DataTable
            caption={t('planning.longestWait', { count: longestWait.length })}
            columns={waitColumns}
            rows={longestWait}
            rowKey={(s) => s.iso3}
            initialSort={{ column: 'lastVisit', direction: 'ascending' }}
            onOpen={open}
          />
        )}
      </section>
    </>
  );
}
