// The "Record a visit" form's values, their translation to the API input, and the problems the
// form can see before asking the server (the same cross-field rules the server applies).
import type { MethodInput } from '../../../../shared/api/contract';
import {
  visitFieldProblems,
  type VisitDates,
  type VisitKind,
  type VisitMode,
  type VisitStatus,
} from '../../../../shared/domain/visits';
import { lineList } from '../../format/lists';
import { sayCore, t } from '../../i18n';

export interface VisitFormValues {
  iso3: string;
  kind: VisitKind;
  mode: VisitMode;
  status: VisitStatus;
  startDate: string;
  endDate: string;
  virtualStart: string;
  virtualEnd: string;
  physicalStart: string;
  physicalEnd: string;
  /** One name per line. */
  team: string;
  notes: string;
  /** The State asked to keep the visit out of published documents (OP 19). */
  confidential: boolean;
  /** The granted consent the visit is made under ('' for none; advocacy visits need none). */
  consentRequestId: string;
}

export type VisitField = keyof VisitFormValues;
type ProblemsByField = Partial<Record<string, string[]>>;

export const EMPTY_VISIT: VisitFormValues = {
  iso3: '',
  kind: 'comprehensive',
  mode: 'in_person',
  status: 'planned',
  startDate: '',
  endDate: '',
  virtualStart: '',
  virtualEnd: '',
  physicalStart: '',
  physicalEnd: '',
  team: '',
  notes: '',
  confidential: false,
  consentRequestId: '',
};

/** The fields shown only for a hybrid visit (a virtual part, then a physical part). */
export const HYBRID_FIELDS = [
  'virtualStart',
  'virtualEnd',
  'physicalStart',
  'physicalEnd',
] as const;

const dateOrNull = (value: string) => value || null;

export function toVisitInput(v: VisitFormValues): MethodInput<'visits.create'> {
  const hybrid = v.mode === 'hybrid';
  return {
    iso3: v.iso3,
    kind: v.kind,
    mode: v.mode,
    status: v.status,
    startDate: dateOrNull(v.startDate),
    endDate: dateOrNull(v.endDate),
    virtualStart: hybrid ? dateOrNull(v.virtualStart) : null,
    virtualEnd: hybrid ? dateOrNull(v.virtualEnd) : null,
    physicalStart: hybrid ? dateOrNull(v.physicalStart) : null,
    physicalEnd: hybrid ? dateOrNull(v.physicalEnd) : null,
    team: lineList(v.team),
    notes: v.notes.trim() || null,
    confidential: v.confidential,
    consentRequestId: v.kind === 'advocacy' ? null : v.consentRequestId || null,
  };
}

/** A problem with a field, in the words the form shows. */
export interface ShownProblem {
  field: string;
  message: string;
}

export function groupByField(problems: ShownProblem[]): ProblemsByField {
  const grouped: ProblemsByField = {};
  for (const p of problems) (grouped[p.field] ??= []).push(p.message);
  return grouped;
}

/** Scheduled or conducted: the statuses an assessment visit reaches only with a granted consent. */
export const needsConsent = (kind: VisitKind, status: VisitStatus): boolean =>
  kind !== 'advocacy' && (status === 'scheduled' || status === 'conducted');

/**
 * The rules the server applies that the form can check itself: the dates' order, a consent for a
 * scheduled or conducted assessment visit, and a conducted visit that has ended by today.
 */
export function visitRuleProblems(
  v: VisitDates & { kind: VisitKind; status: VisitStatus; consentRequestId: string | null },
  today: string,
): ShownProblem[] {
  const problems = visitFieldProblems(v).map((p) => ({
    field: p.field,
    message: sayCore(p.message),
  }));
  if (needsConsent(v.kind, v.status) && !v.consentRequestId)
    problems.push({ field: 'consentRequestId', message: t('visitForm.consentNeeded') });
  const lastDay = v.endDate ?? v.physicalEnd ?? v.startDate;
  if (v.status === 'conducted' && lastDay && lastDay > today)
    problems.push({ field: 'endDate', message: t('visitForm.conductedFuture', { date: lastDay }) });
  return problems;
}

/** What is wrong with the values as they stand, by field. */
export function formProblems(v: VisitFormValues, today: string): ProblemsByField {
  const input = toVisitInput(v);
  const problems = visitRuleProblems(
    { ...input, status: v.status, consentRequestId: input.consentRequestId ?? null },
    today,
  );
  if (!v.iso3) problems.unshift({ field: 'iso3', message: t('visitForm.chooseState') });
  return groupByField(problems);
}
