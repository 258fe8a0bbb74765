import type { Followup } from '../../../shared/api/types';
import type { Column } from '../components/DataTable';
import { DateText } from '../components/DateText';
import { DeadlineTag } from '../components/StatusTags';
import { t } from '../i18n';
import { pickColumns } from './pick';

export type FollowupColumnId =
  | 'state'
  | 'visitKind'
  | 'adopted'
  | 'started'
  | 'due'
  | 'deadline'
  | 'daysLeft'
  | 'submitted'
  | 'further'
  | 'partners';

/** Days left before the due date, or how late it is, in words (of a follow-up or any deadline). */
export function daysLeftText(f: Pick<Followup, 'daysLeft'>): string {
  if (f.daysLeft === null) return t('common.none');
  if (f.daysLeft === 0) return t('followup.dueToday');
  return f.daysLeft < 0
    ? t('followup.daysLate', { count: -f.daysLeft })
    : t('followup.daysLeft', { count: f.daysLeft });
}

export function followupColumns(ids?: readonly FollowupColumnId[]): Column<Followup>[] {
  return pickColumns<Followup, FollowupColumnId>(
    {
      state: { header: t('col.state'), cell: (f) => f.stateName, sortValue: (f) => f.stateName },
      visitKind: {
        header: t('col.visitKind'),
        cell: (f) => t(`visitKind.${f.visitKind}`),
        sortValue: (f) => t(`visitKind.${f.visitKind}`),
      },
      adopted: {
        header: t('col.reportAdopted'),
        cell: (f) => <DateText date={f.reportAdoptedOn} />,
        sortValue: (f) => f.reportAdoptedOn,
      },
      started: {
        header: t('followup.col.started'),
        cell: (f) =>
          f.startedOn || f.followupId ? <DateText date={f.startedOn} /> : t('followup.notStarted'),
        sortValue: (f) => f.startedOn,
      },
      due: {
        header: t('col.dueOn'),
        cell: (f) => <DateText date={f.dueOn} />,
        sortValue: (f) => f.dueOn,
      },
      deadline: {
        header: t('col.deadline'),
        cell: (f) => <DeadlineTag state={f.state} />,
        sortValue: (f) => DEADLINE_ORDER.indexOf(f.state),
      },
      daysLeft: {
        header: t('col.daysLeft'),
        cell: daysLeftText,
        sortValue: (f) => f.daysLeft,
        numeric: true,
      },
      submitted: {
        header: t('col.submittedOn'),
        cell: (f) =>
          f.submittedOn ? (
            <>
              <DateText date={f.submittedOn} />
              {f.late && <> {t('followup.lateMark')}</>}
            </>
          ) : (
            t('common.none')
          ),
        sortValue: (f) => f.submittedOn,
      },
      further: {
        header: t('col.furtherFollowup'),
        cell: (f) =>
          f.recommendedFollowup ? t(`furtherFollowup.${f.recommendedFollowup}`) : t('common.none'),
        sortValue: (f) => f.recommendedFollowup,
      },
      partners: {
        header: t('followup.col.partners'),
        cell: (f) => f.partners.join(', ') || t('common.none'),
      },
    },
    ids,
  );
}

/** Most urgent first when sorting by deadline. */
export const DEADLINE_ORDER: readonly Followup['state'][] = [
  'overdue',
  'due_near',
  'due_far',
  'upcoming',
  'done_late',
  'done',
];
