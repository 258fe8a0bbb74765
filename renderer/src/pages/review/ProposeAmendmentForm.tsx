import { useState, type FormEvent } from 'react';
import type { AnnualList, ListEntry } from '../../../../shared/api/types';
import { VISIT_KINDS, type VisitKind } from '../../../../shared/domain/visits';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { Field } from '../../components/Field';
import { problemsAt, useAction } from '../../data/useAction';
import { t } from '../../i18n';
import { actionLabel } from './labels';

const ACTIONS = ['substitute', 'add', 'remove', 'changeKind'] as const;
type ProposedAction = (typeof ACTIONS)[number];

const byName = (a: ListEntry, b: ListEntry) => a.name.localeCompare(b.name);
const byRank = (a: ListEntry, b: ListEntry) => a.rank - b.rank;

/**
 * Proposes a change to the adopted list: add, remove, substitute (the replacement defaults to the
 * first State of the reserve list) or change the kind of visit, with the rationale.
 */
export function ProposeAmendmentForm({ list }: { list: AnnualList }) {
  const action = useAction();
  const [kindOfChange, setKindOfChange] = useState<ProposedAction>('substitute');
  const [iso3, setIso3] = useState('');
  const [chosenReplacement, setReplacement] = useState<string | null>(null);
  const [chosenKind, setKind] = useState<VisitKind | null>(null);
  const [rationale, setRationale] = useState('');
  const [missingState, setMissingState] = useState(false);

  const selected = list.entries.filter((e) => e.selection === 'selected').sort(byName);
  const reserve = list.entries.filter((e) => e.selection === 'reserve').sort(byRank);
  const others = list.entries.filter((e) => e.selection === 'none').sort(byName);
  const candidates = kindOfChange === 'add' ? [...reserve, ...others] : selected;
  const state = candidates.find((e) => e.iso3 === iso3);
  const replacement = chosenReplacement ?? reserve[0]?.iso3 ?? '';
  const needsKind = kindOfChange === 'add' || kindOfChange === 'changeKind';
  const kind = chosenKind ?? (state?.proposedKind as VisitKind | undefined) ?? 'comprehensive';

  const choose = (next: ProposedAction) => {
    setKindOfChange(next);
    setIso3('');
    setKind(null);
    action.reset();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMissingState(!state);
    if (!state) return;
    const proposed = await action.run(
      () =>
        call('plan.proposeAmendment', {
          year: list.year,
          action: kindOfChange,
          iso3: state.iso3,
          replacementIso3: kindOfChange === 'substitute' ? replacement || undefined : undefined,
          kind: needsKind ? kind : undefined,
          rationale,
        }),
      (a) =>
        t('review.amendmentProposed', {
          action: actionLabel(a.action),
          state: a.replacementName
            ? t('review.replacedBy', { state: a.stateName, replacement: a.replacementName })
            : a.stateName,
        }),
    );
    if (proposed) {
      setIso3('');
      setReplacement(null);
      setKind(null);
      setRationale('');
    }
  };

  return (
    <section className="form-section" aria-labelledby="propose-amendment">
      <h2 id="propose-amendment">{t('review.proposeTitle')}</h2>
      <p className="field-hint">{t('review.proposeIntro')}</p>
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <Field label={t('review.form.action')}>
            <select value={kindOfChange} onChange={(e) => choose(e.target.value as ProposedAction)}>
              {ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {actionLabel(a === 'changeKind' ? 'change_kind' : a)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label={t(kindOfChange === 'add' ? 'review.form.stateToAdd' : 'review.form.stateOnList')}
            problems={[
              ...(missingState && !state ? [t('review.form.chooseState')] : []),
              ...problemsAt(action.error, 'iso3'),
            ]}
          >
            <select value={iso3} onChange={(e) => setIso3(e.target.value)}>
              <option value="">{t('planning.chooseState')}</option>
              {candidates.map((e) => (
                <option key={e.iso3} value={e.iso3}>
                  {e.selection === 'reserve'
                    ? t('review.form.reserveOption', { state: e.name, rank: e.rank })
                    : e.name}
                </option>
              ))}
            </select>
          </Field>
          {kindOfChange === 'substitute' && (
            <Field
              label={t('review.form.replacement')}
              hint={t('review.form.replacementHint')}
              problems={problemsAt(action.error, 'replacementIso3')}
            >
              <select value={replacement} onChange={(e) => setReplacement(e.target.value)}>
                {[...reserve, ...others].map((e) => (
                  <option key={e.iso3} value={e.iso3}>
                    {e.selection === 'reserve'
                      ? t('review.form.reserveOption', { state: e.name, rank: e.rank })
                      : e.name}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {needsKind && (
            <Field label={t('review.form.kind')} problems={problemsAt(action.error, 'kind')}>
              <select value={kind} onChange={(e) => setKind(e.target.value as VisitKind)}>
                {VISIT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`visitKind.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </div>
        <Field
          label={t('review.form.rationale')}
          hint={t('review.form.rationaleHint')}
          problems={problemsAt(action.error, 'rationale')}
        >
          <textarea rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} />
        </Field>
        <button type="submit" className="primary" disabled={action.busy}>
          {t('review.form.submit')}
        </button>
        <ActionStatus action={action} />
      </form>
    </section>
  );
}
