// Two parts of a State's dossier that follow its assessment cycle: every deadline of the cycle
// (consent replies, report steps, the State's reply, the OP 16 report), open ones first, from the
// one deadline engine; and the technical assistance that serves its recommendations.
import { useMemo, useState } from 'react';
import type { Deadline, TechnicalAssistance } from '../../../../shared/api/types';
import { DEADLINE_STATES, isOpenDeadline } from '../../../../shared/domain/deadlines';
import { requestColumns } from '../../columns/assistance';
import { daysLeftText } from '../../columns/followups';
import { pickColumns } from '../../columns/pick';
import { DataTable } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { DeadlineTag } from '../../components/StatusTags';
import { formatDate, t } from '../../i18n';
import { navigate, pageHref, reportHref } from '../../router';
import { DossierSection } from './DossierSection';

const subjectHref = (d: Deadline): string =>
  d.subject === 'report' ? reportHref(d.subjectId) : pageHref('consent');

export function DeadlinesSection({ deadlines }: { deadlines: Deadline[] }) {
  const [showMet, setShowMet] = useState(false);
  const columns = useMemo(
    () =>
      pickColumns<Deadline, 'label' | 'from' | 'due' | 'state' | 'left' | 'met' | 'actor'>({
        label: {
          header: t('dossier.deadline.what'),
          cell: (d) => (
            <a href={subjectHref(d)} dir="auto">
              {d.label}
            </a>
          ),
          sortValue: (d) => d.label,
        },
        from: {
          header: t('dossier.deadline.from'),
          cell: (d) => <DateText date={d.triggerOn} />,
          sortValue: (d) => d.triggerOn,
        },
        due: {
          header: t('col.dueOn'),
          cell: (d) => <DateText date={d.dueOn} />,
          sortValue: (d) => d.dueOn,
        },
        state: {
          header: t('col.deadline'),
          cell: (d) => <DeadlineTag state={d.state} />,
          sortValue: (d) => DEADLINE_STATES.indexOf(d.state),
        },
        left: {
          header: t('col.daysLeft'),
          cell: daysLeftText,
          sortValue: (d) => d.daysLeft,
          numeric: true,
        },
        met: {
          header: t('dossier.deadline.metOn'),
          cell: (d) => <DateText date={d.doneOn} />,
          sortValue: (d) => d.doneOn,
        },
        actor: {
          header: t('dossier.deadline.actor'),
          cell: (d) => t(`role.${d.actor}`),
          sortValue: (d) => d.actor,
        },
      }),
    [],
  );
  const open = deadlines.filter((d) => isOpenDeadline(d.state));
  const met = deadlines.length - open.length;
  const shown = showMet ? deadlines : open;
  return (
    <DossierSection id="dossier-deadlines" title={t('dossier.deadlines')} count={deadlines.length}>
      <p className="muted">{t('dossier.deadline.explain')}</p>
      {met > 0 && (
        <div className="filters">
          <label className="filter-check">
            <input
              type="checkbox"
              checked={showMet}
              onChange={(e) => setShowMet(e.target.checked)}
            />
            {t('dossier.deadline.showMet', { count: met })}
          </label>
        </div>
      )}
      <DataTable
        caption={t('dossier.deadlines')}
        columns={columns}
        rows={shown}
        rowKey={(d) => `${d.kind}-${d.subjectId}-${d.triggerOn}`}
        emptyMessage={t('dossier.deadline.noneOpen')}
      />
    </DossierSection>
  );
}

export function AssistanceSection({ assistance }: { assistance: TechnicalAssistance[] }) {
  const columns = useMemo(
    () =>
      pickColumns<
        TechnicalAssistance,
        'description' | 'requestedBy' | 'requestedOn' | 'partner' | 'status'
      >({
        description: {
          header: t('col.description'),
          cell: (a) => (
            <>
              {a.description}
              {a.followupId && <> {t('ta.fromFollowup')}</>}
            </>
          ),
        },
        ...requestColumns(),
        status: {
          header: t('col.status'),
          cell: (a) =>
            a.statusOn
              ? t('dossier.assistance.statusSince', {
                  status: t(`ta.status.${a.status}`),
                  date: formatDate(a.statusOn),
                })
              : t(`ta.status.${a.status}`),
          sortValue: (a) => a.status,
        },
      }),
    [],
  );
  return (
    <DossierSection
      id="dossier-assistance"
      title={t('dossier.assistance')}
      count={assistance.length}
    >
      <DataTable
        caption={t('dossier.assistance')}
        columns={columns}
        rows={assistance}
        rowKey={(a) => a.id}
        initialSort={{ column: 'requestedOn', direction: 'descending' }}
        onOpen={(a) => {
          if (a.reportId) navigate(reportHref(a.reportId));
        }}
      />
    </DossierSection>
  );
}
