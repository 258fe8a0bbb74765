// Requests and invitations from Member States for a visit: an open one raises the State's score.
import { useMemo, useState, type FormEvent } from 'react';
import type { StateRequest } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { requestColumns } from '../../columns/dossier';
import { ActionStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Field } from '../../components/Field';
import { problemsAt, useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { today } from '../../format/dates';
import { t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { StatePicker } from '../visits/StatePicker';
import { RoleNote } from './RoleNote';
import { StateFilter, stateColumn, useStateNames } from './stateFilter';

const KINDS: StateRequest['kind'][] = ['request', 'invitation'];
const STATUSES: StateRequest['status'][] = ['open', 'fulfilled', 'withdrawn'];

/** The status as a select that saves at once, for those who may change it. */
function statusColumn(
  onChange: ((r: StateRequest, status: StateRequest['status']) => void) | null,
  busy: boolean,
  names: Map<string, string>,
): Column<StateRequest> {
  return {
    id: 'status',
    header: t('col.status'),
    sortValue: (r) => t(`requestStatus.${r.status}`),
    cell: (r) =>
      onChange ? (
        <select
          value={r.status}
          disabled={busy}
          onChange={(e) => onChange(r, e.target.value as StateRequest['status'])}
          aria-label={t('inputs.requests.statusOf', {
            state: names.get(r.iso3) ?? r.iso3,
            date: r.receivedOn ?? '',
          })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`requestStatus.${s}`)}
            </option>
          ))}
        </select>
      ) : (
        t(`requestStatus.${r.status}`)
      ),
  };
}

export function RequestsSection() {
  const requests = useApi('stateRequests.list', {});
  const names = useStateNames();
  const mayWrite = useMayCall('stateRequests.create');
  const update = useAction();
  const changeStatus = (r: StateRequest, status: StateRequest['status']) =>
    void update.run(
      () => call('stateRequests.update', { id: r.id, status }),
      () =>
        t('inputs.requests.statusChanged', {
          state: names.get(r.iso3) ?? r.iso3,
          status: t(`requestStatus.${status}`),
        }),
    );
  const columns = [
    stateColumn<StateRequest>(names),
    ...requestColumns().filter((c) => c.id !== 'status'),
    statusColumn(mayWrite ? changeStatus : null, update.busy, names),
    {
      id: 'source',
      header: t('col.source'),
      cell: (r: StateRequest) => r.source ?? t('common.none'),
    },
  ];
  return (
    <section aria-labelledby="requests-title">
      <h2 id="requests-title">{t('inputs.requests.title')}</h2>
      <p>{t('inputs.requests.intro')}</p>
      <AsyncView
        state={requests}
        empty={{ when: (d) => d.length === 0, message: t('inputs.requests.empty') }}
      >
        {(all) => <RequestList all={all} names={names} columns={columns} />}
      </AsyncView>
      <ActionStatus action={update} />
      {mayWrite ? <RequestForm /> : <RoleNote what={t('inputs.requests.what')} />}
    </section>
  );
}

function RequestList({
  all,
  names,
  columns,
}: {
  all: StateRequest[];
  names: Map<string, string>;
  columns: Column<StateRequest>[];
}) {
  const [iso3, setIso3] = useState('');
  const shown = useMemo(() => all.filter((r) => !iso3 || r.iso3 === iso3), [all, iso3]);
  return (
    <>
      <StateFilter iso3s={all.map((r) => r.iso3)} names={names} value={iso3} onChange={setIso3} />
      {shown.length === 0 ? (
        <EmptyState>{t('common.noMatch')}</EmptyState>
      ) : (
        <DataTable
          caption={t('inputs.requests.title')}
          columns={columns}
          rows={shown}
          rowKey={(r) => r.id}
          initialSort={{ column: 'received', direction: 'descending' }}
        />
      )}
    </>
  );
}

interface RequestValues {
  iso3: string;
  kind: StateRequest['kind'];
  receivedOn: string;
  status: StateRequest['status'];
  description: string;
  source: string;
}

const emptyRequest = (): RequestValues => ({
  iso3: '',
  kind: 'request',
  receivedOn: today(),
  status: 'open',
  description: '',
  source: '',
});

function RequestForm() {
  const action = useAction();
  const [values, setValues] = useState<RequestValues>(emptyRequest);
  const set = <F extends keyof RequestValues>(field: F, value: RequestValues[F]) =>
    setValues((v) => ({ ...v, [field]: value }));
  const problems = (field: string) => problemsAt(action.error, field);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      ...values,
      description: values.description.trim() || null,
      source: values.source.trim() || null,
    };
    const saved = await action.run(
      () => call('stateRequests.create', input),
      (r) => t('inputs.requests.created', { kind: t(`requestKind.${r.kind}`) }),
    );
    if (saved) setValues(emptyRequest());
  };

  return (
    <form
      className="form-section"
      onSubmit={submit}
      noValidate
      aria-labelledby="request-form-title"
    >
      <h3 id="request-form-title">{t('inputs.requests.newTitle')}</h3>
      <div className="form-grid">
        <Field label={t('col.state')} problems={problems('iso3')}>
          <StatePicker value={values.iso3} onChange={(iso3) => set('iso3', iso3)} />
        </Field>
        <Field label={t('col.kind')} problems={problems('kind')}>
          <select
            value={values.kind}
            onChange={(e) => set('kind', e.target.value as StateRequest['kind'])}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`requestKind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('col.receivedOn')} problems={problems('receivedOn')}>
          <input
            type="date"
            value={values.receivedOn}
            max={today()}
            onChange={(e) => set('receivedOn', e.target.value)}
          />
        </Field>
        <Field label={t('col.status')} problems={problems('status')}>
          <select
            value={values.status}
            onChange={(e) => set('status', e.target.value as StateRequest['status'])}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`requestStatus.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('col.source')}
          hint={t('inputs.requests.sourceHint')}
          problems={problems('source')}
        >
          <input
            type="text"
            value={values.source}
            onChange={(e) => set('source', e.target.value)}
          />
        </Field>
      </div>
      <Field label={t('col.description')} problems={problems('description')}>
        <textarea
          rows={3}
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
        />
      </Field>
      <button type="submit" className="primary" disabled={action.busy}>
        {t('inputs.requests.create')}
      </button>
      <ActionStatus action={action} />
    </form>
  );
}
