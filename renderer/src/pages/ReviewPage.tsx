import { useMemo, useState } from 'react';
import type { Recommendation } from '../../../shared/api/types';
import {
  RECOMMENDATION_STATUSES,
  THEMATIC_AREAS,
  type RecommendationStatus,
} from '../../../shared/domain/reports';
import { recommendationColumns, thematicAreaLabel } from '../columns/recommendations';
import { AsyncView } from '../components/AsyncView';
import { DataTable } from '../components/DataTable';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { isOpenRecommendation } from '../data/recommendations';
import { useApi } from '../data/useAsync';
import { t } from '../i18n';
import { dossierHref, navigate } from '../router';

export function ReviewPage() {
  const recommendations = useApi('recommendations.list', {});
  return (
    <>
      <PageHeader title={t('review.title')}>
        <p>{t('review.intro')}</p>
        <p className="note">{t('review.comingLater')}</p>
      </PageHeader>
      <h2>{t('review.recommendations')}</h2>
      <AsyncView
        state={recommendations}
        empty={{ when: (d) => d.length === 0, message: t('review.empty') }}
      >
        {(all) => <RecommendationTable all={all} />}
      </AsyncView>
    </>
  );
}

function RecommendationTable({ all }: { all: Recommendation[] }) {
  const [openOnly, setOpenOnly] = useState(true);
  const [status, setStatus] = useState<RecommendationStatus | ''>('');
  const [area, setArea] = useState('');
  const columns = useMemo(
    () => recommendationColumns(['state', 'code', 'text', 'area', 'priority', 'status', 'asOf']),
    [],
  );
  const shown = all.filter(
    (r) =>
      (!openOnly || isOpenRecommendation(r)) &&
      (!status || r.status === status) &&
      (!area || r.thematicArea === area),
  );
  return (
    <>
      <div className="filters">
        <label className="filter filter-check">
          <input
            type="checkbox"
            checked={openOnly}
            onChange={(e) => setOpenOnly(e.target.checked)}
          />
          {t('review.openOnly')}
        </label>
        <label className="filter">
          {t('filter.status')}
          <select
            value={status}
            onChange={(e) => setStatus(e.target.value as RecommendationStatus | '')}
          >
            <option value="">{t('filter.allStatuses')}</option>
            {RECOMMENDATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`recommendationStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          {t('filter.thematicArea')}
          <select value={area} onChange={(e) => setArea(e.target.value)}>
            <option value="">{t('filter.allAreas')}</option>
            {THEMATIC_AREAS.map((a) => (
              <option key={a.key} value={a.key}>
                {thematicAreaLabel(a.key)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="result-count" role="status">
        {t('review.showing', { count: shown.length, total: all.length })}
      </p>
      {shown.length === 0 ? (
        <EmptyState>{t('common.noMatch')}</EmptyState>
      ) : (
        <DataTable
          caption={t('review.recommendations')}
          columns={columns}
          rows={shown}
          rowKey={(r) => r.id}
          initialSort={{ column: 'state', direction: 'ascending' }}
          onOpen={(r) => navigate(dossierHref(r.iso3))}
        />
      )}
    </>
  );
}
