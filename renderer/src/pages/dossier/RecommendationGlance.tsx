// The State's recommendations at a glance: how many stand at each status today, then (in the
// chart) how that changed year by year.
import type { Recommendation } from '../../../../shared/api/types';
import { RECOMMENDATION_STATUSES } from '../../../../shared/domain/reports';
import { Facts } from '../../components/Facts';
import { formatNumber, t } from '../../i18n';

export function RecommendationGlance({
  recommendations,
  state,
}: {
  recommendations: Recommendation[];
  state: string;
}) {
  const counts = new Map<string, number>();
  for (const r of recommendations) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return (
    <div role="group" aria-label={t('dossier.glance.label', { state })}>
      <Facts
        variant="stats"
        items={RECOMMENDATION_STATUSES.map((status) => [
          t(`recommendationStatus.${status}`),
          formatNumber(counts.get(status) ?? 0),
        ])}
      />
    </div>
  );
}
