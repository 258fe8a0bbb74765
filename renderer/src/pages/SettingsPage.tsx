import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { WorkspaceSettings } from '../../../shared/domain/settings';
import { call } from '../api/client';
import { pickColumns } from '../columns/pick';
import { DoneStatus } from '../components/ActionStatus';
import { DataTable } from '../components/DataTable';
import { Facts } from '../components/Facts';
import { PageHeader } from '../components/PageHeader';
import { AsyncView } from '../components/AsyncView';
import { Field } from '../components/Field';
import { FormFailure } from '../components/FormFailure';
import { addProblems, useFormCheck, type Problems } from '../components/formChecks';
import { InputField } from '../components/InputField';
import { useAction } from '../data/useAction';
import { useApi } from '../data/useAsync';
import { isIsoDate } from '../../../shared/domain/dates';
import { formatDate, t, type MessageKey } from '../i18n';
import { syncHref } from '../router';
import { useMayCall, useSession } from '../stores/session';
import { ApiKeysSection } from './settings/ApiKeysSection';
import { AuditSection } from './settings/AuditSection';
import { OwnPassphraseSection } from './settings/OwnPassphraseSection';
import { UsersSection } from './settings/UsersSection';
import { useWorkspace } from '../stores/workspace';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { recordKindLabel } from './settings/recordKinds';

type CountRow = { table: string; label: string; rows: number };

export function SettingsPage() {
  useDocumentTitle(t('settings.title'));
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
          cell: (c) => c.label,
          sortValue: (c) => c.label,
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
        <p>
          <a href={syncHref}>{t('sync.linkFromSettings')}</a>
        </p>
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
      <OwnPassphraseSection />
      <UsersSection />
      <ApiKeysSection />
      <WorkspaceSettingsSection />
      <AuditSection />
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
                rows={Object.entries(data.counts).map(([table, rows]) => ({
                  table,
                  label: recordKindLabel(table),
                  rows,
                }))}
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

/** The workspace settings an administrator changes: consent alerts, deadline windows, OP 16's start. */
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
                  [
                    t('settingsForm.alertFarDays'),
                    t('settingsForm.days', { count: s.alertFarDays }),
                  ],
                  [
                    t('settingsForm.alertNearDays'),
                    t('settingsForm.days', { count: s.alertNearDays }),
                  ],
                  [
                    t('settingsForm.committeeWaitDays'),
                    t('settingsForm.days', { count: s.committeeWaitDays }),
                  ],
                  [
                    t('settingsForm.transmissionDays'),
                    t('settingsForm.days', { count: s.transmissionDays }),
                  ],
                  [t('settingsForm.op16Start'), formatDate(s.op16Start)],
                  [
                    t('settingsForm.lockAfterMinutes'),
                    t('settingsForm.minutes', { count: s.lockAfterMinutes }),
                  ],
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

const DAY_FIELDS = [
  'consentReplyAlertDays',
  'consentReminderDays',
  'alertFarDays',
  'alertNearDays',
  'committeeWaitDays',
  'transmissionDays',
] as const;
type DayField = (typeof DAY_FIELDS)[number];
const FIELDS = [...DAY_FIELDS, 'op16Start', 'lockAfterMinutes'] as const;

/** Each number of days with its label and hint, in the groups the form shows them. */
const DAY_GROUPS: {
  legend: MessageKey;
  fields: { field: DayField; label: MessageKey; hint: MessageKey }[];
}[] = [
  {
    legend: 'settingsForm.consentGroup',
    fields: [
      {
        field: 'consentReplyAlertDays',
        label: 'settingsForm.alertDays',
        hint: 'settingsForm.alertDaysHint',
      },
      {
        field: 'consentReminderDays',
        label: 'settingsForm.reminderDays',
        hint: 'settingsForm.reminderDaysHint',
      },
    ],
  },
  {
    legend: 'settingsForm.alertGroup',
    fields: [
      {
        field: 'alertFarDays',
        label: 'settingsForm.alertFarDays',
        hint: 'settingsForm.alertFarDaysHint',
      },
      {
        field: 'alertNearDays',
        label: 'settingsForm.alertNearDays',
        hint: 'settingsForm.alertNearDaysHint',
      },
    ],
  },
  {
    legend: 'settingsForm.reportGroup',
    fields: [
      {
        field: 'committeeWaitDays',
        label: 'settingsForm.committeeWaitDays',
        hint: 'settingsForm.committeeWaitDaysHint',
      },
      {
        field: 'transmissionDays',
        label: 'settingsForm.transmissionDays',
        hint: 'settingsForm.transmissionDaysHint',
      },
    ],
  },
];

function dayProblems(value: string): string[] {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) return [t('settingsForm.enterDays')];
  if (!Number.isInteger(n)) return [t('settingsForm.wholeDays')];
  if (n < 1 || n > 365) return [t('settingsForm.daysRange')];
  return [];
}

function minuteProblems(value: string): string[] {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) return [t('settingsForm.enterMinutes')];
  if (!Number.isInteger(n)) return [t('settingsForm.wholeMinutes')];
  if (n < 1 || n > 480) return [t('settingsForm.minutesRange')];
  return [];
}

type DayValues = Record<DayField, string>;

function SettingsForm({ settings }: { settings: WorkspaceSettings }) {
  const action = useAction();
  const [days, setDays] = useState<DayValues>(
    () => Object.fromEntries(DAY_FIELDS.map((f) => [f, String(settings[f])])) as DayValues,
  );
  const [op16Start, setOp16Start] = useState(settings.op16Start);
  const [lockAfterMinutes, setLockAfterMinutes] = useState(String(settings.lockAfterMinutes));
  const problems: Problems = {};
  addProblems(problems, 'lockAfterMinutes', minuteProblems(lockAfterMinutes));
  for (const field of DAY_FIELDS) addProblems(problems, field, dayProblems(days[field]));
  const near = Number(days.alertNearDays);
  const far = Number(days.alertFarDays);
  if (!problems.alertNearDays && !problems.alertFarDays && near >= far)
    addProblems(problems, 'alertNearDays', [t('settingsForm.nearBeforeFar', { far })]);
  if (!isIsoDate(op16Start)) addProblems(problems, 'op16Start', [t('form.realDate')]);
  const check = useFormCheck(problems, action.error, [['alertFarDays', 'alertNearDays']]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    await action.run(
      () =>
        call('settings.update', {
          ...(Object.fromEntries(DAY_FIELDS.map((f) => [f, Number(days[f])])) as Record<
            DayField,
            number
          >),
          op16Start,
          lockAfterMinutes: Number(lockAfterMinutes),
        }),
      () => t('settingsForm.saved'),
    );
    // The session's lock time is the workspace's: take the new one at once.
    void useSession.getState().load();
  };
  return (
    <form className="form-section" onSubmit={submit} noValidate>
      <p>{t('settingsForm.intro')}</p>
      <FormFailure check={check} error={action.error} fields={FIELDS} />
      {DAY_GROUPS.map((group) => (
        <fieldset key={group.legend} className="form-grid">
          <legend>{t(group.legend)}</legend>
          {group.fields.map(({ field, label, hint }) => (
            <Field key={field} label={t(label)} hint={t(hint)} problems={check.shown(field)}>
              <input
                type="number"
                min={1}
                max={365}
                step={1}
                value={days[field]}
                onChange={(e) => {
                  const value = e.target.value;
                  setDays((d) => ({ ...d, [field]: value }));
                  check.changed(field);
                }}
              />
            </Field>
          ))}
          {group.legend === 'settingsForm.reportGroup' && (
            <InputField
              label={t('settingsForm.op16Start')}
              hint={t('settingsForm.op16StartHint')}
              type="date"
              check={check}
              field="op16Start"
              value={op16Start}
              onChange={setOp16Start}
            />
          )}
        </fieldset>
      ))}
      <fieldset className="form-grid">
        <legend>{t('settingsForm.signInGroup')}</legend>
        <Field
          label={t('settingsForm.lockAfterMinutes')}
          hint={t('settingsForm.lockAfterMinutesHint')}
          problems={check.shown('lockAfterMinutes')}
        >
          <input
            type="number"
            min={1}
            max={480}
            step={1}
            value={lockAfterMinutes}
            onChange={(e) => {
              setLockAfterMinutes(e.target.value);
              check.changed('lockAfterMinutes');
            }}
          />
        </Field>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="primary" disabled={action.busy}>
          {action.busy ? t('form.saving') : t('settingsForm.submit')}
        </button>
      </div>
      <DoneStatus message={action.busy ? null : action.done} />
    </form>
  );
}
