// The checks a form can make before asking the server (the cheap ones it will make anyway), and
// when to show them: a field's problems appear once it has been changed or the form submitted;
// what the server said of a field stays until that field changes.
import { useState } from 'react';
import type { ApiCallError } from '../api/client';
import { isIsoDate } from '../../../shared/domain/dates';
import { problemsAt } from '../data/useAction';
import { formatDate, t } from '../i18n';

export type Problems = Partial<Record<string, string[]>>;

/** An earlier step a date may not precede: "the request (20 Oct 2026)". */
export interface EarlierStep {
  what: string;
  on: string | null | undefined;
}

/** A recorded date: required, a real date, not after today, not before the steps it follows. */
export function recordedDateProblems(
  value: string,
  today: string,
  earlier: EarlierStep[] = [],
): string[] {
  if (!value) return [t('form.enterDate')];
  if (!isIsoDate(value)) return [t('form.realDate')];
  if (value > today) return [t('form.notFuture', { today: formatDate(today) })];
  const step = earlier.find((e) => e.on && value < e.on);
  return step ? [t('form.notBefore', { what: step.what, date: formatDate(step.on!) })] : [];
}

/** Two dates of a window or visit: the end not before the start. */
export function rangeProblems(from: string, to: string, message = t('form.endsBeforeStart')) {
  return from && to && to < from ? [message] : [];
}

/** Adds a field's problems to a set of problems, when there are any. */
export function addProblems(problems: Problems, field: string, list: string[]): Problems {
  if (list.length) problems[field] = [...(problems[field] ?? []), ...list];
  return problems;
}

export interface FormCheck {
  /** What to show under a field now. */
  shown(field: string): string[];
  /** Call when a field changes. */
  changed(field: string): void;
  /** Call on submit: true when nothing stops the form being sent. */
  submit(): boolean;
  /** How many problems the form has found itself. */
  count: number;
  submitted: boolean;
  /** How many times the form was submitted: each refused attempt moves focus to its problems. */
  attempts: number;
  /** Forget what was touched and submitted (after a success). */
  reset(): void;
}

/**
 * `linked` names groups of fields the server judges together (e.g. a visit's dates and its
 * consent's window): changing one makes what the server said of any of them stale.
 */
export function useFormCheck(
  problems: Problems,
  serverError: ApiCallError | null,
  linked: readonly (readonly string[])[] = [],
): FormCheck {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [changedSinceRefusal, setChangedSinceRefusal] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const count = Object.values(problems).reduce((n, list) => n + (list?.length ?? 0), 0);
  return {
    shown: (field) => [
      ...(submitted || touched.has(field) ? (problems[field] ?? []) : []),
      ...(changedSinceRefusal.has(field) ? [] : problemsAt(serverError, field)),
    ],
    changed: (field) => {
      setTouched((s) => new Set(s).add(field));
      const group = linked.find((fields) => fields.includes(field)) ?? [field];
      setChangedSinceRefusal((s) => new Set([...s, ...group]));
    },
    submit: () => {
      setSubmitted(true);
      setAttempts((n) => n + 1);
      if (count > 0) return false;
      setChangedSinceRefusal(new Set());
      return true;
    },
    count,
    submitted,
    attempts,
    reset: () => {
      setTouched(new Set());
      setChangedSinceRefusal(new Set());
      setSubmitted(false);
    },
  };
}
