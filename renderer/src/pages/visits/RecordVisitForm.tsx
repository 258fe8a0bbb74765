import { useState, type FormEvent } from 'react';
import type { Visit } from '../../../../shared/api/types';
import { VISIT_KINDS, VISIT_MODES, VISIT_STATUSES } from '../../../../shared/domain/visits';
import { call, type ApiCallError } from '../../api/client';
import { describeError } from '../../components/ErrorPanel';
import { Facts } from '../../components/Facts';
import { Field } from '../../components/Field';
import { OptionSelect } from '../../components/OptionSelect';
import { useAction } from '../../data/useAction';
import { formatDate, t, type MessageKey } from '../../i18n';
import { dossierHref } from '../../router';
import { StatePicker } from './StatePicker';
import {
  EMPTY_VISIT,
  formProblems,
  groupByField,
  HYBRID_FIELDS,
  toVisitInput,
  type VisitField,
  type VisitFormValues,
} from './visitForm';

const DATE_LABELS: Record<(typeof HYBRID_FIELDS)[number] | 'startDate' | 'endDate', MessageKey> = {
  startDate: 'visitForm.startDate',
  endDate: 'visitForm.endDate',
  virtualStart: 'visitForm.virtualStart',
  virtualEnd: 'visitForm.virtualEnd',
  physicalStart: 'visitForm.physicalStart',
  physicalEnd: 'visitForm.physicalEnd',
};

/**
 * Records a visit. Cross-field rules run as the planner types (shown once a field has been
 * touched, or on submit); the server's own VALIDATION details appear next to the field they name.
 */
export function RecordVisitForm() {
  const action = useAction();
  const [values, setValues] = useState<VisitFormValues>(EMPTY_VISIT);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  /** Fields changed since the server last refused the form: what it said of them is stale. */
  const [changedSinceRefusal, setChangedSinceRefusal] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [created, setCreated] = useState<Visit | null>(null);

  const problems = formProblems(values);
  const serverProblems = groupByField(action.error?.fieldMessages ?? []);
  const shown = (field: string): string[] => [
    ...(submitted || touched.has(field) ? (problems[field] ?? []) : []),
    ...(changedSinceRefusal.has(field) ? [] : (serverProblems[field] ?? [])),
  ];
  const problemCount = Object.values(problems).reduce((n, list) => n + (list?.length ?? 0), 0);

  const set = <F extends VisitField>(field: F, value: VisitFormValues[F]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setTouched((s) => new Set(s).add(field));
    setChangedSinceRefusal((s) => new Set(s).add(field));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setCreated(null);
    if (problemCount > 0) {
      action.reset();
      return;
    }
    setChangedSinceRefusal(new Set());
    const visit = await action.run(() => call('visits.create', toVisitInput(values)));
    if (!visit) return;
    setCreated(visit);
    setValues(EMPTY_VISIT);
    setTouched(new Set());
    setSubmitted(false);
  };

  const dateField = (field: keyof typeof DATE_LABELS) => (
    <Field key={field} label={t(DATE_LABELS[field])} problems={shown(field)}>
      <input type="date" value={values[field]} onChange={(e) => set(field, e.target.value)} />
    </Field>
  );

  return (
    <section className="form-section" aria-labelledby="record-visit">
      <h2 id="record-visit">{t('visitForm.title')}</h2>
      <form onSubmit={submit} noValidate>
        {submitted && problemCount > 0 && (
          <p className="form-summary" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t('visitForm.fixProblems', { count: problemCount })}
          </p>
        )}
        {action.error && <SaveFailure error={action.error} />}
        <div className="form-grid">
          <Field label={t('visitForm.state')} problems={shown('iso3')}>
            <StatePicker value={values.iso3} onChange={(iso3) => set('iso3', iso3)} />
          </Field>
          <Field label={t('visitForm.kind')} problems={shown('kind')}>
            <OptionSelect
              value={values.kind}
              options={VISIT_KINDS}
              label={(o) => t(`visitKind.${o}`)}
              onChange={(o) => set('kind', o)}
            />
          </Field>
          <Field
            label={t('visitForm.mode')}
            hint={t('visitForm.modeHint')}
            problems={shown('mode')}
          >
            <OptionSelect
              value={values.mode}
              options={VISIT_MODES}
              label={(o) => t(`visitMode.${o}`)}
              onChange={(o) => set('mode', o)}
            />
          </Field>
          <Field label={t('visitForm.status')} problems={shown('status')}>
            <OptionSelect
              value={values.status}
              options={VISIT_STATUSES}
              label={(o) => t(`visitStatus.${o}`)}
              onChange={(o) => set('status', o)}
            />
          </Field>
          {dateField('startDate')}
          {dateField('endDate')}
        </div>
        {values.mode === 'hybrid' && (
          <fieldset className="form-grid">
            <legend>{t('visitForm.hybridParts')}</legend>
            {HYBRID_FIELDS.map(dateField)}
          </fieldset>
        )}
        <div className="form-grid">
          <Field
            label={t('visitForm.team')}
            hint={t('visitForm.teamHint')}
            problems={shown('team')}
          >
            <textarea rows={3} value={values.team} onChange={(e) => set('team', e.target.value)} />
          </Field>
          <Field label={t('visitForm.notes')} problems={shown('notes')}>
            <textarea
              rows={3}
              value={values.notes}
              onChange={(e) => set('notes', e.target.value)}
            />
          </Field>
        </div>
        <label className="filter-check">
          <input
            type="checkbox"
            checked={values.confidential}
            onChange={(e) => set('confidential', e.target.checked)}
          />
          {t('visitForm.confidential')}
        </label>
        <button type="submit" className="primary" disabled={action.busy}>
          {action.busy ? t('visitForm.saving') : t('visitForm.submit')}
        </button>
      </form>
      {created && <Confirmation visit={created} />}
    </section>
  );
}

/** Why the server refused. Problems it tied to a field of the form are shown at that field. */
function SaveFailure({ error }: { error: ApiCallError }) {
  const elsewhere = error.fieldMessages.filter((p) => !(p.field in EMPTY_VISIT));
  let detail = describeError(error);
  if (error.fieldMessages.length > 0) {
    detail = elsewhere.length
      ? elsewhere.map((p) => p.message).join(' ')
      : t('visitForm.seeFields');
  }
  return (
    <p className="form-summary" role="alert">
      <span aria-hidden="true">⚠ </span>
      {t('visitForm.notSaved')} {detail}
    </p>
  );
}

function Confirmation({ visit }: { visit: Visit }) {
  return (
    <div className="panel panel-success" role="status">
      <h3 className="panel-title">
        <span aria-hidden="true">✓ </span>
        {t('visitForm.recorded', { state: visit.stateName })}
      </h3>
      <Facts
        items={[
          [t('visitForm.state'), visit.stateName],
          [t('visitForm.kind'), t(`visitKind.${visit.kind}`)],
          [t('visitForm.mode'), t(`visitMode.${visit.mode}`)],
          [t('visitForm.status'), t(`visitStatus.${visit.status}`)],
          [
            t('visitForm.dates'),
            t('common.dateRange', {
              from: formatDate(visit.startDate),
              to: formatDate(visit.endDate),
            }),
          ],
          [t('visitForm.team'), visit.team.join(', ') || t('common.none')],
          [t('visitForm.confidentialShort'), visit.confidential ? t('common.yes') : t('common.no')],
        ]}
      />
      <p>
        <a href={dossierHref(visit.iso3)}>
          {t('visitForm.openDossier', { state: visit.stateName })}
        </a>
      </p>
    </div>
  );
}
