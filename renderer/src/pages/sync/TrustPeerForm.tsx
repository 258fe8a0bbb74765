import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { DialogButtons } from '../../components/DialogButtons';
import { FormFailure } from '../../components/FormFailure';
import { addProblems, useFormCheck, type Problems } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { useAction } from '../../data/useAction';
import { t } from '../../i18n';

const FIELDS = ['siteId', 'publicKey', 'name'] as const;

/** The checks sync.trustPeer makes of its input, made as the user types. */
function trustProblems(siteId: string, publicKey: string, name: string): Problems {
  const problems: Problems = {};
  if (!/^[0-9a-z]{1,64}$/.test(siteId.trim()))
    addProblems(problems, 'siteId', [t('sync.badSiteId')]);
  if (!/^[0-9a-f]{64}$/.test(publicKey.trim().toLowerCase()))
    addProblems(problems, 'publicKey', [t('sync.badPublicKey')]);
  if (!name.trim()) addProblems(problems, 'name', [t('sync.enterName')]);
  return problems;
}

export function TrustPeerForm({ onCancel, onDone }: { onCancel: () => void; onDone: () => void }) {
  const action = useAction();
  const [siteId, setSiteId] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [name, setName] = useState('');
  const check = useFormCheck(trustProblems(siteId, publicKey, name), action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const done = await action.run(() =>
      call('sync.trustPeer', { siteId: siteId.trim(), publicKey, name }),
    );
    if (done) onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <FormFailure check={check} error={action.error} fields={FIELDS} />
      <InputField
        label={t('sync.peerSiteId')}
        hint={t('sync.peerSiteIdHint')}
        check={check}
        field="siteId"
        value={siteId}
        onChange={setSiteId}
        maxLength={64}
      />
      <InputField
        label={t('sync.peerPublicKey')}
        hint={t('sync.peerPublicKeyHint')}
        check={check}
        field="publicKey"
        value={publicKey}
        onChange={setPublicKey}
      />
      <InputField
        label={t('sync.peerName')}
        hint={t('sync.peerNameHint')}
        check={check}
        field="name"
        value={name}
        onChange={setName}
        maxLength={200}
      />
      <DialogButtons busy={action.busy} submit={t('sync.trust')} onCancel={onCancel} />
    </form>
  );
}
