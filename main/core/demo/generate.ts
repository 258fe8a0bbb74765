// The deterministic demo workspace: a synthetic but realistic history of CTED's work, calibrated
// on the CTC's public figures. The same seed, scale and "today" always give the same rows.
import { isIsoDate, yearOf } from '../../../shared/domain/dates';
import { setMeta, type Workspace } from '../db/workspace';
import { withConsent, planSetbacks } from './consent';
import { createContext, type DemoContext } from './context';
import { writeMeetings } from './ctc';
import { writeFollowups } from './followups';
import { planHistory } from './history';
import { writeIndicators, writeSignals, writeStateRequests } from './landscape';
import { Rng } from './random';
import { writeReports } from './reports';
import { planUpcoming } from './upcoming';
import { writeUsers } from './users';
import { defaultMethodologyRow } from '../defaults';
import { writeVisitsAndConsent } from './visits';

/** Bump when the generated data changes, so that existing demo workspaces are regenerated. */
export const DEMO_GENERATOR_VERSION = 'demo-generator-2';

export interface DemoOptions {
  seed: number;
  /** Multiplies the history (visits per year and all that follows from them), for benchmarks. */
  scale: number;
  /** The date the demo is "as of", YYYY-MM-DD: the history runs from 2005 to the year before. */
  today: string;
}

export interface DemoStats {
  /** Every visit row, whatever its status. */
  visits: number;
  conductedVisits: number;
  statesVisited: number;
  neverVisited: number;
  consentRequests: number;
  reports: number;
  recommendations: number;
  recommendationUpdates: number;
  /** OP 16 follow-up reports owed, written, written late, and overdue (not written) as of today. */
  followupsOwed: number;
  followups: number;
  followupsLate: number;
  followupsOverdue: number;
  indicatorValues: number;
  signals: number;
  stateRequests: number;
  ctcMeetings: number;
  invitations: number;
  users: number;
  /** All rows written, and the change_log rows that record them. */
  rows: number;
  changes: number;
}

export function generateDemo(ws: Workspace, options: DemoOptions): DemoStats {
  checkOptions(options);
  if (ws.db.prepare('SELECT 1 FROM visits LIMIT 1').get())
    throw new Error('Demo data can only be generated into a workspace without visits.');
  const changesBefore = countChanges(ws);
  const stats = ws.db
    .transaction(() => {
      const ctx = createContext(ws, new Rng(options.seed), options.today, options.scale);
      const stats = writeDemo(ctx);
      setMeta(ws.db, 'demo', '1');
      setMeta(ws.db, 'demo_seed', String(options.seed));
      setMeta(ws.db, 'demo_scale', String(options.scale));
      setMeta(ws.db, 'demo_as_of', options.today);
      setMeta(ws.db, 'demo_generator', DEMO_GENERATOR_VERSION);
      return stats;
    })
    .immediate();
  return { ...stats, changes: countChanges(ws) - changesBefore };
}

function checkOptions({ seed, scale, today }: DemoOptions): void {
  if (!Number.isInteger(seed)) throw new Error(`The demo seed must be an integer (got ${seed}).`);
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error(`The demo scale must be a whole number from 1 (got ${scale}).`);
  if (!isIsoDate(today))
    throw new Error(`The demo's "today" must be a date written YYYY-MM-DD (got ${today}).`);
}

const countChanges = (ws: Workspace) =>
  (ws.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;

/** Plans the visits, then writes everything in dependency order; each part draws from its own random stream. */
function writeDemo(ctx: DemoContext): Omit<DemoStats, 'changes'> {
  const { rng, today, scale, states } = ctx;
  const lastYear = yearOf(today) - 1;
  const planners = writeUsers(ctx);
  ctx.insert('methodologies', defaultMethodologyRow(today));

  const history = planHistory(rng.fork('history'), states, lastYear, scale);
  withConsent(rng.fork('consent'), history);
  const setbacks = planSetbacks(rng.fork('setbacks'), states, today, scale);
  const upcoming = planUpcoming(rng.fork('upcoming'), states, history, today, scale);
  const visits = [...history, ...setbacks.visits, ...upcoming.visits];
  writeVisitsAndConsent(ctx, visits, [...setbacks.requests, ...upcoming.requests]);

  const reports = writeReports(ctx, rng.fork('reports'), history, planners);
  const followups = writeFollowups(ctx, rng.fork('followups'), reports);
  writeMeetings(ctx, rng.fork('ctc'), reports);
  writeIndicators(ctx, rng.fork('indicators'));
  writeSignals(ctx, rng.fork('signals'));
  writeStateRequests(ctx, rng.fork('requests'), visits);

  const count = (table: string) => ctx.counts.get(table) ?? 0;
  const statesVisited = new Set(history.map((v) => v.iso3)).size;
  return {
    visits: count('visits'),
    conductedVisits: history.length,
    statesVisited,
    neverVisited: states.length - statesVisited,
    consentRequests: count('consent_requests'),
    reports: count('assessment_reports'),
    recommendations: count('recommendations'),
    recommendationUpdates: count('recommendation_updates'),
    followupsOwed: followups.owed,
    followups: count('followups'),
    followupsLate: followups.late,
    followupsOverdue: followups.overdue,
    indicatorValues: count('risk_indicators'),
    signals: count('signals'),
    stateRequests: count('state_requests'),
    ctcMeetings: count('ctc_meetings'),
    invitations: count('invitations'),
    users: count('users'),
    rows: [...ctx.counts.values()].reduce((s, n) => s + n, 0),
  };
}
