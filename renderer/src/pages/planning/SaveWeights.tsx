import { useState } from 'react';
import type { Methodology } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { Field } from '../../components/Field';
import { useAction } from '../../data/useAction';
import { t } from '../../i18n';
import type { PlanSettings } from '../../stores/plan';
import { weightsDiffer } from './settings';

interface SaveWeightsProps {
  year: number;
  settings: PlanSettings;
  /** The saved methodology the sliders started from. */
  methodology: Methodology;
  /** Called with the methodology as saved (a new one when it had to be cloned). */
  onSaved: (methodology: Methodology) => void;
  /** Puts the sliders back to the saved methodology; not offered when absent. */
  onReset?: () => void;
  /** The label of the save button, when saving leads on to something else. */
  saveLabel?: string;
}

/**
 * Saves the sliders and parameters into the methodology — or, when an adopted list already uses
 * it (locked), into a new methodology cloned from it under a name the planner chooses.
 */
export function SaveWeights({
  year,
  settings,
  methodology,
  onSaved,
  onReset,
  saveLabel,
}: SaveWeightsProps) {
  const action = useAction();
  const [name, setName] = useState(() => t('planning.cloneName', { name: methodology.name, year }));
  const save = async () => {
    const saved = await action.run(
      () => {
        const { weights, params } = settings;
        return methodology.locked
          ? call('methodologies.clone', { id: methodology.id, name, weights, params })
          : call('methodologies.update', { id: methodology.id, weights, params });
      },
      (m) => t('planning.weightsSaved', { name: m.name, version: m.version }),
    );
    if (saved) onSaved(saved);
  };
  return (
    <div className="save-weights">
      {!weightsDiffer(settings, methodology) ? (
        <p className="field-hint">
          {t('planning.weightsMatch', { name: methodology.name, version: methodology.version })}
        </p>
      ) : (
        <>
          {methodology.locked && (
            <>
              <p className="note">{t('planning.lockedExplain', { name: methodology.name })}</p>
              <Field label={t('planning.cloneNameLabel')}>
                <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
              </Field>
            </>
          )}
          <div className="button-row">
            <button type="button" className="primary" onClick={save} disabled={action.busy}>
              {saveLabel ??
                (methodology.locked ? t('planning.saveAsNew') : t('planning.saveWeights'))}
            </button>
            {onReset && (
              <button type="button" onClick={onReset}>
                {t('planning.resetWeights')}
              </button>
            )}
          </div>
        </>
      )}
      <ActionStatus action={action} />
    </div>
  );
}
