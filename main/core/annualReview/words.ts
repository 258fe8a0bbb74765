// The words the annual review uses for the workspace's codes (kinds, statuses, outcomes), said in
// the document's language (shared/messages/documents.ts).
import type { AmendmentAction, AmendmentStatus, ConsentStanding } from '../../../shared/api/types';
import type { FurtherFollowup, RecommendationStatus } from '../../../shared/domain/reports';
import type { VisitKind, VisitMode, VisitStatus } from '../../../shared/domain/visits';
import type { Speaker } from '../exports/speak';
import type { ListedOutcome } from './collect';

const KINDS = new Set<string>(['comprehensive', 'focused', 'regional', 'follow_up', 'advocacy']);

/** A kind of visit in words; an unknown code as it is. */
export const kindWord = (s: Speaker, kind: string): string =>
  KINDS.has(kind) ? s(`doc.kind.${kind as VisitKind}`) : kind;

export const modeWord = (s: Speaker, mode: VisitMode) => s(`doc.mode.${mode}`);

export const visitStatusWord = (s: Speaker, status: VisitStatus) => s(`doc.visitStatus.${status}`);

export const consentWord = (s: Speaker, standing: ConsentStanding) => s(`doc.consent.${standing}`);

export const outcomeWord = (s: Speaker, outcome: ListedOutcome) => s(`doc.outcome.${outcome}`);

export const statusWord = (s: Speaker, status: RecommendationStatus) =>
  s(`doc.recStatus.${status}`);

export const adviceWord = (s: Speaker, advice: FurtherFollowup) => s(`doc.advice.${advice}`);

export const amendmentWord = (s: Speaker, action: AmendmentAction) => s(`doc.amendment.${action}`);

export const decisionWord = (s: Speaker, status: AmendmentStatus) => s(`doc.decision.${status}`);

export const listStatusWord = (s: Speaker, status: 'draft' | 'proposed' | 'adopted') =>
  s(`doc.listStatus.${status}`);
