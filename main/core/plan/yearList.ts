// A year's list as the assessment cycle needs it: its status, its current version's entries
// (with their row ids, which consent requests link to) and its constraints.
import type { EntrySelection, ListStatus } from '../../../shared/api/types';
import type { PlanConstraints } from '../../../shared/domain/scoring';
import type { CallContext } from '../context';
import { nameColumn } from '../language';

export interface YearListEntry {
  id: string;
  iso3: string;
  name: string;
  region: string;
  rank: number;
  score: number;
  selection: EntrySelection;
  proposedKind: string;
}

export interface YearList {
  id: string;
  year: number;
  status: ListStatus;
  /** The current version: 0 before adoption, then the adopted one and each amendment's. */
  version: number;
  decidedOn: string | null;
  constraints: PlanConstraints;
  entries: YearListEntry[];
}

/** The year's list and its current version's entries, or null when the year has no list. */
export function readYearList(ctx: CallContext, year: number): YearList | null {
  const list = ctx.db
    .prepare(
      'SELECT id, status, decided_on, constraints FROM annual_lists WHERE deleted = 0 AND year = ? ORDER BY id LIMIT 1',
    )
    .get(year) as
    | { id: string; status: ListStatus; decided_on: string | null; constraints: string | null }
    | undefined;
  if (!list) return null;
  const version = ctx.db
    .prepare(
      'SELECT id, version FROM list_versions WHERE deleted = 0 AND list_id = ? ORDER BY version DESC LIMIT 1',
    )
    .get(list.id) as { id: string; version: number } | undefined;
  const entries = version
    ? (ctx.db
        .prepare(
          `SELECT e.id, e.iso3, s.${nameColumn(ctx.language)} AS name, s.region, e.rank, e.score, e.selection, e.proposed_kind AS proposedKind
           FROM list_entries e JOIN member_states s ON s.iso3 = e.iso3
           WHERE e.deleted = 0 AND e.version_id = ? ORDER BY e.rank, e.iso3`,
        )
        .all(version.id) as YearListEntry[])
    : [];
  return {
    id: list.id,
    year,
    status: list.status,
    version: version?.version ?? 0,
    decidedOn: list.decided_on,
    constraints: list.constraints ? (JSON.parse(list.constraints) as PlanConstraints) : {},
    entries,
  };
}

/** The entries selected in the list's current version, when the list is adopted. */
export function adoptedSelection(list: YearList | null): YearListEntry[] {
  return list?.status === 'adopted' ? list.entries.filter((e) => e.selection === 'selected') : [];
}
