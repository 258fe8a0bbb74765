import { thisYear } from '../../format/dates';
import { t } from '../../i18n';
import { usePlan } from '../../stores/plan';

const FIRST_YEAR = 2005;
const YEARS_AHEAD = 5;

/** The list year, shared by Planning, Review and Schedule. */
export function YearPicker() {
  const year = usePlan((s) => s.year);
  const setYear = usePlan((s) => s.setYear);
  const last = Math.max(thisYear() + YEARS_AHEAD, year);
  const years = Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
  return (
    <div className="filters">
      <label className="filter">
        {t('planning.year')}
        <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
