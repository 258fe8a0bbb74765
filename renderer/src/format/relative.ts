// A date as people say it relative to today: "today", "in 3 days", "5 days ago" (never "in 0 days").
import { daysBetween } from '../../../shared/domain/dates';
import { today } from './dates';
import { daysFromToday } from './days';

export function relativeDay(date: string, from: string = today()): string {
  return daysFromToday(daysBetween(from, date));
}
