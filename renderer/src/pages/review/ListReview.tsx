import { useCallback, useMemo } from 'react';
import type { AnnualList } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { EmptyState } from '../../components/EmptyState';
import { ExportButtons } from '../../components/ExportButtons';
import { Facts } from '../../components/Facts';
import { useAction } from '../../data/useAction';
import { t } from '../../i18n';
import { pageHref } from '../../router';
import { useMayCall } from '../../stores/session';
import { AdoptButton } from '../planning/AdoptDialog';
import { listFacts } from '../planning/listFacts';
import { AmendmentsSection } from './AmendmentsSection';
import { ChangesSummary } from './ChangesSummary';
import { CommentThread } from './CommentThread';
import { FactorLegendSection } from './FactorLegend';
import { ListEntriesTable } from './ListEntriesTable';
import { ProposeAmendmentForm } from './ProposeAmendmentForm';
import { ReviewPack } from './ReviewPack';
import { VersionsSection } from './VersionsSection';

/** A year's list as the Committee reviews it: composition, amendments, versions, comments, exports. */
export function ListReview({ list }: { list: AnnualList }) {
  const mayAmend = useMayCall('plan.proposeAmendment');
  const mayAdopt = useMayCall('plan.adopt');
  const adoption = useAction();
  const names = useMemo(() => new Map(list.entries.map((e) => [e.iso3, e.name])), [list.entries]);
  const nameOf = useCallback((iso3: string) => names.get(iso3) ?? iso3, [names]);
  const selected = list.entries.filter((e) => e.selection === 'selected');
  const reserve = list.entries.filter((e) => e.selection === 'reserve');
  const adopted = list.status === 'adopted';
  return (
    <>
      <section className="panel" aria-labelledby="list-summary">
        <h2 id="list-summary" className="panel-title">
          {t('planning.listTitle', { year: list.year })}
        </h2>
        <Facts items={listFacts(list)} />
        {list.status !== 'adopted' && (
          <p className="note">
            {t(`review.statusNote.${list.status}`, { year: list.year })}{' '}
            <a href={pageHref('planning')}>{t('review.openPlanning')}</a>
          </p>
        )}
        {list.status === 'proposed' && mayAdopt && (
          <AdoptButton year={list.year} action={adoption} />
        )}
        <ActionStatus action={adoption} />
      </section>

      <ChangesSummary year={list.year} />

      <section aria-labelledby="selected-heading">
        <h2 id="selected-heading">{t('review.selected', { count: selected.length })}</h2>
        <ListEntriesTable
          caption={t('review.selectedCaption', { year: list.year })}
          entries={selected}
        />
        <ExportButtons
          title={t('review.exportList')}
          choices={(['csv', 'xlsx'] as const).map((format) => ({
            label: t(`export.${format}`),
            make: () => call('exports.list', { year: list.year, format }),
          }))}
        />
      </section>

      <section aria-labelledby="reserve-heading">
        <h2 id="reserve-heading">{t('review.reserve', { count: reserve.length })}</h2>
        {reserve.length === 0 ? (
          <EmptyState>{t('review.noReserve')}</EmptyState>
        ) : (
          <ListEntriesTable
            caption={t('review.reserveCaption', { year: list.year })}
            entries={reserve}
          />
        )}
      </section>

      <FactorLegendSection list={list} />

      <ReviewPack year={list.year} subjects={adopted ? ['list', 'amendments'] : ['list']} />

      {adopted && (
        <>
          <AmendmentsSection list={list} />
          {list.amendments.length > 0 && (
            <ExportButtons
              title={t('review.exportAmendments')}
              choices={(['csv', 'xlsx'] as const).map((format) => ({
                label: t(`export.${format}`),
                make: () => call('exports.amendments', { year: list.year, format }),
              }))}
            />
          )}
          {mayAmend ? (
            <ProposeAmendmentForm list={list} />
          ) : (
            <p className="field-hint">{t('review.amendIsForPlanners')}</p>
          )}
          <VersionsSection year={list.year} nameOf={nameOf} />
        </>
      )}

      <CommentThread
        year={list.year}
        title={t('review.listComments')}
        comments={list.comments.filter((c) => c.amendmentId === null)}
      />
    </>
  );
}
