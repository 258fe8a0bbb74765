import { useMemo } from 'react';
import type { ScheduledVisit } from '../../../../shared/api/types';
import { pickColumns } from '../../columns/pick';
import { visitColumnDefs, type VisitFactColumnId } from '../../columns/visits';
import { DataTable } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { Tag } from '../../components/Tag';
import { t, type MessageKey } from '../../i18n';
import { dossierHref, navigate } from '../../router';

export type Precision = 'month' | 'dates';

const MONTHS = [
  'schedule.month.1',
  'schedule.month.2',
  'schedule.month.3',
  'schedule.month.4',
  'schedule.month.5',
  'schedule.month.6',
  'schedule.month.7',
  'schedule.month.8',
  'schedule.month.9',
  'schedule.month.10',
  'schedule.month.11',
  'schedule.month.12',
] as const satisfies readonly MessageKey[];

type ColumnId = VisitFactColumnId | 'consent' | 'published';

function scheduleColumns(precision: Precision) {
  const ids: ColumnId[] =
    precision === 'dates'
      ? ['state', 'kind', 'mode', 'status', 'start', 'end', 'consent', 'published']
      : ['state', 'kind', 'mode', 'status', 'consent', 'published'];
  return pickColumns<ScheduledVisit, ColumnId>(
    {
      ...visitColumnDefs<ScheduledVisit>(),
      consent: {
        header: t('schedule.col.consentOn'),
        cell: (v) => <DateText date={v.consentOn} />,
        sortValue: (v) => v.consentOn,
      },
      published: {
        header: t('schedule.col.published'),
        cell: (v) =>
          v.confidential ? (
            <Tag tone="warning">{t('schedule.confidential')}</Tag>
          ) : (
            <Tag tone="success">{t('schedule.published')}</Tag>
          ),
        sortValue: (v) => (v.confidential ? 1 : 0),
      },
    },
    ids,
  );
}

/** The consented visits of the year, one table per month (visits without a month last). */
export function ScheduleByMonth({
  year,
  visits,
  precision,
}: {
  year: number;
  visits: ScheduledVisit[];
  precision: Precision;
}) {
  const columns = useMemo(() => scheduleColumns(precision), [precision]);
  const months = [...new Set(visits.map((v) => v.month))].sort((a, b) => (a ?? 13) - (b ?? 13));
  return (
    <>
      {months.map((month) => {
        const title = month
          ? t('schedule.monthHeading', { month: t(MONTHS[month - 1]!), year })
          : t('schedule.noMonth');
        const rows = visits.filter((v) => v.month === month);
        return (
          <section key={month ?? 'none'} aria-label={title}>
            <h2>{t('schedule.monthCount', { title, count: rows.length })}</h2>
            <DataTable
              key={precision}
              caption={title}
              columns={columns}
              rows={rows}
              rowKey={(v) => v.visitId}
              initialSort={{
                column: precision === 'dates' ? 'start' : 'state',
                direction: 'ascending',
              }}
              onOpen={(v) => navigate(dossierHref(v.iso3))}
            />
          </section>
        );
      })}
    </>
  );
}
