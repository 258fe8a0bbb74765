// OP 16 on the report page: the follow-up report to the Committee owed within 12 months of an
// initial assessment report's adoption — where it stands, a link to it once started, and for
// planners the button that starts it.
import type { ReactNode } from 'react';
import type { ReportDetail } from '../../../../shared/api/types';
import { followupReportDue, op16Applies } from '../../../../shared/domain/deadlines';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { DateText } from '../../components/DateText';
import { Facts } from '../../components/Facts';
import { DeadlineTag } from '../../components/StatusTags';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { daysFromToday } from '../../format/days';
import { formatDate, t } from '../../i18n';
import { followupHref, navigate } from '../../router';
import { useMayCall } from '../../stores/session';

export function FollowupBox({ report }: { report: ReportDetail }) {
  return (
    <section className="panel" aria-labelledby="report-op16">
      <h2 id="report-op16" className="panel-title">
        {t('report.op16.title')}
      </h2>
      <FollowupContent report={report} />
    </section>
  );
}

function FollowupContent({ report }: { report: ReportDetail }) {
  const settings = useApi('settings.get', {});
  const f = report.followup;
  const initial = report.visitKind !== 'follow_up';
  if (!initial) return <p className="note">{t('report.op16.notInitial')}</p>;
  if (!report.adoptedOn) return <p className="note">{t('report.op16.afterAdoption')}</p>;
  if (f)
    return (
      <>
        <Facts
          items={[
            [t('report.op16.dueOn'), <DateText key="due" date={f.dueOn} />],
            [
              t('report.op16.state'),
              <span key="state">
                <DeadlineTag state={f.state} />
                {f.daysLeft !== null && <> {daysFromToday(f.daysLeft)}</>}
              </span>,
            ],
            [t('report.op16.startedOn'), <DateText key="started" date={f.startedOn} />],
            [
              t('report.op16.submittedOn'),
              f.submittedOn ? (
                <span key="submitted">
                  <DateText date={f.submittedOn} />
                  {f.late && <> {t('report.op16.late')}</>}
                </span>
              ) : (
                t('report.op16.notSubmitted')
              ),
            ],
          ]}
        />
        {f.followupId ? (
          <p>
            <a className="button-link" href={followupHref(f.followupId)}>
              {t('report.op16.open')}
            </a>
          </p>
        ) : (
          <StartFollowup reportId={report.id} />
        )}
      </>
    );
  // Not listed as owed: it is owed only for reports adopted from the OP 16 start date.
  if (settings.status !== 'ready') return null;
  const applies = op16Applies(
    { adoptedOn: report.adoptedOn, initialAssessment: true },
    settings.data,
  );
  if (!applies)
    return (
      <p className="note">
        {t('report.op16.notOwed', { start: formatDate(settings.data.op16Start) })}
      </p>
    );
  // Owed and not started: its deadline, from the report's deadlines when the engine gave it.
  const deadline = report.deadlines.find((d) => d.kind === 'op16_report');
  return (
    <>
      <Facts
        items={[
          [
            t('report.op16.dueOn'),
            <DateText key="due" date={deadline?.dueOn ?? followupReportDue(report.adoptedOn)} />,
          ],
          ...(deadline
            ? [
                [
                  t('report.op16.state'),
                  <span key="state">
                    <DeadlineTag state={deadline.state} />
                    {deadline.daysLeft !== null && <> {daysFromToday(deadline.daysLeft)}</>}
                  </span>,
                ] as [string, ReactNode],
              ]
            : []),
          [t('report.op16.startedOn'), t('report.op16.notStarted')],
        ]}
      />
      <StartFollowup reportId={report.id} />
    </>
  );
}

function StartFollowup({ reportId }: { reportId: string }) {
  const mayStart = useMayCall('followups.create');
  const action = useAction();
  if (!mayStart) return <p className="muted">{t('report.op16.plannersStart')}</p>;
  const start = async () => {
    const started = await action.run(() => call('followups.create', { reportId }));
    if (started?.followupId) navigate(followupHref(started.followupId));
  };
  return (
    <>
      <div className="button-row">
        <button type="button" className="primary" disabled={action.busy} onClick={start}>
          {t('report.op16.start')}
        </button>
      </div>
      <ActionStatus action={action} />
    </>
  );
}
