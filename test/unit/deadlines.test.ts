// Properties of the deadline engine and of a report's steps, for any dates and settings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInMonth, formatDate } from '../../shared/domain/dates';
import {
  consentDeadlines,
  deadlineState,
  followupReportDue,
  reportDeadlines,
  type DeadlineSettings,
} from '../../shared/domain/deadlines';
import {
  nextReportStep,
  REPORT_STEPS,
  reportStatus,
  reportStepRefusal,
  type ReportDates,
  type ReportStep,
} from '../../shared/domain/reports';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';

const day = fc
  .record({
    year: fc.integer({ min: 2015, max: 2035 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map((d) => formatDate(d.year, d.month, Math.min(d.day, daysInMonth(d.year, d.month))));
const gap = fc.integer({ min: 0, max: 400 });
const maybeGap = fc.option(gap, { nil: null });

const settings: fc.Arbitrary<DeadlineSettings> = fc
  .record({
    consentReplyAlertDays: fc.integer({ min: 1, max: 365 }),
    consentReminderDays: fc.integer({ min: 1, max: 365 }),
    committeeWaitDays: fc.integer({ min: 1, max: 365 }),
    transmissionDays: fc.integer({ min: 1, max: 365 }),
    alertNearDays: fc.integer({ min: 1, max: 100 }),
    extra: fc.integer({ min: 1, max: 200 }),
    op16Start: day,
  })
  .map(({ extra, ...s }) => ({ ...s, alertFarDays: s.alertNearDays + extra }));

/** A report's dates: each step a gap after the previous one, or not (yet) taken. */
const reportLife = fc
  .record({
    sent: day,
    gaps: fc.tuple(maybeGap, maybeGap, maybeGap, maybeGap, maybeGap),
    initialAssessment: fc.boolean(),
    followupSubmitted: maybeGap,
  })
  .map(({ sent, gaps, initialAssessment, followupSubmitted }) => {
    const dates: (string | null)[] = [sent];
    for (const g of gaps) {
      const previous = dates[dates.length - 1]!;
      dates.push(previous && g !== null ? addDays(previous, g) : null);
    }
    const [
      sentToStateOn,
      observationsReceivedOn,
      submittedToCtcOn,
      adoptedOn,
      transmittedOn,
      implementationReplyOn,
    ] = dates as [string, ...(string | null)[]];
    return {
      sentToStateOn,
      observationsReceivedOn: observationsReceivedOn ?? null,
      submittedToCtcOn: submittedToCtcOn ?? null,
      adoptedOn: adoptedOn ?? null,
      transmittedOn: transmittedOn ?? null,
      implementationReplyOn: implementationReplyOn ?? null,
      initialAssessment,
      followupDueOn: null,
      followupSubmittedOn:
        adoptedOn && followupSubmitted !== null ? addDays(adoptedOn, followupSubmitted) : null,
    };
  });

describe('the deadline engine', () => {
  it('puts every deadline after its trigger, and judges it met only by a date on or before as-of', () => {
    fc.assert(
      fc.property(reportLife, settings, day, (report, s, asOf) => {
        for (const rule of reportDeadlines(report, s, asOf)) {
          expect(rule.dueOn > rule.triggerOn).toBe(true);
          expect(rule.triggerOn <= asOf).toBe(true);
          if (rule.doneOn) expect(rule.doneOn <= asOf).toBe(true);
          const state = deadlineState(rule.dueOn, rule.doneOn, asOf, s);
          if (state === 'overdue') expect(asOf > rule.dueOn).toBe(true);
          if (state === 'done_late') expect(rule.doneOn! > rule.dueOn).toBe(true);
        }
      }),
    );
  });

  it('puts every consent deadline after the request or the last reminder', () => {
    fc.assert(
      fc.property(
        day,
        maybeGap,
        maybeGap,
        fc.boolean(),
        settings,
        day,
        (sent, reminder, answer, awaiting, s, asOf) => {
          const c = {
            sentOn: sent,
            lastReminderOn: reminder === null ? null : addDays(sent, reminder),
            answeredOn: answer === null ? null : addDays(sent, answer),
            awaitingReply: awaiting,
          };
          for (const rule of consentDeadlines(c, s, asOf)) {
            expect(rule.dueOn > rule.triggerOn).toBe(true);
            expect(rule.triggerOn >= sent && rule.triggerOn <= asOf).toBe(true);
          }
        },
      ),
    );
  });

  it('owes an OP 16 report only for an initial assessment adopted on or after the start date', () => {
    fc.assert(
      fc.property(reportLife, settings, day, (report, s, asOf) => {
        const op16 = reportDeadlines(report, s, asOf).find((r) => r.kind === 'op16_report');
        const owed =
          report.initialAssessment &&
          report.adoptedOn !== null &&
          report.adoptedOn <= asOf &&
          report.adoptedOn >= s.op16Start;
        expect(op16 !== undefined).toBe(owed);
        if (op16) expect(op16.dueOn).toBe(followupReportDue(report.adoptedOn!));
      }),
    );
  });

  it('clamps a month-end date to the end of the month 12 months later', () => {
    expect(addMonths('2025-01-31', 12)).toBe('2026-01-31');
    expect(followupReportDue('2024-02-29')).toBe('2025-02-28');
    expect(followupReportDue('2023-02-28')).toBe('2024-02-28');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    fc.assert(
      fc.property(day, (d) => {
        const due = followupReportDue(d);
        const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
        expect(due).toBe(formatDate(y + 1, m, Math.min(dd, daysInMonth(y + 1, m))));
      }),
    );
  });

  it('classifies against the configured windows', () => {
    const windows = { ...DEFAULT_SETTINGS, alertFarDays: 60, alertNearDays: 10 };
    expect(deadlineState('2026-03-31', null, '2026-03-21', windows)).toBe('due_near');
    expect(deadlineState('2026-03-31', null, '2026-03-20', windows)).toBe('due_far');
    expect(deadlineState('2026-03-31', null, '2026-01-30', windows)).toBe('due_far');
    expect(deadlineState('2026-03-31', null, '2026-01-29', windows)).toBe('upcoming');
  });
});

describe('a report’s steps', () => {
  const attempt = fc.record({
    step: fc.constantFrom(...REPORT_STEPS),
    gap: fc.integer({ min: -40, max: 120 }),
    noneReceived: fc.boolean(),
  });

  it('for any order of attempted steps, keeps its dates in order and its status on the latest recorded step', () => {
    fc.assert(
      fc.property(day, fc.array(attempt, { maxLength: 12 }), (drafted, attempts) => {
        const dates: ReportDates = {
          drafted,
          sent_to_state: null,
          observations_received: null,
          submitted_to_ctc: null,
          adopted: null,
          transmitted: null,
        };
        let last = drafted;
        const recorded: ReportStep[] = [];
        for (const a of attempts) {
          const on = addDays(last, a.gap);
          const expected = nextReportStep(dates);
          const refusal = reportStepRefusal(dates, a.step, on, a.noneReceived);
          if (refusal === null) {
            expect(a.step).toBe(expected);
            expect(on >= last).toBe(true);
            if (a.noneReceived) {
              expect(a.step).toBe('observations_received');
              expect(on > addDays(dates.sent_to_state!, 30)).toBe(true);
            }
            dates[a.step] = on;
            last = on;
            recorded.push(a.step);
          }
          expect(reportStatus(dates)).toBe(recorded.at(-1) ?? 'drafting');
          expect(recorded).toEqual(REPORT_STEPS.slice(0, recorded.length));
        }
      }),
    );
  });
});
