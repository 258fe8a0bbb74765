// A page's choice of year (the Consent and Committee pages, Planning's list year).
import { thisYear } from '../format/dates';

const FIRST_YEAR = 2005;

/** The years offered, latest first: 2005 to `ahead` years after this one (or `year`, if later). */
export function yearChoices(year: number, ahead: number): number[] {
  const last = Math.max(thisYear() + ahead, year);
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
}

/** The year select among a page's filters. */
export function YearFilter({
  id,
  label,
  year,
  ahead,
  onChange,
}: {
  id: string;
  label: string;
  year: number;
  /** How many years after this one are offered. */
  ahead: number;
  onChange: (year: number) => void;
}) {
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {yearChoices(year, ahead).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
