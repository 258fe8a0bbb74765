// The consent a visit is made under: the chosen State's granted consent requests, the latest
// first, with the window the State agreed to and whether it asked for confidentiality.
import { useEffect, useRef } from 'react';
import type { ConsentRequest } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { describeError } from '../../components/ErrorPanel';
import { Field } from '../../components/Field';
import { useAsync, type AsyncResult } from '../../data/useAsync';
import { formatDate, t } from '../../i18n';

const latestFirst = (a: ConsentRequest, b: ConsentRequest) =>
  (b.repliedOn ?? b.sentOn ?? '').localeCompare(a.repliedOn ?? a.sentOn ?? '');

/**
 * A State's granted consent requests, the latest first (none before a State is chosen), and the
 * one a visit is already linked to (`keep`) even if it is no longer granted, so that it shows.
 */
export function useGrantedConsents(
  iso3: string,
  keep: string | null = null,
): AsyncResult<ConsentRequest[]> {
  return useAsync(
    async () =>
      iso3
        ? (await call('consent.list', { iso3 }))
            .filter((c) => c.reply === 'granted' || c.id === keep)
            .sort(latestFirst)
        : [],
    `granted consent ${iso3} ${keep ?? ''}`,
  );
}

/**
 * Picks the latest granted consent once for each State (unless one is already chosen), so that
 * the usual case needs no choice; the planner can still choose another, or none.
 */
export function usePreselectConsent(
  iso3: string,
  consents: AsyncResult<ConsentRequest[]>,
  value: string,
  choose: (id: string) => void,
): void {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (consents.status !== 'ready' || done.current === iso3) return;
    const latest = consents.data.find((c) => c.reply === 'granted') ?? consents.data[0];
    // Until this State's consents have arrived, the list may still be the previous State's.
    if (!latest || latest.iso3 !== iso3) return;
    done.current = iso3;
    if (!value) choose(latest.id);
  }, [iso3, consents, value, choose]);
}

/** "CTED/NV/2026/004, granted on 25 Nov 2026, for 1 Mar 2027 to 20 Mar 2027". */
export function consentLabel(c: ConsentRequest): string {
  const base = t('consentPicker.option', {
    ref: c.noteVerbaleRef ?? t('common.none'),
    date: formatDate(c.repliedOn),
  });
  const window =
    c.proposedFrom || c.proposedTo
      ? t('consentPicker.window', {
          from: c.proposedFrom ? formatDate(c.proposedFrom) : t('consent.anyTime'),
          to: c.proposedTo ? formatDate(c.proposedTo) : t('consent.anyTime'),
        })
      : '';
  return [base, window, c.confidential ? t('consent.confidentialTag') : '']
    .filter(Boolean)
    .join(', ');
}

interface ConsentPickerProps {
  consents: AsyncResult<ConsentRequest[]>;
  value: string;
  onChange: (id: string) => void;
  /** Set by <Field>. */
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

export function ConsentPicker({ consents, value, onChange, ...aria }: ConsentPickerProps) {
  if (consents.status === 'error')
    return (
      <p className="field-problems" role="alert">
        {describeError(consents.error)}{' '}
        <button type="button" onClick={consents.retry}>
          {t('common.retry')}
        </button>
      </p>
    );
  const options = consents.status === 'ready' ? consents.data : [];
  return (
    <select
      {...aria}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      disabled={consents.status === 'loading'}
    >
      <option value="">
        {consents.status === 'loading' ? t('common.loading') : t('consentPicker.none')}
      </option>
      {options.map((c) => (
        <option key={c.id} value={c.id}>
          {c.reply === 'granted'
            ? consentLabel(c)
            : t('consentPicker.notGranted', {
                ref: c.noteVerbaleRef ?? t('common.none'),
                reply: t(`consentReply.${c.reply}`),
              })}
        </option>
      ))}
    </select>
  );
}

/** Under the picker: the window the chosen consent allows, or what to do when there is none. */
export function ConsentHint({
  consents,
  chosen,
  stateName,
}: {
  consents: AsyncResult<ConsentRequest[]>;
  chosen: ConsentRequest | null;
  stateName: string;
}) {
  if (consents.status !== 'ready') return null;
  if (!consents.data.some((c) => c.reply === 'granted'))
    return <p className="field-hint">{t('consentPicker.noneGranted', { state: stateName })}</p>;
  if (!chosen) return null;
  return (
    <p className="field-hint">
      {chosen.proposedFrom || chosen.proposedTo
        ? t('consentPicker.windowHint', {
            from: chosen.proposedFrom ? formatDate(chosen.proposedFrom) : t('consent.anyTime'),
            to: chosen.proposedTo ? formatDate(chosen.proposedTo) : t('consent.anyTime'),
          })
        : t('consentPicker.noWindow')}
      {chosen.confidential && <> {t('consentPicker.confidentialHint')}</>}
    </p>
  );
}

/** The consent field of a visit form: its label, the picker, its problems and the hint below. */
export function ConsentField({
  consents,
  value,
  onChange,
  problems,
  stateName,
}: {
  consents: AsyncResult<ConsentRequest[]>;
  value: string;
  onChange: (id: string) => void;
  problems: string[];
  stateName: string;
}) {
  const chosen =
    consents.status === 'ready' ? (consents.data.find((c) => c.id === value) ?? null) : null;
  return (
    <>
      <Field label={t('visitForm.consent')} hint={t('visitForm.consentHint')} problems={problems}>
        <ConsentPicker consents={consents} value={value} onChange={onChange} />
      </Field>
      <ConsentHint consents={consents} chosen={chosen} stateName={stateName} />
    </>
  );
}
