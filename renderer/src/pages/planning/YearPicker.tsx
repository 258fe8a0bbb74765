import { yearChoices } from '../../components/YearFilter';
import { t } from '../../i18n';
import { usePlan } from '../../stores/plan';

const YEARS_AHEAD = 5;

/** The list year, shared by Planning, Review and Schedule. */
export function YearPicker() {
  const year = usePlan((s) => s.year);
  const setYear = usePlan((s) => s.setYear);
  return (
    <div className="filters">
      <label className="filter">
        {t('planning.year')}
        <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {yearChoices(year, YEARS_AHEAD).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
