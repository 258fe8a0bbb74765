// Requests and invitations from Member States for a visit: an open one raises the State's score.
import type { StateRequest } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { requestColumns } from '../../columns/dossier';
import type { Column } from '../../components/DataTable';
import { Field } from '../../components/Field';
import { OptionSelect } from '../../components/OptionSelect';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { today } from '../../format/dates';
import { t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { StatePicker } from '../visits/StatePicker';
import { RecordsSection } from './RecordsSection';
import { RecordForm, useRecordForm } from './RecordForm';
import { StateFilteredTable, stateColumn, useStateNames } from './stateFilter';

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
        <OptionSelect
          value={r.status}
          options={STATUSES}
          label={(s) => t(`requestStatus.${s}`)}
          disabled={busy}
          onChange={(status) => onChange(r, status)}
          aria-label={t('inputs.requests.statusOf', {
            state: names.get(r.iso3) ?? r.iso3,
            date: r.receivedOn ?? '',
          })}
        />
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
    <RecordsSection
      name="requests"
      state={requests}
      rowAction={update}
      form={mayWrite ? <RequestForm /> : null}
    >
      {(all) => (
        <StateFilteredTable
          caption={t('inputs.requests.title')}
          all={all}
          names={names}
          columns={columns}
          initialSort={{ column: 'received', direction: 'descending' }}
          addressKey="requests"
        />
      )}
    </RecordsSection>
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
  const { action, values, setValues, valueProps, textProps, problems } =
    useRecordForm<RequestValues>(emptyRequest);

  const submit = async () => {
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
    <RecordForm
      titleId="request-form-title"
      title={t('inputs.requests.newTitle')}
      submitLabel={t('inputs.requests.create')}
      action={action}
      onSubmit={submit}
    >
      <div className="form-grid">
        <Field label={t('col.state')} problems={problems('iso3')}>
          <StatePicker {...valueProps('iso3')} />
        </Field>
        <Field label={t('col.kind')} problems={problems('kind')}>
          <OptionSelect
            options={KINDS}
            label={(k) => t(`requestKind.${k}`)}
            {...valueProps('kind')}
          />
        </Field>
        <Field label={t('col.receivedOn')} problems={problems('receivedOn')}>
          <input type="date" max={today()} {...textProps('receivedOn')} />
        </Field>
        <Field label={t('col.status')} problems={problems('status')}>
          <OptionSelect
            options={STATUSES}
            label={(s) => t(`requestStatus.${s}`)}
            {...valueProps('status')}
          />
        </Field>
        <Field
          label={t('col.source')}
          hint={t('inputs.requests.sourceHint')}
          problems={problems('source')}
        >
          <input type="text" {...textProps('source')} />
        </Field>
      </div>
      <Field label={t('col.description')} problems={problems('description')}>
        <textarea rows={3} {...textProps('description')} />
      </Field>
    </RecordForm>
  );
}
