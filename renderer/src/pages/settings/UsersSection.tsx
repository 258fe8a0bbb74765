// Settings → Users, for administrators: add users, change their name, role and e-mail, disable
// and enable them, reset their passphrase. The backend refuses what would leave the workspace
// without an active administrator, and says so here.
import { useState, type FormEvent } from 'react';
import type { UserAccount } from '../../../../shared/api/types';
import { ROLES, type Role } from '../../../../shared/domain/roles';
import { call } from '../../api/client';
import { pickColumns } from '../../columns/pick';
import { ActionStatus, DoneStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { DataTable } from '../../components/DataTable';
import { DialogButtons } from '../../components/DialogButtons';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { FormFailure } from '../../components/FormFailure';
import { addProblems, useFormCheck, type Problems } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { OptionSelect } from '../../components/OptionSelect';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { newPassphraseProblems, PassphraseFields, type NewPassphrase } from './PassphraseFields';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; user: UserAccount }
  | { kind: 'reset'; user: UserAccount };

const roleLabel = (role: Role) => t(`role.${role}`);

export function UsersSection() {
  return useMayCall('users.create') ? <Users /> : null;
}

function Users() {
  const users = useApi('users.list', {});
  const toggle = useAction();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const open = (next: Dialog) => {
    setNotice(null);
    toggle.reset();
    setDialog(next);
  };
  // A few rows: the columns (whose buttons act on each row) are simply made again on each render.
  const columns = pickColumns<UserAccount, 'name' | 'role' | 'email' | 'status' | 'actions'>({
    name: { header: t('users.name'), cell: (u) => u.name, sortValue: (u) => u.name },
    role: { header: t('users.role'), cell: (u) => roleLabel(u.role), sortValue: (u) => u.role },
    email: {
      header: t('users.email'),
      cell: (u) => u.email ?? t('common.none'),
      sortValue: (u) => u.email,
    },
    status: {
      header: t('users.status'),
      cell: (u) =>
        u.disabled
          ? t('users.disabled')
          : u.hasPassphrase
            ? t('users.active')
            : t('users.noPassphrase'),
      sortValue: (u) => (u.disabled ? 2 : u.hasPassphrase ? 0 : 1),
    },
    actions: {
      header: t('users.actions'),
      cell: (u) => (
        <div
          className="button-row"
          role="group"
          aria-label={t('users.actionsFor', { name: u.name })}
        >
          <button type="button" onClick={() => open({ kind: 'edit', user: u })}>
            {t('users.edit')}
          </button>
          <button type="button" onClick={() => open({ kind: 'reset', user: u })}>
            {t('users.reset')}
          </button>
          <button
            type="button"
            disabled={toggle.busy}
            onClick={() => {
              setNotice(null);
              void toggle.run(
                () => call('users.disable', { id: u.id, disabled: !u.disabled }),
                (done) =>
                  t(done.disabled ? 'users.wasDisabled' : 'users.wasEnabled', {
                    name: done.name,
                  }),
              );
            }}
          >
            {u.disabled ? t('users.enable') : t('users.disable')}
          </button>
        </div>
      ),
    },
  });
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('users.title')}</h2>
      <p>{t('users.intro')}</p>
      <div className="button-row">
        <button type="button" onClick={() => open({ kind: 'add' })}>
          {t('users.add')}
        </button>
      </div>
      <ActionStatus action={toggle} />
      <DoneStatus message={notice} />
      <AsyncView state={users}>
        {(list) => (
          <DataTable
            caption={t('users.title')}
            columns={columns}
            rows={list}
            rowKey={(u) => u.id}
            initialSort={{ column: 'name', direction: 'ascending' }}
          />
        )}
      </AsyncView>
      {dialog && (
        <FormDialog
          title={
            dialog.kind === 'add'
              ? t('users.add')
              : dialog.kind === 'edit'
                ? t('users.editTitle', { name: dialog.user.name })
                : t('users.resetTitle', { name: dialog.user.name })
          }
          onClose={() => setDialog(null)}
        >
          {({ close, thenClose }) =>
            dialog.kind === 'reset' ? (
              <ResetForm user={dialog.user} onCancel={close} onDone={thenClose(setNotice)} />
            ) : (
              <UserForm
                user={dialog.kind === 'edit' ? dialog.user : null}
                onCancel={close}
                onDone={thenClose(setNotice)}
              />
            )
          }
        </FormDialog>
      )}
    </section>
  );
}

/** A new user (with a first passphrase), or an existing one's name, role and e-mail. */
function UserForm({
  user,
  onCancel,
  onDone,
}: {
  user: UserAccount | null;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const action = useAction();
  const [name, setName] = useState(user?.name ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'planner');
  const [email, setEmail] = useState(user?.email ?? '');
  const [secret, setSecret] = useState<NewPassphrase>({ passphrase: '', again: '' });
  const problems: Problems = {};
  if (!name.trim()) addProblems(problems, 'name', [t('users.enterName')]);
  if (!user) newPassphraseProblems(problems, secret);
  const check = useFormCheck(problems, action.error, [['passphrase', 'again']]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const fields = { name, role, email: email.trim() === '' ? null : email };
    const done = await action.run(() =>
      user
        ? call('users.update', { id: user.id, ...fields })
        : call('users.create', { ...fields, passphrase: secret.passphrase }),
    );
    if (done) onDone(t(user ? 'users.saved' : 'users.added', { name: done.name }));
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormFailure
        check={check}
        error={action.error}
        fields={['name', 'role', 'email', 'passphrase', 'again']}
      />
      <InputField
        label={t('users.name')}
        check={check}
        field="name"
        value={name}
        onChange={setName}
        maxLength={100}
      />
      <Field label={t('users.role')} problems={check.shown('role')}>
        <OptionSelect
          options={ROLES}
          label={roleLabel}
          value={role}
          onChange={(value) => {
            setRole(value);
            check.changed('role');
          }}
        />
      </Field>
      <InputField
        label={t('users.emailOptional')}
        type="email"
        check={check}
        field="email"
        value={email}
        onChange={setEmail}
        maxLength={200}
      />
      {!user && <PassphraseFields check={check} value={secret} onChange={setSecret} />}
      <DialogButtons
        busy={action.busy}
        submit={user ? t('users.saveChanges') : t('users.add')}
        onCancel={onCancel}
      />
    </form>
  );
}

/** A new passphrase for a user who forgot theirs; their sessions elsewhere end. */
function ResetForm({
  user,
  onCancel,
  onDone,
}: {
  user: UserAccount;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const action = useAction();
  const [secret, setSecret] = useState<NewPassphrase>({ passphrase: '', again: '' });
  const check = useFormCheck(newPassphraseProblems({}, secret), action.error, [
    ['passphrase', 'again'],
  ]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const done = await action.run(() =>
      call('users.resetPassphrase', { id: user.id, passphrase: secret.passphrase }),
    );
    if (done) onDone(t('users.wasReset', { name: done.name }));
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>{t('users.resetIntro', { name: user.name })}</p>
      <FormFailure check={check} error={action.error} fields={['passphrase', 'again']} />
      <PassphraseFields check={check} value={secret} onChange={setSecret} />
      <DialogButtons busy={action.busy} submit={t('users.reset')} onCancel={onCancel} />
    </form>
  );
}
