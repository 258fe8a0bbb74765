import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { WorkspaceSettings } from '../../../shared/domain/settings';
import { call } from '../api/client';
import { pickColumns } from '../columns/pick';
import { DataTable } from '../components/DataTable';
import { Facts } from '../components/Facts';
import { PageHeader } from '../components/PageHeader';
import { AsyncView } from '../components/AsyncView';
import { Field } from '../components/Field';
import { FormFailure } from '../components/FormFailure';
import { addProblems, useFormCheck, type Problems } from '../components/formChecks';
import { useAction } from '../data/useAction';
import { useApi } from '../data/useAsync';
import { isIsoDate } from '../../../shared/domain/dates';
import { formatDate, t } from '../i18n';
import { useMayCall, useSession } from '../stores/session';
import { useWorkspace } from '../stores/workspace';

type CountRow = { table: string; rows: number };

export function SettingsPage() {
  const info = useWorkspace((s) => s.info);
  const reload = useWorkspace((s) => s.load);
  const user = useSession((s) => s.currentUser);
  // Counts change with every import or CLI call: read them afresh whenever the page opens.
  useEffect(() => void reload(), [reload]);
  const columns = useMemo(
    () =>
      pickColumns<CountRow, 'table' | 'rows'>({
        table: {
          header: t('col.recordKind'),
          cell: (c) => <code>{c.table}</code>,
          sortValue: (c) => c.table,
        },
        rows: {
          header: t('col.records'),
          cell: (c) => c.rows,
          sortValue: (c) => c.rows,
          numeric: true,
        },
      }),
    [],
  );
  return (
    <>
      <PageHeader title={t('settings.title')}>
        <p>{t('settings.intro')}</p>
      </PageHeader>
      <section aria-labelledby="current-user">
        <h2 id="current-user">{t('settings.currentUser')}</h2>
        {user && (
          <Facts
            items={[
              [t('settings.userName'), user.name],
              [t('settings.userRole'), t(`role.${user.role}`)],
            ]}
          />
        )}
      </section>
      <WorkspaceSettingsSection />
      <section aria-labelledby="workspace">
        <h2 id="workspace">{t('settings.workspace')}</h2>
        <AsyncView state={{ ...info, retry: () => void reload() }}>
          {(data) => (
            <>
              <Facts
                items={[
                  [t('settings.schemaVersion'), data.schemaVersion],
                  [t('settings.siteId'), <code key="site">{data.siteId}</code>],
                  [t('settings.demo'), data.demo ? t('common.yes') : t('common.no')],
                ]}
              />
              <h3>{t('settings.counts')}</h3>
              <DataTable
                caption={t('settings.counts')}
                columns={columns}
                rows={Object.entries(data.counts).map(([table, rows]) => ({ table, rows }))}
                rowKey={(c) => c.table}
                initialSort={{ column: 'table', direction: 'ascending' }}
              />
            </>
          )}
        </AsyncView>
      </section>
    </>
  );
}

/** The workspace settings an administrator changes: consent alerts and reminders, OP 16's start. */
function WorkspaceSettingsSection() {
  const settings = useApi('settings.get', {});
  const mayChange = useMayCall('settings.update');
  return (
    <section aria-labelledby="workspace-settings">
      <h2 id="workspace-settings">{t('settingsForm.title')}</h2>
      <AsyncView state={settings}>
        {(s) =>
          mayChange ? (
            <SettingsForm settings={s} />
          ) : (
            <>
              <Facts
                items={[
                  [
                    t('settingsForm.alertDays'),
                    t('settingsForm.days', { count: s.consentReplyAlertDays }),
                  ],
                  [
                    t('settingsForm.reminderDays'),
                    t('settingsForm.days', { count: s.consentReminderDays }),
                  ],
                  [t('settingsForm.op16Start'), formatDate(s.op16Start)],
                ]}
              />
              <p className="note" role="note">
                {t('settingsForm.adminsOnly')}
              </p>
            </>
          )
        }
      </AsyncView>
    </section>
  );
}

const FIELDS = ['consentReplyAlertDays', 'consentReminderDays', 'op16Start'] as const;

function dayProblems(value: string): string[] {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) return [t('settingsForm.enterDays')];
  if (!Number.isInteger(n)) return [t('settingsForm.wholeDays')];
  if (n < 1 || n > 365) return [t('settingsForm.daysRange')];
  return [];
}

function SettingsForm({ settings }: { settings: WorkspaceSettings }) {
  const action = useAction();
  const [alertDays, setAlertDays] = useState(String(settings.consentReplyAlertDays));
  const [reminderDays, setReminderDays] = useState(String(settings.consentReminderDays));
  const [op16Start, setOp16Start] = useState(settings.op16Start);
  const problems: Problems = {};
  addProblems(problems, 'consentReplyAlertDays', dayProblems(alertDays));
  addProblems(problems, 'consentReminderDays', dayProblems(reminderDays));
  if (!isIsoDate(op16Start)) addProblems(problems, 'op16Start', [t('form.realDate')]);
  const check = useFormCheck(problems, action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    await action.run(
      () =>
        call('settings.update', {
          consentReplyAlertDays: Number(alertDays),
          consentReminderDays: Number(reminderDays),
          op16Start,
        }),
      () => t('settingsForm.saved'),
    );
  };
  return (
    <form className="form-section" onSubmit={submit} noValidate>
      <p>{t('settingsForm.intro')}</p>
      <FormFailure check={check} error={action.error} fields={FIELDS} />
      <div className="form-grid">
        <Field
          label={t('settingsForm.alertDays')}
          hint={t('settingsForm.alertDaysHint')}
          problems={check.shown('consentReplyAlertDays')}
        >
          <input
            type="number"
            min={1}
            max={365}
            step={1}
            value={alertDays}
            onChange={(e) => {
              setAlertDays(e.target.value);
              check.changed('consentReplyAlertDays');
            }}
          />
        </Field>
        <Field
          label={t('settingsForm.reminderDays')}
          hint={t('settingsForm.reminderDaysHint')}
          problems={check.shown('consentReminderDays')}
        >
          <input
            type="number"
            min={1}
            max={365}
            step={1}
            value={reminderDays}
            onChange={(e) => {
              setReminderDays(e.target.value);
              check.changed('consentReminderDays');
            }}
          />
        </Field>
        <Field
          label={t('settingsForm.op16Start')}
          hint={t('settingsForm.op16StartHint')}
          problems={check.shown('op16Start')}
        >
          <input
            type="date"
            value={op16Start}
            onChange={(e) => {
              setOp16Start(e.target.value);
              check.changed('op16Start');
            }}
          />
        </Field>
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={action.busy}>
          {action.busy ? t('form.saving') : t('settingsForm.submit')}
        </button>
      </div>
      <p className="action-status" role="status">
        {!action.busy && action.done && (
          <>
            <span aria-hidden="true">✓ </span>
            {action.done}
          </>
        )}
      </p>
    </form>
  );
}
