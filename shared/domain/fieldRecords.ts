// Field records (issue 9): who writes them, and which visit a field team member works on.
import type { VisitStatus } from './visits';

export const PROPOSAL_DECISIONS = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type ProposalDecision = (typeof PROPOSAL_DECISIONS)[number];

export const FINDING_STATUSES = ['draft', 'ready'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Team names are written by hand ("R. Kaur", "r. kaur "): compared trimmed, ignoring case. */
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export const isOnTeam = (team: readonly string[], name: string): boolean =>
  team.some((member) => sameName(member, name));

interface DatedVisit {
  id: string;
  status: VisitStatus;
  startDate: string | null;
  endDate: string | null;
}

/**
 * The visit a field team member most likely works on today: one under way, else the next one to
 * start, else the latest to have started. Cancelled visits are never chosen.
 */
export function currentOrNextVisit<V extends DatedVisit>(
  visits: readonly V[],
  today: string,
): V | null {
  const live = visits.filter((v) => v.status !== 'cancelled' && v.startDate);
  const underWay = live.find((v) => v.startDate! <= today && (v.endDate ?? v.startDate!) >= today);
  if (underWay) return underWay;
  const ahead = live
    .filter((v) => v.startDate! > today)
    .sort((a, b) => a.startDate!.localeCompare(b.startDate!));
  if (ahead[0]) return ahead[0];
  const past = live.sort((a, b) => b.startDate!.localeCompare(a.startDate!));
  return past[0] ?? null;
}
