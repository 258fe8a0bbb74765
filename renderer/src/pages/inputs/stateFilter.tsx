import { useMemo } from 'react';
import { DataTable, type Column, type SortOrder } from '../../components/DataTable';
import { OptionSelect } from '../../components/OptionSelect';
import { useApi } from '../../data/useAsync';
import { compareNames, t } from '../../i18n';
import { useQueryParam } from '../../router';

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

/**
 * A table of records about States, with a search and a select of the States that occur in it to
 * show only one; the address keeps both, and the sort, under `addressKey`.
 */
export function StateFilteredTable<R extends { id: string; iso3: string }>({
  caption,
  all,
  names,
  columns,
  initialSort,
  addressKey,
}: {
  caption: string;
  all: R[];
  names: Map<string, string>;
  columns: Column<R>[];
  initialSort: SortOrder;
  addressKey: string;
}) {
  const [iso3, setIso3] = useQueryParam(`${addressKey}.state`);
  const shown = useMemo(() => all.filter((r) => !iso3 || r.iso3 === iso3), [all, iso3]);
  const nameOf = (code: string) => names.get(code) ?? code;
  const options = [...new Set(all.map((r) => r.iso3))].sort((a, b) =>
    compareNames(nameOf(a), nameOf(b)),
  );
  return (
    <>
      <div className="filters">
        <label className="filter">
          {t('filter.state')}
          <OptionSelect
            value={iso3}
            options={options}
            label={nameOf}
            emptyOption={t('filter.allStates')}
            onChange={setIso3}
          />
        </label>
      </div>
      <DataTable
        caption={caption}
        columns={columns}
        rows={shown}
        rowKey={(r) => r.id}
        initialSort={initialSort}
        emptyMessage={t('common.noMatch')}
        search
        addressKey={addressKey}
      />
    </>
  );
}
