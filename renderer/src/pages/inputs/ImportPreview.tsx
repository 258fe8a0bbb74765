// The preview of a checked file: totals, problems with the file as a whole, and every line with
// what was matched and what is wrong, with the means to leave lines out explicitly.
import { useMemo, useState } from 'react';
import type { ImportFinding, ImportSuggestion } from '../../../../shared/api/types';
import type { CheckedImport, CheckedRow, Finding } from '../../../../shared/import';
import type { Text } from '../../../../shared/messages';
import { DataTable, type Column } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { EmptyState } from '../../components/EmptyState';
import { Facts } from '../../components/Facts';
import { OptionSelect } from '../../components/OptionSelect';
import { Tag } from '../../components/Tag';
import { formatNumber, sayCore, t } from '../../i18n';
import type { FileLayout } from './useIndicatorFile';

type Exclude = (lines: number[], excluded: boolean) => void;
type Confirm = (written: string, iso3: string | null) => void;
type Filter = 'all' | 'errors' | 'warnings' | 'excluded';

const hasSeverity = (r: CheckedRow, severity: Finding['severity']) =>
  r.findings.some((f) => f.severity === severity);
const SHOWN: Record<Filter, (r: CheckedRow) => boolean> = {
  all: () => true,
  errors: (r) => !r.excluded && hasSeverity(r, 'error'),
  warnings: (r) => !r.excluded && hasSeverity(r, 'warning'),
  excluded: (r) => r.excluded,
};

/** A finding's message: a Text of the preview's own check, or as the server said it. */
const said = (message: Text | string) => (typeof message === 'string' ? message : sayCore(message));

export function FindingText({
  finding,
}: {
  finding: Pick<ImportFinding, 'severity'> & { message: Text | string };
}) {
  const error = finding.severity === 'error';
  return (
    <div>
      <Tag tone={error ? 'danger' : 'warning'}>
        {t(error ? 'inputs.import.error' : 'inputs.import.warning')}
      </Tag>{' '}
      {said(finding.message)}
    </div>
  );
}

function previewColumns(onExclude: Exclude, disabled: boolean): Column<CheckedRow>[] {
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
  layout,
  onExclude,
  onConfirm,
  disabled,
}: {
  checked: CheckedImport;
  layout: FileLayout;
  onExclude: Exclude;
  onConfirm: Confirm;
  disabled: boolean;
}) {
  const [filter, setFilter] = useState<Filter>(checked.errors > 0 ? 'errors' : 'all');
  const columns = useMemo(() => previewColumns(onExclude, disabled), [onExclude, disabled]);
  const counts = useMemo(
    () =>
      Object.fromEntries(
        (Object.keys(SHOWN) as Filter[]).map((f) => [
          f,
          new Set(checked.rows.filter(SHOWN[f]).map((r) => r.line)).size,
        ]),
      ) as Record<Filter, number>,
    [checked],
  );
  const shown = useMemo(() => checked.rows.filter(SHOWN[filter]), [checked, filter]);
  const errorLines = useMemo(
    () => [...new Set(checked.rows.filter(SHOWN.errors).map((r) => r.line))],
    [checked],
  );
  const excludedLines = useMemo(
    () => [...new Set(checked.rows.filter(SHOWN.excluded).map((r) => r.line))],
    [checked],
  );

  return (
    <>
      {layout.years && (
        <p className="note">
          {t('inputs.import.wide', {
            from: layout.years.from,
            to: layout.years.to,
            values: formatNumber(checked.rows.length),
            missing: formatNumber(layout.missing),
          })}
        </p>
      )}
      <Facts
        variant="stats"
        items={[
          [t('inputs.import.linesRead'), formatNumber(Math.max(layout.lines, checked.lines))],
          ...(layout.years
            ? [
                [t('inputs.import.valuesRead'), formatNumber(checked.rows.length)] as [
                  string,
                  string,
                ],
              ]
            : []),
          [t('inputs.import.aggregates'), formatNumber(checked.aggregates)],
          [t('inputs.import.nonMembers'), formatNumber(checked.nonMembers)],
          [t('inputs.import.linesWithErrors'), formatNumber(counts.errors)],
          [t('inputs.import.linesWithWarnings'), formatNumber(counts.warnings)],
          [t('inputs.import.linesExcluded'), formatNumber(counts.excluded)],
          [
            t('inputs.import.valuesToImport'),
            formatNumber(checked.byIndicator.reduce((n, b) => n + b.values, 0)),
          ],
        ]}
      />
      <FileFindings findings={checked.fileFindings} />
      <Suggestions suggestions={checked.suggestions} onConfirm={onConfirm} disabled={disabled} />
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
            {checked.notMemberLines.length > 0 && (
              <button
                type="button"
                onClick={() => onExclude(checked.notMemberLines, true)}
                disabled={disabled}
              >
                {t('inputs.import.excludeNotMembers', { count: checked.notMemberLines.length })}
              </button>
            )}
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
              rowKey={(r) => `${r.line}|${r.asOf ?? ''}|${r.indicator}`}
              initialSort={{ column: 'line', direction: 'ascending' }}
            />
          )}
        </>
      )}
    </>
  );
}

/** Names close to one Member State's: each is read as that State only once the user confirms it. */
function Suggestions({
  suggestions,
  onConfirm,
  disabled,
}: {
  suggestions: ImportSuggestion[];
  onConfirm: Confirm;
  disabled: boolean;
}) {
  if (suggestions.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="import-suggestions-title">
      <h4 id="import-suggestions-title" className="panel-title">
        {t('inputs.import.suggestionsTitle', { count: suggestions.length })}
      </h4>
      <p>{t('inputs.import.suggestionsIntro')}</p>
      <ul>
        {suggestions.map((s) => (
          <li key={s.written}>
            {t(s.confirmed ? 'inputs.import.suggestionConfirmed' : 'inputs.import.suggestion', {
              written: s.written,
              name: s.name,
              iso3: s.iso3,
              lines: s.lines.join(', '),
              count: s.lines.length,
            })}{' '}
            <button
              type="button"
              disabled={disabled}
              onClick={() => onConfirm(s.written, s.confirmed ? null : s.iso3)}
              aria-label={t(
                s.confirmed ? 'inputs.import.unconfirmLabel' : 'inputs.import.confirmLabel',
                { written: s.written, name: s.name },
              )}
            >
              {t(s.confirmed ? 'inputs.import.unconfirm' : 'inputs.import.confirm')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Problems with the file as a whole: errors stop the import, warnings only inform. */
function FileFindings({ findings }: { findings: Finding[] }) {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return (
    <>
      {errors.map((f, i) => (
        <p key={`e${i}`} className="form-summary" role="alert">
          <span aria-hidden="true">⚠ </span>
          {sayCore(f.message)}
        </p>
      ))}
      {warnings.map((f, i) => (
        <p key={`w${i}`} className="note">
          <span aria-hidden="true">! </span>
          {sayCore(f.message)}
        </p>
      ))}
    </>
  );
}
