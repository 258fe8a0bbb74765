import { useMemo } from 'react';
import type { Column } from '../../components/DataTable';
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';

/** Member State names by ISO3, for tables of records that carry only the code. */
export function useStateNames(): Map<string, string> {
  const states = useApi('states.list', {});
  const data = states.status === 'ready' ? states.data : null;
  return useMemo(() => new Map((data ?? []).map((s) => [s.iso3, s.name])), [data]);
}

export function stateColumn<R extends { iso3: string }>(names: Map<string, string>): Column<R> {
  const name = (r: R) => names.get(r.iso3) ?? r.iso3;
  return { id: 'state', header: t('col.state'), cell: name, sortValue: name };
}

/** A select of the States that occur in a list, to show only one of them. */
export function StateFilter({
  iso3s,
  names,
  value,
  onChange,
}: {
  iso3s: string[];
  names: Map<string, string>;
  value: string;
  onChange: (iso3: string) => void;
}) {
  const options = [...new Set(iso3s)]
    .map((iso3) => [iso3, names.get(iso3) ?? iso3] as const)
    .sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <div className="filters">
      <label className="filter">
        {t('filter.state')}
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('filter.allStates')}</option>
          {options.map(([iso3, name]) => (
            <option key={iso3} value={iso3}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
