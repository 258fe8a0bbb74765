import { useEffect, useMemo, useRef, useState } from 'react';
import type { Visit } from '../../../../shared/api/types';
import { reportColumns } from '../../columns/reports';
import { visitColumns } from '../../columns/visits';
import { AsyncView } from '../../components/AsyncView';
import { OptionSelect } from '../../components/OptionSelect';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../data/useAsync';
import { compareNames, t } from '../../i18n';
import { navigate, pageHref, reportHref, useQueryParam, visitHref } from '../../router';
import { useMayCall } from '../../stores/session';
import { RoleNote } from '../../components/RoleNote';
import { RecordVisitForm } from './RecordVisitForm';
import { PartnerPackExport } from '../reports/PartnerPackExport';
import { useDocumentTitle } from '../../layout/useDocumentTitle';

export function VisitsPage({ record = null }: { record?: string | null }) {
  useDocumentTitle(t('visits.title'));
  const mayRecord = useMayCall('visits.create');
  const mayShare = useMayCall('exports.partnerPack');
  return (
    <>
      <PageHeader title={t('visits.title')}>
        <p>{t('visits.intro')}</p>
      </PageHeader>
      {mayRecord ? (
        <RecordVisit initialIso3={record} />
      ) : (
        <RoleNote what={t('visits.recordWhat')} />
      )}
      <VisitList />
      <ReportList />
      {mayShare && <PartnerPackExport />}
    </>
  );
}

/** "Record a visit": the form opens under the button (at once when the address names a State). */
function RecordVisit({ initialIso3 }: { initialIso3: string | null }) {
  const [open, setOpen] = useState(initialIso3 !== null);
  const opener = useRef<HTMLButtonElement>(null);
  const focusOpener = useRef(false);
  useEffect(() => {
    // Closed from the form: focus goes back to the button that opened it.
    if (!open && focusOpener.current) opener.current?.focus();
    focusOpener.current = false;
  }, [open]);
  const close = () => {
    if (initialIso3) return navigate(pageHref('visits'));
    focusOpener.current = true;
    setOpen(false);
  };
  return (
    <div className="record-visit">
      {!open && (
        <button
          ref={opener}
          type="button"
          className="primary"
          aria-expanded={false}
          aria-controls="record-visit-form"
          onClick={() => setOpen(true)}
        >
          {t('visitForm.open')}
        </button>
      )}
      {open && <RecordVisitForm initialIso3={initialIso3 ?? ''} onClose={close} />}
    </div>
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
  const [year, setYear] = useQueryParam('visits.year');
  const [iso3, setIso3] = useQueryParam('visits.state');
  const columns = useMemo(() => visitColumns(), []);
  const years = useMemo(
    () => [...new Set(all.map(yearOf).filter(Boolean))].sort().reverse(),
    [all],
  );
  const stateNames = useMemo(() => new Map(all.map((v) => [v.iso3, v.stateName])), [all]);
  const nameOf = (code: string) => stateNames.get(code) ?? code;
  const stateCodes = [...stateNames.keys()].sort((a, b) => compareNames(nameOf(a), nameOf(b)));
  const shown = useMemo(
    () => all.filter((v) => (!year || yearOf(v) === year) && (!iso3 || v.iso3 === iso3)),
    [all, year, iso3],
  );
  return (
    <>
      <div className="filters">
        <label className="filter">
          {t('filter.year')}
          <OptionSelect
            value={year}
            options={years}
            emptyOption={t('filter.allYears')}
            onChange={setYear}
          />
        </label>
        <label className="filter">
          {t('filter.state')}
          <OptionSelect
            value={iso3}
            options={stateCodes}
            label={nameOf}
            emptyOption={t('filter.allStates')}
            onChange={setIso3}
          />
        </label>
      </div>
      <p className="result-count" role="status">
        {t('visits.showing', { count: shown.length, total: all.length })}
      </p>
      <DataTable
        caption={t('visits.listTitle')}
        columns={columns}
        rows={shown}
        rowKey={(v) => v.id}
        initialSort={{ column: 'start', direction: 'descending' }}
        onOpen={(v) => navigate(visitHref(v.id))}
        emptyMessage={t('common.noMatch')}
        search
        addressKey="visits"
      />
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
            onOpen={(r) => navigate(reportHref(r.id))}
            search
            addressKey="reports"
          />
        )}
      </AsyncView>
    </section>
  );
}
