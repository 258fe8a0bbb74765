import { useMemo, useState } from 'react';
import type { Visit } from '../../../../shared/api/types';
import { reportColumns } from '../../columns/reports';
import { visitColumns } from '../../columns/visits';
import { AsyncView } from '../../components/AsyncView';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';
import { dossierHref, navigate } from '../../router';
import { useMayCall, useSession } from '../../stores/session';
import { RecordVisitForm } from './RecordVisitForm';

export function VisitsPage() {
  const mayRecord = useMayCall('visits.create');
  const user = useSession((s) => s.currentUser);
  return (
    <>
      <PageHeader title={t('visits.title')}>
        <p>{t('visits.intro')}</p>
      </PageHeader>
      {mayRecord ? (
        <RecordVisitForm />
      ) : (
        <p className="note" role="note">
          {t('visits.formNotOffered', {
            name: user?.name ?? '',
            role: user ? t(`role.${user.role}`) : '',
          })}
        </p>
      )}
      <VisitList />
      <ReportList />
    </>
  );
}

const yearOf = (v: Visit) => v.startDate?.slice(0, 4) ?? '';

function VisitList() {
  const visits = useApi('visits.list', {});
  return (
    <section aria-labelledby="visit-list">
      <h2 id="visit-list">{t('visits.listTitle')}</h2>
      <AsyncView state={visits} empty={{ when: (d) => d.length === 0, message: t('visits.empty') }}>
        {(all) => <FilteredVisits all={all} />}
      </AsyncView>
    </section>
  );
}

function FilteredVisits({ all }: { all: Visit[] }) {
  const [year, setYear] = useState('');
  const [iso3, setIso3] = useState('');
  const columns = useMemo(() => visitColumns(), []);
  const years = useMemo(
    () => [...new Set(all.map(yearOf).filter(Boolean))].sort().reverse(),
    [all],
  );
  const states = useMemo(
    () =>
      [...new Map(all.map((v) => [v.iso3, v.stateName])).entries()].sort((a, b) =>
        a[1].localeCompare(b[1]),
      ),
    [all],
  );
  const shown = all.filter((v) => (!year || yearOf(v) === year) && (!iso3 || v.iso3 === iso3));
  return (
    <>
      <div className="filters">
        <label className="filter">
          {t('filter.year')}
          <select value={year} onChange={(e) => setYear(e.target.value)}>
            <option value="">{t('filter.allYears')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          {t('filter.state')}
          <select value={iso3} onChange={(e) => setIso3(e.target.value)}>
            <option value="">{t('filter.allStates')}</option>
            {states.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="result-count" role="status">
        {t('visits.showing', { count: shown.length, total: all.length })}
      </p>
      {shown.length === 0 ? (
        <EmptyState>{t('common.noMatch')}</EmptyState>
      ) : (
        <DataTable
          caption={t('visits.listTitle')}
          columns={columns}
          rows={shown}
          rowKey={(v) => v.id}
          initialSort={{ column: 'start', direction: 'descending' }}
          onOpen={(v) => navigate(dossierHref(v.iso3))}
        />
      )}
    </>
  );
}

function ReportList() {
  const reports = useApi('reports.list', {});
  const columns = useMemo(() => reportColumns(), []);
  return (
    <section aria-labelledby="report-list">
      <h2 id="report-list">{t('visits.reportsTitle')}</h2>
      <AsyncView
        state={reports}
        empty={{ when: (d) => d.length === 0, message: t('visits.noReports') }}
      >
        {(all) => (
          <DataTable
            caption={t('visits.reportsTitle')}
            columns={columns}
            rows={all}
            rowKey={(r) => r.id}
            initialSort={{ column: 'adopted', direction: 'descending' }}
            onOpen={(r) => navigate(dossierHref(r.iso3))}
          />
        )}
      </AsyncView>
    </section>
  );
}
