// A report's recommendations: where each stands, with the evidence of its latest status; for
// planners, adding and editing them and recording a new status; for everyone, each one's history.
import { useMemo, useState } from 'react';
import type {
  Recommendation,
  RecommendationUpdate,
  ReportDetail,
} from '../../../../shared/api/types';
import { pickColumns } from '../../columns/pick';
import { recommendationColumns } from '../../columns/recommendations';
import { AsyncView } from '../../components/AsyncView';
import { DataTable, type Column } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { RecommendationStatusTag } from '../../components/StatusTags';
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import {
  codeOf,
  nextCode,
  recommendationName,
  RecommendationDialog,
  StatusUpdateDialog,
} from './RecommendationDialogs';

type Open =
  | { kind: 'add' }
  | { kind: 'edit'; recommendation: Recommendation }
  | { kind: 'status'; recommendation: Recommendation };

export function RecommendationsSection({
  report,
  onDone,
}: {
  report: ReportDetail;
  onDone: (message: string) => void;
}) {
  const recommendations = report.recommendations;
  /** Once the Committee has adopted the report, its recommendations' wording is fixed. */
  const adopted = report.adoptedOn !== null;
  const mayEdit = useMayCall('recommendations.update');
  const [open, setOpen] = useState<Open | null>(null);
  const [historyId, setHistoryId] = useState<string | null>(null);
  const shownHistory = recommendations.find((r) => r.id === historyId) ?? null;

  const columns = useMemo<Column<Recommendation>[]>(
    () => [
      ...recommendationColumns(['code', 'text', 'area', 'priority', 'status', 'asOf']),
      {
        id: 'assistance',
        header: t('recommendation.col.assistance'),
        cell: (r) =>
          r.technicalAssistanceNeeded
            ? r.partners.length
              ? t('recommendation.taNeededBy', { partners: r.partners.join(', ') })
              : t('common.yes')
            : t('common.no'),
        sortValue: (r) => (r.technicalAssistanceNeeded ? 0 : 1),
      },
      {
        id: 'actions',
        header: t('recommendation.col.actions'),
        cell: (r) => (
          <div className="row-actions">
            {mayEdit && (
              <>
                <button
                  type="button"
                  className="small"
                  aria-haspopup="dialog"
                  onClick={() => setOpen({ kind: 'status', recommendation: r })}
                >
                  {t('recommendation.updateStatus')}
                  <span className="visually-hidden"> {recommendationName(r)}</span>
                </button>
                <button
                  type="button"
                  className="small"
                  aria-haspopup="dialog"
                  onClick={() => setOpen({ kind: 'edit', recommendation: r })}
                >
                  {t('recommendation.edit')}
                  <span className="visually-hidden"> {recommendationName(r)}</span>
                </button>
              </>
            )}
            <button
              type="button"
              className="link-button"
              aria-pressed={r.id === historyId}
              onClick={() => setHistoryId(r.id === historyId ? null : r.id)}
            >
              {t(r.id === historyId ? 'recommendation.hideHistory' : 'recommendation.showHistory')}
              <span className="visually-hidden"> {recommendationName(r)}</span>
            </button>
          </div>
        ),
      },
    ],
    [mayEdit, historyId],
  );

  return (
    <section aria-labelledby="report-recommendations">
      <h2 id="report-recommendations">
        {t('recommendation.sectionTitle', { count: recommendations.length })}
      </h2>
      {mayEdit && !adopted && (
        <div className="button-row">
          <button type="button" aria-haspopup="dialog" onClick={() => setOpen({ kind: 'add' })}>
            {t('recommendation.add')}
          </button>
        </div>
      )}
      {mayEdit && adopted && <p className="note">{t('recommendation.fixedOnAdoption')}</p>}
      <DataTable
        caption={t('recommendation.caption')}
        columns={columns}
        rows={recommendations}
        rowKey={(r) => r.id}
        initialSort={{ column: 'code', direction: 'ascending' }}
        search
        addressKey="recommendations"
        emptyMessage={t(
          mayEdit && !adopted ? 'recommendation.emptyPlanner' : 'recommendation.empty',
        )}
      />
      {shownHistory && <RecommendationHistory recommendation={shownHistory} />}
      {open?.kind === 'add' && (
        <RecommendationDialog
          reportId={report.id}
          suggestedCode={nextCode(recommendations)}
          wordingFixed={adopted}
          recommendation={null}
          onDone={onDone}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'edit' && (
        <RecommendationDialog
          reportId={report.id}
          wordingFixed={adopted}
          recommendation={open.recommendation}
          onDone={onDone}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'status' && (
        <StatusUpdateDialog
          recommendation={open.recommendation}
          reportDraftedOn={report.draftedOn}
          onDone={onDone}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}

/** A recommendation's status history, newest first: each status with its evidence and source. */
function RecommendationHistory({ recommendation }: { recommendation: Recommendation }) {
  const history = useApi('recommendations.history', { id: recommendation.id });
  const title = t('recommendation.historyTitle', { name: codeOf(recommendation) });
  const columns = useMemo(
    () =>
      pickColumns<RecommendationUpdate, 'asOf' | 'status' | 'evidence' | 'source' | 'author'>({
        asOf: {
          header: t('col.asOf'),
          cell: (u) => <DateText date={u.asOf} />,
          sortValue: (u) => u.asOf,
        },
        status: {
          header: t('col.status'),
          cell: (u) => <RecommendationStatusTag status={u.status} />,
          sortValue: (u) => t(`recommendationStatus.${u.status}`),
        },
        evidence: { header: t('col.evidence'), cell: (u) => u.evidence ?? t('common.none') },
        source: { header: t('col.source'), cell: (u) => u.source ?? t('common.none') },
        author: {
          header: t('col.author'),
          cell: (u) => u.authorName ?? t('common.unknown'),
          sortValue: (u) => u.authorName,
        },
      }),
    [],
  );
  return (
    <section className="history-panel" aria-labelledby="recommendation-history">
      <h3 id="recommendation-history">{title}</h3>
      <p>{recommendation.text}</p>
      <AsyncView
        state={history}
        empty={{ when: (d) => d.length === 0, message: t('recommendation.noHistory') }}
      >
        {(entries) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={entries}
            rowKey={(u) => u.id}
            initialSort={{ column: 'asOf', direction: 'descending' }}
          />
        )}
      </AsyncView>
    </section>
  );
}
