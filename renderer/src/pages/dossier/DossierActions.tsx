// What a planner can start from a State's dossier: record a visit to it (the visit form opens with
// the State chosen), ask it for its consent to a visit, and record a signal about it. Each is
// offered only to the roles that may do it.
import { useState } from 'react';
import { DoneStatus } from '../../components/ActionStatus';
import { FormDialog } from '../../components/FormDialog';
import { RoleNote } from '../../components/RoleNote';
import { thisYear } from '../../format/dates';
import { t } from '../../i18n';
import { recordVisitHref } from '../../router';
import { useMayCall } from '../../stores/session';
import { AskConsentForm } from '../consent/AskConsentForm';
import { SignalDialog } from './SignalDialog';

export function DossierActions({ iso3, name }: { iso3: string; name: string }) {
  const mayRecord = useMayCall('visits.create');
  const mayAsk = useMayCall('consent.create');
  const maySignal = useMayCall('signals.create');
  const [open, setOpen] = useState<'ask' | 'signal' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!mayRecord && !mayAsk && !maySignal) return <RoleNote what={t('dossier.actionsWhat')} />;
  const opener = (dialog: 'ask' | 'signal') => () => {
    setNotice(null);
    setOpen(dialog);
  };
  const close = () => setOpen(null);
  return (
    <div className="dossier-actions">
      <div className="button-row" role="group" aria-label={t('dossier.actions', { state: name })}>
        {mayRecord && (
          <a className="button-link" href={recordVisitHref(iso3)}>
            {t('dossier.recordVisit')}
          </a>
        )}
        {mayAsk && (
          <button type="button" onClick={opener('ask')}>
            {t('dossier.askConsent')}
          </button>
        )}
        {maySignal && (
          <button type="button" onClick={opener('signal')}>
            {t('dossier.addSignal')}
          </button>
        )}
      </div>
      <DoneStatus message={notice} />
      {open === 'signal' && (
        <SignalDialog iso3={iso3} name={name} onDone={setNotice} onClose={close} />
      )}
      {open === 'ask' && (
        <FormDialog title={t('consent.dialog.ask', { state: name })} onClose={close} wide>
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
