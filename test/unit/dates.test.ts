import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate } from '../../shared/domain/dates';
import {
  deadlineState,
  followupReportDue,
  factualObservationsDue,
  implementationReplyDue,
} from '../../shared/domain/deadlines';

describe('calendar dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('01/02/2024')).toBe(false);
  });

  it('adds calendar months, clamping at the end of a month', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2022-12-15', 12)).toBe('2023-12-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('adds days across month and year ends and counts days between dates', () => {
    expect(addDays('2024-12-20', 30)).toBe('2025-01-19');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
  });
});

describe('deadline rules (DESIGN §4)', () => {
  it('gives the State 30 days for factual observations and 6 months to reply on implementation', () => {
    expect(factualObservationsDue('2024-01-15')).toBe('2024-02-14');
    expect(implementationReplyDue('2024-08-31')).toBe('2025-02-28');
  });

  it('makes the OP 16 report due 12 calendar months after adoption', () => {
    expect(followupReportDue('2024-02-29')).toBe('2025-02-28');
    expect(followupReportDue('2022-03-10')).toBe('2023-03-10');
  });

  const WINDOWS = { alertFarDays: 90, alertNearDays: 30 };
  it('classifies a deadline as of a given day', () => {
    expect(deadlineState('2025-03-10', null, '2025-03-11', WINDOWS)).toBe('overdue');
    expect(deadlineState('2025-03-10', null, '2025-03-10', WINDOWS)).toBe('due_near');
    expect(deadlineState('2025-03-10', null, '2025-02-08', WINDOWS)).toBe('due_near');
    expect(deadlineState('2025-03-10', null, '2025-02-07', WINDOWS)).toBe('due_far');
    expect(deadlineState('2025-03-10', null, '2024-12-09', WINDOWS)).toBe('upcoming');
    expect(deadlineState('2025-03-10', '2025-03-10', '2026-01-01', WINDOWS)).toBe('done');
    expect(deadlineState('2025-03-10', '2025-03-11', '2026-01-01', WINDOWS)).toBe('done_late');
  });
});
