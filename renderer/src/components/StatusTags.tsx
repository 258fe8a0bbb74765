// Statuses shown as a tag with an icon and words, so that colour is never the only signal.
import type { ConsentState } from '../../../shared/domain/consent';
import type { RecommendationStatus } from '../../../shared/domain/reports';
import type { DeadlineState } from '../../../shared/domain/deadlines';
import type { VisitStatus } from '../../../shared/domain/visits';
import { t } from '../i18n';
import { Tag, type Tone } from './Tag';

const DEADLINE_TONE: Record<DeadlineState, Tone> = {
  overdue: 'danger',
  due_near: 'warning',
  due_far: 'notice',
  upcoming: 'neutral',
  done: 'success',
  done_late: 'success',
};

export function DeadlineTag({ state }: { state: DeadlineState }) {
  return <Tag tone={DEADLINE_TONE[state]}>{t(`deadline.${state}`)}</Tag>;
}

const CONSENT_TONE: Record<ConsentState, Tone> = {
  pending: 'notice',
  granted: 'success',
  declined: 'danger',
  deferred: 'warning',
  no_reply: 'danger',
  withdrawn: 'danger',
};

export function ConsentReplyTag({ reply }: { reply: ConsentState }) {
  return <Tag tone={CONSENT_TONE[reply]}>{t(`consentReply.${reply}`)}</Tag>;
}

const VISIT_TONE: Record<VisitStatus, Tone> = {
  planned: 'neutral',
  scheduled: 'notice',
  conducted: 'success',
  postponed: 'warning',
  cancelled: 'danger',
};

export function VisitStatusTag({ status }: { status: VisitStatus }) {
  return <Tag tone={VISIT_TONE[status]}>{t(`visitStatus.${status}`)}</Tag>;
}

const RECOMMENDATION_TONE: Record<RecommendationStatus, Tone> = {
  not_started: 'danger',
  in_progress: 'notice',
  partially_implemented: 'warning',
  implemented: 'success',
  no_information: 'neutral',
  no_longer_relevant: 'neutral',
};

export function RecommendationStatusTag({ status }: { status: RecommendationStatus }) {
  return <Tag tone={RECOMMENDATION_TONE[status]}>{t(`recommendationStatus.${status}`)}</Tag>;
}

export function VisitedTag({ neverVisited }: { neverVisited: boolean }) {
  return neverVisited ? (
    <Tag tone="warning">{t('states.neverVisitedTag')}</Tag>
  ) : (
    <Tag tone="success">{t('states.visitedTag')}</Tag>
  );
}

// What a table's search matches: the words of each tag.
DeadlineTag.plainText = ({ state }: { state: DeadlineState }) => t(`deadline.${state}`);
ConsentReplyTag.plainText = ({ reply }: { reply: ConsentState }) => t(`consentReply.${reply}`);
VisitStatusTag.plainText = ({ status }: { status: VisitStatus }) => t(`visitStatus.${status}`);
RecommendationStatusTag.plainText = ({ status }: { status: RecommendationStatus }) =>
  t(`recommendationStatus.${status}`);
VisitedTag.plainText = ({ neverVisited }: { neverVisited: boolean }) =>
  neverVisited ? t('states.neverVisitedTag') : t('states.visitedTag');
