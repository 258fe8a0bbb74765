import type { AmendmentAction } from '../../../../shared/api/types';
import { VISIT_KINDS, type VisitKind } from '../../../../shared/domain/visits';
import { t } from '../../i18n';

/** A kind of visit as stored on a list entry (free text in the API), in words. */
export function kindLabel(kind: string | null): string {
  if (!kind) return t('common.none');
  return (VISIT_KINDS as readonly string[]).includes(kind)
    ? t(`visitKind.${kind as VisitKind}`)
    : kind;
}

export const actionLabel = (action: AmendmentAction): string => t(`review.action.${action}`);
