import type { LanguageCode } from '../api/schema';
import { isCoreMessageKey, say, text, type Text } from '../messages';
import { addDays } from './dates';
import { FACTUAL_OBSERVATIONS_DAYS } from './deadlines';

export const REPORT_STATUSES = [
  'drafting',
  'sent_to_state',
  'observations_received',
  'submitted_to_ctc',
  'adopted',
  'transmitted',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
/** The steps recorded after the draft, in the only order they may happen. */
export const REPORT_STEPS = [
  'sent_to_state',
  'observations_received',
  'submitted_to_ctc',
  'adopted',
  'transmitted',
] as const satisfies readonly ReportStatus[];
export type ReportStep = (typeof REPORT_STEPS)[number];

/** The date of each step of a report, as recorded (null until it happens). */
export type ReportDates = { drafted: string | null } & Record<ReportStep, string | null>;

/** Where a report stands: its latest recorded step. */
export function reportStatus(dates: ReportDates): ReportStatus {
  for (let i = REPORT_STEPS.length - 1; i >= 0; i--)
    if (dates[REPORT_STEPS[i]!]) return REPORT_STEPS[i]!;
  return 'drafting';
}

/** The step a report expects next, or null once transmitted. */
export function nextReportStep(dates: ReportDates): ReportStep | null {
  return REPORT_STEPS.find((step) => !dates[step]) ?? null;
}

/** A report's step as words of the reader's language ("sent to the State"). */
export const reportStepWord = (step: ReportStatus): Text => text(`report.step.${step}`);

/**
 * Why a step cannot be recorded on `on` (null when it can), to be said in the reader's language:
 * steps follow their order, and each date is on or after the previous step's. "No observations"
 * is closed only after the 30 days.
 */
export function reportStepRefusal(
  dates: ReportDates,
  step: ReportStep,
  on: string,
  observationsNone: boolean,
): Text | null {
  const expected = nextReportStep(dates);
  if (expected === null) return text('report.noFurtherStep', { on: String(dates.transmitted) });
  if (step !== expected)
    return dates[step]
      ? text('report.stepAlreadyTaken', {
          step: reportStepWord(step),
          on: dates[step],
          next: reportStepWord(expected),
        })
      : text('report.noSkippingSteps', {
          next: reportStepWord(expected),
          step: reportStepWord(step),
        });
  const index = REPORT_STEPS.indexOf(step);
  const previous: ReportStatus = index === 0 ? 'drafting' : REPORT_STEPS[index - 1]!;
  const previousOn = index === 0 ? dates.drafted : dates[REPORT_STEPS[index - 1]!];
  if (previousOn && on < previousOn)
    return text('report.stepBeforePrevious', {
      on,
      previous: reportStepWord(previous),
      previousOn,
    });
  if (observationsNone && step !== 'observations_received')
    return text('report.noneOnlyForObservations');
  if (observationsNone && dates.sent_to_state) {
    const due = addDays(dates.sent_to_state, FACTUAL_OBSERVATIONS_DAYS);
    if (on <= due)
      return text('report.observationsNotYetDue', { due, days: FACTUAL_OBSERVATIONS_DAYS });
  }
  return null;
}
export const RELEASE_CONSENT = ['none', 'partial', 'full'] as const;
export type ReleaseConsent = (typeof RELEASE_CONSENT)[number];

/** A status other than "not started" is a claim, and needs its evidence and source. */
export const needsEvidence = (status: RecommendationStatus): boolean => status !== 'not_started';

export const RECOMMENDATION_STATUSES = [
  'not_started',
  'in_progress',
  'partially_implemented',
  'implemented',
  'no_information',
  'no_longer_relevant',
] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
/** A recommendation without any evidenced status yet. */
export const DEFAULT_RECOMMENDATION_STATUS: RecommendationStatus = 'no_information';

/** Still to be acted on: neither implemented nor overtaken by events. */
export const isOpenRecommendation = (status: RecommendationStatus): boolean =>
  status !== 'implemented' && status !== 'no_longer_relevant';
/** Technical assistance: CTED proposes it (in an OP 16 report) or the State requests it. */
export const TA_STATUSES = ['proposed', 'requested', 'planned', 'delivered', 'declined'] as const;
export type TaStatus = (typeof TA_STATUSES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const FURTHER_FOLLOWUP = [
  'none',
  'follow_up_visit',
  'focused_visit',
  'technical_assistance',
  'desk_review',
] as const;
export type FurtherFollowup = (typeof FURTHER_FOLLOWUP)[number];

/** Thematic areas of recommendations (DESIGN §4). Data, so more can be added. */
export const THEMATIC_AREAS = [
  { key: 'national_strategy', label: 'National strategy' },
  { key: 'legislation', label: 'Legislation and criminalisation' },
  { key: 'cft', label: 'Countering the financing of terrorism' },
  { key: 'law_enforcement', label: 'Law enforcement' },
  { key: 'border_control', label: 'Border control (API, PNR, biometrics, watchlists)' },
  { key: 'international_cooperation', label: 'International cooperation (MLA, extradition)' },
  { key: 'ftf', label: 'Foreign terrorist fighters' },
  { key: 'countering_incitement', label: 'Countering incitement and violent extremism' },
  { key: 'human_rights', label: 'Human rights and rule of law' },
  { key: 'gender', label: 'Gender' },
  { key: 'children', label: 'Children' },
  { key: 'ict', label: 'ICT and the internet' },
  { key: 'critical_infrastructure', label: 'Critical infrastructure and soft targets' },
  { key: 'uas', label: 'Unmanned aircraft systems' },
  { key: 'aviation_security', label: 'Aviation security' },
  { key: 'battlefield_evidence', label: 'Battlefield evidence' },
  { key: 'organised_crime_nexus', label: 'Terrorism–organised crime nexus' },
  { key: 'cultural_property', label: 'Cultural property' },
] as const;

/**
 * A thematic area's label in `language` (shared/messages, thematicArea.<key>); an area without
 * one (added to the data since) is shown by its key.
 */
export function thematicAreaLabel(key: string, language: LanguageCode): string {
  const messageKey = `thematicArea.${key}`;
  return isCoreMessageKey(messageKey) ? say(language, messageKey) : key;
}
