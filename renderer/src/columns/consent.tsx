import type {
  ConsentOverviewRow,
  ConsentRequest,
  ConsentStanding,
  ConsentStep,
} from '../../../shared/api/types';
import type { VisitKind } from '../../../shared/domain/visits';
import type { Column } from '../components/DataTable';
import { DateText } from '../components/DateText';
import { ConsentReplyTag } from '../components/StatusTags';
import { Tag, type Tone } from '../components/Tag';
import { relativeDay } from '../format/relative';
import { formatDate, t } from '../i18n';
import { dossierHref } from '../router';
import { pickColumns } from './pick';

export type ConsentColumnId =
  | 'state'
  | 'listYear'
  | 'noteVerbale'
  | 'sentOn'
  | 'reminders'
  | 'reply'
  | 'repliedOn'
  | 'waiting'
  | 'nextReminder'
  | 'steps';

/** Days waiting for a reply; past the workspace's threshold it says "Overdue" (not colour alone). */
export function Waiting({ request }: { request: ConsentRequest | null }) {
  if (!request || request.daysWaiting === null) return <>{t('common.none')}</>;
  if (request.overdueReply)
    return <Tag tone="danger">{t('consent.overdueDays', { count: request.daysWaiting })}</Tag>;
  return <>{t('consent.daysWaiting', { count: request.daysWaiting })}</>;
}

Waiting.plainText = ({ request }: { request: ConsentRequest | null }) =>
  !request || request.daysWaiting === null
    ? t('common.none')
    : request.overdueReply
      ? t('consent.overdueDays', { count: request.daysWaiting })
      : t('consent.daysWaiting', { count: request.daysWaiting });

/** When the next reminder is due, in words ("today", "in 3 days", "5 days ago"). */
export function NextReminder({ request }: { request: ConsentRequest | null }) {
  const due = request?.nextReminderDue;
  if (!due) return <>{t('common.none')}</>;
  const words = relativeDay(due);
  return (
    <time className="date" dateTime={due} title={formatDate(due)}>
      {request.reminderDue ? (
        <Tag tone="warning">{t('consent.reminderDue', { when: words })}</Tag>
      ) : (
        words
      )}
    </time>
  );
}

NextReminder.plainText = ({ request }: { request: ConsentRequest | null }) => {
  const due = request?.nextReminderDue;
  if (!due) return t('common.none');
  const words = relativeDay(due);
  return request.reminderDue ? t('consent.reminderDue', { when: words }) : words;
};

const STANDING_TONE: Record<ConsentStanding, Tone> = {
  not_requested: 'neutral',
  pending: 'notice',
  granted: 'success',
  declined: 'danger',
  deferred: 'warning',
  no_reply: 'danger',
  withdrawn: 'danger',
};

/** Where a State stands, in words: "Not yet requested", "Reminded 2 times", "Granted"… */
export function standingWords(standing: ConsentStanding, reminders = 0): string {
  if (standing === 'not_requested') return t('consent.standing.notRequested');
  if (standing === 'pending' && reminders > 0)
    return t('consent.standing.reminded', { count: reminders });
  return t(`consentReply.${standing}`);
}

export function StandingTag({
  standing,
  request,
}: {
  standing: ConsentStanding;
  request: ConsentRequest | null;
}) {
  return (
    <span className="tag-group">
      <Tag tone={STANDING_TONE[standing]}>{standingWords(standing, request?.reminders ?? 0)}</Tag>
      {request?.confidential && <Tag tone="neutral">{t('consent.confidentialTag')}</Tag>}
    </span>
  );
}

StandingTag.plainText = ({
  standing,
  request,
}: {
  standing: ConsentStanding;
  request: ConsentRequest | null;
}) =>
  [
    standingWords(standing, request?.reminders ?? 0),
    request?.confidential ? t('consent.confidentialTag') : '',
  ].join(' ');

/** One step of a request's history in words: "Reminder sent (CTED/NV/2026/014)". */
export function stepWords(step: ConsentStep): string {
  const ref = step.noteVerbaleRef ? t('consent.step.ref', { ref: step.noteVerbaleRef }) : '';
  switch (step.kind) {
    case 'requested':
      return t('consent.step.requested', { ref });
    case 'reminder':
      return t('consent.step.reminder', { ref });
    case 'withdrawal':
      return t('consent.step.withdrawal', { reason: step.note ?? '' });
    case 'reply': {
      const parts = [t(`consentReply.${step.reply ?? 'pending'}`)];
      if (step.proposedFrom || step.proposedTo)
        parts.push(
          t('consent.step.window', {
            from: step.proposedFrom ? formatDate(step.proposedFrom) : t('consent.anyTime'),
            to: step.proposedTo ? formatDate(step.proposedTo) : t('consent.anyTime'),
          }),
        );
      if (step.note)
        parts.push(
          t('consent.step.conditions', { conditions: step.note.trim().replace(/[.;]+$/, '') }),
        );
      if (step.confidential) parts.push(t('consent.confidentialTag'));
      return t('consent.step.reply', { reply: parts.join('; ') });
    }
  }
}

/** A request's history, oldest first, as a short list of dated steps. */
export function ConsentSteps({ steps }: { steps: ConsentStep[] }) {
  if (steps.length === 0) return <>{t('common.none')}</>;
  return (
    <ol className="steps">
      {steps.map((s, i) => (
        <li key={`${s.kind}-${s.on}-${i}`}>
          <DateText date={s.on} /> {stepWords(s)}
        </li>
      ))}
    </ol>
  );
}

ConsentSteps.plainText = ({ steps }: { steps: ConsentStep[] }) =>
  steps.length === 0
    ? t('common.none')
    : steps.map((s) => `${formatDate(s.on)} ${stepWords(s)}`).join('\n');

export function consentColumns(ids?: readonly ConsentColumnId[]): Column<ConsentRequest>[] {
  return pickColumns<ConsentRequest, ConsentColumnId>(
    {
      state: { header: t('col.state'), cell: (c) => c.stateName, sortValue: (c) => c.stateName },
      listYear: {
        header: t('col.listYear'),
        cell: (c) => c.listYear ?? t('common.none'),
        sortValue: (c) => c.listYear,
        numeric: true,
      },
      noteVerbale: {
        header: t('col.noteVerbale'),
        cell: (c) => c.noteVerbaleRef ?? t('common.none'),
        sortValue: (c) => c.noteVerbaleRef,
      },
      sentOn: {
        header: t('col.sentOn'),
        cell: (c) => <DateText date={c.sentOn} />,
        sortValue: (c) => c.sentOn,
      },
      reminders: {
        header: t('col.reminders'),
        cell: (c) => c.reminders,
        sortValue: (c) => c.reminders,
        numeric: true,
      },
      reply: {
        header: t('col.reply'),
        cell: (c) => <ConsentReplyTag reply={c.reply} />,
        sortValue: (c) => t(`consentReply.${c.reply}`),
      },
      repliedOn: {
        header: t('col.repliedOn'),
        cell: (c) => <DateText date={c.repliedOn ?? c.withdrawnOn} />,
        sortValue: (c) => c.repliedOn ?? c.withdrawnOn,
      },
      waiting: {
        header: t('col.waiting'),
        cell: (c) => <Waiting request={c} />,
        sortValue: (c) => c.daysWaiting,
        numeric: true,
      },
      nextReminder: {
        header: t('consent.col.nextReminder'),
        cell: (c) => <NextReminder request={c} />,
        sortValue: (c) => c.nextReminderDue,
      },
      steps: {
        header: t('consent.col.steps'),
        cell: (c) => <ConsentSteps steps={c.steps} />,
      },
    },
    ids,
  );
}

export type ConsentOverviewColumnId =
  | 'state'
  | 'rank'
  | 'kind'
  | 'standing'
  | 'sentOn'
  | 'waiting'
  | 'nextReminder'
  | 'repliedOn';

/** The Consent page's view of a State: where its latest request of the year stands. */
export function consentOverviewColumns(
  ids?: readonly ConsentOverviewColumnId[],
): Column<ConsentOverviewRow>[] {
  return pickColumns<ConsentOverviewRow, ConsentOverviewColumnId>(
    {
      state: {
        header: t('col.state'),
        cell: (r) => (
          <a href={dossierHref(r.iso3)} data-row-focus={r.iso3}>
            {r.stateName}
          </a>
        ),
        sortValue: (r) => r.stateName,
      },
      rank: {
        header: t('consent.col.rank'),
        cell: (r) => r.rank ?? t('common.none'),
        sortValue: (r) => r.rank,
        numeric: true,
      },
      kind: {
        header: t('consent.col.proposedKind'),
        cell: (r) =>
          r.proposedKind ? t(`visitKind.${r.proposedKind as VisitKind}`) : t('common.none'),
        sortValue: (r) => r.proposedKind,
      },
      standing: {
        header: t('consent.col.standing'),
        cell: (r) => <StandingTag standing={r.standing} request={r.request} />,
        sortValue: (r) => standingWords(r.standing, r.request?.reminders ?? 0),
      },
      sentOn: {
        header: t('col.sentOn'),
        cell: (r) => <DateText date={r.request?.sentOn ?? null} />,
        sortValue: (r) => r.request?.sentOn ?? null,
      },
      waiting: {
        header: t('col.waiting'),
        cell: (r) => <Waiting request={r.request} />,
        sortValue: (r) => r.request?.daysWaiting ?? null,
        numeric: true,
      },
      nextReminder: {
        header: t('consent.col.nextReminder'),
        cell: (r) => <NextReminder request={r.request} />,
        sortValue: (r) => r.request?.nextReminderDue ?? null,
      },
      repliedOn: {
        header: t('consent.col.replyOn'),
        cell: (r) => <DateText date={r.request?.repliedOn ?? r.request?.withdrawnOn ?? null} />,
        sortValue: (r) => r.request?.repliedOn ?? r.request?.withdrawnOn ?? null,
      },
    },
    ids,
  );
}
