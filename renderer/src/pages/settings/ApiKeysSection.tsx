// Settings → API keys, for administrators: keys let scripts call the app as a user (roles apply),
// with `Authorization: Bearer KEY` or `cted-planner … --api-key-file`. A key is shown once, when
// it is issued; the workspace keeps only its hash. Revoking one stops it at once.
import { useState, type FormEvent } from 'react';
import type { ApiKeyInfo, IssuedApiKey } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { pickColumns } from '../../columns/pick';
import { ActionStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { DataTable } from '../../components/DataTable';
import { DialogButtons } from '../../components/DialogButtons';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { FormFailure } from '../../components/FormFailure';
import { addProblems, useFormCheck, type Problems } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { formatInstant, t } from '../../i18n';
import { useMayCall, useSession } from '../../stores/session';

export function ApiKeysSection() {
  return useMayCall('apiKeys.create') ? <ApiKeys /> : null;
}

function ApiKeys() {
  const keys = useApi('apiKeys.list', {});
  const revoke = useAction();
  const [issuing, setIssuing] = useState(false);
  const [issued, setIssued] = useState<IssuedApiKey | null>(null);
  // A few rows: the columns (whose buttons act on each row) are simply made again on each render.
  const columns = pickColumns<ApiKeyInfo, 'name' | 'user' | 'created' | 'status'>({
    name: { header: t('apiKeys.name'), cell: (k) => k.name, sortValue: (k) => k.name },
    user: {
      header: t('apiKeys.actsAs'),
      cell: (k) => k.userName,
      sortValue: (k) => k.userName,
    },
    created: {
      header: t('apiKeys.created'),
      cell: (k) => formatInstant(Date.parse(k.createdAt)),
      sortValue: (k) => k.createdAt,
    },
    status: {
      header: t('apiKeys.status'),
      cell: (k) =>
        k.revokedAt ? (
          t('apiKeys.revokedOn', { when: formatInstant(Date.parse(k.revokedAt)) })
        ) : (
          <button
            type="button"
            disabled={revoke.busy}
            onClick={() =>
              void revoke.run(
                () => call('apiKeys.revoke', { id: k.id }),
                (done) => t('apiKeys.wasRevoked', { name: done.name }),
              )
            }
          >
            {t('apiKeys.revoke', { name: k.name })}
          </button>
        ),
      sortValue: (k) => k.revokedAt ?? '',
    },
  });
  return (
    <section aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">{t('apiKeys.title')}</h2>
      <p>{t('apiKeys.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            setIssued(null);
            setIssuing(true);
          }}
        >
          {t('apiKeys.issue')}
        </button>
      </div>
      {issued && <IssuedKey issued={issued} />}
      <ActionStatus action={revoke} />
      <AsyncView
        state={keys}
        empty={{ when: (list) => list.length === 0, message: t('apiKeys.none') }}
      >
        {(list) => (
          <DataTable
            caption={t('apiKeys.title')}
            columns={columns}
            rows={list}
            rowKey={(k) => k.id}
          />
        )}
      </AsyncView>
      {issuing && (
        <FormDialog title={t('apiKeys.issue')} onClose={() => setIssuing(false)}>
          {({ close, thenClose }) => <IssueForm onCancel={close} onDone={thenClose(setIssued)} />}
        </FormDialog>
      )}
    </section>
  );
}

/** The key just issued: shown this once, selectable to copy. */
function IssuedKey({ issued }: { issued: IssuedApiKey }) {
  return (
    <div className="panel panel-success" role="status">
      <p>{t('apiKeys.showOnce', { name: issued.name, user: issued.userName })}</p>
      <Field label={t('apiKeys.newKey')}>
        <input
          type="text"
          readOnly
          value={issued.key}
          className="secret"
          onFocus={(e) => e.target.select()}
        />
      </Field>
    </div>
  );
}

function IssueForm({
  onCancel,
  onDone,
}: {
  onCancel: () => void;
  onDone: (issued: IssuedApiKey) => void;
}) {
  const me = useSession((s) => s.currentUser);
  const users = useApi('users.list', {});
  const action = useAction();
  const [name, setName] = useState('');
  const [userId, setUserId] = useState(me?.id ?? '');
  const problems: Problems = {};
  if (!name.trim()) addProblems(problems, 'name', [t('apiKeys.enterName')]);
  const check = useFormCheck(problems, action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const done = await action.run(() => call('apiKeys.create', { name, userId }));
    if (done) onDone(done);
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormFailure check={check} error={action.error} fields={['name', 'userId']} />
      <InputField
        label={t('apiKeys.name')}
        hint={t('apiKeys.nameHint')}
        check={check}
        field="name"
        value={name}
        onChange={setName}
        maxLength={100}
      />
      <AsyncView state={users}>
        {(list) => (
          <Field
            label={t('apiKeys.actsAs')}
            hint={t('apiKeys.actsAsHint')}
            problems={check.shown('userId')}
          >
            <select
              value={userId}
              onChange={(e) => {
                setUserId(e.target.value);
                check.changed('userId');
              }}
            >
              {list
                .filter((u) => !u.disabled)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {t('user.option', { name: u.name, role: t(`role.${u.role}`) })}
                  </option>
                ))}
            </select>
          </Field>
        )}
      </AsyncView>
      <DialogButtons
        busy={action.busy}
        submit={t('apiKeys.issue')}
        busyText={t('form.sending')}
        onCancel={onCancel}
      />
    </form>
  );
}
