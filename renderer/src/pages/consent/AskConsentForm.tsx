// Asks a State for its consent to a visit (a note verbale). When the State is selected on the
// year's adopted list, the request is recorded as made from the list; otherwise it is a request
// outside the list (the State's own invitation, an advocacy visit).
import { useState, type FormEvent } from 'react';
import { isRefusal } from '../../../../shared/domain/consent';
import { call } from '../../api/client';
import { standingWords } from '../../columns/consent';
import { describeError } from '../../components/ErrorPanel';
import { Field } from '../../components/Field';
import { FormFailure } from '../../components/FormFailure';
import {
  addProblems,
  rangeProblems,
  recordedDateProblems,
  useFormCheck,
  type Problems,
} from '../../components/formChecks';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { thisYear, today } from '../../format/dates';
import { formatDate, t } from '../../i18n';

const FIELDS = ['year', 'sentOn', 'noteVerbaleRef', 'proposedFrom', 'proposedTo', 'listEntryId'];

export function AskConsentForm({
  iso3,
  stateName,
  year: initialYear,
  chooseYear = false,
  onDone,
  onCancel,
}: {
  iso3: string;
  stateName: string;
  year: number;
  /** Offer a choice of year (from the dossier); on the Consent page the year is the page's. */
  chooseYear?: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [year, setYear] = useState(initialYear);
  const [sentOn, setSentOn] = useState(today());
  const [ref, setRef] = useState('');
  const [proposedFrom, setProposedFrom] = useState('');
  const [proposedTo, setProposedTo] = useState('');
  const overview = useApi('consent.overview', { year });
  const row =
    overview.status === 'ready' ? overview.data.rows.find((r) => r.iso3 === iso3) : undefined;
  const listEntryId = row?.onList ? row.listEntryId : null;
  const live = row?.request && !isRefusal(row.request.reply) ? row.request : null;

  const problems: Problems = { sentOn: recordedDateProblems(sentOn, today()) };
  if (!ref.trim()) addProblems(problems, 'noteVerbaleRef', [t('consent.form.refNeeded')]);
  addProblems(
    problems,
    'proposedTo',
    rangeProblems(proposedFrom, proposedTo, t('consent.form.windowOrder')),
  );
  const check = useFormCheck(problems, action.error);
  const changed = (field: string, set: (v: string) => void) => (value: string) => {
    set(value);
    check.changed(field);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const created = await action.run(() =>
      call('consent.create', {
        iso3,
        year,
        sentOn,
        noteVerbaleRef: ref.trim(),
        ...(listEntryId ? { listEntryId } : {}),
        ...(proposedFrom ? { proposedFrom } : {}),
        ...(proposedTo ? { proposedTo } : {}),
      }),
    );
    if (created)
      onDone(
        t('consent.done.ask', {
          state: created.stateName,
          ref: created.noteVerbaleRef ?? '',
        }),
      );
  };

  const years = Array.from({ length: 4 }, (_, i) => thisYear() - 1 + i);
  return (
    <form onSubmit={submit} noValidate>
      <FormFailure check={check} error={action.error} fields={FIELDS} />
      {overview.status === 'error' && (
        <p className="field-problems">{describeError(overview.error)}</p>
      )}
      {overview.status === 'ready' && (
        <p className="muted">
          {listEntryId && row
            ? t('consent.form.onList', { state: stateName, year, rank: row.rank ?? '' })
            : t('consent.form.outsideList', { state: stateName, year })}
          {live && (
            <>
              {' '}
              <strong>
                {t('consent.form.alreadyAsked', {
                  state: stateName,
                  year,
                  standing: standingWords(live.reply, live.reminders),
                  date: formatDate(live.sentOn),
                })}
              </strong>
            </>
          )}
        </p>
      )}
      <div className="form-grid">
        {chooseYear && (
          <Field label={t('consent.form.year')} problems={check.shown('year')}>
            <select
              value={year}
              onChange={(e) => {
                setYear(Number(e.target.value));
                check.changed('year');
              }}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={t('consent.form.sentOn')} problems={check.shown('sentOn')}>
          <input
            type="date"
            value={sentOn}
            onChange={(e) => changed('sentOn', setSentOn)(e.target.value)}
          />
        </Field>
        <Field
          label={t('consent.form.ref')}
          hint={t('consent.form.refHint')}
          problems={check.shown('noteVerbaleRef')}
        >
          <input
            type="text"
            value={ref}
            placeholder={`CTED/NV/${sentOn.slice(0, 4) || year}/`}
            onChange={(e) => changed('noteVerbaleRef', setRef)(e.target.value)}
          />
        </Field>
      </div>
      <fieldset className="form-grid">
        <legend>{t('consent.form.askWindow')}</legend>
        <Field label={t('consent.form.proposedFrom')} problems={check.shown('proposedFrom')}>
          <input
            type="date"
            value={proposedFrom}
            onChange={(e) => changed('proposedFrom', setProposedFrom)(e.target.value)}
          />
        </Field>
        <Field label={t('consent.form.proposedTo')} problems={check.shown('proposedTo')}>
          <input
            type="date"
            value={proposedTo}
            onChange={(e) => changed('proposedTo', setProposedTo)(e.target.value)}
          />
        </Field>
      </fieldset>
      <div className="button-row">
        <button
          type="submit"
          className="primary"
          disabled={action.busy || overview.status !== 'ready'}
        >
          {action.busy ? t('form.saving') : t('consent.form.askSubmit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
