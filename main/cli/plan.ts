// `cted-planner plan build|diff`: the OP 12 list on the command line, through the dispatcher.
import type { ListDiff, PlanResult } from '../../shared/api/types';
import { refusalInWords } from '../../shared/domain/consent';
import { FACTOR_LABELS } from '../../shared/domain/scoring';

/** The ranked list as text: one line per State with its three strongest factors. */
export function formatPlan(plan: PlanResult): string {
  const lines = [
    `Risk-based visit list ${plan.year} (as of ${plan.asOf}), methodology ${plan.methodology.name} v${plan.methodology.version}, capacity ${plan.capacity}, reserve ${plan.reserveSize}`,
    '',
    `${'Rank'.padStart(4)}  ${'State'.padEnd(34)} ${'Score'.padStart(6)}  ${'List'.padEnd(8)} ${'Kind'.padEnd(14)} Top factors`,
  ];
  for (const e of plan.entries) {
    const top = [...e.breakdown]
      .filter((b) => b.points > 0)
      .sort((a, b) => b.points - a.points)
      .slice(0, 3)
      .map((b) => `${FACTOR_LABELS[b.factor]} ${b.points.toFixed(1)}${b.imputed ? '*' : ''}`)
      .join(', ');
    const list = e.selected ? 'selected' : e.reserve ? 'reserve' : '';
    lines.push(
      `${String(e.rank).padStart(4)}  ${`${e.name} (${e.iso3})`.slice(0, 34).padEnd(34)} ${e.score.toFixed(2).padStart(6)}  ${list.padEnd(8)} ${e.proposedKind.padEnd(14)} ${top}${e.selectionNote ? ` [${e.selectionNote}]` : ''}`,
    );
  }
  lines.push('', '* estimated (imputed) value');
  return lines.join('\n');
}

export function formatDiff(diff: ListDiff, names: Map<string, string>): string {
  const name = (iso3: string) => `${names.get(iso3) ?? iso3} (${iso3})`;
  const lines = [`Changes from version ${diff.from} to version ${diff.to}:`];
  const why = (iso3: string) => {
    const r = diff.reasons.find((x) => x.iso3 === iso3);
    if (!r) return '';
    return ` — ${r.consentRefusal ? refusalInWords(r.consentRefusal) : r.rationale} (${r.decisionRef ?? 'approved'}${r.decidedOn ? `, ${r.decidedOn}` : ''})`;
  };
  for (const iso3 of diff.added) lines.push(`  + added    ${name(iso3)}${why(iso3)}`);
  for (const iso3 of diff.removed) lines.push(`  - removed  ${name(iso3)}${why(iso3)}`);
  for (const c of diff.changed)
    lines.push(
      `  ~ changed  ${name(c.iso3)}: ${c.field} ${c.before ?? '—'} → ${c.after ?? '—'}${why(c.iso3)}`,
    );
  if (lines.length === 1) lines.push('  no changes');
  return lines.join('\n');
}
