// One OP 16 follow-up report (#/followup/<id>): its facts and deadline, and while it is open, for
// planners, the summary of the steps the State has taken and CTED's assessment of each
// recommendation, saved as often as needed, then submitted to the Committee with CTED's advice on
// further follow-up. Once submitted it is read-only.
import { useRef, useState, type ReactNode } from 'react';
import type { FollowupDetail } from '../../../../shared/api/types';
import { daysBetween } from '../../../../shared/domain/dates';
import { DoneStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { DateText } from '../../components/DateText';
import { Facts } from '../../components/Facts';
import { Paragraphs } from '../../components/Paragraphs';
import { DeadlineTag } from '../../components/StatusTags';
import { useFocusRescue } from '../../components/useFocusRescue';
import { useApi } from '../../data/useAsync';
import { formatDate, t } from '../../i18n';
import { dossierHref, pageHref, reportHref } from '../../router';
import { useMayCall } from '../../stores/session';
import { AssessmentEditor, AssessmentTable } from './Assessment';
import { useDocumentTitle } from '../../layout/useDocumentTitle';

export function FollowupReportPage({ id }: { id: string }) {
  const followup = useApi('followups.get', { id });
  useDocumentTitle([
    followup.status === 'ready'
      ? t('followup.report.title', { state: followup.data.stateName })
      : null,
    t('followup.title'),
  ]);
  return (
    <>
      <p className="breadcrumb">
        <a href={pageHref('followup')}>{t('followup.report.back')}</a>
      </p>
      <AsyncView state={followup}>{(f) => <FollowupReport followup={f} />}</AsyncView>
    </>
  );
}

/** "12 days left", "Due today", "30 days late", or when it was submitted. */
export function whereItStands(f: FollowupDetail): string {
  if (f.submittedOn)
    return f.late
      ? t('followup.report.submittedLate', {
          date: formatDate(f.submittedOn),
          count: daysBetween(f.dueOn, f.submittedOn),
        })
      : t('followup.report.submittedOnTime', { date: formatDate(f.submittedOn) });
  if (f.daysLeft === null || f.daysLeft === 0)
    return t('followup.report.dueToday', { date: formatDate(f.dueOn) });
  return f.daysLeft < 0
    ? t('followup.report.overdue', { date: formatDate(f.dueOn), count: -f.daysLeft })
    : t('followup.report.dueIn', { date: formatDate(f.dueOn), count: f.daysLeft });
}

function FollowupReport({ followup: f }: { followup: FollowupDetail }) {
  const mayEdit = useMayCall('followups.update');
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const rescueFocus = useFocusRescue(f);
  const done = (message: string) => {
    setNotice(message);
    rescueFocus(() => heading.current);
  };
  const editable = mayEdit && !f.submittedOn;
  return (
    <>
      <header className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {t('followup.report.title', { state: f.stateName })}
        </h1>
        <p className="page-intro">
          <DeadlineTag state={f.state} /> {whereItStands(f)}
        </p>
      </header>
      <DoneStatus message={notice} />
      <section aria-labelledby="followup-facts">
        <h2 id="followup-facts">{t('followup.report.facts')}</h2>
        <FollowupFacts f={f} />
      </section>
      {editable ? (
        <AssessmentEditor key={f.followupId} followup={f} onDone={done} />
      ) : (
        <>
          {!f.submittedOn && (
            <p className="note" role="note">
              {t('followup.report.plannersOnly')}
            </p>
          )}
          <section aria-labelledby="followup-summary">
            <h2 id="followup-summary">{t('followup.report.summary')}</h2>
            <Paragraphs text={f.summary} empty={t('followup.report.noSummary')} />
          </section>
          <section aria-labelledby="followup-assessment">
            <h2 id="followup-assessment">{t('followup.report.assessment')}</h2>
            <AssessmentTable followup={f} />
          </section>
        </>
      )}
    </>
  );
}

function FollowupFacts({ f }: { f: FollowupDetail }) {
  const assessed = f.assessment.length - f.unassessed;
  const items: [string, ReactNode][] = [
    [
      t('col.state'),
      <a key="state" href={dossierHref(f.iso3)}>
        {f.stateName}
      </a>,
    ],
    [
      t('followup.report.assessmentReport'),
      <a key="report" href={reportHref(f.reportId)}>
        {t('followup.report.openReport', { kind: t(`visitKind.${f.visitKind}`) })}
      </a>,
    ],
    [t('col.reportAdopted'), <DateText key="adopted" date={f.reportAdoptedOn} />],
    [t('followup.col.started'), <DateText key="started" date={f.startedOn} />],
    [
      t('col.dueOn'),
      <span key="due">
        <DateText date={f.dueOn} /> <DeadlineTag state={f.state} />
      </span>,
    ],
    [
      t('col.submittedOn'),
      f.submittedOn ? (
        <span key="submitted">
          <DateText date={f.submittedOn} />
          {f.late && <> {t('followup.lateMark')}</>}
        </span>
      ) : (
        t('followup.report.notSubmitted')
      ),
    ],
    [
      t('followup.report.assessed'),
      t('followup.report.assessedCount', { count: assessed, total: f.assessment.length }),
    ],
  ];
  if (f.submittedOn)
    items.push(
      [
        t('col.furtherFollowup'),
        f.recommendedFollowup ? t(`furtherFollowup.${f.recommendedFollowup}`) : t('common.none'),
      ],
      [t('followup.col.partners'), f.partners.join(', ') || t('common.none')],
    );
  return <Facts items={items} />;
}
