// Another visit to the same State on overlapping dates is saved only once the planner confirms
// it: the server answers CONFLICT with the overlapping visits' ids, and this asks the question.
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { ApiCallError } from '../../api/client';
import { useApi } from '../../data/useAsync';
import { formatDate, t } from '../../i18n';

/** The overlapping visits' ids when the server refused for an overlap; null otherwise. */
export function overlappingIds(error: ApiCallError | null): string[] | null {
  if (error?.code !== 'CONFLICT') return null;
  const details = error.details as { overlapping?: unknown } | null | undefined;
  if (!details || !Array.isArray(details.overlapping)) return null;
  return details.overlapping.filter((id): id is string => typeof id === 'string');
}

export function OverlapConfirm({
  iso3,
  ids,
  error,
  question,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  iso3: string;
  ids: string[];
  /** The refusal, whose own words stand in while the overlapping visits load. */
  error: ApiCallError;
  question: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const visits = useApi('visits.list', { iso3 });
  const confirm = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => confirm.current?.focus(), []);
  const clashes = visits.status === 'ready' ? visits.data.filter((v) => ids.includes(v.id)) : [];
  const words = clashes.length
    ? clashes
        .map((v) =>
          t('visitOverlap.already', {
            state: v.stateName,
            kind: t(`visitKind.${v.kind}`).toLowerCase(),
            status: t(`visitStatus.${v.status}`).toLowerCase(),
            from: formatDate(v.startDate),
            to: formatDate(v.endDate ?? v.startDate),
          }),
        )
        .concat(question)
        .join(' ')
    : // Until the visits arrive, the server's own words (which ask for the confirmation too).
      error.message;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };
  return (
    <div
      className="panel confirm-panel"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onKeyDown={onKeyDown}
    >
      <h3 id={titleId} className="panel-title">
        {t('visitOverlap.title')}
      </h3>
      <p id={textId}>{words}</p>
      <div className="button-row">
        <button ref={confirm} type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('visitOverlap.goBack')}
        </button>
      </div>
    </div>
  );
}
