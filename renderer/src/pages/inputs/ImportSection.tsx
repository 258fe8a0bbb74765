// Import of indicator values: choose a file, see it checked line by line, leave out bad lines
// explicitly if need be, confirm the replacement of values already held, and import — all or nothing.
import { useId, useState, type ChangeEvent } from 'react';
import type { ImportFinding, ImportResult } from '../../../../shared/api/types';
import { describeFinding } from '../../../../shared/import';
import { call, type ApiCallError } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { Loading } from '../../components/AsyncView';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Field } from '../../components/Field';
import { useAction } from '../../data/useAction';
import { formatNumber, t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { FindingText, ImportPreview } from './ImportPreview';
import { RoleNote } from '../../components/RoleNote';
import { useIndicatorFile, type FileStage } from './useIndicatorFile';

/** How many problems of a refused import, or values about to be replaced, are listed. */
const LISTED = 50;

export function ImportSection() {
  const mayImport = useMayCall('indicators.import');
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('inputs.import.title')}</h2>
      <p>{t('inputs.import.intro')}</p>
      {mayImport ? <Importer /> : <RoleNote what={t('inputs.import.what')} />}
    </section>
  );
}

function Importer() {
  const file = useIndicatorFile();
  const action = useAction();
  const [toReplace, setToReplace] = useState<ImportFinding[] | null>(null);
  const [imported, setImported] = useState<{ fileName: string; result: ImportResult } | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    action.reset();
    setToReplace(null);
    setImported(null);
    if (chosen) void file.choose(chosen);
    else file.reset();
  };

  const commit = async () => {
    const request = file.request();
    if (!request) return;
    setToReplace(null);
    const result = await action.run(() => call('indicators.import', request));
    if (!result) return;
    setImported({ fileName: request.fileName, result });
    file.reset();
    setInputKey((k) => k + 1);
  };

  /** A dry run first: values that would replace others are shown for confirmation. */
  const start = async () => {
    const request = file.request();
    if (!request) return;
    const dry = await action.run(
      () => call('indicators.import', { ...request, dryRun: true }),
      undefined,
      false,
    );
    if (!dry) return;
    if (dry.warnings > 0) setToReplace(dry.findings.filter((f) => f.severity === 'warning'));
    else await commit();
  };

  return (
    <div className="form-section">
      <Field label={t('inputs.import.file')} hint={t('inputs.import.fileHint')}>
        <input
          key={inputKey}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={choose}
        />
      </Field>
      <FileProgress stage={file.stage} />
      {file.stage.stage === 'checked' && (
        <>
          <h3>{t('inputs.import.previewTitle', { file: file.stage.fileName })}</h3>
          <ImportPreview
            key={file.stage.fileName}
            checked={file.stage.checked}
            layout={file.stage.layout}
            onExclude={file.exclude}
            onConfirm={file.confirm}
            disabled={action.busy}
          />
          <ImportButton
            errors={file.stage.checked.errors}
            values={file.stage.checked.rows.length - file.stage.checked.excluded}
            busy={action.busy || toReplace !== null}
            onImport={start}
          />
        </>
      )}
      {toReplace && (
        <ReplaceConfirmation
          findings={toReplace}
          onConfirm={commit}
          onCancel={() => setToReplace(null)}
        />
      )}
      <ActionStatus action={action} />
      <RefusedFindings error={action.error} />
      {imported && <ImportSummary {...imported} />}
    </div>
  );
}

function FileProgress({ stage }: { stage: FileStage }) {
  const id = useId();
  switch (stage.stage) {
    case 'reading':
      return <Loading />;
    case 'checking':
      return (
        <div className="field">
          <label htmlFor={id}>
            {t('inputs.import.checking', {
              done: formatNumber(stage.done),
              total: formatNumber(stage.total),
            })}
          </label>
          <progress id={id} value={stage.done} max={stage.total} />
        </div>
      );
    case 'failed':
      return <ErrorPanel error={stage.error} />;
    default:
      return null;
  }
}

function ImportButton({
  errors,
  values,
  busy,
  onImport,
}: {
  errors: number;
  values: number;
  busy: boolean;
  onImport: () => void;
}) {
  const why = useId();
  const blocked = errors > 0 || values === 0;
  return (
    <>
      <p id={why} className={errors > 0 ? 'form-summary' : 'result-count'} role="status">
        {errors > 0
          ? t('inputs.import.blocked', { count: errors })
          : t('inputs.import.ready', { count: values })}
      </p>
      <button
        type="button"
        className="primary"
        disabled={blocked || busy}
        aria-describedby={why}
        onClick={onImport}
      >
        {t('inputs.import.submit', { count: values })}
      </button>
    </>
  );
}

function ReplaceConfirmation({
  findings,
  onConfirm,
  onCancel,
}: {
  findings: ImportFinding[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="panel" role="alertdialog" aria-labelledby="replace-title">
      <h3 id="replace-title" className="panel-title">
        {t('inputs.import.replaceTitle', { count: findings.length })}
      </h3>
      <FindingList findings={findings} />
      <button type="button" className="primary" onClick={onConfirm} autoFocus>
        {t('inputs.import.replaceConfirm')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('inputs.cancel')}
      </button>
    </div>
  );
}

/** The server's own findings when it refused the file (it checks every row again). */
function RefusedFindings({ error }: { error: ApiCallError | null }) {
  if (error?.code !== 'VALIDATION' || !Array.isArray(error.details)) return null;
  const findings = (error.details as ImportFinding[]).filter(
    (f) => typeof f?.message === 'string' && f.severity === 'error',
  );
  return findings.length ? <FindingList findings={findings} /> : null;
}

function FindingList({ findings }: { findings: ImportFinding[] }) {
  return (
    <>
      <ul>
        {findings.slice(0, LISTED).map((f, i) => (
          <li key={i}>
            <FindingText finding={{ ...f, message: describeFinding(f) }} />
          </li>
        ))}
      </ul>
      {findings.length > LISTED && (
        <p>{t('inputs.import.andMore', { count: findings.length - LISTED })}</p>
      )}
    </>
  );
}

function ImportSummary({ fileName, result }: { fileName: string; result: ImportResult }) {
  return (
    <div className="panel panel-success" role="status">
      <h3 className="panel-title">
        <span aria-hidden="true">✓ </span>
        {t('inputs.import.done', { count: formatNumber(result.imported), file: fileName })}
      </h3>
      <ul>
        {result.byIndicator.map((b) => (
          <li key={b.key}>
            {t('inputs.import.perIndicator', { key: b.key, count: formatNumber(b.values) })}
          </li>
        ))}
      </ul>
      {result.warnings > 0 && <p>{t('inputs.import.replaced', { count: result.warnings })}</p>}
      {result.excluded > 0 && <p>{t('inputs.import.excludedCount', { count: result.excluded })}</p>}
    </div>
  );
}
