// Output shapes of the API (DESIGN §2). Inputs are the zod schemas in contract.ts.
import type { DeadlineState } from '../domain/deadlines';
import type { Role } from '../domain/roles';
import type {
  ConsentReply,
  FurtherFollowup,
  Priority,
  RecommendationStatus,
  ReleaseConsent,
  ReportStatus,
} from '../domain/reports';
import type {
  BreakdownItem,
  IndicatorDefinition,
  MethodologyParams,
  PlanConstraints,
  ScoredEntry,
  StateInputs,
  Weights,
} from '../domain/scoring';
import type { VisitKind, VisitMode, VisitStatus } from '../domain/visits';

export type LanguageCode = 'en' | 'fr' | 'es' | 'ru' | 'zh' | 'ar';
export type Names = Record<LanguageCode, string>;

export interface StateSummary {
  iso3: string;
  name: string;
  names: Names;
  region: string;
  subregion: string;
  lastVisit: string | null;
  visitsCount: number;
  neverVisited: boolean;
}

export interface Visit {
  id: string;
  iso3: string;
  stateName: string;
  kind: VisitKind;
  mode: VisitMode;
  status: VisitStatus;
  startDate: string | null;
  endDate: string | null;
  virtualStart: string | null;
  virtualEnd: string | null;
  physicalStart: string | null;
  physicalEnd: string | null;
  team: string[];
  agenciesMet: string[];
  notes: string | null;
  consentRequestId: string | null;
  /** The State asked to keep this visit out of published documents (OP 19). */
  confidential: boolean;
}

export interface ConsentRequest {
  id: string;
  iso3: string;
  stateName: string;
  listYear: number | null;
  noteVerbaleRef: string | null;
  sentOn: string | null;
  reminders: number;
  lastReminderOn: string | null;
  reply: ConsentReply;
  repliedOn: string | null;
  proposedFrom: string | null;
  proposedTo: string | null;
  conditions: string | null;
  /** Days since the request was sent, while no reply has come. */
  daysWaiting: number | null;
  /** True when no reply has come after the workspace's consent alert threshold. */
  overdueReply: boolean;
}

export interface AssessmentReport {
  id: string;
  visitId: string;
  iso3: string;
  stateName: string;
  visitKind: VisitKind;
  title: string | null;
  status: ReportStatus;
  draftedOn: string | null;
  sentToStateOn: string | null;
  observationsDue: string | null;
  observationsReceivedOn: string | null;
  submittedToCtcOn: string | null;
  adoptedOn: string | null;
  transmittedOn: string | null;
  implementationReplyDue: string | null;
  implementationReplyOn: string | null;
  releaseConsent: ReleaseConsent;
  confidentialSections: string[];
  recommendationsCount: number;
}

export interface Recommendation {
  id: string;
  reportId: string;
  iso3: string;
  stateName: string;
  code: string | null;
  text: string;
  thematicArea: string;
  priority: Priority;
  technicalAssistanceNeeded: boolean;
  technicalAssistanceBy: string | null;
  confidential: boolean;
  status: RecommendationStatus;
  statusAsOf: string | null;
  evidence: string | null;
  source: string | null;
}

export interface RecommendationsSummary {
  total: number;
  open: number;
  byStatus: Record<RecommendationStatus, number>;
}

export interface Followup {
  reportId: string;
  followupId: string | null;
  iso3: string;
  stateName: string;
  visitKind: VisitKind;
  reportAdoptedOn: string;
  dueOn: string;
  submittedOn: string | null;
  state: DeadlineState;
  /** Days from as-of to the due date (negative when overdue); null once submitted. */
  daysLeft: number | null;
  recommendedFollowup: FurtherFollowup | null;
  technicalAssistancePartners: string | null;
}

export interface Signal {
  id: string;
  iso3: string;
  kind: 'emerging_issue' | 'trend' | 'event' | 'analysis';
  occurredOn: string;
  severity: number;
  halfLifeDays: number;
  source: string | null;
  text: string | null;
}

export interface IndicatorValue {
  id: string;
  iso3: string;
  key: string;
  label: string;
  asOf: string;
  value: number;
  source: string | null;
}

export interface StateRequest {
  id: string;
  iso3: string;
  kind: 'request' | 'invitation';
  receivedOn: string | null;
  status: 'open' | 'fulfilled' | 'withdrawn';
  description: string | null;
  source: string | null;
}

export interface Invitation {
  id: string;
  iso3: string;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingOn: string | null;
  officialTitle: string | null;
  invitedOn: string | null;
  attended: boolean | null;
}

export type TimelineKind =
  | 'visit'
  | 'consent'
  | 'report'
  | 'recommendation'
  | 'followup'
  | 'signal'
  | 'request'
  | 'invitation';

export interface TimelineItem {
  date: string;
  kind: TimelineKind;
  title: string;
  refId: string;
}

export interface StateDossier extends StateSummary {
  iso2: string;
  m49: string;
  visits: Visit[];
  consentRequests: ConsentRequest[];
  reports: AssessmentReport[];
  recommendations: Recommendation[];
  followups: Followup[];
  signals: Signal[];
  indicators: IndicatorValue[];
  requests: StateRequest[];
  invitations: Invitation[];
  timeline: TimelineItem[];
}

export interface CoverageSummary {
  asOf: string;
  memberStates: number;
  visitedOnce: number;
  neverVisited: number;
  byRegion: { region: string; memberStates: number; neverVisited: number }[];
  byYear: { year: number; visits: number; visitedCumulative: number }[];
}

export interface AuditEntry {
  seq: number;
  hlc: string;
  siteId: string;
  authorId: string | null;
  authorName: string | null;
  table: string;
  rowId: string;
  column: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface WorkspaceInfo {
  schemaVersion: number;
  /** Today by the backend's clock (which `--today` may set), YYYY-MM-DD. */
  today: string;
  demo: boolean;
  /** Set on demo workspaces: the history is invented and must be labelled as such. */
  syntheticNotice: string | null;
  siteId: string;
  counts: Record<string, number>;
}

export interface User {
  id: string;
  name: string;
  role: Role;
}

// ── The annual risk-based list (OP 12) ─────────────────────────────────────────────────────

export interface Methodology {
  id: string;
  name: string;
  version: number;
  parentId: string | null;
  weights: Weights;
  params: MethodologyParams;
  isDefault: boolean;
  /** Used by an adopted list: it can no longer change (clone it instead). */
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
export type EntryOrigin = 'model' | 'ctc_instruction' | 'amendment';

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
}

// ── Inputs of the risk model ───────────────────────────────────────────────────────────────

/** What the import matcher needs to recognise a State however a file writes it. */
export interface StateReference {
  iso3: string;
  iso2: string;
  names: Names;
  altNames: string[];
}

export interface IndicatorDefinitionRecord {
  id: string;
  key: string;
  label: string;
  unit: string | null;
  direction: 'higher_is_riskier' | 'lower_is_riskier';
  normalisation: 'minmax' | 'rank' | 'thresholds';
  thresholds: number[] | null;
  min: number | null;
  max: number | null;
  source: string | null;
}

/** One problem found in an imported row (or the whole file when `line` is null). */
export interface ImportFinding {
  line: number | null;
  severity: 'error' | 'warning';
  column: string | null;
  message: string;
}

export interface ImportRowPreview {
  line: number;
  state: string;
  iso3: string | null;
  stateName: string | null;
  indicator: string;
  asOf: string | null;
  value: number | null;
  excluded: boolean;
  findings: ImportFinding[];
}

export interface ImportResult {
  /** True when nothing was written (a dry run, or a file with errors). */
  dryRun: boolean;
  rows: number;
  imported: number;
  excluded: number;
  errors: number;
  warnings: number;
  /** File-level findings and the findings of every row, in line order. */
  findings: ImportFinding[];
  /** The first rows, as they were read and matched, for the preview table. */
  preview: ImportRowPreview[];
  /** Per indicator: how many values were (or would be) imported. */
  byIndicator: { key: string; values: number }[];
}

// ── Exports ────────────────────────────────────────────────────────────────────────────────

/** A file made by the backend for the user to save or open. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** Text files are utf8; XLSX is base64. */
  encoding: 'utf8' | 'base64';
  content: string;
  /** True when made from the synthetic demo workspace (the file says so too). */
  synthetic: boolean;
}

/** A visit of the list year with the State's consent, as the schedule shows it. */
export interface ScheduledVisit {
  visitId: string;
  iso3: string;
  stateName: string;
  kind: VisitKind;
  mode: VisitMode;
  status: VisitStatus;
  startDate: string | null;
  endDate: string | null;
  /** 1–12, from the start date or the State's proposed dates. */
  month: number | null;
  consentOn: string | null;
  /** The State asked to keep this visit out of published documents (OP 19). */
  confidential: boolean;
}
