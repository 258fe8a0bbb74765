// One assessment report (#/reports/<id>): its facts and steps, the deadlines they set, the OP 16
// follow-up it owes, its recommendations with their evidenced status history, and the technical
// assistance that serves them. Planners record each step but the adoption (a CTC member records
// the Committee's decision); field teams and CTC members otherwise read.
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { Deadline, ReportDetail, ReportIntervals } from '../../../../shared/api/types';
import type { ReportStatus, ReportStep } from '../../../../shared/domain/reports';
import { pickColumns } from '../../columns/pick';
import { DoneStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { DataTable } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { Facts } from '../../components/Facts';
import { DeadlineTag } from '../../components/StatusTags';
import { Tag, type Tone } from '../../components/Tag';
import { useFocusRescue } from '../../components/useFocusRescue';
import { useApi } from '../../data/useAsync';
import { daysFromToday } from '../../format/days';
import { formatDate, t } from '../../i18n';
import { dossierHref, pageHref, visitHref } from '../../router';
import { useMayCall, useSession } from '../../stores/session';
import { FollowupBox } from './FollowupBox';
import { RecommendationsSection } from './RecommendationsSection';
import { AdvanceDialog, EditReportDialog, ImplementationReplyDialog } from './ReportDialogs';
import { mayRecordStep } from './reportForm';
import { TechnicalAssistanceSection } from './TechnicalAssistanceSection';
import { useDocumentTitle } from '../../layout/useDocumentTitle';

export function ReportPage({ id }: { id: string }) {
  const report = useApi('reports.get', { id });
  useDocumentTitle([
    report.status === 'ready' ? reportHeading(report.data) : null,
    t('visits.title'),
  ]);
  return (
    <>
      <p className="breadcrumb">
        <a href={pageHref('visits')}>{t('report.back')}</a>
      </p>
      <AsyncView state={report}>{(r) => <ReportView report={r} />}</AsyncView>
    </>
  );
}

const STATUS_TONE: Record<ReportStatus, Tone> = {
  drafting: 'neutral',
  sent_to_state: 'notice',
  observations_received: 'notice',
  submitted_to_ctc: 'warning',
  adopted: 'success',
  transmitted: 'success',
};

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  return <Tag tone={STATUS_TONE[status]}>{t(`reportStatus.${status}`)}</Tag>;
}

export const reportHeading = (r: ReportDetail): string =>
  r.title ?? t('report.untitled', { state: r.stateName });

type Open = { kind: 'advance'; step: ReportStep } | { kind: 'edit' } | { kind: 'reply' };

function ReportView({ report }: { report: ReportDetail }) {
  const role = useSession((s) => s.currentUser?.role ?? null);
  const mayUpdate = useMayCall('reports.update');
  const mayReply = useMayCall('reports.recordImplementationReply');
  const [open, setOpen] = useState<Open | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const rescueFocus = useFocusRescue(report);
  const done = (message: string) => {
    setNotice(message);
    rescueFocus(() => heading.current);
  };
  const opener = (o: Open) => () => {
    setNotice(null);
    setOpen(o);
  };
  const next = report.nextStep;
  const mayAdvance = next !== null && mayRecordStep(role, next);
  const awaitsCommittee = next === 'adopted' && !mayAdvance && mayUpdate;
  const offerReply = mayReply && report.transmittedOn !== null && !report.implementationReplyOn;
  const showActions = mayUpdate || mayAdvance;

  return (
    <>
      <header className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {reportHeading(report)}
        </h1>
        <p className="page-intro">
          <ReportStatusTag status={report.status} />{' '}
          {t('report.subtitle', {
            kind: t(`visitKind.${report.visitKind}`).toLowerCase(),
            state: report.stateName,
          })}
          {report.visitConfidential && (
            <>
              {' '}
              <Tag tone="warning">{t('report.confidentialVisit')}</Tag>
            </>
          )}
        </p>
      </header>
      <DoneStatus message={notice} />
      {showActions && (
        <section className="panel visit-actions" aria-labelledby="report-actions">
          <h2 id="report-actions" className="panel-title">
            {t('report.actions')}
          </h2>
          <div className="button-row">
            {mayAdvance && next && (
              <button
                type="button"
                className="primary"
                aria-haspopup="dialog"
                onClick={opener({ kind: 'advance', step: next })}
              >
                {t(`report.next.${next}`)}
              </button>
            )}
            {mayUpdate && (
              <button type="button" aria-haspopup="dialog" onClick={opener({ kind: 'edit' })}>
                {t('report.edit')}
              </button>
            )}
            {offerReply && (
              <button type="button" aria-haspopup="dialog" onClick={opener({ kind: 'reply' })}>
                {t('report.recordReply')}
              </button>
            )}
          </div>
          {awaitsCommittee && <p className="note">{t('report.awaitsCommittee')}</p>}
          {next === null && mayUpdate && <p className="muted">{t('report.noFurtherStep')}</p>}
        </section>
      )}
      <section aria-labelledby="report-facts">
        <h2 id="report-facts">{t('report.facts')}</h2>
        <ReportFacts report={report} />
      </section>
      <section aria-labelledby="report-steps">
        <h2 id="report-steps">{t('report.steps')}</h2>
        <ReportSteps report={report} />
      </section>
      <section aria-labelledby="report-deadlines">
        <h2 id="report-deadlines">{t('report.deadlines')}</h2>
        <ReportDeadlines deadlines={report.deadlines} />
      </section>
      <FollowupBox report={report} />
      <RecommendationsSection report={report} onDone={done} />
      <TechnicalAssistanceSection
        reportId={report.id}
        assistance={report.technicalAssistance}
        recommendations={report.recommendations}
        onDone={done}
      />
      {open?.kind === 'advance' && (
        <AdvanceDialog
          report={report}
          step={open.step}
          onDone={done}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'edit' && (
        <EditReportDialog report={report} onDone={done} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'reply' && (
        <ImplementationReplyDialog report={report} onDone={done} onClose={() => setOpen(null)} />
      )}
    </>
  );
}

const INTERVALS: readonly (keyof ReportIntervals)[] = [
  'visitToDraft',
  'draftToAdoption',
  'adoptionToTransmission',
  'transmissionToReply',
];

/** A date and, after it, what else is known of it ("received on…"). */
function dated(date: string | null, after?: ReactNode): ReactNode {
  return (
    <span>
      <DateText date={date} />
      {after && <> {after}</>}
    </span>
  );
}

function ReportFacts({ report: r }: { report: ReportDetail }) {
  const observations = r.observationsNoneReceived
    ? t('report.observationsNone', { date: formatDate(r.observationsReceivedOn) })
    : r.observationsReceivedOn
      ? t('report.receivedOn', { date: formatDate(r.observationsReceivedOn) })
      : null;
  const reply = r.implementationReplyOn
    ? t('report.receivedOn', { date: formatDate(r.implementationReplyOn) })
    : null;
  const items: [string, ReactNode][] = [
    [
      t('report.fact.state'),
      <a key="state" href={dossierHref(r.iso3)}>
        {r.stateName}
      </a>,
    ],
    [
      t('report.fact.visit'),
      <a key="visit" href={visitHref(r.visitId)}>
        {r.visitEndDate
          ? t('report.visitLink', {
              kind: t(`visitKind.${r.visitKind}`),
              date: formatDate(r.visitEndDate),
            })
          : t('report.visitLinkNoDate', { kind: t(`visitKind.${r.visitKind}`) })}
      </a>,
    ],
    [t('report.fact.kind'), t(`visitKind.${r.visitKind}`)],
    [t('report.fact.title'), r.title ?? t('common.untitled')],
    [t('report.fact.status'), <ReportStatusTag key="status" status={r.status} />],
    [
      t('report.fact.nextStep'),
      r.nextStep ? t(`report.step.${r.nextStep}`) : t('report.noNextStep'),
    ],
    [t('report.fact.observationsDue'), dated(r.observationsDue, observations)],
    [t('report.fact.replyDue'), dated(r.implementationReplyDue, reply)],
    ...INTERVALS.map((key): [string, ReactNode] => [
      t(`report.interval.${key}`),
      r.intervals[key] === null ? t('common.none') : t('report.days', { count: r.intervals[key] }),
    ]),
    [
      t('report.fact.releaseConsent'),
      r.releaseConsentOn
        ? t('report.releaseOn', {
            release: t(`report.release.${r.releaseConsent}`),
            date: formatDate(r.releaseConsentOn),
          })
        : t(`report.release.${r.releaseConsent}`),
    ],
    [
      t('report.fact.confidentialSections'),
      r.confidentialSections.length ? r.confidentialSections.join('; ') : t('common.none'),
    ],
    [
      t('report.fact.confidentialVisit'),
      r.visitConfidential ? t('report.confidentialVisitYes') : t('common.no'),
    ],
  ];
  return <Facts items={items} />;
}

function ReportSteps({ report: r }: { report: ReportDetail }) {
  const step = (date: string | null, status: ReportStatus): ReactNode =>
    date ? (
      <DateText date={date} />
    ) : status === r.nextStep ? (
      <strong>{t('report.stepNext')}</strong>
    ) : (
      t('report.stepNotYet')
    );
  return (
    <Facts
      items={[
        [t('report.step.drafting'), step(r.draftedOn, 'drafting')],
        [t('report.step.sent_to_state'), step(r.sentToStateOn, 'sent_to_state')],
        [
          t('report.step.observations_received'),
          r.observationsNoneReceived
            ? t('report.observationsNone', { date: formatDate(r.observationsReceivedOn) })
            : step(r.observationsReceivedOn, 'observations_received'),
        ],
        [t('report.step.submitted_to_ctc'), step(r.submittedToCtcOn, 'submitted_to_ctc')],
        [t('report.step.adopted'), step(r.adoptedOn, 'adopted')],
        [t('report.step.transmitted'), step(r.transmittedOn, 'transmitted')],
        [
          t('report.step.implementationReply'),
          r.implementationReplyOn ? (
            <span>
              <DateText date={r.implementationReplyOn} />
              {r.implementationReplySummary && <> — {r.implementationReplySummary}</>}
            </span>
          ) : (
            t('report.stepNotYet')
          ),
        ],
      ]}
    />
  );
}

function ReportDeadlines({ deadlines }: { deadlines: Deadline[] }) {
  const columns = useMemo(
    () =>
      pickColumns<Deadline, 'deadline' | 'due' | 'state' | 'left' | 'met' | 'actor'>({
        deadline: {
          header: t('col.deadline'),
          cell: (d) => t(`report.deadlineKind.${d.kind}`),
        },
        due: {
          header: t('col.dueOn'),
          cell: (d) => <DateText date={d.dueOn} />,
          sortValue: (d) => d.dueOn,
        },
        state: {
          header: t('col.status'),
          cell: (d) => <DeadlineTag state={d.state} />,
        },
        left: {
          header: t('col.daysLeft'),
          cell: (d) => (d.daysLeft === null ? t('common.none') : daysFromToday(d.daysLeft)),
          sortValue: (d) => d.daysLeft,
        },
        met: {
          header: t('report.col.metOn'),
          cell: (d) => <DateText date={d.doneOn} />,
          sortValue: (d) => d.doneOn,
        },
        actor: {
          header: t('report.col.actor'),
          cell: (d) => t(`role.${d.actor}`),
        },
      }),
    [],
  );
  return (
    <DataTable
      caption={t('report.deadlines')}
      columns={columns}
      rows={deadlines}
      rowKey={(d) => `${d.kind}-${d.subjectId}`}
      initialSort={{ column: 'due', direction: 'ascending' }}
      emptyMessage={t('report.noDeadlines')}
    />
  );
}
