import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import type { Visit } from '../../../../shared/api/types';
import { VISIT_KINDS, VISIT_MODES, VISIT_STATUSES } from '../../../../shared/domain/visits';
import { call, type ApiCallError } from '../../api/client';
import { describeError } from '../../components/ErrorPanel';
import { Facts } from '../../components/Facts';
import { Field } from '../../components/Field';
import { OptionSelect } from '../../components/OptionSelect';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { today } from '../../format/dates';
import { formatDate, t, type MessageKey } from '../../i18n';
import { dossierHref, visitHref } from '../../router';
import { ConsentField, useGrantedConsents, usePreselectConsent } from './ConsentPicker';
import { OverlapConfirm, overlappingIds } from './OverlapConfirm';
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

export const DATE_LABELS: Record<
  (typeof HYBRID_FIELDS)[number] | 'startDate' | 'endDate',
  MessageKey
> = {
  startDate: 'visitForm.startDate',
  endDate: 'visitForm.endDate',
  virtualStart: 'visitForm.virtualStart',
  virtualEnd: 'visitForm.virtualEnd',
  physicalStart: 'visitForm.physicalStart',
  physicalEnd: 'visitForm.physicalEnd',
};

const JUDGED_TOGETHER: readonly string[] = [
  'status',
  'startDate',
  'endDate',
  ...HYBRID_FIELDS,
  'consentRequestId',
];

/**
 * Records a visit. Cross-field rules run as the planner types (shown once a field has been
 * touched, or on submit); the server's own VALIDATION details appear next to the field they name.
 * Another visit to the same State on overlapping dates is recorded only once the planner confirms.
 */
export function RecordVisitForm({
  initialIso3 = '',
  onClose,
}: {
  initialIso3?: string;
  onClose: () => void;
}) {
  const action = useAction();
  const start = { ...EMPTY_VISIT, iso3: initialIso3 };
  const [values, setValues] = useState<VisitFormValues>(start);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  /** Fields changed since the server last refused the form: what it said of them is stale. */
  const [changedSinceRefusal, setChangedSinceRefusal] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [created, setCreated] = useState<Visit | null>(null);
  const consents = useGrantedConsents(values.iso3);
  const chooseConsent = useCallback(
    (id: string) => setValues((v) => ({ ...v, consentRequestId: id })),
    [],
  );
  usePreselectConsent(values.iso3, consents, values.consentRequestId, chooseConsent);
  const chosenConsent =
    consents.status === 'ready'
      ? (consents.data.find((c) => c.id === values.consentRequestId) ?? null)
      : null;
  const states = useApi('states.list', {});
  const stateName =
    (states.status === 'ready' && states.data.find((s) => s.iso3 === values.iso3)?.name) ||
    values.iso3;
  const stateSelect = useRef<HTMLDivElement>(null);
  const section = useRef<HTMLElement>(null);
  const statesReady = states.status === 'ready';
  useEffect(() => {
    // The form opens with focus on its first field (once the States have loaded and it can
    // take focus), unless the planner has already moved on.
    const active = document.activeElement;
    if (statesReady && (!active || active === document.body || active === section.current))
      stateSelect.current?.querySelector('select')?.focus();
  }, [statesReady]);
  useLayoutEffect(() => {
    section.current?.focus();
  }, []);

  const problems = formProblems(values, today());
  const overlap = overlappingIds(action.error);
  const serverProblems = groupByField(action.error?.fieldMessages ?? []);
  const shown = (field: string): string[] => [
    ...(submitted || touched.has(field) ? (problems[field] ?? []) : []),
    ...(changedSinceRefusal.has(field) ? [] : (serverProblems[field] ?? [])),
  ];
  const problemCount = Object.values(problems).reduce((n, list) => n + (list?.length ?? 0), 0);
  const advocacy = values.kind === 'advocacy';
  const confidentialByConsent = !advocacy && (chosenConsent?.confidential ?? false);

  const set = <F extends VisitField>(field: F, value: VisitFormValues[F]) => {
    setValues((v) => ({
      ...v,
      [field]: value,
      // Another State: its own consents are offered (the latest granted one chosen anew).
      ...(field === 'iso3' && value !== v.iso3 ? { consentRequestId: '' } : {}),
    }));
    setTouched((s) => new Set(s).add(field));
    // A change after the overlap question makes it stale: the form is sent (and checked) again.
    if (overlap) action.reset();
    // The server judges the dates, the status and the consent's window together.
    const group: readonly string[] = JUDGED_TOGETHER.includes(field) ? JUDGED_TOGETHER : [field];
    setChangedSinceRefusal((s) => new Set([...s, ...group]));
  };

  const save = async (confirmOverlap: boolean) => {
    setChangedSinceRefusal(new Set());
    const visit = await action.run(() =>
      call('visits.create', { ...toVisitInput(values), confirmOverlap }),
    );
    if (!visit) return;
    setCreated(visit);
    setValues(EMPTY_VISIT);
    setTouched(new Set());
    setSubmitted(false);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setCreated(null);
    if (problemCount > 0) {
      action.reset();
      return;
    }
    await save(false);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      onClose();
    }
  };

  const dateField = (field: keyof typeof DATE_LABELS) => (
    <Field key={field} label={t(DATE_LABELS[field])} problems={shown(field)}>
      <input type="date" value={values[field]} onChange={(e) => set(field, e.target.value)} />
    </Field>
  );

  return (
    <section
      ref={section}
      tabIndex={-1}
      id="record-visit-form"
      className="form-section"
      aria-labelledby="record-visit"
      onKeyDown={onKeyDown}
    >
      <h2 id="record-visit">{t('visitForm.title')}</h2>
      <form onSubmit={submit} noValidate>
        {submitted && problemCount > 0 && (
          <p className="form-summary" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t('visitForm.fixProblems', { count: problemCount })}
          </p>
        )}
        {action.error && !overlap && <SaveFailure error={action.error} />}
        <div className="form-grid">
          <div ref={stateSelect} className="field-wrap">
            <Field label={t('visitForm.state')} problems={shown('iso3')}>
              <StatePicker value={values.iso3} onChange={(iso3) => set('iso3', iso3)} />
            </Field>
          </div>
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
        {values.iso3 && !advocacy && (
          <div className="form-grid">
            <div className="field-wrap wide">
              <ConsentField
                consents={consents}
                value={values.consentRequestId}
                onChange={(id) => set('consentRequestId', id)}
                problems={shown('consentRequestId')}
                stateName={stateName}
              />
            </div>
          </div>
        )}
        {advocacy && <p className="field-hint">{t('visitForm.advocacyNoConsent')}</p>}
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
        <label className="filter-check check-line">
          <input
            type="checkbox"
            checked={values.confidential || confidentialByConsent}
            disabled={confidentialByConsent}
            onChange={(e) => set('confidential', e.target.checked)}
          />
          {t('visitForm.confidential')}
        </label>
        {confidentialByConsent && (
          <p className="field-hint">{t('visitForm.confidentialFromConsent')}</p>
        )}
        {overlap && action.error ? (
          <OverlapConfirm
            iso3={values.iso3}
            ids={overlap}
            error={action.error}
            question={t('visitOverlap.recordBoth')}
            confirmLabel={t('visitOverlap.confirmRecord')}
            busy={action.busy}
            onConfirm={() => void save(true)}
            onCancel={() => action.reset()}
          />
        ) : (
          <div className="button-row">
            <button type="submit" className="primary" disabled={action.busy}>
              {action.busy ? t('visitForm.saving') : t('visitForm.submit')}
            </button>
            <button type="button" onClick={onClose}>
              {t('visitForm.close')}
            </button>
          </div>
        )}
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
      <p className="button-row">
        <a href={visitHref(visit.id)}>{t('visitForm.openVisit')}</a>
        <a href={dossierHref(visit.iso3)}>
          {t('visitForm.openDossier', { state: visit.stateName })}
        </a>
      </p>
    </div>
  );
}
