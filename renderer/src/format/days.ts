import { formatNumber, t } from '../i18n';

/** Days from today in words: "today", "tomorrow", "yesterday", "in 3 days", "1,233 days ago". */
export function daysFromToday(days: number): string {
  if (days === 0) return t('when.today');
  if (days === 1) return t('when.tomorrow');
  if (days === -1) return t('when.yesterday');
  const count = Math.abs(days);
  return t(days > 0 ? 'when.inDays' : 'when.daysAgo', { count, days: formatNumber(count) });
}
