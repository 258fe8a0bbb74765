// Asks a State for its consent to a visit (a note verbale). When the State is selected on the
// year's adopted list, the request is recorded as made from the list; otherwise it is a request
// outside the list (the State's own invitation, an advocacy visit).
import { useState, type FormEvent } from 'react';
import { isRefusal } from '../../../../shared/domain/consent';
import { call } from '../../api/client';
import { standingWords } from '../../columns/consent';
import { DialogButtons } from '../../components/DialogButtons';
import { describeError } from '../../components/ErrorPanel';
import { Field } from '../../components/Field';
import { FormFailure } from '../../components/FormFailure';
import {
  addProblems,
  rangeProblems,
  recordedDateProblems,
  useFormCheck,
  type FormCheck,
  type Problems,
} from '../../components/formChecks';
import { InputField } from '../../components/InputField';
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
        <InputField
          label={t('consent.form.sentOn')}
          type="date"
          check={check}
          field="sentOn"
          value={sentOn}
          onChange={setSentOn}
        />
        <InputField
          label={t('consent.form.ref')}
          hint={t('consent.form.refHint')}
          placeholder={`CTED/NV/${sentOn.slice(0, 4) || year}/`}
          check={check}
          field="noteVerbaleRef"
          value={ref}
          onChange={setRef}
        />
      </div>
      <WindowFields
        legend={t('consent.form.askWindow')}
        check={check}
        from={proposedFrom}
        to={proposedTo}
        onFrom={setProposedFrom}
        onTo={setProposedTo}
      />
      <DialogButtons
        busy={action.busy}
        disabled={overview.status !== 'ready'}
        submit={t('consent.form.askSubmit')}
        onCancel={onCancel}
      />
    </form>
  );
}

/** The window of dates of a visit: the one CTED asks about, or the one the State proposes. */
export function WindowFields({
  legend,
  check,
  from,
  to,
  onFrom,
  onTo,
}: {
  legend: string;
  check: FormCheck;
  from: string;
  to: string;
  onFrom: (value: string) => void;
  onTo: (value: string) => void;
}) {
  return (
    <fieldset className="form-grid">
      <legend>{legend}</legend>
      <InputField
        label={t('consent.form.proposedFrom')}
        type="date"
        check={check}
        field="proposedFrom"
        value={from}
        onChange={onFrom}
      />
      <InputField
        label={t('consent.form.proposedTo')}
        type="date"
        check={check}
        field="proposedTo"
        value={to}
        onChange={onTo}
      />
    </fieldset>
  );
}
