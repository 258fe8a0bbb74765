// The annual risk-based list (OP 12): methodologies, building, adopting and amending the list.
import { z } from 'zod';
import { ALL_ROLES, COMMITTEE, PLANNERS } from '../../domain/roles';
import {
  DEFAULT_PARAMS,
  FACTORS,
  IMPUTATIONS,
  type BreakdownItem,
  type Factor,
  type IndicatorDefinition,
  type MethodologyParams,
  type PlanConstraints,
  type ScoredEntry,
  type SelectionOrigin,
  type StateInputs,
  type Weights,
} from '../../domain/scoring';
import { VISIT_KINDS } from '../../domain/visits';
import { id, iso3, isoDate, method, nothing, text, year } from '../schema';

export interface Methodology {
  id: string;
  name: string;
  version: number;
  parentId: string | null;
  weights: Weights;
  params: MethodologyParams;
  isDefault: boolean;
  /** Used by a proposed or adopted list: it can no longer change (clone it instead). */
  locked: boolean;
}

/** Everything the scorer needs besides the methodology, so the UI can re-rank live. */
export interface PlanInputs {
  year: number;
  asOf: string;
  states: StateInputs[];
  indicatorDefinitions: IndicatorDefinition[];
}

export interface PlanResult {
  year: number;
  asOf: string;
  methodology: { id: string; name: string; version: number };
  capacity: number;
  reserveSize: number;
  entries: ScoredEntry[];
}

export type ListStatus = 'draft' | 'proposed' | 'adopted';
export type EntrySelection = 'selected' | 'reserve' | 'none';
/** The model, a CTC instruction, the planners' choice (forced in or out), or an amendment. */
export type EntryOrigin = SelectionOrigin | 'amendment';

export interface ListEntry {
  iso3: string;
  name: string;
  region: string;
  rank: number;
  score: number;
  selection: EntrySelection;
  origin: EntryOrigin;
  /** Why the State was forced in, left out or changed by an amendment; null when the model alone decided. */
  selectionNote: string | null;
  proposedKind: string;
  kindReason: string;
  breakdown: BreakdownItem[];
}

export type AmendmentAction = 'add' | 'remove' | 'substitute' | 'change_kind';
export type AmendmentStatus = 'proposed' | 'approved' | 'rejected';

export interface Amendment {
  id: string;
  year: number;
  baseVersion: number;
  action: AmendmentAction;
  iso3: string;
  stateName: string;
  replacementIso3: string | null;
  replacementName: string | null;
  kind: string | null;
  rationale: string;
  proposedBy: string | null;
  proposedOn: string;
  status: AmendmentStatus;
  decisionRef: string | null;
  decidedOn: string | null;
  decidedBy: string | null;
  comment: string | null;
  resultVersion: number | null;
  /** Scores from the list version the amendment was proposed on. */
  scoreBefore: number | null;
  replacementScore: number | null;
  /** The consent request whose decline or withdrawal called for the amendment. */
  consentRequestId: string | null;
  consentRefusal: ConsentRefusal | null;
}

/** A State's refusal of a visit: the reason for an amendment that takes it off the list. */
export interface ConsentRefusal {
  /** The State that refused. */
  iso3: string;
  stateName: string;
  reply: 'declined' | 'withdrawn';
  on: string | null;
  noteVerbaleRef: string | null;
}

/** Why a State came on or went off the list between two versions: the approved amendment. */
export interface DiffReason {
  iso3: string;
  amendmentId: string;
  action: AmendmentAction;
  rationale: string;
  decisionRef: string | null;
  decidedOn: string | null;
  consentRefusal: ConsentRefusal | null;
}

export interface ListComment {
  id: string;
  amendmentId: string | null;
  author: string | null;
  writtenAt: string;
  text: string;
}

export interface AnnualList {
  id: string;
  year: number;
  status: ListStatus;
  capacity: number;
  reserveSize: number;
  constraints: PlanConstraints;
  methodology: { id: string; name: string; version: number };
  /** When the list was proposed to the Committee (null before, or if proposed before this was kept). */
  proposedOn: string | null;
  decisionRef: string | null;
  decidedOn: string | null;
  /** 0 while a draft or proposal; the adopted version and each approved amendment's after it. */
  currentVersion: number;
  entries: ListEntry[];
  amendments: Amendment[];
  comments: ListComment[];
}

export interface ListVersionSummary {
  version: number;
  decidedOn: string | null;
  decisionRef: string | null;
  states: string[];
}

export interface ListDiff {
  from: number;
  to: number;
  added: string[];
  removed: string[];
  changed: { iso3: string; field: string; before: string | null; after: string | null }[];
  /** For each State added, removed or changed: the approved amendment that did it. */
  reasons: DiffReason[];
}

/** Where a State stands on a year's list: its rank, its score and each factor's points. */
export interface StateStanding {
  year: number;
  /**
   * `list`: the year's saved list (its current version); `live`: no list for the year yet, so the
   * State is ranked now with the default methodology, as Planning starts.
   */
  source: 'list' | 'live';
  listStatus: ListStatus | null;
  /** The list's current version (0 while a draft or proposal); null when live. */
  version: number | null;
  methodology: { id: string; name: string; version: number };
  params: MethodologyParams;
  /** How many States were ranked, and how many the list holds. */
  total: number;
  capacity: number;
  /** The State's place in the reserve (1 = first), when it is in reserve. */
  reservePosition: number | null;
  entry: ListEntry;
}

/** A State that came on, went off or moved between two versions of a list, with its ranks. */
export interface ListChange {
  iso3: string;
  name: string;
  rankBefore: number | null;
  rankAfter: number | null;
}

/** What changed on a year's list since the version before it. */
export interface ListChanges {
  year: number;
  status: ListStatus;
  version: number;
  /**
   * The version compared with: the one before on this year's list; for a draft, a proposal or a
   * first version, the current version of the latest earlier year's adopted list. Null: none.
   */
  since: { year: number; version: number; decidedOn: string | null } | null;
  entered: ListChange[];
  left: ListChange[];
  /** On both, at another rank (largest moves first). */
  moved: ListChange[];
  /** On both at the same rank. */
  unchanged: number;
}

/** What awaits the Committee's decision: proposed lists and proposed amendments. */
export interface AwaitingDecision {
  lists: { year: number; proposedOn: string | null; selected: number; reserve: number }[];
  amendments: Amendment[];
}

const weights = z.strictObject(
  Object.fromEntries(
    FACTORS.map((f) => [
      f,
      z
        .number({ error: 'schema.plan.weightType' })
        .min(0, { message: 'schema.plan.weightNegative' })
        .max(100, { message: 'schema.plan.weightMax' }),
    ]),
  ) as Record<Factor, z.ZodNumber>,
);
const params = z.strictObject({
  horizonYears: z
    .number()
    .min(1, { message: 'schema.plan.horizonMin' })
    .max(30, { message: 'schema.plan.horizonMax' }),
  signalCap: z.number().min(0.1, { message: 'schema.plan.signalCap' }).max(100),
  imputation: z.enum(IMPUTATIONS, { error: 'schema.plan.imputation' }),
  comprehensiveAfterYears: z.number().min(1).max(30),
  // Methodologies saved before this parameter existed read as the default (methodologies.ts).
  consentValidityYears: z
    .number({ error: 'schema.plan.consentValidityType' })
    .min(0.5, { message: 'schema.plan.consentValidityMin' })
    .max(10, { message: 'schema.plan.consentValidityMax' })
    .default(DEFAULT_PARAMS.consentValidityYears),
});
const regionLimits = z.record(
  z.string().min(1).max(60),
  z.number().int().min(0, { message: 'schema.plan.regionLimitNegative' }).max(193),
);
const constraints = z.strictObject({
  regionMin: regionLimits.optional(),
  regionMax: regionLimits.optional(),
  mustInclude: z.array(iso3).max(193).optional(),
  exclude: z.array(iso3).max(193).optional(),
  instructionRef: text(200).min(1, { message: 'schema.plan.instructionRef' }).optional(),
  skipScheduled: z.boolean().optional(),
});
const capacity = z
  .number({ error: 'schema.plan.capacityType' })
  .int({ message: 'schema.plan.capacityWhole' })
  .min(1, { message: 'schema.plan.capacityMin' })
  .max(60, { message: 'schema.plan.capacityMax' });
const reserveSize = z
  .number()
  .int()
  .min(0, { message: 'schema.plan.reserveNegative' })
  .max(50, { message: 'schema.plan.reserveMax' });
const decision = {
  decisionRef: text(200).min(1, { message: 'schema.plan.decisionRef' }),
  decidedOn: isoDate,
};

export const planMethods = {
  'methodologies.list': method<Methodology[]>()({
    input: nothing,
    mutates: false,
    roles: ALL_ROLES,
  }),
  'methodologies.clone': method<Methodology>()({
    input: z.strictObject({
      id,
      name: text(120).min(1, { message: 'schema.plan.methodologyName' }),
      /** The copy's own weights and parameters, when they differ from the original's. */
      weights: weights.optional(),
      params: params.optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'methodologies.update': method<Methodology>()({
    input: z.strictObject({
      id,
      name: text(120).min(1).optional(),
      weights: weights.optional(),
      params: params.optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'plan.inputs': method<PlanInputs>()({
    input: z.strictObject({ year }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'plan.build': method<PlanResult>()({
    input: z.strictObject({
      year,
      methodologyId: id.optional(),
      weights: weights.optional(),
      params: params.optional(),
      capacity,
      reserveSize: reserveSize.optional(),
      constraints: constraints.optional(),
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'plan.get': method<AnnualList | null>()({
    input: z.strictObject({ year }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'plan.saveDraft': method<AnnualList>()({
    input: z.strictObject({
      year,
      methodologyId: id.optional(),
      capacity,
      reserveSize: reserveSize.optional(),
      constraints: constraints.optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'plan.propose': method<AnnualList>()({
    input: z.strictObject({ year }),
    mutates: true,
    roles: PLANNERS,
  }),
  'plan.adopt': method<AnnualList>()({
    input: z.strictObject({ year, ...decision }),
    mutates: true,
    roles: COMMITTEE,
  }),
  'plan.proposeAmendment': method<Amendment>()({
    input: z.strictObject({
      year,
      action: z.enum(['add', 'remove', 'substitute', 'changeKind'], {
        error: 'schema.plan.amendmentAction',
      }),
      iso3,
      replacementIso3: iso3.optional(),
      kind: z.enum(VISIT_KINDS, { error: 'schema.visits.kind' }).optional(),
      rationale: text(4000).min(10, {
        message: 'schema.plan.rationale',
      }),
      /** The State's decline or withdrawal of consent that calls for this change. */
      consentRequestId: id.optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'plan.decideAmendment': method<Amendment>()({
    input: z.strictObject({
      amendmentId: id,
      decision: z.enum(['approved', 'rejected'], { error: 'schema.plan.amendmentDecision' }),
      ...decision,
      comment: text(4000).optional(),
    }),
    mutates: true,
    roles: COMMITTEE,
  }),
  'plan.comment': method<ListComment>()({
    input: z.strictObject({
      year,
      amendmentId: id.optional(),
      text: text(4000).min(1, { message: 'schema.plan.commentText' }),
    }),
    mutates: true,
    roles: [...PLANNERS, ...COMMITTEE],
  }),
  'plan.versions': method<ListVersionSummary[]>()({
    input: z.strictObject({ year }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'plan.standing': method<StateStanding>()({
    input: z.strictObject({ year, iso3 }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'plan.changes': method<ListChanges>()({
    input: z.strictObject({ year }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'plan.awaitingDecision': method<AwaitingDecision>()({
    input: nothing,
    mutates: false,
    roles: ALL_ROLES,
  }),
  'plan.diff': method<ListDiff>()({
    input: z.strictObject({ year, from: z.number().int().min(1), to: z.number().int().min(1) }),
    mutates: false,
    roles: ALL_ROLES,
  }),
};
