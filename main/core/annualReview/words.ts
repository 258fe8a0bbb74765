// The words the annual review uses for the workspace's codes (kinds, statuses, outcomes).
import type { AmendmentAction, AmendmentStatus, ConsentStanding } from '../../../shared/api/types';
import type { FurtherFollowup, RecommendationStatus } from '../../../shared/domain/reports';
import type { VisitMode, VisitStatus } from '../../../shared/domain/visits';
import type { ListedOutcome } from './collect';

export { VISIT_KIND_WORDS as KIND_WORDS } from '../../../shared/domain/visits';

export const MODE_WORDS: Record<VisitMode, string> = {
  in_person: 'In person',
  virtual: 'Virtual',
  hybrid: 'Hybrid',
};

export const VISIT_STATUS_WORDS: Record<VisitStatus, string> = {
  planned: 'Planned',
  scheduled: 'Scheduled',
  conducted: 'Conducted',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
};

export const CONSENT_WORDS: Record<ConsentStanding, string> = {
  not_requested: 'Not requested',
  pending: 'Awaiting reply',
  granted: 'Granted',
  declined: 'Declined',
  deferred: 'Deferred by the State',
  no_reply: 'No reply',
  withdrawn: 'Withdrawn',
};

export const OUTCOME_WORDS: Record<ListedOutcome, string> = {
  visited: 'Visited',
  declined: 'Consent declined',
  withdrawn: 'Consent withdrawn',
  deferred: 'Consent deferred',
  no_reply: 'No reply to the request',
  pending: 'Awaiting the State’s reply',
  not_requested: 'Consent not requested',
  postponed: 'Visit postponed',
  cancelled: 'Visit cancelled',
  not_yet_conducted: 'Visit not yet conducted',
  removed: 'Taken off the list',
  no_visit_recorded: 'Consent granted, no visit recorded',
};

export const STATUS_WORDS: Record<RecommendationStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  partially_implemented: 'Partially implemented',
  implemented: 'Implemented',
  no_information: 'No information',
  no_longer_relevant: 'No longer relevant',
};

export const ADVICE_WORDS: Record<FurtherFollowup, string> = {
  none: 'No further follow-up',
  follow_up_visit: 'Follow-up visit',
  focused_visit: 'Focused visit',
  technical_assistance: 'Technical assistance',
  desk_review: 'Desk review',
};

export const AMENDMENT_WORDS: Record<AmendmentAction, string> = {
  add: 'Add',
  remove: 'Remove',
  substitute: 'Substitute',
  change_kind: 'Change the kind of visit',
};

export const DECISION_WORDS: Record<AmendmentStatus, string> = {
  proposed: 'Awaiting the Committee',
  approved: 'Approved',
  rejected: 'Rejected',
};

export const LIST_STATUS_WORDS = {
  draft: 'a draft',
  proposed: 'proposed to the Committee',
  adopted: 'adopted by the Committee',
} as const;
