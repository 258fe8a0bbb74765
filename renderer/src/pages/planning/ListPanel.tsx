import { useState } from 'react';
import type { AnnualList, Methodology } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { Facts } from '../../components/Facts';
import { useAction } from '../../data/useAction';
import { t } from '../../i18n';
import { pageHref } from '../../router';
import type { PlanSettings } from '../../stores/plan';
import { useMayCall, useSession } from '../../stores/session';
import { AdoptButton } from './AdoptDialog';
import { listFacts } from './listFacts';
import { SaveWeights } from './SaveWeights';
import { cleanConstraints, draftDiffers, weightsDiffer } from './settings';

interface ListPanelProps {
  year: number;
  list: AnnualList | null;
  settings: PlanSettings;
  methodology: Methodology;
  onMethodologySaved: (methodology: Methodology) => void;
}

/** The year's list as saved (status, version, methodology) and what can be done with it next. */
export function ListPanel({
  year,
  list,
  settings,
  methodology,
  onMethodologySaved,
}: ListPanelProps) {
  return (
    <section className="panel list-panel" aria-labelledby="list-heading">
      <h2 id="list-heading" className="panel-title">
        {t('planning.listTitle', { year })}
      </h2>
      <Facts items={listFacts(list)} />
      <StatusMessage
        year={year}
        list={list}
        unsaved={!list || draftDiffers(settings, list, methodology)}
      />
      <ListActions
        year={year}
        list={list}
        settings={settings}
        methodology={methodology}
        onMethodologySaved={onMethodologySaved}
      />
    </section>
  );
}

function StatusMessage({
  year,
  list,
  unsaved,
}: {
  year: number;
  list: AnnualList | null;
  unsaved: boolean;
}) {
  if (list?.status === 'adopted') {
    return (
      <p className="note" role="note">
        {t('planning.adoptedMessage', { year })}{' '}
        <a href={pageHref('review')}>{t('planning.goToReview')}</a>
      </p>
    );
  }
  if (list?.status === 'proposed')
    return <p className="note">{t('planning.proposedMessage', { year })}</p>;
  if (!list) return <p className="field-hint">{t('planning.noListYet', { year })}</p>;
  return unsaved ? <p className="field-hint">{t('planning.unsavedChanges')}</p> : null;
}

function ListActions({ year, list, settings, methodology, onMethodologySaved }: ListPanelProps) {
  const user = useSession((s) => s.currentUser);
  const maySave = useMayCall('plan.saveDraft');
  const mayAdopt = useMayCall('plan.adopt');
  const action = useAction();
  const [askWeightsFirst, setAskWeightsFirst] = useState(false);
  const status = list?.status ?? null;
  const editable = status === null || status === 'draft';

  const saveDraft = (methodologyId: string) => {
    setAskWeightsFirst(false);
    void action.run(
      () =>
        call('plan.saveDraft', {
          year,
          methodologyId,
          capacity: settings.capacity,
          reserveSize: settings.reserveSize,
          constraints: cleanConstraints(settings.constraints),
        }),
      (saved) =>
        t('planning.draftSaved', {
          year,
          count: saved.entries.filter((e) => e.selection === 'selected').length,
        }),
    );
  };
  const propose = () =>
    void action.run(
      () => call('plan.propose', { year }),
      () => t('planning.proposed', { year }),
    );
  const unsavedDraft = !list || draftDiffers(settings, list, methodology);
  const role = user ? t(`role.${user.role}`) : '';

  return (
    <div className="list-actions">
      {editable && maySave && (
        <div className="button-row">
          <button
            type="button"
            onClick={() =>
              weightsDiffer(settings, methodology)
                ? setAskWeightsFirst(true)
                : saveDraft(methodology.id)
            }
            disabled={action.busy}
          >
            {t('planning.saveDraft')}
          </button>
          {status === 'draft' && (
            <button
              type="button"
              className="primary"
              onClick={propose}
              disabled={action.busy || unsavedDraft}
            >
              {t('planning.propose')}
            </button>
          )}
        </div>
      )}
      {status === 'draft' && maySave && unsavedDraft && (
        <p className="field-hint">{t('planning.proposeNeedsSave')}</p>
      )}
      {askWeightsFirst && (
        <div className="panel confirm-panel" role="group" aria-labelledby="weights-first">
          <p id="weights-first">{t('planning.weightsFirst', { name: methodology.name })}</p>
          <SaveWeights
            year={year}
            settings={settings}
            methodology={methodology}
            saveLabel={t('planning.saveWeightsThenDraft')}
            onSaved={(saved) => {
              onMethodologySaved(saved);
              saveDraft(saved.id);
            }}
          />
          <button type="button" onClick={() => setAskWeightsFirst(false)}>
            {t('planning.cancel')}
          </button>
        </div>
      )}
      {status === 'proposed' && mayAdopt && <AdoptButton year={year} action={action} />}
      {status === 'proposed' && !mayAdopt && (
        <p className="field-hint">{t('planning.adoptIsForCtc')}</p>
      )}
      {editable && !maySave && (
        <p className="field-hint">
          {t('planning.saveIsForPlanners', { name: user?.name ?? '', role })}
        </p>
      )}
      <ActionStatus action={action} />
    </div>
  );
}
