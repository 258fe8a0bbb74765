// What the report page's forms share: the report's steps with their dates and who may record what.
import type { AssessmentReport } from '../../../../shared/api/types';
import {
  REPORT_STEPS,
  type ReportStatus,
  type ReportStep,
} from '../../../../shared/domain/reports';
import type { Role } from '../../../../shared/domain/roles';
import type { EarlierStep } from '../../components/formChecks';
import { t } from '../../i18n';

/** The date each step of a report was recorded on, the draft first. */
export function stepDates(r: AssessmentReport): Record<ReportStatus, string | null> {
  return {
    drafting: r.draftedOn,
    sent_to_state: r.sentToStateOn,
    observations_received: r.observationsReceivedOn,
    submitted_to_ctc: r.submittedToCtcOn,
    adopted: r.adoptedOn,
    transmitted: r.transmittedOn,
  };
}

/** The step before `step` (the draft before the first), which its date may not precede. */
export function previousStep(r: AssessmentReport, step: ReportStep): EarlierStep[] {
  const index = REPORT_STEPS.indexOf(step);
  const previous: ReportStatus = index === 0 ? 'drafting' : REPORT_STEPS[index - 1]!;
  return [{ what: t(`report.earlier.${previous}`), on: stepDates(r)[previous] }];
}

/** The Committee's members record its adoption; CTED's planners record the other steps. */
export function mayRecordStep(role: Role | null, step: ReportStep): boolean {
  if (role === 'admin') return true;
  return step === 'adopted' ? role === 'ctc_member' : role === 'planner';
}
