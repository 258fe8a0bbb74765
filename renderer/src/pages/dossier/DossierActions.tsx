// What a planner can start from a State's dossier: record a visit to it (the visit form opens with
// the State chosen) and ask it for its consent to a visit.
import { useState } from 'react';
import { DoneStatus } from '../../components/ActionStatus';
import { FormDialog } from '../../components/FormDialog';
import { thisYear } from '../../format/dates';
import { t } from '../../i18n';
import { recordVisitHref } from '../../router';
import { useMayCall } from '../../stores/session';
import { AskConsentForm } from '../consent/AskConsentForm';

export function DossierActions({ iso3, name }: { iso3: string; name: string }) {
  const mayRecord = useMayCall('visits.create');
  const mayAsk = useMayCall('consent.create');
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (!mayRecord && !mayAsk) return null;
  return (
    <div className="dossier-actions">
      <div className="button-row" role="group" aria-label={t('dossier.actions', { state: name })}>
        {mayRecord && (
          <a className="button-link" href={recordVisitHref(iso3)}>
            {t('dossier.recordVisit')}
          </a>
        )}
        {mayAsk && (
          <button
            type="button"
            onClick={() => {
              setNotice(null);
              setAsking(true);
            }}
          >
            {t('dossier.askConsent')}
          </button>
        )}
      </div>
      <DoneStatus message={notice} />
      {asking && (
        <FormDialog
          title={t('consent.dialog.ask', { state: name })}
          onClose={() => setAsking(false)}
          wide
        >
          {({ close, thenClose }) => (
            <AskConsentForm
              iso3={iso3}
              stateName={name}
              year={thisYear()}
              chooseYear
              onCancel={close}
              onDone={thenClose(setNotice)}
            />
          )}
        </FormDialog>
      )}
    </div>
  );
}
