// The preview of a checked file: totals, problems with the file as a whole, and every line with
// what was matched and what is wrong, with the means to leave lines out explicitly.
import { useMemo, useState } from 'react';
import type { ImportFinding, ImportRowPreview } from '../../../../shared/api/types';
import type { CheckedImport } from '../../../../shared/import';
import { DataTable, type Column } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { EmptyState } from '../../components/EmptyState';
import { Facts } from '../../components/Facts';
import { OptionSelect } from '../../components/OptionSelect';
import { Tag } from '../../components/Tag';
import { formatNumber, t } from '../../i18n';

type Exclude = (lines: number[], excluded: boolean) => void;
type Filter = 'all' | 'errors' | 'warnings' | 'excluded';

const hasSeverity = (r: ImportRowPreview, severity: ImportFinding['severity']) =>
  r.findings.some((f) => f.severity === severity);
const SHOWN: Record<Filter, (r: ImportRowPreview) => boolean> = {
  all: () => true,
  errors: (r) => !r.excluded && hasSeverity(r, 'error'),
  warnings: (r) => !r.excluded && hasSeverity(r, 'warning'),
  excluded: (r) => r.excluded,
};

export function FindingText({ finding }: { finding: ImportFinding }) {
  const error = finding.severity === 'error';
  return (
    <div>
      <Tag tone={error ? 'danger' : 'warning'}>
        {t(error ? 'inputs.import.error' : 'inputs.import.warning')}
      </Tag>{' '}
      {finding.message}
    </div>
  );
}

function previewColumns(onExclude: Exclude, disabled: boolean): Column<ImportRowPreview>[] {
  return [
    {
      id: 'exclude',
      header: t('inputs.import.col.exclude'),
      cell: (r) => (
        <input
          type="checkbox"
          checked={r.excluded}
          disabled={disabled}
          onChange={(e) => onExclude([r.line], e.target.checked)}
          aria-label={t('inputs.import.excludeLine', { line: r.line })}
        />
      ),
      sortValue: (r) => (r.excluded ? 1 : 0),
    },
    {
      id: 'line',
      header: t('inputs.import.col.line'),
      cell: (r) => r.line,
      sortValue: (r) => r.line,
      numeric: true,
    },
    {
      id: 'written',
      header: t('inputs.import.col.written'),
      cell: (r) => r.state,
      sortValue: (r) => r.state,
    },
    {
      id: 'state',
      header: t('col.state'),
      cell: (r) => (r.iso3 ? `${r.stateName} (${r.iso3})` : t('common.none')),
      sortValue: (r) => r.stateName,
    },
    {
      id: 'indicator',
      header: t('col.indicator'),
      cell: (r) => r.indicator,
      sortValue: (r) => r.indicator,
    },
    {
      id: 'asOf',
      header: t('col.asOf'),
      cell: (r) => <DateText date={r.asOf} />,
      sortValue: (r) => r.asOf,
    },
    {
      id: 'value',
      header: t('col.value'),
      cell: (r) => (r.value === null ? t('common.none') : formatNumber(r.value)),
      sortValue: (r) => r.value,
      numeric: true,
    },
    {
      id: 'findings',
      header: t('inputs.import.col.findings'),
      cell: (r) =>
        r.findings.length ? (
          r.findings.map((f, i) => <FindingText key={i} finding={f} />)
        ) : (
          <Tag tone="success">{t('inputs.import.ok')}</Tag>
        ),
      sortValue: (r) => (hasSeverity(r, 'error') ? 0 : hasSeverity(r, 'warning') ? 1 : 2),
    },
  ];
}

export function ImportPreview({
  checked,
  onExclude,
  disabled,
}: {
  checked: CheckedImport;
  onExclude: Exclude;
  disabled: boolean;
}) {
  const [filter, setFilter] = useState<Filter>(checked.errors > 0 ? 'errors' : 'all');
  const columns = useMemo(() => previewColumns(onExclude, disabled), [onExclude, disabled]);
  const counts = useMemo(
    () =>
      Object.fromEntries(
        (Object.keys(SHOWN) as Filter[]).map((f) => [f, checked.rows.filter(SHOWN[f]).length]),
      ) as Record<Filter, number>,
    [checked],
  );
  const shown = useMemo(() => checked.rows.filter(SHOWN[filter]), [checked, filter]);
  const errorLines = useMemo(() => checked.rows.filter(SHOWN.errors).map((r) => r.line), [checked]);
  const excludedLines = useMemo(
    () => checked.rows.filter(SHOWN.excluded).map((r) => r.line),
    [checked],
  );

  return (
    <>
      <Facts
        variant="stats"
        items={[
          [t('inputs.import.linesRead'), formatNumber(checked.rows.length)],
          [t('inputs.import.linesWithErrors'), formatNumber(counts.errors)],
          [t('inputs.import.linesWithWarnings'), formatNumber(counts.warnings)],
          [t('inputs.import.linesExcluded'), formatNumber(checked.excluded)],
          [
            t('inputs.import.valuesToImport'),
            formatNumber(checked.byIndicator.reduce((n, b) => n + b.values, 0)),
          ],
        ]}
      />
      <FileFindings findings={checked.fileFindings} />
      {checked.rows.length > 0 && (
        <>
          <div className="filters">
            <label className="filter">
              {t('inputs.import.show')}
              <OptionSelect
                value={filter}
                options={Object.keys(SHOWN) as Filter[]}
                label={(f) =>
                  t('filter.withCount', { label: t(`inputs.import.filter.${f}`), count: counts[f] })
                }
                onChange={setFilter}
              />
            </label>
            {errorLines.length > 0 && (
              <button type="button" onClick={() => onExclude(errorLines, true)} disabled={disabled}>
                {t('inputs.import.excludeErrors', { count: errorLines.length })}
              </button>
            )}
            {excludedLines.length > 0 && (
              <button
                type="button"
                onClick={() => onExclude(excludedLines, false)}
                disabled={disabled}
              >
                {t('inputs.import.includeAll', { count: excludedLines.length })}
              </button>
            )}
          </div>
          {shown.length === 0 ? (
            <EmptyState>{t(`inputs.import.none.${filter}`)}</EmptyState>
          ) : (
            <DataTable
              caption={t('inputs.import.previewCaption')}
              columns={columns}
              rows={shown}
              rowKey={(r) => String(r.line)}
              initialSort={{ column: 'line', direction: 'ascending' }}
            />
          )}
        </>
      )}
    </>
  );
}

/** Problems with the file as a whole: errors stop the import, warnings only inform. */
function FileFindings({ findings }: { findings: ImportFinding[] }) {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return (
    <>
      {errors.map((f, i) => (
        <p key={`e${i}`} className="form-summary" role="alert">
          <span aria-hidden="true">⚠ </span>
          {f.message}
        </p>
      ))}
      {warnings.map((f, i) => (
        <p key={`w${i}`} className="note">
          <span aria-hidden="true">! </span>
          {f.message}
        </p>
      ))}
    </>
  );
}
