// The visit page's two forms: "Move to…" a next status (with the date of the change, a reason
// when postponing or cancelling, the dates and the consent when scheduling or recording it as
// conducted), and "Edit details". Both check the cheap rules as the planner types, show the
// server's refusals (INVALID_TRANSITION, VALIDATION) at the field they concern, and ask before
// keeping two visits to a State on overlapping dates.
import { useCallback, useState, type FormEvent } from 'react';
import type { Visit } from '../../../../shared/api/types';
import {
  VISIT_KINDS,
  VISIT_MODES,
  type VisitKind,
  type VisitMode,
  type VisitStatus,
} from '../../../../shared/domain/visits';
import { call } from '../../api/client';
import { DialogButtons } from '../../components/DialogButtons';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { FormFailure } from '../../components/FormFailure';
import {
  addProblems,
  recordedDateProblems,
  useFormCheck,
  type Problems,
} from '../../components/formChecks';
import { OptionSelect } from '../../components/OptionSelect';
import { useAction, type Action } from '../../data/useAction';
import { today } from '../../format/dates';
import { lineList } from '../../format/lists';
import { t } from '../../i18n';
import { ConsentField, useGrantedConsents, usePreselectConsent } from './ConsentPicker';
import { OverlapConfirm, overlappingIds } from './OverlapConfirm';
import { DATE_LABELS } from './RecordVisitForm';
import { groupByField, HYBRID_FIELDS, needsConsent, visitRuleProblems } from './visitForm';

type DateField = keyof typeof DATE_LABELS;
type Dates = Record<DateField, string>;

const datesOf = (v: Visit): Dates => ({
  startDate: v.startDate ?? '',
  endDate: v.endDate ?? '',
  virtualStart: v.virtualStart ?? '',
  virtualEnd: v.virtualEnd ?? '',
  physicalStart: v.physicalStart ?? '',
  physicalEnd: v.physicalEnd ?? '',
});

/** The dates as the API takes them: '' is no date; only a hybrid visit has parts. */
function datesInput(d: Dates, mode: VisitMode) {
  const hybrid = mode === 'hybrid';
  return {
    startDate: d.startDate || null,
    endDate: d.endDate || null,
    virtualStart: hybrid ? d.virtualStart || null : null,
    virtualEnd: hybrid ? d.virtualEnd || null : null,
    physicalStart: hybrid ? d.physicalStart || null : null,
    physicalEnd: hybrid ? d.physicalEnd || null : null,
  };
}

/** The consent chosen for a visit; with `preselect`, the latest granted one when none is linked yet. */
function useConsentChoice(visit: Visit, preselect: boolean) {
  const [consentId, setConsentId] = useState(visit.consentRequestId ?? '');
  const consents = useGrantedConsents(visit.iso3, visit.consentRequestId);
  const choose = useCallback((id: string) => setConsentId(id), []);
  usePreselectConsent(preselect ? visit.iso3 : '', consents, consentId, choose);
  const chosen =
    consents.status === 'ready' ? (consents.data.find((c) => c.id === consentId) ?? null) : null;
  return { consentId, setConsentId, consents, chosen };
}

function DateInputs({
  fields,
  dates,
  shown,
  onChange,
}: {
  fields: readonly DateField[];
  dates: Dates;
  shown: (field: string) => string[];
  onChange: (field: DateField, value: string) => void;
}) {
  return (
    <>
      {fields.map((field) => (
        <Field key={field} label={t(DATE_LABELS[field])} problems={shown(field)}>
          <input
            type="date"
            value={dates[field]}
            onChange={(e) => onChange(field, e.target.value)}
          />
        </Field>
      ))}
    </>
  );
}

export function TransitionDialog({
  visit,
  to,
  onDone,
  onClose,
}: {
  visit: Visit;
  to: VisitStatus;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  return (
    <FormDialog
      title={t(`visitMove.title.${to}`)}
      intro={<p className="muted">{t(`visitMove.explain.${to}`)}</p>}
      onClose={onClose}
      wide={to === 'scheduled' || to === 'conducted'}
    >
      {({ close, thenClose }) => (
        <TransitionForm visit={visit} to={to} onCancel={close} onDone={thenClose(onDone)} />
      )}
    </FormDialog>
  );
}

function TransitionForm({
  visit,
  to,
  onDone,
  onCancel,
}: {
  visit: Visit;
  to: VisitStatus;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [on, setOn] = useState(today());
  const [reason, setReason] = useState('');
  const [dates, setDates] = useState<Dates>(datesOf(visit));
  const { consentId, setConsentId, consents } = useConsentChoice(visit, true);
  const withDates = to === 'scheduled' || to === 'conducted';
  const withReason = to === 'postponed' || to === 'cancelled';
  const withConsent = needsConsent(visit.kind, to);
  const dateFields: DateField[] = [
    'startDate',
    'endDate',
    ...(visit.mode === 'hybrid' ? HYBRID_FIELDS : []),
  ];

  const problems: Problems = {
    on: recordedDateProblems(on, today(), [
      { what: t('visitMove.lastChange'), on: visit.statusOn },
    ]),
  };
  if (withReason && !reason.trim())
    addProblems(problems, 'reason', [
      t(
        to === 'postponed'
          ? 'visitMove.reasonNeeded.postponed'
          : 'visitMove.reasonNeeded.cancelled',
      ),
    ]);
  if (withDates) {
    const rules = groupByField(
      visitRuleProblems(
        {
          ...datesInput(dates, visit.mode),
          mode: visit.mode,
          kind: visit.kind,
          status: to,
          consentRequestId: withConsent ? consentId || null : visit.consentRequestId,
        },
        today(),
      ),
    );
    for (const [field, list] of Object.entries(rules)) addProblems(problems, field, list ?? []);
  }
  const check = useFormCheck(problems, action.error, [[...dateFields, 'consentRequestId']]);
  const overlap = overlappingIds(action.error);
  /** A change after the overlap question makes it stale: the form is sent (and checked) again. */
  const changed = (field: string) => {
    check.changed(field);
    if (overlap) action.reset();
  };

  const send = async (confirmOverlap: boolean) => {
    const moved = await action.run(() =>
      call('visits.transition', {
        id: visit.id,
        to,
        on,
        ...(withReason || reason.trim() ? { reason: reason.trim() } : {}),
        ...(withDates ? datesInput(dates, visit.mode) : {}),
        ...(withConsent ? { consentRequestId: consentId || null } : {}),
        confirmOverlap,
      }),
    );
    if (moved)
      onDone(
        t('visitMove.done', {
          visit: t(`visitKind.${moved.kind}`),
          status: t(`visitStatus.${moved.status}`).toLowerCase(),
        }),
      );
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    await send(false);
  };

  return (
    <form onSubmit={submit} noValidate>
      {!overlap && (
        <FormFailure
          check={check}
          error={action.error}
          fields={['on', 'reason', 'consentRequestId', 'mode', ...dateFields]}
        />
      )}
      <div className="form-grid">
        <Field label={t('visitMove.on')} problems={check.shown('on')}>
          <input
            type="date"
            value={on}
            onChange={(e) => {
              setOn(e.target.value);
              changed('on');
            }}
          />
        </Field>
      </div>
      {withReason && (
        <Field label={t('visitMove.reason')} problems={check.shown('reason')}>
          <textarea
            rows={3}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              changed('reason');
            }}
          />
        </Field>
      )}
      {withDates && (
        <fieldset className="form-grid">
          <legend>{t('visitMove.dates')}</legend>
          <DateInputs
            fields={dateFields}
            dates={dates}
            shown={check.shown}
            onChange={(field, value) => {
              setDates((d) => ({ ...d, [field]: value }));
              changed(field);
            }}
          />
        </fieldset>
      )}
      {check.shown('mode').length > 0 && (
        <p className="field-problems">{check.shown('mode').join(' ')}</p>
      )}
      {withConsent && (
        <ConsentField
          consents={consents}
          value={consentId}
          onChange={(id) => {
            setConsentId(id);
            changed('consentRequestId');
          }}
          problems={check.shown('consentRequestId')}
          stateName={visit.stateName}
        />
      )}
      <SubmitOrConfirmOverlap
        visit={visit}
        overlap={overlap}
        action={action}
        submitLabel={t(`visitMove.submit.${to}`)}
        onConfirm={() => void send(true)}
        onCancel={onCancel}
      />
    </form>
  );
}

export function EditVisitDialog({
  visit,
  onDone,
  onClose,
}: {
  visit: Visit;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  return (
    <FormDialog title={t('visitEdit.title')} onClose={onClose} wide>
      {({ close, thenClose }) => (
        <EditVisitForm visit={visit} onCancel={close} onDone={thenClose(onDone)} />
      )}
    </FormDialog>
  );
}

function EditVisitForm({
  visit,
  onDone,
  onCancel,
}: {
  visit: Visit;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [kind, setKind] = useState<VisitKind>(visit.kind);
  const [mode, setMode] = useState<VisitMode>(visit.mode);
  const [dates, setDates] = useState<Dates>(datesOf(visit));
  const [team, setTeam] = useState(visit.team.join('\n'));
  const [agencies, setAgencies] = useState(visit.agenciesMet.join('\n'));
  const [notes, setNotes] = useState(visit.notes ?? '');
  const [confidential, setConfidential] = useState(visit.confidential);
  const { consentId, setConsentId, consents, chosen } = useConsentChoice(visit, false);
  const advocacy = kind === 'advocacy';
  const kindLocked = visit.reportId !== null;
  const confidentialLocked =
    visit.confidentialByConsent || (!advocacy && (chosen?.confidential ?? false));
  const dateFields: DateField[] = [
    'startDate',
    'endDate',
    ...(mode === 'hybrid' ? HYBRID_FIELDS : []),
  ];
  const problems = groupByField(
    visitRuleProblems(
      {
        ...datesInput(dates, mode),
        mode,
        kind,
        status: visit.status,
        consentRequestId: advocacy ? null : consentId || null,
      },
      today(),
    ),
  );
  const check = useFormCheck(problems, action.error, [[...dateFields, 'consentRequestId']]);
  const overlap = overlappingIds(action.error);
  /** A change after the overlap question makes it stale: the form is sent (and checked) again. */
  const changed = (field: string) => {
    check.changed(field);
    if (overlap) action.reset();
  };

  const send = async (confirmOverlap: boolean) => {
    const saved = await action.run(() =>
      call('visits.update', {
        id: visit.id,
        ...(kindLocked ? {} : { kind }),
        mode,
        ...datesInput(dates, mode),
        team: lineList(team),
        agenciesMet: lineList(agencies),
        notes: notes.trim() || null,
        consentRequestId: advocacy ? (visit.consentRequestId ?? null) : consentId || null,
        confidential: confidentialLocked || confidential,
        confirmOverlap,
      }),
    );
    if (saved) onDone(t('visitEdit.done'));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    await send(false);
  };

  return (
    <form onSubmit={submit} noValidate>
      {!overlap && (
        <FormFailure
          check={check}
          error={action.error}
          fields={[
            'kind',
            'mode',
            'team',
            'agenciesMet',
            'notes',
            'consentRequestId',
            'confidential',
            ...dateFields,
          ]}
        />
      )}
      <div className="form-grid">
        <Field
          label={t('visitForm.kind')}
          hint={kindLocked ? t('visitEdit.kindLocked') : undefined}
          problems={check.shown('kind')}
        >
          <OptionSelect
            value={kind}
            options={VISIT_KINDS}
            label={(o) => t(`visitKind.${o}`)}
            disabled={kindLocked}
            onChange={(o) => {
              setKind(o);
              changed('kind');
            }}
          />
        </Field>
        <Field
          label={t('visitForm.mode')}
          hint={t('visitForm.modeHint')}
          problems={check.shown('mode')}
        >
          <OptionSelect
            value={mode}
            options={VISIT_MODES}
            label={(o) => t(`visitMode.${o}`)}
            onChange={(o) => {
              setMode(o);
              changed('mode');
            }}
          />
        </Field>
        <DateInputs
          fields={['startDate', 'endDate']}
          dates={dates}
          shown={check.shown}
          onChange={(field, value) => {
            setDates((d) => ({ ...d, [field]: value }));
            changed(field);
          }}
        />
      </div>
      {mode === 'hybrid' && (
        <fieldset className="form-grid">
          <legend>{t('visitForm.hybridParts')}</legend>
          <DateInputs
            fields={HYBRID_FIELDS}
            dates={dates}
            shown={check.shown}
            onChange={(field, value) => {
              setDates((d) => ({ ...d, [field]: value }));
              changed(field);
            }}
          />
        </fieldset>
      )}
      {!advocacy && (
        <ConsentField
          consents={consents}
          value={consentId}
          onChange={(id) => {
            setConsentId(id);
            changed('consentRequestId');
          }}
          problems={check.shown('consentRequestId')}
          stateName={visit.stateName}
        />
      )}
      <div className="form-grid">
        <Field
          label={t('visitForm.team')}
          hint={t('visitForm.teamHint')}
          problems={check.shown('team')}
        >
          <textarea
            rows={3}
            value={team}
            onChange={(e) => {
              setTeam(e.target.value);
              changed('team');
            }}
          />
        </Field>
        <Field
          label={t('visitForm.agenciesMet')}
          hint={t('visitForm.teamHint')}
          problems={check.shown('agenciesMet')}
        >
          <textarea
            rows={3}
            value={agencies}
            onChange={(e) => {
              setAgencies(e.target.value);
              changed('agenciesMet');
            }}
          />
        </Field>
      </div>
      <Field label={t('visitForm.notes')} problems={check.shown('notes')}>
        <textarea
          rows={2}
          value={notes}
          onChange={(e) => {
            setNotes(e.target.value);
            changed('notes');
          }}
        />
      </Field>
      <label className="filter-check check-line">
        <input
          type="checkbox"
          checked={confidentialLocked || confidential}
          disabled={confidentialLocked}
          onChange={(e) => {
            setConfidential(e.target.checked);
            changed('confidential');
          }}
        />
        {t('visitForm.confidential')}
      </label>
      {confidentialLocked && <p className="field-hint">{t('visitEdit.confidentialLocked')}</p>}
      {check.shown('confidential').map((p) => (
        <p key={p} className="field-problems">
          {p}
        </p>
      ))}
      <SubmitOrConfirmOverlap
        visit={visit}
        overlap={overlap}
        action={action}
        submitLabel={t('visitEdit.submit')}
        onConfirm={() => void send(true)}
        onCancel={onCancel}
      />
    </form>
  );
}

/**
 * The dialog's buttons, or, once the server found another visit on overlapping dates, the
 * question whether to keep both (confirming sends the form again with confirmOverlap).
 */
function SubmitOrConfirmOverlap({
  visit,
  overlap,
  action,
  submitLabel,
  onConfirm,
  onCancel,
}: {
  visit: Visit;
  overlap: string[] | null;
  action: Action;
  submitLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  if (overlap && action.error)
    return (
      <OverlapConfirm
        iso3={visit.iso3}
        ids={overlap}
        error={action.error}
        question={t('visitOverlap.keepBoth')}
        confirmLabel={t('visitOverlap.confirmKeep')}
        busy={action.busy}
        onConfirm={onConfirm}
        onCancel={() => action.reset()}
      />
    );
  return <DialogButtons busy={action.busy} submit={submitLabel} onCancel={onCancel} />;
}
