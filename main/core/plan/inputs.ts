// Reads what the OP 12 scorer needs from the workspace, as of a date, in a few set-based queries.
import type { PlanInputs } from '../../../shared/api/types';
import type { IndicatorDefinition, StateInputs } from '../../../shared/domain/scoring';
import type { CallContext } from '../context';
import { readFollowups } from '../handlers/followups';
import { nameColumn } from '../language';
import { ASSESSMENT_HISTORY_SQL } from '../visited';

/** A list for year Y is built as of 1 January of Y, or today if that is earlier. */
export function planAsOf(year: number, today: string): string {
  const start = `${year}-01-01`;
  return today < start ? today : start;
}

type Keyed<T> = Map<string, T>;
const byState = <T extends { iso3: string }>(rows: T[]): Keyed<T> =>
  new Map(rows.map((r) => [r.iso3, r]));

export function readPlanInputs(ctx: CallContext, year: number): PlanInputs {
  const asOf = planAsOf(year, ctx.today);
  const db = ctx.db;
  const states = db
    .prepare(
      `SELECT iso3, ${nameColumn(ctx.language)} AS name, name_en AS tieName, region
       FROM member_states ORDER BY iso3`,
    )
    .all() as { iso3: string; name: string; tieName: string; region: string }[];

  // The last assessment visit and the last comprehensive one: "visited" as everywhere else.
  const visits = byState(
    db.prepare(ASSESSMENT_HISTORY_SQL).all(asOf) as {
      iso3: string;
      last_visit: string;
      last_comprehensive: string | null;
    }[],
  );

  // Implementation gaps: the priority recommendations of each State's latest adopted assessment
  // report, and how many are still not fully implemented (latest evidenced status as of the date).
  const recs = byState(
    db
      .prepare(
        `WITH last_report AS (
           SELECT v.iso3, r.id AS report_id, MAX(r.adopted_on) AS adopted_on
           FROM assessment_reports r JOIN visits v ON v.id = r.visit_id
           WHERE r.deleted = 0 AND v.deleted = 0 AND r.adopted_on <= ?
             AND EXISTS (SELECT 1 FROM recommendations x WHERE x.report_id = r.id AND x.priority = 'high' AND x.deleted = 0)
           GROUP BY v.iso3),
         latest AS MATERIALIZED (
           SELECT l.iso3, (SELECT status FROM recommendation_updates u WHERE u.recommendation_id = x.id AND u.deleted = 0 AND u.as_of <= ?
                           ORDER BY u.as_of DESC, u.id DESC LIMIT 1) AS status
           FROM last_report l JOIN recommendations x ON x.report_id = l.report_id AND x.priority = 'high' AND x.deleted = 0)
         SELECT iso3, COUNT(*) AS total, SUM(status IS NOT 'implemented') AS open FROM latest
         WHERE status IS NOT 'no_longer_relevant' GROUP BY iso3`,
      )
      .all(asOf, asOf) as { iso3: string; total: number; open: number }[],
  );

  // The latest value of each defined indicator for each State: one index lookup per pair, so the
  // cost does not grow with the length of the indicator history.
  const indicators = new Map<string, Record<string, number>>();
  for (const row of db
    .prepare(
      `SELECT * FROM (
         SELECT s.iso3, d.key, (SELECT i.value FROM risk_indicators i
                                WHERE i.deleted = 0 AND i.iso3 = s.iso3 AND i.indicator_key = d.key AND i.as_of <= ? AND i.value IS NOT NULL
                                ORDER BY i.as_of DESC LIMIT 1) AS value
         FROM member_states s CROSS JOIN indicator_definitions d WHERE d.deleted = 0)
       WHERE value IS NOT NULL`,
    )
    .all(asOf) as { iso3: string; key: string; value: number }[]) {
    const map = indicators.get(row.iso3) ?? {};
    map[row.key] = row.value;
    indicators.set(row.iso3, map);
  }

  const signals = new Map<string, StateInputs['signals']>();
  for (const s of db
    .prepare(
      'SELECT iso3, occurred_on AS occurredOn, severity, half_life_days AS halfLifeDays FROM signals WHERE deleted = 0 AND occurred_on <= ? ORDER BY iso3, occurred_on, id',
    )
    .all(asOf) as ({ iso3: string } & StateInputs['signals'][number])[]) {
    const list = signals.get(s.iso3) ?? [];
    list.push({ occurredOn: s.occurredOn, severity: s.severity, halfLifeDays: s.halfLifeDays });
    signals.set(s.iso3, list);
  }

  const openRequests = new Set(
    (
      db
        .prepare(
          "SELECT DISTINCT iso3 FROM state_requests WHERE deleted = 0 AND status = 'open' AND COALESCE(received_on, '') <= ?",
        )
        .all(asOf) as { iso3: string }[]
    ).map((r) => r.iso3),
  );

  // Consent still standing: the State's latest answer by date (its reply, or its withdrawal) is a
  // grant, and no conducted visit has used it yet (one linked to it, or any started since it was
  // given). A later deferral, decline, absence of reply or withdrawal supersedes it; a request still
  // awaiting its reply does not. Whether it is recent enough is the scorer's (validity period).
  const unusedConsent = new Map(
    (
      db
        .prepare(
          `WITH answered AS (
             SELECT id, iso3, reply,
                    CASE WHEN reply = 'withdrawn' THEN COALESCE(withdrawn_on, replied_on, sent_on)
                         ELSE COALESCE(replied_on, sent_on) END AS answered_on
             FROM consent_requests WHERE deleted = 0 AND reply <> 'pending'),
           latest AS (
             SELECT *, ROW_NUMBER() OVER (PARTITION BY iso3 ORDER BY answered_on DESC, id DESC) AS n
             FROM answered WHERE answered_on <= @asOf)
           SELECT c.iso3, c.answered_on FROM latest c
           WHERE c.n = 1 AND c.reply = 'granted'
             AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.consent_request_id = c.id AND v.deleted = 0 AND v.status = 'conducted' AND v.start_date <= @asOf)
             AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.status = 'conducted' AND v.deleted = 0 AND v.iso3 = c.iso3 AND v.start_date >= c.answered_on AND v.start_date <= @asOf)`,
        )
        .all({ asOf }) as { iso3: string; answered_on: string }[]
    ).map((r) => [r.iso3, r.answered_on]),
  );

  // A follow-up is pending when an OP 16 report is overdue, or CTED recommended a visit since the last one.
  const followupPending = new Set(
    readFollowups(ctx, asOf)
      .filter((f) => f.state === 'overdue')
      .map((f) => f.iso3),
  );
  for (const r of db
    .prepare(
      `SELECT v.iso3 FROM followups f JOIN assessment_reports r ON r.id = f.report_id JOIN visits v ON v.id = r.visit_id
       WHERE f.deleted = 0 AND f.submitted_on <= ? AND f.recommended_followup IN ('follow_up_visit', 'focused_visit')
         AND NOT EXISTS (SELECT 1 FROM visits w WHERE w.deleted = 0 AND w.status = 'conducted' AND w.kind <> 'advocacy' AND w.iso3 = v.iso3 AND w.start_date > f.submitted_on AND w.start_date <= ?)`,
    )
    .all(asOf, asOf) as { iso3: string }[])
    followupPending.add(r.iso3);

  const scheduled = new Set(
    (
      db
        .prepare(
          "SELECT DISTINCT iso3 FROM visits WHERE deleted = 0 AND status IN ('planned', 'scheduled') AND (start_date IS NULL OR substr(start_date, 1, 4) = ?)",
        )
        .all(String(year)) as { iso3: string }[]
    ).map((r) => r.iso3),
  );

  const indicatorDefinitions = (
    db
      .prepare(
        'SELECT key, direction, normalisation, thresholds, min_value, max_value FROM indicator_definitions WHERE deleted = 0 ORDER BY key',
      )
      .all() as {
      key: string;
      direction: IndicatorDefinition['direction'];
      normalisation: IndicatorDefinition['normalisation'];
      thresholds: string | null;
      min_value: number | null;
      max_value: number | null;
    }[]
  ).map((d) => ({
    key: d.key,
    direction: d.direction,
    normalisation: d.normalisation,
    thresholds: d.thresholds ? (JSON.parse(d.thresholds) as number[]) : null,
    min: d.min_value,
    max: d.max_value,
  }));

  return {
    year,
    asOf,
    indicatorDefinitions,
    states: states.map((s) => {
      const v = visits.get(s.iso3);
      const r = recs.get(s.iso3);
      return {
        iso3: s.iso3,
        name: s.name,
        tieName: s.tieName,
        region: s.region,
        lastVisit: v?.last_visit ?? null,
        lastComprehensive: v?.last_comprehensive ?? null,
        priorityRecommendations: r ? { total: r.total, open: r.open } : null,
        indicators: indicators.get(s.iso3) ?? {},
        signals: signals.get(s.iso3) ?? [],
        openRequest: openRequests.has(s.iso3),
        unusedConsentOn: unusedConsent.get(s.iso3) ?? null,
        followupPending: followupPending.has(s.iso3),
        scheduled: scheduled.has(s.iso3),
      };
    }),
  };
}
