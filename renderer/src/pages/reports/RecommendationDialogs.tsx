// The forms of a report's recommendations: add or edit one (code, text, thematic area, priority,
// technical assistance and its partners, confidentiality), and record a new status with its
// evidence and source — a status other than "not started" is never a bare claim.
import { useState, type FormEvent } from 'react';
import type { Recommendation } from '../../../../shared/api/types';
import {
  needsEvidence,
  PRIORITIES,
  RECOMMENDATION_STATUSES,
  THEMATIC_AREAS,
  type Priority,
  type RecommendationStatus,
} from '../../../../shared/domain/reports';
import { call } from '../../api/client';
import { thematicAreaLabel } from '../../columns/recommendations';
import { DialogButtons } from '../../components/DialogButtons';
import { Field, InlineProblems } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { FormFailure } from '../../components/FormFailure';
import {
  addProblems,
  recordedDateProblems,
  useFormCheck,
  type Problems,
} from '../../components/formChecks';
import { CheckboxLine, InputField } from '../../components/InputField';
import { OptionSelect } from '../../components/OptionSelect';
import { useAction } from '../../data/useAction';
import { today } from '../../format/dates';
import { commaList } from '../../format/lists';
import { formatDate, t } from '../../i18n';

const AREA_KEYS: readonly string[] = THEMATIC_AREAS.map((a) => a.key);

/** The recommendation's code, or words saying it has none (older records). */
export const codeOf = (r: Recommendation): string => r.code ?? t('recommendation.uncoded');

/** "R-03: Adopt a national strategy…", for titles and screen-reader labels. */
export function recommendationName(r: Recommendation): string {
  const text = r.text.length > 60 ? `${r.text.slice(0, 57)}…` : r.text;
  return r.code ? t('recommendation.name', { code: r.code, text }) : text;
}

/** The code after the highest "R-nn" of a report: R-35 after R-34 (R-01 for the first). */
export function nextCode(existing: readonly Recommendation[]): string {
  const numbers = existing.map((r) => /^R-(\d+)$/.exec(r.code ?? '')?.[1]).filter(Boolean);
  const next = Math.max(0, ...numbers.map(Number)) + 1;
  return `R-${String(next).padStart(2, '0')}`;
}

/** Add a recommendation to a report (no `recommendation`) or edit one. */
export function RecommendationDialog({
  reportId,
  suggestedCode = '',
  wordingFixed,
  recommendation,
  onDone,
  onClose,
}: {
  reportId: string;
  /** The code a new recommendation starts with. */
  suggestedCode?: string;
  /** The report is adopted: code, text, thematic area and priority no longer change. */
  wordingFixed: boolean;
  recommendation: Recommendation | null;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  return (
    <FormDialog
      title={
        recommendation
          ? t('recommendation.edit.title', { name: codeOf(recommendation) })
          : t('recommendation.add.title')
      }
      intro={wordingFixed && <p className="muted">{t('recommendation.edit.wordingFixed')}</p>}
      onClose={onClose}
      wide
    >
      {({ close, thenClose }) => (
        <RecommendationForm
          reportId={reportId}
          suggestedCode={suggestedCode}
          wordingFixed={wordingFixed}
          recommendation={recommendation}
          onCancel={close}
          onDone={thenClose(onDone)}
        />
      )}
    </FormDialog>
  );
}

function RecommendationForm({
  reportId,
  suggestedCode,
  wordingFixed,
  recommendation: r,
  onDone,
  onCancel,
}: {
  reportId: string;
  suggestedCode: string;
  wordingFixed: boolean;
  recommendation: Recommendation | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [code, setCode] = useState(r ? (r.code ?? '') : suggestedCode);
  const [text, setText] = useState(r?.text ?? '');
  const [area, setArea] = useState<string>(r?.thematicArea ?? '');
  const [priority, setPriority] = useState<Priority | ''>(r?.priority ?? '');
  const [taNeeded, setTaNeeded] = useState(r?.technicalAssistanceNeeded ?? false);
  const [partners, setPartners] = useState(r?.partners.join(', ') ?? '');
  const [confidential, setConfidential] = useState(r?.confidential ?? false);
  const problems: Problems = {};
  if (!wordingFixed) {
    if (!code.trim()) addProblems(problems, 'code', [t('recommendation.form.codeNeeded')]);
    if (code.trim().length > 20) addProblems(problems, 'code', [t('recommendation.form.codeLong')]);
    if (text.trim().length < 5)
      addProblems(problems, 'text', [t('recommendation.form.textNeeded')]);
    if (!area) addProblems(problems, 'thematicArea', [t('recommendation.form.areaNeeded')]);
    if (!priority) addProblems(problems, 'priority', [t('recommendation.form.priorityNeeded')]);
  }
  const check = useFormCheck(problems, action.error);
  const changed = check.changed;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const assistance = {
      technicalAssistanceNeeded: taNeeded,
      partners: commaList(partners),
      confidential,
    };
    const wording = priority
      ? { code: code.trim(), text: text.trim(), thematicArea: area, priority }
      : null;
    const saved = await action.run(() =>
      r
        ? call('recommendations.update', {
            id: r.id,
            ...(wordingFixed ? {} : wording),
            ...assistance,
          })
        : call('recommendations.create', { reportId, ...wording!, ...assistance }),
    );
    if (saved)
      onDone(
        t(r ? 'recommendation.edit.done' : 'recommendation.add.done', { name: codeOf(saved) }),
      );
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormFailure
        check={check}
        error={action.error}
        fields={[
          'code',
          'text',
          'thematicArea',
          'priority',
          'technicalAssistanceNeeded',
          'partners',
          'confidential',
        ]}
      />
      <div className="form-grid">
        <InputField
          label={t('recommendation.form.code')}
          hint={t('recommendation.form.codeHint')}
          disabled={wordingFixed}
          check={check}
          field="code"
          value={code}
          onChange={setCode}
        />
        <Field label={t('recommendation.form.area')} problems={check.shown('thematicArea')}>
          <OptionSelect
            value={area}
            disabled={wordingFixed}
            options={AREA_KEYS}
            label={thematicAreaLabel}
            emptyOption={t('recommendation.form.chooseArea')}
            onChange={(o: string) => {
              setArea(o);
              changed('thematicArea');
            }}
          />
        </Field>
        <Field label={t('recommendation.form.priority')} problems={check.shown('priority')}>
          <OptionSelect
            value={priority}
            disabled={wordingFixed}
            options={PRIORITIES}
            label={(o) => t(`priority.${o}`)}
            emptyOption={t('recommendation.form.choosePriority')}
            onChange={(o: Priority | '') => {
              setPriority(o);
              changed('priority');
            }}
          />
        </Field>
      </div>
      <InputField
        label={t('recommendation.form.text')}
        type="textarea"
        rows={4}
        disabled={wordingFixed}
        check={check}
        field="text"
        value={text}
        onChange={setText}
      />
      <CheckboxLine
        label={t('recommendation.form.taNeeded')}
        check={check}
        field="technicalAssistanceNeeded"
        checked={taNeeded}
        onChange={setTaNeeded}
      />
      <InlineProblems problems={check.shown('technicalAssistanceNeeded')} />
      <InputField
        label={t('recommendation.form.partners')}
        hint={t('recommendation.form.partnersHint')}
        check={check}
        field="partners"
        value={partners}
        onChange={setPartners}
      />
      <CheckboxLine
        label={t('recommendation.form.confidential')}
        check={check}
        field="confidential"
        checked={confidential}
        onChange={setConfidential}
      />
      <InlineProblems problems={check.shown('confidential')} />
      <DialogButtons
        busy={action.busy}
        submit={t(r ? 'recommendation.edit.submit' : 'recommendation.add.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}

/** A new entry of a recommendation's status history (the history is append-only). */
export function StatusUpdateDialog({
  recommendation,
  reportDraftedOn,
  onDone,
  onClose,
}: {
  recommendation: Recommendation;
  reportDraftedOn: string | null;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  return (
    <FormDialog
      title={t('recommendation.update.title', { name: codeOf(recommendation) })}
      intro={
        <>
          <p>{recommendation.text}</p>
          <p className="muted">
            {recommendation.statusAsOf
              ? t('recommendation.update.current', {
                  status: t(`recommendationStatus.${recommendation.status}`),
                  date: formatDate(recommendation.statusAsOf),
                })
              : t('recommendation.update.noStatus')}
          </p>
        </>
      }
      onClose={onClose}
      wide
    >
      {({ close, thenClose }) => (
        <StatusUpdateForm
          recommendation={recommendation}
          reportDraftedOn={reportDraftedOn}
          onCancel={close}
          onDone={thenClose(onDone)}
        />
      )}
    </FormDialog>
  );
}

function StatusUpdateForm({
  recommendation,
  reportDraftedOn,
  onDone,
  onCancel,
}: {
  recommendation: Recommendation;
  reportDraftedOn: string | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [asOf, setAsOf] = useState(today());
  const [status, setStatus] = useState<RecommendationStatus | ''>('');
  const [evidence, setEvidence] = useState('');
  const [source, setSource] = useState('');
  const evidenced = status !== '' && needsEvidence(status);
  // The history is only added to: not before the latest status, nor before the report's draft.
  const problems: Problems = {
    asOf: recordedDateProblems(asOf, today(), [
      { what: t('recommendation.update.latest'), on: recommendation.statusAsOf },
      { what: t('report.earlier.drafting'), on: reportDraftedOn },
    ]),
  };
  if (!status) addProblems(problems, 'status', [t('recommendation.update.statusNeeded')]);
  if (evidenced && !evidence.trim())
    addProblems(problems, 'evidence', [t('recommendation.update.evidenceNeeded')]);
  if (evidenced && !source.trim())
    addProblems(problems, 'source', [t('recommendation.update.sourceNeeded')]);
  const check = useFormCheck(problems, action.error, [['status', 'evidence', 'source']]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit() || !status) return action.reset();
    const saved = await action.run(() =>
      call('recommendations.addUpdate', {
        id: recommendation.id,
        asOf,
        status,
        ...(evidence.trim() ? { evidence: evidence.trim() } : {}),
        ...(source.trim() ? { source: source.trim() } : {}),
      }),
    );
    if (saved)
      onDone(
        t('recommendation.update.done', {
          name: codeOf(saved),
          status: t(`recommendationStatus.${saved.status}`),
        }),
      );
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormFailure
        check={check}
        error={action.error}
        fields={['asOf', 'status', 'evidence', 'source']}
      />
      <div className="form-grid">
        <InputField
          label={t('recommendation.update.asOf')}
          type="date"
          check={check}
          field="asOf"
          value={asOf}
          onChange={setAsOf}
        />
        <Field label={t('recommendation.update.status')} problems={check.shown('status')}>
          <OptionSelect
            value={status}
            options={RECOMMENDATION_STATUSES}
            label={(o) => t(`recommendationStatus.${o}`)}
            emptyOption={t('recommendation.update.chooseStatus')}
            onChange={(o: RecommendationStatus | '') => {
              setStatus(o);
              check.changed('status');
            }}
          />
        </Field>
      </div>
      <InputField
        label={t(
          evidenced ? 'recommendation.update.evidence' : 'recommendation.update.evidenceOptional',
        )}
        hint={t('recommendation.update.evidenceHint')}
        type="textarea"
        rows={4}
        check={check}
        field="evidence"
        value={evidence}
        onChange={setEvidence}
      />
      <InputField
        label={t(
          evidenced ? 'recommendation.update.source' : 'recommendation.update.sourceOptional',
        )}
        hint={t('recommendation.update.sourceHint')}
        check={check}
        field="source"
        value={source}
        onChange={setSource}
      />
      <DialogButtons
        busy={action.busy}
        submit={t('recommendation.update.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}
