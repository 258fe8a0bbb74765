// The technical assistance that serves a report's recommendations: who asked for it, which
// partner delivers it and where it stands; planners add and edit it.
import { useMemo, useState, type FormEvent } from 'react';
import type { Recommendation, TechnicalAssistance } from '../../../../shared/api/types';
import { TA_STATUSES, type TaStatus } from '../../../../shared/domain/reports';
import { call } from '../../api/client';
import { requestColumns } from '../../columns/assistance';
import { pickColumns } from '../../columns/pick';
import { DataTable, type Column } from '../../components/DataTable';
import { DialogButtons } from '../../components/DialogButtons';
import { Field, InlineProblems } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { FormFailure } from '../../components/FormFailure';
import {
  addProblems,
  recordedDateProblems,
  useFormCheck,
  type Problems,
} from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { OptionSelect } from '../../components/OptionSelect';
import { useAction } from '../../data/useAction';
import { today } from '../../format/dates';
import { formatDate, t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { codeOf, recommendationName } from './RecommendationDialogs';

type TaColumnId =
  | 'description'
  | 'requestedBy'
  | 'requestedOn'
  | 'partner'
  | 'status'
  | 'recommendations'
  | 'notes';

const taName = (a: TechnicalAssistance) =>
  a.description.length > 60 ? `${a.description.slice(0, 57)}…` : a.description;

export function TechnicalAssistanceSection({
  reportId,
  assistance,
  recommendations,
  onDone,
}: {
  reportId: string;
  assistance: TechnicalAssistance[];
  recommendations: Recommendation[];
  onDone: (message: string) => void;
}) {
  const mayEdit = useMayCall('ta.update');
  const [open, setOpen] = useState<{ assistance: TechnicalAssistance | null } | null>(null);
  const codes = useMemo(
    () => new Map(recommendations.map((r) => [r.id, codeOf(r)])),
    [recommendations],
  );

  const columns = useMemo<Column<TechnicalAssistance>[]>(() => {
    const base = pickColumns<TechnicalAssistance, TaColumnId>({
      description: {
        header: t('col.description'),
        cell: (a) =>
          a.followupId ? (
            <>
              {a.description} <span className="muted">{t('ta.fromFollowup')}</span>
            </>
          ) : (
            a.description
          ),
      },
      ...requestColumns(),
      status: {
        header: t('col.status'),
        cell: (a) =>
          a.statusOn
            ? t('ta.statusSince', {
                status: t(`ta.status.${a.status}`),
                date: formatDate(a.statusOn),
              })
            : t(`ta.status.${a.status}`),
        sortValue: (a) => TA_STATUSES.indexOf(a.status),
      },
      recommendations: {
        header: t('col.recommendations'),
        cell: (a) =>
          a.recommendationIds.map((id) => codes.get(id) ?? t('common.unknown')).join(', ') ||
          t('common.none'),
      },
      notes: { header: t('ta.col.notes'), cell: (a) => a.notes ?? t('common.none') },
    });
    if (!mayEdit) return base;
    return [
      ...base,
      {
        id: 'actions',
        header: t('ta.col.actions'),
        cell: (a) => (
          <button
            type="button"
            className="small"
            aria-haspopup="dialog"
            onClick={() => setOpen({ assistance: a })}
          >
            {t('ta.edit')}
            <span className="visually-hidden"> {taName(a)}</span>
          </button>
        ),
      },
    ];
  }, [mayEdit, codes]);

  return (
    <section aria-labelledby="report-assistance">
      <h2 id="report-assistance">{t('ta.sectionTitle', { count: assistance.length })}</h2>
      {mayEdit && (
        <div className="button-row">
          <button
            type="button"
            aria-haspopup="dialog"
            onClick={() => setOpen({ assistance: null })}
          >
            {t('ta.add')}
          </button>
        </div>
      )}
      <DataTable
        caption={t('ta.caption')}
        columns={columns}
        rows={assistance}
        rowKey={(a) => a.id}
        initialSort={{ column: 'requestedOn', direction: 'descending' }}
        emptyMessage={t(mayEdit ? 'ta.emptyPlanner' : 'ta.empty')}
      />
      {open && (
        <TaDialog
          reportId={reportId}
          assistance={open.assistance}
          recommendations={recommendations}
          onDone={onDone}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}

function TaDialog({
  reportId,
  assistance,
  recommendations,
  onDone,
  onClose,
}: {
  reportId: string;
  assistance: TechnicalAssistance | null;
  recommendations: Recommendation[];
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  return (
    <FormDialog
      title={t(assistance ? 'ta.editTitle' : 'ta.addTitle')}
      intro={<p className="muted">{t('ta.explain')}</p>}
      onClose={onClose}
      wide
    >
      {({ close, thenClose }) => (
        <TaForm
          reportId={reportId}
          assistance={assistance}
          recommendations={recommendations}
          onCancel={close}
          onDone={thenClose(onDone)}
        />
      )}
    </FormDialog>
  );
}

function TaForm({
  reportId,
  assistance: a,
  recommendations,
  onDone,
  onCancel,
}: {
  reportId: string;
  assistance: TechnicalAssistance | null;
  recommendations: Recommendation[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [description, setDescription] = useState(a?.description ?? '');
  const [requestedBy, setRequestedBy] = useState(a?.requestedBy ?? '');
  const [requestedOn, setRequestedOn] = useState(a?.requestedOn ?? today());
  const [partner, setPartner] = useState(a?.partner ?? '');
  const [status, setStatus] = useState<TaStatus>(a?.status ?? 'requested');
  const [statusOn, setStatusOn] = useState(a?.statusOn ?? '');
  const [linked, setLinked] = useState<ReadonlySet<string>>(new Set(a?.recommendationIds ?? []));
  const [notes, setNotes] = useState(a?.notes ?? '');
  const problems: Problems = {
    requestedOn: recordedDateProblems(requestedOn, today()),
  };
  if (description.trim().length < 5)
    addProblems(problems, 'description', [t('ta.form.descriptionNeeded')]);
  if (requestedBy.trim().length < 2)
    addProblems(problems, 'requestedBy', [t('ta.form.requestedByNeeded')]);
  if (statusOn)
    addProblems(
      problems,
      'statusOn',
      recordedDateProblems(statusOn, today(), [
        { what: t('ta.form.theRequest'), on: requestedOn || null },
      ]),
    );
  const check = useFormCheck(problems, action.error, [['requestedOn', 'statusOn']]);
  const toggle = (id: string, on: boolean) => {
    setLinked((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
    check.changed('recommendationIds');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const fields = {
      description: description.trim(),
      requestedBy: requestedBy.trim(),
      requestedOn,
      partner: partner.trim() || null,
      status,
      statusOn: statusOn || null,
      // In the order of the report's recommendations, whatever order they were ticked in.
      recommendationIds: recommendations.map((r) => r.id).filter((id) => linked.has(id)),
      notes: notes.trim() || null,
    };
    const saved = await action.run(() =>
      a ? call('ta.update', { id: a.id, ...fields }) : call('ta.create', { reportId, ...fields }),
    );
    if (saved) onDone(t(a ? 'ta.editDone' : 'ta.addDone'));
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormFailure
        check={check}
        error={action.error}
        fields={[
          'description',
          'requestedBy',
          'requestedOn',
          'partner',
          'status',
          'statusOn',
          'recommendationIds',
          'notes',
        ]}
      />
      <InputField
        label={t('ta.form.description')}
        type="textarea"
        rows={3}
        check={check}
        field="description"
        value={description}
        onChange={setDescription}
      />
      <div className="form-grid">
        <InputField
          label={t('ta.form.requestedBy')}
          hint={t('ta.form.requestedByHint')}
          check={check}
          field="requestedBy"
          value={requestedBy}
          onChange={setRequestedBy}
        />
        <InputField
          label={t('ta.form.requestedOn')}
          type="date"
          check={check}
          field="requestedOn"
          value={requestedOn}
          onChange={setRequestedOn}
        />
        <InputField
          label={t('ta.form.partner')}
          hint={t('ta.form.partnerHint')}
          check={check}
          field="partner"
          value={partner}
          onChange={setPartner}
        />
        <Field label={t('ta.form.status')} problems={check.shown('status')}>
          <OptionSelect
            value={status}
            options={TA_STATUSES}
            label={(o) => t(`ta.status.${o}`)}
            onChange={(o) => {
              setStatus(o);
              // A new status is dated today unless the planner gives its date.
              if (o !== (a?.status ?? 'requested') && statusOn === (a?.statusOn ?? ''))
                setStatusOn(today());
              check.changed('status');
            }}
          />
        </Field>
        <InputField
          label={t('ta.form.statusOn')}
          hint={t('ta.form.statusOnHint')}
          type="date"
          check={check}
          field="statusOn"
          value={statusOn}
          onChange={setStatusOn}
        />
      </div>
      <fieldset className="form-grid">
        <legend>{t('ta.form.recommendations')}</legend>
        {recommendations.length === 0 && <p className="muted">{t('ta.form.noRecommendations')}</p>}
        {recommendations.map((r) => (
          <label key={r.id} className="check-line">
            <input
              type="checkbox"
              checked={linked.has(r.id)}
              onChange={(e) => toggle(r.id, e.target.checked)}
            />
            {recommendationName(r)}
          </label>
        ))}
        <InlineProblems problems={check.shown('recommendationIds')} />
      </fieldset>
      <InputField
        label={t('ta.form.notes')}
        type="textarea"
        rows={2}
        check={check}
        field="notes"
        value={notes}
        onChange={setNotes}
      />
      <DialogButtons
        busy={action.busy}
        submit={t(a ? 'ta.form.saveSubmit' : 'ta.form.addSubmit')}
        onCancel={onCancel}
      />
    </form>
  );
}
