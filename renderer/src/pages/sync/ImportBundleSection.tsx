// "Import a bundle": checked whole (signature, trusted key, passphrase, every change) and applied
// in one go, or refused with the reason and nothing applied. The summary says what it brought and
// leads to the conflicts it found.
import { useState, type FormEvent } from 'react';
import type { BundleImport } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Facts } from '../../components/Facts';
import { FormFailure } from '../../components/FormFailure';
import { addProblems, useFormCheck, type Problems } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { RoleNote } from '../../components/RoleNote';
import { useAction } from '../../data/useAction';
import { t } from '../../i18n';
import { conflictsHref } from '../../router';
import { useMayCall } from '../../stores/session';
import { readAsBase64 } from './bundleFile';

const FIELDS = ['bundle', 'passphrase'] as const;

export function ImportBundleSection() {
  const mayImport = useMayCall('sync.importBundle');
  return (
    <section aria-labelledby="sync-import">
      <h2 id="sync-import">{t('sync.import')}</h2>
      <p>{t('sync.importIntro')}</p>
      {mayImport ? <ImportBundleForm /> : <RoleNote what={t('sync.importWhat')} />}
    </section>
  );
}

function ImportBundleForm() {
  const action = useAction();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [imported, setImported] = useState<BundleImport | null>(null);
  const problems: Problems = {};
  if (!file) addProblems(problems, 'bundle', [t('sync.chooseFile')]);
  if (!passphrase) addProblems(problems, 'passphrase', [t('sync.enterPassphrase')]);
  const check = useFormCheck(problems, action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setImported(null);
    if (!check.submit() || !file) return action.reset();
    const done = await action.run(async () =>
      call('sync.importBundle', { bundle: await readAsBase64(file), passphrase }),
    );
    if (done) setImported(done);
  };
  return (
    <form className="form-section" onSubmit={(e) => void submit(e)} noValidate>
      {action.error && !action.error.fieldMessages.length ? (
        // The bundle was refused whole: the server's reason, which says that nothing was applied.
        <p className="form-summary" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('sync.refused')} {action.error.message}
        </p>
      ) : (
        <FormFailure check={check} error={action.error} fields={FIELDS} />
      )}
      <Field
        label={t('sync.bundleFile')}
        hint={t('sync.bundleFileHint')}
        problems={check.shown('bundle')}
      >
        <input
          type="file"
          accept=".ctedsync"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            check.changed('bundle');
          }}
        />
      </Field>
      <InputField
        label={t('sync.bundlePassphrase')}
        hint={t('sync.importPassphraseHint')}
        type="password"
        check={check}
        field="passphrase"
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="off"
      />
      <div className="button-row">
        <button type="submit" className="primary" disabled={action.busy}>
          {action.busy ? t('sync.importing') : t('sync.importButton')}
        </button>
      </div>
      <p className="action-status" role="status">
        {action.busy && t('action.working')}
      </p>
      {imported && <ImportSummary imported={imported} />}
    </form>
  );
}

function ImportSummary({ imported: i }: { imported: BundleImport }) {
  return (
    <div className="panel panel-success" role="status">
      <h3 className="panel-title">{t('sync.importedFrom', { name: i.from.name })}</h3>
      <Facts
        variant="stats"
        items={[
          [t('sync.changes'), i.changes],
          [t('sync.applied'), i.applied],
          [t('sync.alreadyHad'), i.alreadyHad],
          [t('sync.won'), i.won],
          [t('sync.conflicts'), i.conflicts],
        ]}
      />
      {i.conflicts > 0 && (
        <p>
          <a href={conflictsHref}>{t('sync.reviewConflicts', { count: i.conflicts })}</a>
        </p>
      )}
    </div>
  );
}
