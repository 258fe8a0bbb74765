import { useState, type FormEvent } from 'react';
import type { AnnualList, ListEntry } from '../../../../shared/api/types';
import { VISIT_KINDS, type VisitKind } from '../../../../shared/domain/visits';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { Field } from '../../components/Field';
import { OptionSelect } from '../../components/OptionSelect';
import { problemsAt, useAction } from '../../data/useAction';
import { compareNames, t } from '../../i18n';
import { actionLabel } from './labels';

const ACTIONS = ['substitute', 'add', 'remove', 'changeKind'] as const;
type ProposedAction = (typeof ACTIONS)[number];

const byName = (a: ListEntry, b: ListEntry) => compareNames(a.name, b.name);
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
  const entries = new Map(list.entries.map((e) => [e.iso3, e]));
  /** A State in words; one on the reserve list with its rank there. */
  const entryLabel = (iso3: string) => {
    const e = entries.get(iso3);
    if (!e) return iso3;
    return e.selection === 'reserve'
      ? t('review.form.reserveOption', { state: e.name, rank: e.rank })
      : e.name;
  };

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
            <OptionSelect
              value={kindOfChange}
              options={ACTIONS}
              label={(a) => actionLabel(a === 'changeKind' ? 'change_kind' : a)}
              onChange={choose}
            />
          </Field>
          <Field
            label={t(kindOfChange === 'add' ? 'review.form.stateToAdd' : 'review.form.stateOnList')}
            problems={[
              ...(missingState && !state ? [t('review.form.chooseState')] : []),
              ...problemsAt(action.error, 'iso3'),
            ]}
          >
            <OptionSelect
              value={iso3}
              options={candidates.map((e) => e.iso3)}
              label={entryLabel}
              emptyOption={t('planning.chooseState')}
              onChange={setIso3}
            />
          </Field>
          {kindOfChange === 'substitute' && (
            <Field
              label={t('review.form.replacement')}
              hint={t('review.form.replacementHint')}
              problems={problemsAt(action.error, 'replacementIso3')}
            >
              <OptionSelect
                value={replacement}
                options={[...reserve, ...others].map((e) => e.iso3)}
                label={entryLabel}
                onChange={setReplacement}
              />
            </Field>
          )}
          {needsKind && (
            <Field label={t('review.form.kind')} problems={problemsAt(action.error, 'kind')}>
              <OptionSelect
                value={kind}
                options={VISIT_KINDS}
                label={(k) => t(`visitKind.${k}`)}
                onChange={setKind}
              />
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
