import { useMemo, useState, type ReactNode } from 'react';
import type { Amendment, AnnualList } from '../../../../shared/api/types';
import { pickColumns } from '../../columns/pick';
import { DataTable } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { EmptyState } from '../../components/EmptyState';
import { Facts } from '../../components/Facts';
import { t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { formatPoints } from '../planning/factors';
import { AmendmentStatusTag } from './AmendmentStatusTag';
import { CommentThread } from './CommentThread';
import { DecisionForm } from './DecisionForm';
import { actionLabel, kindLabel, refusalLabel } from './labels';

const statesOf = (a: Amendment) =>
  a.replacementName
    ? t('review.replacedBy', { state: a.stateName, replacement: a.replacementName })
    : a.stateName;
const score = (points: number | null) =>
  points === null ? t('common.none') : formatPoints(points);
const scoresOf = (a: Amendment) =>
  a.action === 'substitute'
    ? t('review.scoreChange', { before: score(a.scoreBefore), after: score(a.replacementScore) })
    : score(a.scoreBefore);

/**
 * The amendments proposed on the adopted list, and one of them in detail: the one opened, else the
 * first awaiting a decision, else the latest.
 */
export function AmendmentsSection({ list }: { list: AnnualList }) {
  const [openId, setOpenId] = useState<string | null>(null);
  const columns = useMemo(
    () =>
      pickColumns<
        Amendment,
        'action' | 'states' | 'scores' | 'rationale' | 'proposer' | 'date' | 'status'
      >({
        action: {
          header: t('review.col.action'),
          cell: (a) => actionLabel(a.action),
          sortValue: (a) => actionLabel(a.action),
        },
        states: { header: t('review.col.states'), cell: statesOf, sortValue: statesOf },
        scores: { header: t('review.col.scores'), cell: scoresOf },
        rationale: {
          header: t('review.col.rationale'),
          cell: (a) =>
            a.consentRefusal ? (
              <>
                <strong>{refusalLabel(a.consentRefusal)}.</strong> {a.rationale}
              </>
            ) : (
              a.rationale
            ),
        },
        proposer: {
          header: t('review.col.proposer'),
          cell: (a) => a.proposedBy ?? t('common.unknown'),
          sortValue: (a) => a.proposedBy,
        },
        date: {
          header: t('review.col.proposedOn'),
          cell: (a) => <DateText date={a.proposedOn} />,
          sortValue: (a) => a.proposedOn,
        },
        status: {
          header: t('col.status'),
          cell: (a) => <AmendmentStatusTag status={a.status} />,
          sortValue: (a) => a.status,
        },
      }),
    [],
  );
  const open =
    list.amendments.find((a) => a.id === openId) ??
    list.amendments.find((a) => a.status === 'proposed') ??
    list.amendments.at(-1);
  return (
    <section aria-labelledby="amendments-heading">
      <h2 id="amendments-heading">{t('review.amendments', { count: list.amendments.length })}</h2>
      {list.amendments.length === 0 ? (
        <EmptyState>{t('review.noAmendments')}</EmptyState>
      ) : (
        <>
          <DataTable
            caption={t('review.amendmentsCaption')}
            columns={columns}
            rows={list.amendments}
            rowKey={(a) => a.id}
            initialSort={{ column: 'date', direction: 'descending' }}
            onOpen={(a) => setOpenId(a.id)}
          />
          {open && (
            <AmendmentDetail
              key={open.id}
              year={list.year}
              amendment={open}
              comments={list.comments}
            />
          )}
        </>
      )}
    </section>
  );
}

function amendmentFacts(a: Amendment): [string, ReactNode][] {
  const facts: [string, ReactNode][] = [
    [t('col.status'), <AmendmentStatusTag key="status" status={a.status} />],
    [t('review.col.scores'), scoresOf(a)],
  ];
  if (a.kind) facts.push([t('planning.col.kind'), kindLabel(a.kind)]);
  if (a.consentRefusal) facts.push([t('review.col.reason'), refusalLabel(a.consentRefusal)]);
  facts.push(
    [t('review.col.rationale'), a.rationale],
    [
      t('review.col.proposer'),
      <>
        {t('review.proposedBy', {
          name: a.proposedBy ?? t('common.unknown'),
          version: a.baseVersion,
        })}{' '}
        <DateText date={a.proposedOn} />
      </>,
    ],
  );
  if (a.status === 'proposed') return facts;
  facts.push([
    t('review.decision'),
    <>
      {t(a.resultVersion ? 'review.decidedWithVersion' : 'review.decidedNoVersion', {
        ref: a.decisionRef ?? '',
        name: a.decidedBy ?? t('common.unknown'),
        version: a.resultVersion ?? 0,
      })}{' '}
      <DateText date={a.decidedOn} />
    </>,
  ]);
  if (a.comment) facts.push([t('review.decisionComment'), a.comment]);
  return facts;
}

function AmendmentDetail({
  year,
  amendment: a,
  comments,
}: {
  year: number;
  amendment: Amendment;
  comments: AnnualList['comments'];
}) {
  const mayDecide = useMayCall('plan.decideAmendment');
  return (
    <div className="panel amendment-detail">
      <h3 className="panel-title">
        {t('review.amendmentTitle', { action: actionLabel(a.action), states: statesOf(a) })}
      </h3>
      <Facts items={amendmentFacts(a)} />
      {a.status === 'proposed' &&
        (mayDecide ? (
          <DecisionForm amendment={a} />
        ) : (
          <p className="field-hint">{t('review.decisionIsForCtc')}</p>
        ))}
      <CommentThread
        year={year}
        amendmentId={a.id}
        title={t('review.amendmentComments')}
        comments={comments.filter((c) => c.amendmentId === a.id)}
      />
    </div>
  );
}
