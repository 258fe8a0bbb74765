// The visit's practical details as the team lives it: the agencies met, and the parts of the visit
// (a virtual opening, days in the capital, a border post…) with their dates within the visit's.
import { useState, type FormEvent } from 'react';
import type { PracticalDetails as Details, Visit } from '../../../../shared/api/types';
import { isIsoDate } from '../../../../shared/domain/dates';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { DataTable } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { Facts } from '../../components/Facts';
import { FormFailure } from '../../components/FormFailure';
import { addProblems, useFormCheck, type Problems } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { lineList } from '../../format/lists';
import { formatDate, t } from '../../i18n';

interface PartRow {
  /** Keeps each row's controls stable while rows are added and removed. */
  key: number;
  label: string;
  place: string;
  startDate: string;
  endDate: string;
}

export function PracticalDetails({ visit, mayWrite }: { visit: Visit; mayWrite: boolean }) {
  const details = useApi('practicalDetails.get', { visitId: visit.id });
  return (
    <section aria-labelledby="field-practical">
      <h3 id="field-practical">{t('field.tab.practical')}</h3>
      <AsyncView state={details}>
        {(d) =>
          mayWrite ? <PracticalForm visit={visit} details={d} /> : <PracticalView details={d} />
        }
      </AsyncView>
    </section>
  );
}

function PracticalView({ details }: { details: Details }) {
  return (
    <>
      <Facts
        items={[
          [t('field.practical.agencies'), details.agenciesMet.join(', ') || t('common.none')],
        ]}
      />
      <DataTable
        caption={t('field.practical.parts')}
        emptyMessage={t('field.practical.noParts')}
        columns={[
          { id: 'label', header: t('field.practical.label'), cell: (p) => p.label },
          { id: 'place', header: t('field.practical.place'), cell: (p) => p.place ?? '' },
          {
            id: 'from',
            header: t('field.practical.from'),
            cell: (p) => <DateText date={p.startDate} />,
          },
          { id: 'to', header: t('field.practical.to'), cell: (p) => <DateText date={p.endDate} /> },
        ]}
        rows={details.parts}
        rowKey={(p) => p.id}
      />
    </>
  );
}

/** A part's problems, field by field ("parts.0.endDate"), as the server names them. */
function partProblems(problems: Problems, part: PartRow, i: number, visit: Visit) {
  const at = (field: string) => `parts.${i}.${field}`;
  if (part.label.trim().length < 2)
    addProblems(problems, at('label'), [t('field.practical.labelNeeded')]);
  for (const field of ['startDate', 'endDate'] as const) {
    const value = part[field];
    if (!value) addProblems(problems, at(field), [t('form.enterDate')]);
    else if (!isIsoDate(value)) addProblems(problems, at(field), [t('form.realDate')]);
  }
  if (part.startDate && part.endDate && part.endDate < part.startDate)
    addProblems(problems, at('endDate'), [t('form.endsBeforeStart')]);
  const lastDay = visit.endDate ?? visit.startDate;
  if (
    visit.startDate &&
    lastDay &&
    part.startDate &&
    part.endDate &&
    (part.startDate < visit.startDate || part.endDate > lastDay)
  )
    addProblems(problems, at('startDate'), [
      t('field.practical.outsideVisit', {
        from: formatDate(visit.startDate),
        to: formatDate(lastDay),
      }),
    ]);
}

function PracticalForm({ visit, details }: { visit: Visit; details: Details }) {
  const action = useAction();
  const [agencies, setAgencies] = useState(details.agenciesMet.join('\n'));
  const [parts, setParts] = useState<PartRow[]>(() =>
    details.parts.map((p, key) => ({ key, ...p, place: p.place ?? '' })),
  );
  const [nextKey, setNextKey] = useState(details.parts.length);
  const problems: Problems = {};
  parts.forEach((p, i) => partProblems(problems, p, i, visit));
  const check = useFormCheck(problems, action.error);
  const change = (key: number, patch: Partial<PartRow>) =>
    setParts((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    setParts((rows) => [
      ...rows,
      {
        key: nextKey,
        label: '',
        place: '',
        startDate: visit.startDate ?? '',
        endDate: visit.endDate ?? '',
      },
    ]);
    setNextKey((k) => k + 1);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    await action.run(
      () =>
        call('practicalDetails.update', {
          visitId: visit.id,
          agenciesMet: lineList(agencies),
          parts: parts.map((p) => ({
            label: p.label.trim(),
            place: p.place.trim() || null,
            startDate: p.startDate,
            endDate: p.endDate,
          })),
        }),
      () => t('field.practical.saved'),
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <p className="muted">
        {t('field.practical.visitDates', {
          from: formatDate(visit.startDate),
          to: formatDate(visit.endDate ?? visit.startDate),
        })}
      </p>
      <FormFailure
        check={check}
        error={action.error}
        fields={['agenciesMet', ...Object.keys(problems)]}
      />
      <InputField
        label={t('field.practical.agencies')}
        hint={t('field.onePerLine')}
        type="textarea"
        rows={5}
        check={check}
        field="agenciesMet"
        value={agencies}
        onChange={setAgencies}
      />
      <h4>{t('field.practical.parts')}</h4>
      {parts.length === 0 && <p className="muted">{t('field.practical.noParts')}</p>}
      {parts.map((p, i) => (
        <fieldset key={p.key} className="form-grid visit-part">
          <legend>{t('field.practical.partN', { n: i + 1 })}</legend>
          <InputField
            label={t('field.practical.label')}
            maxLength={200}
            check={check}
            field={`parts.${i}.label`}
            value={p.label}
            onChange={(label) => change(p.key, { label })}
          />
          <InputField
            label={t('field.practical.place')}
            maxLength={200}
            check={check}
            field={`parts.${i}.place`}
            value={p.place}
            onChange={(place) => change(p.key, { place })}
          />
          <InputField
            label={t('field.practical.from')}
            type="date"
            check={check}
            field={`parts.${i}.startDate`}
            value={p.startDate}
            onChange={(startDate) => change(p.key, { startDate })}
          />
          <InputField
            label={t('field.practical.to')}
            type="date"
            check={check}
            field={`parts.${i}.endDate`}
            value={p.endDate}
            onChange={(endDate) => change(p.key, { endDate })}
          />
          <div>
            <button
              type="button"
              className="small"
              onClick={() => setParts((rows) => rows.filter((r) => r.key !== p.key))}
            >
              {t('field.practical.removePart', { n: i + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" onClick={add}>
          {t('field.practical.addPart')}
        </button>
        <button type="submit" className="primary" disabled={action.busy}>
          {action.busy ? t('form.saving') : t('field.practical.save')}
        </button>
      </div>
      {/* A refusal shows above the fields (FormFailure); here, progress and success. */}
      <ActionStatus action={{ ...action, error: null }} />
    </form>
  );
}
