// "Visited" has one meaning everywhere (DESIGN §4): a State is visited as of a date when at least
// one conducted assessment visit (ASSESSMENT_KINDS: advocacy visits do not count) had ended by
// then. The Member States list, the dossier, coverage, the dashboard and the OP 12 list all read
// these two queries, each binding the as-of date to its one `?`.
import { ASSESSMENT_KINDS } from '../../shared/domain/visits';

const KINDS = ASSESSMENT_KINDS.map((kind) => `'${kind}'`).join(', ');

/**
 * Every conducted visit (of any kind) that had ended by the date bound to `?`: `iso3`, `kind`,
 * `ended_on` (the end date, else the start date) and `assessment` (1 when it counts as visited).
 */
export const CONDUCTED_VISITS_SQL = `
  SELECT iso3, kind, COALESCE(end_date, start_date) AS ended_on, kind IN (${KINDS}) AS assessment
  FROM visits
  WHERE deleted = 0 AND status = 'conducted' AND COALESCE(end_date, start_date) <= ?`;

/**
 * Per State visited by the date bound to `?`: `last_visit` (the end of its last assessment visit),
 * `last_comprehensive` (of its last comprehensive one, or null) and `visits` (how many assessment
 * visits). A State absent from the result was never visited as of that date.
 */
export const ASSESSMENT_HISTORY_SQL = `
  SELECT iso3, MAX(ended_on) AS last_visit,
         MAX(CASE WHEN kind = 'comprehensive' THEN ended_on END) AS last_comprehensive,
         COUNT(*) AS visits
  FROM (${CONDUCTED_VISITS_SQL}) WHERE assessment GROUP BY iso3`;
