// The year line: everything before 1 January of this year is history, written as rows through the
// one write path; everything from then to today is lived through the app's own API, on its own day,
// by the demo users who would have done it, so that every rule of the cycle holds in the demo.
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { yearOf } from '../../../shared/domain/dates';
import type { Workspace } from '../db/workspace';
import { createDispatcher, type Dispatcher } from '../dispatcher';
import type { DemoContext } from './context';

export interface DemoApi {
  call<M extends MethodName>(
    day: string,
    user: string,
    method: M,
    input: MethodInput<M>,
  ): MethodOutput<M>;
}

/**
 * Calls the API as `user` on `day` (noon UTC), with the demo's seeded ids; a refusal is a bug of
 * the generator. One dispatcher serves every call; only its clock moves.
 */
export function demoApi(ws: Workspace, ctx: DemoContext): DemoApi {
  let nowMs = Date.parse(`${ctx.today}T12:00:00.000Z`);
  let dispatcher: Dispatcher | undefined;
  return {
    call(day, user, method, input) {
      nowMs = Date.parse(`${day}T12:00:00.000Z`);
      dispatcher ??= createDispatcher(ws, { now: () => nowMs, newId: ctx.newId });
      const result = dispatcher.call(method, input, { user });
      if (!result.ok)
        throw new Error(`The demo's ${method} on ${day} was refused: ${result.error.message}`);
      return result.value;
    },
  };
}

interface Event {
  day: string;
  seq: number;
  act: () => void;
}

/**
 * This year's events, collected while the history is written and then lived in date order (events
 * of the same day in the order they were planned, so that what an event needs was planned before
 * it). Events after today have not happened and are dropped.
 */
export class Timeline {
  /** 1 January of this year: the first day lived through the API. */
  readonly cut: string;
  private events: Event[] = [];

  constructor(
    readonly api: DemoApi,
    readonly today: string,
  ) {
    this.cut = `${yearOf(today)}-01-01`;
  }

  /** Whether a day belongs to this year (lived through the API) rather than to the history. */
  lived(day: string): boolean {
    return day >= this.cut;
  }

  /** Plans an event on `day`; every random draw it needs must be made before, not inside `act`. */
  at(day: string, act: () => void): void {
    if (day > this.today) return;
    this.events.push({ day, seq: this.events.length, act });
  }

  /** Lives the events planned so far, in date order. */
  run(): void {
    const events = this.events.sort((a, b) => a.day.localeCompare(b.day) || a.seq - b.seq);
    this.events = [];
    for (const e of events) e.act();
  }
}
