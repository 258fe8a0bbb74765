// The deterministic demo workspace: a synthetic but realistic history of CTED's work, calibrated
// on the CTC's public figures. The same seed, scale and "today" always give the same rows.
import { isIsoDate, yearOf } from '../../../shared/domain/dates';
import { setMeta, type Workspace } from '../db/workspace';
import { ASSESSMENT_KINDS } from '../../../shared/domain/visits';
import { userTables } from '../db/write';
import { defaultMethodologyRow } from '../defaults';
import { planSetbacks, withConsent } from './consent';
import { createContext, type DemoContext } from './context';
import { keepFieldRecords } from './field';
import { inviteOfficials, writeMeetings } from './ctc';
import { reconcileFollowUpVisits, writeFollowups } from './followups';
import { planHistory } from './history';
import { writeIndicators, writeSignals, writeStateRequests } from './landscape';
import { planReports, reportSituations, steerReports } from './lives';
import { liveThisYear } from './living';
import { Rng } from './random';
import { requestAssistance, writeReports } from './reports';
import { demoApi, Timeline } from './timeline';
import { writeUsers } from './users';
import { writeVisitsAndConsent } from './visits';

/** Bump when the generated data changes, so that existing demo workspaces are regenerated. */
export const DEMO_GENERATOR_VERSION = 'demo-generator-8';

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
  technicalAssistance: number;
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
      const stats = writeDemo(ws, ctx);
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

/**
 * Plans the past years' visits and their reports' lives, writes the history in dependency order
 * and lives this year through the API: first what follows from the past years' reports (their
 * steps, OP 16 reports, assistance and invitations this year), then this year's list, consent and
 * visits, then the reports of this year's visits. Each part draws from its own random stream.
 */
function writeDemo(ws: Workspace, ctx: DemoContext): Omit<DemoStats, 'changes'> {
  const { rng, today, scale, states } = ctx;
  const lastYear = yearOf(today) - 1;
  const users = writeUsers(ctx, ws.db);
  ctx.insert('methodologies', defaultMethodologyRow(today));
  const timeline = new Timeline(demoApi(ws, ctx), today);
  const situations = reportSituations(today, timeline.cut);

  const history = planHistory(rng.fork('history'), states, lastYear, scale);
  const lives = planReports(rng.fork('report-lives'), history, today);
  // Before October, this year's visits have no reports far enough along: the past years' show
  // every step.
  const early = today < `${yearOf(today)}-10-01`;
  steerReports(rng.fork('report-steering'), lives, today, [
    situations.committeeOverdue,
    situations.awaitingTransmission,
    situations.noneReceivedThisYear,
    situations.observationsReceived,
    ...(early ? [situations.observationsOverdue, situations.drafting] : []),
  ]);
  const recommendBy = reconcileFollowUpVisits(history, lives);
  withConsent(rng.fork('consent'), history);
  const setbacks = planSetbacks(rng.fork('setbacks'), states, today, scale);
  const visits = [...history, ...setbacks.visits];
  writeVisitsAndConsent(ctx, visits, setbacks.requests);

  const reports = writeReports(ctx, rng.fork('reports'), history, lives, users, timeline);
  const followups = writeFollowups(
    ctx,
    rng.fork('followups'),
    reports,
    recommendBy,
    users,
    timeline,
  );
  requestAssistance(ctx, rng.fork('assistance'), reports, users, timeline);
  const meetings = writeMeetings(ctx, rng.fork('ctc'));
  inviteOfficials(ctx, rng.fork('invitations'), reports, meetings, users, timeline);
  writeIndicators(ctx, rng.fork('indicators'));
  writeSignals(ctx, rng.fork('signals'));
  writeStateRequests(ctx, rng.fork('requests'), visits);
  timeline.run();

  const thisYear = liveThisYear(ws, ctx, rng.fork('this-year'), users, timeline.api);
  const thisYearLives = planReports(rng.fork('report-lives-this-year'), thisYear, today);
  steerReports(
    rng.fork('report-steering-this-year'),
    thisYearLives,
    today,
    [
      situations.observationsReceived,
      situations.noneReceivedThisYear,
      situations.observationsOverdue,
      situations.drafting,
      situations.awaitingTransmission,
    ],
    [...lives.values()],
  );
  const thisYearReports = writeReports(
    ctx,
    rng.fork('reports-this-year'),
    thisYear,
    thisYearLives,
    users,
    timeline,
  );
  inviteOfficials(
    ctx,
    rng.fork('invitations-this-year'),
    thisYearReports,
    meetings,
    users,
    timeline,
  );
  timeline.run();
  keepFieldRecords(ws.db, rng.fork('field-records'), thisYear, users, timeline.api, today);

  const count = (table: string) =>
    (ws.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  const visited = ws.db
    .prepare(
      `SELECT COUNT(DISTINCT iso3) AS n FROM visits WHERE status = 'conducted' AND kind IN (${ASSESSMENT_KINDS.map(() => '?').join(', ')})`,
    )
    .get(...ASSESSMENT_KINDS) as { n: number };
  return {
    visits: count('visits'),
    conductedVisits: history.length + thisYear.length,
    statesVisited: visited.n,
    neverVisited: states.length - visited.n,
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
    technicalAssistance: count('technical_assistance'),
    ctcMeetings: count('ctc_meetings'),
    invitations: count('invitations'),
    users: count('users'),
    rows: userTables(ws.db).reduce((sum, table) => sum + count(table), 0),
  };
}
