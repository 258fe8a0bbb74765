// Conflicts in words: which record, which field, what each side holds, who made it and when.
import type { ConflictSide, SyncConflict } from '../../../../../shared/api/types';
import { formatDate, formatInstant, t, type MessageKey } from '../../../i18n';

/** The kinds of records people meet in the app; other tables go by their own name. */
const TABLE_NAMES: Partial<Record<string, MessageKey>> = {
  visits: 'conflicts.table.visits',
  recommendations: 'conflicts.table.recommendations',
  recommendation_updates: 'conflicts.table.recommendation_updates',
  assessment_reports: 'conflicts.table.assessment_reports',
  consent_requests: 'conflicts.table.consent_requests',
  signals: 'conflicts.table.signals',
  state_requests: 'conflicts.table.state_requests',
  technical_assistance: 'conflicts.table.technical_assistance',
  followups: 'conflicts.table.followups',
  field_meetings: 'conflicts.table.field_meetings',
  field_observations: 'conflicts.table.field_observations',
  field_findings: 'conflicts.table.field_findings',
  status_proposals: 'conflicts.table.status_proposals',
  visit_parts: 'conflicts.table.visit_parts',
};

const SUMMARY_LENGTH = 120;

export function tableName(table: string): string {
  const key = TABLE_NAMES[table];
  return key ? t(key) : table;
}

/** "Visit · Kenya · 3 Mar 2026 to 7 Mar 2026" or "Signal · Kenya · 1 Oct 2026 · “Border post…”". */
export function recordLabel(c: SyncConflict): string {
  const { stateName, summary, from, to } = c.record;
  const dates = !from
    ? null
    : to && to !== from
      ? t('common.dateRange', { from: formatDate(from), to: formatDate(to) })
      : formatDate(from);
  const quoted =
    summary &&
    t('conflicts.quoted', {
      text: summary.length > SUMMARY_LENGTH ? `${summary.slice(0, SUMMARY_LENGTH)}…` : summary,
    });
  const parts = [stateName, dates, quoted].filter((p): p is string => Boolean(p));
  return parts.length
    ? [tableName(c.table), ...parts].join(' · ')
    : t('conflicts.unknownRecord', { table: tableName(c.table), id: c.rowId });
}

/** A column's name in words: "start_date" → "Start date". */
export function fieldLabel(column: string): string {
  const words = column.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A value as a person reads it: a list (stored as a JSON array of texts, e.g. agencies met) as its
 * items joined by semicolons, other text as it is, and an empty field said in words.
 */
export function valueText(value: string | null): string {
  if (value === null || value === '') return t('conflicts.emptyValue');
  if (value.startsWith('[')) {
    try {
      const items: unknown = JSON.parse(value);
      if (Array.isArray(items) && items.every((i) => typeof i === 'string'))
        return items.length === 0 ? t('conflicts.emptyValue') : items.join('; ');
    } catch {
      // Not a list after all: shown as it is.
    }
  }
  return value;
}

/** "N. Haddad at this installation, 29 Nov 2026 12:00". */
export function authorship(side: ConflictSide): string {
  return t('conflicts.madeBy', {
    who: side.authorName ?? t('common.unknown'),
    where: side.siteName ?? side.siteId ?? t('common.unknown'),
    when: side.at ? formatInstant(Date.parse(side.at)) : t('common.unknown'),
  });
}
