import { text, type Text } from '../messages';

export const VISIT_KINDS = [
  'comprehensive',
  'focused',
  'regional',
  'follow_up',
  'advocacy',
] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];
/** The kinds' names as the files the backend writes (exports, the annual review) show them. */
export const VISIT_KIND_WORDS: Readonly<Record<VisitKind, string>> = {
  comprehensive: 'Comprehensive',
  focused: 'Focused',
  regional: 'Regional',
  follow_up: 'Follow-up',
  advocacy: 'Advocacy',
};
/**
 * The kinds of visit that assess a State. "Visited" means at least one conducted assessment visit
 * (DESIGN §4): advocacy visits are shown, but do not count.
 */
export const ASSESSMENT_KINDS = [
  'comprehensive',
  'focused',
  'regional',
  'follow_up',
] as const satisfies readonly VisitKind[];
export const VISIT_MODES = ['in_person', 'virtual', 'hybrid'] as const;
export type VisitMode = (typeof VISIT_MODES)[number];
export const VISIT_STATUSES = [
  'planned',
  'scheduled',
  'conducted',
  'postponed',
  'cancelled',
] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** planned → scheduled → conducted, or postponed / cancelled; a postponed visit can be planned again. */
const VISIT_TRANSITIONS: Record<VisitStatus, readonly VisitStatus[]> = {
  planned: ['scheduled', 'postponed', 'cancelled'],
  scheduled: ['conducted', 'postponed', 'cancelled'],
  postponed: ['planned', 'scheduled', 'cancelled'],
  conducted: [],
  cancelled: [],
};

export function canMoveVisit(from: VisitStatus, to: VisitStatus): boolean {
  return from === to || VISIT_TRANSITIONS[from].includes(to);
}

export function nextVisitStatuses(from: VisitStatus): readonly VisitStatus[] {
  return VISIT_TRANSITIONS[from];
}

export interface VisitDates {
  mode?: VisitMode;
  status?: VisitStatus;
  startDate?: string | null;
  endDate?: string | null;
  virtualStart?: string | null;
  virtualEnd?: string | null;
  physicalStart?: string | null;
  physicalEnd?: string | null;
}

export interface FieldProblem {
  field: string;
  /** Said in the reader's language (shared/messages). */
  message: Text;
}

/** Cross-field rules of a visit, shared by the form, the API schema and updates. */
export function visitFieldProblems(v: VisitDates): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const order = (from: keyof VisitDates, to: keyof VisitDates, message: Text) => {
    const a = v[from];
    const b = v[to];
    if (a && b && b < a) problems.push({ field: to, message });
  };
  order('startDate', 'endDate', text('visit.problem.visitEndsBeforeStart'));
  order('virtualStart', 'virtualEnd', text('visit.problem.virtualEndsBeforeStart'));
  order('physicalStart', 'physicalEnd', text('visit.problem.physicalEndsBeforeStart'));
  if (v.mode === 'hybrid') {
    if (v.virtualStart && v.physicalStart && v.physicalStart < v.virtualStart)
      problems.push({
        field: 'physicalStart',
        message: text('visit.problem.physicalBeforeVirtual'),
      });
    const outside = (['virtualStart', 'virtualEnd', 'physicalStart', 'physicalEnd'] as const).find(
      (part) => {
        const day = v[part];
        return day && ((v.startDate && day < v.startDate) || (v.endDate && day > v.endDate));
      },
    );
    if (outside)
      problems.push({
        field: outside,
        message: text(
          outside.startsWith('virtual')
            ? 'visit.problem.virtualOutside'
            : 'visit.problem.physicalOutside',
        ),
      });
    if (
      (v.status === 'scheduled' || v.status === 'conducted') &&
      (!v.virtualStart || !v.physicalStart)
    )
      problems.push({ field: 'virtualStart', message: text('visit.problem.hybridNeedsParts') });
  } else if (v.virtualStart || v.virtualEnd || v.physicalStart || v.physicalEnd) {
    problems.push({ field: 'mode', message: text('visit.problem.onlyHybridHasParts') });
  }
  if ((v.status === 'scheduled' || v.status === 'conducted') && !v.startDate)
    problems.push({ field: 'startDate', message: text('visit.problem.needsStart') });
  if (v.status === 'conducted' && !v.endDate)
    problems.push({ field: 'endDate', message: text('visit.problem.needsEnd') });
  return problems;
}
