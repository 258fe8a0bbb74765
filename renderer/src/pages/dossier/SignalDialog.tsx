// Records a signal about the State from its dossier (an emerging issue, a trend, an event, an
// analysis): what the risk-based list weighs by severity, fading with age.
import { useState, type FormEvent } from 'react';
import type { Signal } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { DialogButtons } from '../../components/DialogButtons';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { FormFailure } from '../../components/FormFailure';
import { addProblems, recordedDateProblems, useFormCheck } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { OptionSelect } from '../../components/OptionSelect';
import { useAction } from '../../data/useAction';
import { today } from '../../format/dates';
import { t } from '../../i18n';

const KINDS: Signal['kind'][] = ['emerging_issue', 'trend', 'event', 'analysis'];
const SEVERITIES = ['1', '2', '3', '4', '5'] as const;
const FIELDS = ['kind', 'occurredOn', 'severity', 'halfLifeDays', 'source', 'text'];
const DEFAULT_HALF_LIFE_DAYS = '180';

export function SignalDialog({
  iso3,
  name,
  onDone,
  onClose,
}: {
  iso3: string;
  name: string;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  return (
    <FormDialog
      title={t('dossier.signal.title', { state: name })}
      intro={t('dossier.signal.intro')}
      onClose={onClose}
      wide
    >
      {({ close, thenClose }) => (
        <SignalForm iso3={iso3} name={name} onCancel={close} onDone={thenClose(onDone)} />
      )}
    </FormDialog>
  );
}

function SignalForm({
  iso3,
  name,
  onDone,
  onCancel,
}: {
  iso3: string;
  name: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [kind, setKind] = useState<Signal['kind']>('event');
  const [occurredOn, setOccurredOn] = useState(today());
  const [severity, setSeverity] = useState<(typeof SEVERITIES)[number]>('3');
  const [halfLife, setHalfLife] = useState(DEFAULT_HALF_LIFE_DAYS);
  const [source, setSource] = useState('');
  const [text, setText] = useState('');

  const problems = { occurredOn: recordedDateProblems(occurredOn, today()) };
  const days = Number(halfLife);
  if (!/^\d+$/.test(halfLife.trim()) || days < 1 || days > 3650)
    addProblems(problems, 'halfLifeDays', [t('dossier.signal.halfLifeRange')]);
  const check = useFormCheck(problems, action.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const saved = await action.run(() =>
      call('signals.create', {
        iso3,
        kind,
        occurredOn,
        severity: Number(severity),
        halfLifeDays: days,
        source: source.trim() || null,
        text: text.trim() || null,
      }),
    );
    if (saved) onDone(t('dossier.signal.done', { state: name }));
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormFailure check={check} error={action.error} fields={FIELDS} />
      <div className="form-grid">
        <Field label={t('col.kind')} problems={check.shown('kind')}>
          <OptionSelect
            options={KINDS}
            label={(k) => t(`signalKind.${k}`)}
            value={kind}
            onChange={(k) => {
              setKind(k);
              check.changed('kind');
            }}
          />
        </Field>
        <InputField
          label={t('col.date')}
          type="date"
          check={check}
          field="occurredOn"
          value={occurredOn}
          onChange={setOccurredOn}
        />
        <Field
          label={t('col.severity')}
          hint={t('inputs.signals.severityHint')}
          problems={check.shown('severity')}
        >
          <OptionSelect
            options={SEVERITIES}
            label={(n) => t('signal.severityOf', { severity: n })}
            value={severity}
            onChange={(n) => {
              setSeverity(n);
              check.changed('severity');
            }}
          />
        </Field>
        <InputField
          label={t('inputs.signals.halfLife')}
          hint={t('inputs.signals.halfLifeHint')}
          check={check}
          field="halfLifeDays"
          value={halfLife}
          onChange={setHalfLife}
        />
        <InputField
          label={t('col.source')}
          check={check}
          field="source"
          value={source}
          onChange={setSource}
        />
      </div>
      <InputField
        label={t('col.description')}
        type="textarea"
        rows={3}
        check={check}
        field="text"
        value={text}
        onChange={setText}
      />
      <DialogButtons busy={action.busy} submit={t('inputs.signals.create')} onCancel={onCancel} />
    </form>
  );
}
