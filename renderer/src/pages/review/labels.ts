import type { AmendmentAction, ConsentRefusal } from '../../../../shared/api/types';
import { VISIT_KINDS, type VisitKind } from '../../../../shared/domain/visits';
import { formatDate, t } from '../../i18n';

/** A kind of visit as stored on a list entry (free text in the API), in words. */
export function kindLabel(kind: string | null): string {
  if (!kind) return t('common.none');
  return (VISIT_KINDS as readonly string[]).includes(kind)
    ? t(`visitKind.${kind as VisitKind}`)
    : kind;
}

export const actionLabel = (action: AmendmentAction): string => t(`review.action.${action}`);

/** The consent refusal behind an amendment, in words: "Kenya declined consent on 20 Nov 2026 (…)". */
export const refusalLabel = (r: ConsentRefusal): string =>
  t(`review.refusal.${r.reply}`, {
    state: r.stateName,
    date: formatDate(r.on),
    ref: r.noteVerbaleRef ?? t('common.none'),
  });
