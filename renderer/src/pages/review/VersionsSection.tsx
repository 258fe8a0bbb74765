import { useMemo, useState } from 'react';
import type { ListVersionSummary } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { pickColumns } from '../../columns/pick';
import { AsyncView } from '../../components/AsyncView';
import { DataTable } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { ExportButtons } from '../../components/ExportButtons';
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';
import { DiffView } from './DiffView';

/** Every adopted version of the list, and a side-by-side comparison of any two. */
export function VersionsSection({
  year,
  nameOf,
}: {
  year: number;
  nameOf: (iso3: string) => string;
}) {
  const versions = useApi('plan.versions', { year });
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('review.versions')}</h2>
      <AsyncView
        state={versions}
        empty={{ when: (v) => v.length === 0, message: t('review.noVersions') }}
      >
        {(all) => <VersionHistory year={year} versions={all} nameOf={nameOf} />}
      </AsyncView>
    </section>
  );
}

function VersionHistory({
  year,
  versions,
  nameOf,
}: {
  year: number;
  versions: ListVersionSummary[];
  nameOf: (iso3: string) => string;
}) {
  const latest = versions.at(-1)!.version;
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const shownFrom = from ?? Math.max(1, latest - 1);
  const shownTo = to ?? latest;
  const columns = useMemo(
    () =>
      pickColumns<ListVersionSummary, 'version' | 'decidedOn' | 'decisionRef' | 'states'>({
        version: {
          header: t('planning.version'),
          cell: (v) => v.version,
          sortValue: (v) => v.version,
          numeric: true,
        },
        decidedOn: {
          header: t('review.decidedOn'),
          cell: (v) => <DateText date={v.decidedOn} />,
          sortValue: (v) => v.decidedOn,
        },
        decisionRef: {
          header: t('review.col.decisionRef'),
          cell: (v) => v.decisionRef ?? t('common.none'),
        },
        states: {
          header: t('review.col.statesCount'),
          cell: (v) => v.states.length,
          sortValue: (v) => v.states.length,
          numeric: true,
        },
      }),
    [],
  );
  const versionPicker = (label: string, value: number, onChange: (v: number) => void) => (
    <label className="filter">
      {label}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            {t('planning.versionN', { version: v.version })}
          </option>
        ))}
      </select>
    </label>
  );
  const summary = (v: number) => versions.find((x) => x.version === v)!;
  return (
    <>
      <DataTable
        caption={t('review.versions')}
        columns={columns}
        rows={versions}
        rowKey={(v) => String(v.version)}
        initialSort={{ column: 'version', direction: 'descending' }}
      />
      <h3>{t('review.compare')}</h3>
      {versions.length < 2 ? (
        <p className="field-hint">{t('review.onlyOneVersion')}</p>
      ) : (
        <>
          <div className="filters">
            {versionPicker(t('review.compareFrom'), shownFrom, setFrom)}
            {versionPicker(t('review.compareTo'), shownTo, setTo)}
          </div>
          {shownFrom === shownTo ? (
            <p className="field-hint">{t('review.sameVersion')}</p>
          ) : (
            <>
              <DiffView
                year={year}
                from={summary(shownFrom)}
                to={summary(shownTo)}
                nameOf={nameOf}
              />
              <ExportButtons
                title={t('review.exportDiff')}
                choices={(['csv', 'xlsx'] as const).map((format) => ({
                  label: t(`export.${format}`),
                  make: () => call('exports.diff', { year, from: shownFrom, to: shownTo, format }),
                }))}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
