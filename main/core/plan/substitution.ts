// When a listed State declines or withdraws its consent, the best State of the reserve that can
// take its place: not already on the list, not part of an amendment awaiting the Committee, not
// itself a State that refused this year, and not over its region's maximum.
import type { SubstitutionOffer } from '../../../shared/api/types';
import type { CallContext } from '../context';
import type { YearList } from './yearList';

export function substitutionFor(
  ctx: CallContext,
  list: YearList,
  iso3: string,
  consentRequestId: string,
): SubstitutionOffer | null {
  if (list.status !== 'adopted') return null;
  const leaving = list.entries.find((e) => e.iso3 === iso3 && e.selection === 'selected');
  if (!leaving) return null;
  const unavailable = new Set<string>();
  for (const a of ctx.db
    .prepare(
      "SELECT iso3, replacement_iso3 FROM list_amendments WHERE deleted = 0 AND list_id = ? AND status = 'proposed'",
    )
    .all(list.id) as { iso3: string; replacement_iso3: string | null }[]) {
    unavailable.add(a.iso3);
    if (a.replacement_iso3) unavailable.add(a.replacement_iso3);
  }
  for (const r of ctx.db
    .prepare(
      "SELECT iso3 FROM consent_requests WHERE deleted = 0 AND list_year = ? AND reply IN ('declined', 'withdrawn')",
    )
    .all(list.year) as { iso3: string }[])
    unavailable.add(r.iso3);
  const perRegion = new Map<string, number>();
  for (const e of list.entries)
    if (e.selection === 'selected') perRegion.set(e.region, (perRegion.get(e.region) ?? 0) + 1);
  const regionMax = list.constraints.regionMax ?? {};
  const fits = (region: string) =>
    region === leaving.region ||
    regionMax[region] === undefined ||
    (perRegion.get(region) ?? 0) < regionMax[region]!;
  const best = list.entries
    .filter((e) => e.selection === 'reserve' && !unavailable.has(e.iso3) && fits(e.region))
    .sort((a, b) => a.rank - b.rank)[0];
  return best
    ? {
        iso3: best.iso3,
        stateName: best.name,
        region: best.region,
        rank: best.rank,
        score: best.score,
        consentRequestId,
      }
    : null;
}
