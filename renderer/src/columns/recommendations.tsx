import type { Recommendation } from '../../../shared/api/types';
import { PRIORITIES, thematicAreaLabel as areaLabelIn } from '../../../shared/domain/reports';
import type { Column } from '../components/DataTable';
import { DateText } from '../components/DateText';
import { RecommendationStatusTag } from '../components/StatusTags';
import { t, useLanguage } from '../i18n';
import { pickColumns } from './pick';

export type RecommendationColumnId =
  | 'state'
  | 'code'
  | 'text'
  | 'area'
  | 'priority'
  | 'status'
  | 'asOf'
  | 'evidence';

/**
 * Thematic areas are reference data from shared/ (extensible), shown by their label in the
 * interface's language (shared/messages, thematicArea.<key>); an area without one by its key.
 */
export function thematicAreaLabel(key: string): string {
  return areaLabelIn(key, useLanguage.getState().language);
}

export function recommendationColumns(
  ids?: readonly RecommendationColumnId[],
): Column<Recommendation>[] {
  return pickColumns<Recommendation, RecommendationColumnId>(
    {
      state: { header: t('col.state'), cell: (r) => r.stateName, sortValue: (r) => r.stateName },
      code: {
        header: t('col.code'),
        cell: (r) => r.code ?? t('common.none'),
        sortValue: (r) => r.code,
      },
      text: {
        header: t('col.recommendation'),
        cell: (r) => (r.confidential ? `${r.text} (${t('recommendation.confidential')})` : r.text),
      },
      area: {
        header: t('col.thematicArea'),
        cell: (r) => thematicAreaLabel(r.thematicArea),
        sortValue: (r) => thematicAreaLabel(r.thematicArea),
      },
      priority: {
        header: t('col.priority'),
        cell: (r) => t(`priority.${r.priority}`),
        sortValue: (r) => PRIORITIES.indexOf(r.priority),
      },
      status: {
        header: t('col.latestStatus'),
        cell: (r) => <RecommendationStatusTag status={r.status} />,
        sortValue: (r) => t(`recommendationStatus.${r.status}`),
      },
      asOf: {
        header: t('col.statusAsOf'),
        cell: (r) => <DateText date={r.statusAsOf} />,
        sortValue: (r) => r.statusAsOf,
      },
      evidence: { header: t('col.evidence'), cell: (r) => r.evidence ?? t('common.none') },
    },
    ids,
  );
}
