// The "Record a visit" form's values, their translation to the API input, and the problems the
// form can see before asking the server (the same cross-field rules the server applies).
import type { MethodInput } from '../../../../shared/api/contract';
import {
  visitFieldProblems,
  type VisitKind,
  type VisitMode,
  type VisitStatus,
} from '../../../../shared/domain/visits';
import { t } from '../../i18n';

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
    team: v.team
      .split('\n')
      .map((name) => name.trim())
      .filter(Boolean),
    notes: v.notes.trim() || null,
    confidential: v.confidential,
  };
}

export function groupByField(problems: { field: string; message: string }[]): ProblemsByField {
  const grouped: ProblemsByField = {};
  for (const p of problems) (grouped[p.field] ??= []).push(p.message);
  return grouped;
}

/** What is wrong with the values as they stand, by field. */
export function formProblems(v: VisitFormValues): ProblemsByField {
  const problems = visitFieldProblems(toVisitInput(v));
  if (!v.iso3) problems.unshift({ field: 'iso3', message: t('visitForm.chooseState') });
  return groupByField(problems);
}
