// "Export field pack" (issue 9): a planner issues one visit's pack for the field team's laptop —
// the State's records, encrypted under a passphrase the team is given apart from the file. HQ
// trusts the pack's new installation from then on; its fingerprint, shown once the pack is made,
// is what the field workspace shows too.
import { useState, type FormEvent } from 'react';
import type { FieldPackExport, Visit } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { DialogButtons } from '../../components/DialogButtons';
import { Facts } from '../../components/Facts';
import { FormDialog } from '../../components/FormDialog';
import { FormFailure } from '../../components/FormFailure';
import { useFormCheck } from '../../components/formChecks';
import { useAction } from '../../data/useAction';
import { formatNumber, t } from '../../i18n';
import {
  newPassphraseProblems,
  PassphraseFields,
  type NewPassphrase,
} from '../settings/PassphraseFields';
import { saveBase64File } from '../sync/bundleFile';

export function FieldPackDialog({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const [issued, setIssued] = useState<FieldPackExport | null>(null);
  return (
    <FormDialog
      title={t('fieldPack.title', { state: visit.stateName })}
      intro={<p>{t('fieldPack.intro', { state: visit.stateName })}</p>}
      onClose={onClose}
    >
      {({ close }) =>
        issued ? (
          <IssuedPack issued={issued} onClose={close} />
        ) : (
          <PackForm visitId={visit.id} onCancel={close} onIssued={setIssued} />
        )
      }
    </FormDialog>
  );
}

function PackForm({
  visitId,
  onCancel,
  onIssued,
}: {
  visitId: string;
  onCancel: () => void;
  onIssued: (issued: FieldPackExport) => void;
}) {
  const action = useAction();
  const [passphrase, setPassphrase] = useState<NewPassphrase>({ passphrase: '', again: '' });
  const check = useFormCheck(newPassphraseProblems({}, passphrase), action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const issued = await action.run(async () => {
      const pack = await call('field.exportPack', { visitId, passphrase: passphrase.passphrase });
      saveBase64File(pack.fileName, pack.pack);
      return pack;
    });
    if (issued) onIssued(issued);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <FormFailure check={check} error={action.error} fields={['passphrase', 'again']} />
      <PassphraseFields
        check={check}
        value={passphrase}
        onChange={setPassphrase}
        label={t('fieldPack.passphrase')}
      />
      <p className="field-hint">{t('fieldPack.passphraseNote')}</p>
      <DialogButtons
        busy={action.busy}
        submit={t('fieldPack.export')}
        busyText={t('fieldPack.exporting')}
        onCancel={onCancel}
      />
    </form>
  );
}

/** What was made: the file saved, and the fingerprint to compare with the field workspace's. */
function IssuedPack({ issued, onClose }: { issued: FieldPackExport; onClose: () => void }) {
  return (
    <div className="panel panel-success" role="status">
      <p>{t('fieldPack.saved', { file: issued.fileName, state: issued.state.name })}</p>
      <Facts
        items={[
          [t('sync.fingerprint'), <strong key="fingerprint">{issued.fingerprint}</strong>],
          [t('sync.siteId'), <code key="site">{issued.siteId}</code>],
          [t('fieldPack.size'), t('fieldPack.bytes', { bytes: formatNumber(issued.bytes) })],
        ]}
      />
      <p>{t('fieldPack.compare')}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('fieldPack.done')}
        </button>
      </div>
    </div>
  );
}
