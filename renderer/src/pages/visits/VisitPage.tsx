// One visit (#/visits/<id>): its facts, the consent it is made under, its history of status
// changes with their reasons, and for planners the changes it allows: its details, and each
// status it can move to next.
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { ConsentRequest, Visit, VisitStep } from '../../../../shared/api/types';
import { nextVisitStatuses, type VisitStatus } from '../../../../shared/domain/visits';
import { ConsentSteps } from '../../columns/consent';
import { pickColumns } from '../../columns/pick';
import { DoneStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { DataTable } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { EmptyState } from '../../components/EmptyState';
import { Facts } from '../../components/Facts';
import { ConsentReplyTag, VisitStatusTag } from '../../components/StatusTags';
import { useFocusRescue } from '../../components/useFocusRescue';
import { useApi } from '../../data/useAsync';
import { formatDate, t } from '../../i18n';
import { dossierHref, navigate, pageHref, reportHref } from '../../router';
import { useMayCall } from '../../stores/session';
import { VisitHistory } from '../dossier/VisitHistory';
import { DraftReportDialog } from '../reports/ReportDialogs';
import { FieldPackDialog } from './FieldPackDialog';
import { EditVisitDialog, TransitionDialog } from './VisitDialogs';
import { useDocumentTitle } from '../../layout/useDocumentTitle';

export function VisitPage({ id }: { id: string }) {
  const visit = useApi('visits.get', { id });
  useDocumentTitle([visit.status === 'ready' ? visitHeading(visit.data) : null, t('visits.title')]);
  return (
    <>
      <p className="breadcrumb">
        <a href={pageHref('visits')}>{t('visitPage.back')}</a>
      </p>
      <AsyncView state={visit}>{(v) => <VisitView visit={v} />}</AsyncView>
    </>
  );
}

export const visitHeading = (v: Visit): string =>
  t('visitPage.title', { kind: t(`visitKind.${v.kind}`), state: v.stateName });

const range = (from: string | null, to: string | null): string =>
  from || to
    ? t('common.dateRange', { from: formatDate(from), to: formatDate(to) })
    : t('visitPage.noDates');

type Open =
  | { kind: 'edit' }
  | { kind: 'move'; to: VisitStatus }
  | { kind: 'draft' }
  | { kind: 'fieldPack' };

function VisitView({ visit }: { visit: Visit }) {
  const mayChange = useMayCall('visits.transition');
  const mayDraft = useMayCall('reports.create');
  const mayExportPack = useMayCall('field.exportPack');
  // A conducted assessment visit has one report; advocacy visits have none.
  const draftable =
    mayDraft && visit.status === 'conducted' && visit.kind !== 'advocacy' && !visit.reportId;
  const [open, setOpen] = useState<Open | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const rescueFocus = useFocusRescue(visit);
  const next = nextVisitStatuses(visit.status);
  const done = (message: string) => {
    setNotice(message);
    rescueFocus(() => heading.current);
  };
  return (
    <>
      <header className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {visitHeading(visit)}
        </h1>
        <p className="page-intro">
          <VisitStatusTag status={visit.status} /> {range(visit.startDate, visit.endDate)}
        </p>
      </header>
      <DoneStatus message={notice} />
      {mayChange && (
        <section className="panel visit-actions" aria-labelledby="visit-actions">
          <h2 id="visit-actions" className="panel-title">
            {t('visitPage.actions')}
          </h2>
          <div className="button-row">
            <button
              type="button"
              onClick={() => {
                setNotice(null);
                setOpen({ kind: 'edit' });
              }}
            >
              {t('visitPage.edit')}
            </button>
            {draftable && (
              <button
                type="button"
                className="primary"
                aria-haspopup="dialog"
                onClick={() => {
                  setNotice(null);
                  setOpen({ kind: 'draft' });
                }}
              >
                {t('report.draft.open')}
              </button>
            )}
            {mayExportPack && (
              <button
                type="button"
                aria-haspopup="dialog"
                onClick={() => {
                  setNotice(null);
                  setOpen({ kind: 'fieldPack' });
                }}
              >
                {t('fieldPack.open')}
              </button>
            )}
            {next.length > 0 ? (
              <div className="button-row" role="group" aria-labelledby="move-to-label">
                <span id="move-to-label" className="move-label">
                  {t('visitPage.moveTo')}
                </span>
                {next.map((to) => (
                  <button
                    key={to}
                    type="button"
                    onClick={() => {
                      setNotice(null);
                      setOpen({ kind: 'move', to });
                    }}
                  >
                    {t(`visitPage.move.${to}`)}
                  </button>
                ))}
              </div>
            ) : (
              <span className="muted">
                {t('visitPage.final', { status: t(`visitStatus.${visit.status}`).toLowerCase() })}
              </span>
            )}
          </div>
        </section>
      )}
      <section aria-labelledby="visit-facts">
        <h2 id="visit-facts">{t('visitPage.facts')}</h2>
        <VisitFacts visit={visit} />
      </section>
      <section aria-labelledby="visit-consent">
        <h2 id="visit-consent">{t('visitPage.consent')}</h2>
        <VisitConsent visit={visit} />
      </section>
      <section aria-labelledby="visit-steps">
        <h2 id="visit-steps">{t('visitPage.steps')}</h2>
        <StatusSteps visit={visit} />
      </section>
      <VisitHistory visitId={visit.id} title={visitHeading(visit)} />
      {open?.kind === 'edit' && (
        <EditVisitDialog visit={visit} onDone={done} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'move' && (
        <TransitionDialog visit={visit} to={open.to} onDone={done} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'fieldPack' && (
        <FieldPackDialog visit={visit} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'draft' && (
        <DraftReportDialog
          visitId={visit.id}
          defaultTitle={t('report.draft.defaultTitle', {
            kind: t(`visitKind.${visit.kind}`).toLowerCase(),
            state: visit.stateName,
          })}
          visitStart={visit.startDate}
          onDone={(report) => navigate(reportHref(report.id))}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}

function VisitFacts({ visit }: { visit: Visit }) {
  const items: [string, ReactNode][] = [
    [
      t('visitForm.state'),
      <a key="state" href={dossierHref(visit.iso3)}>
        {visit.stateName}
      </a>,
    ],
    [t('visitForm.kind'), t(`visitKind.${visit.kind}`)],
    [t('visitForm.mode'), t(`visitMode.${visit.mode}`)],
    [
      t('visitForm.status'),
      <span key="status">
        <VisitStatusTag status={visit.status} />{' '}
        {visit.statusOn && t('visitPage.since', { date: formatDate(visit.statusOn) })}
        {visit.statusReason && <> — {visit.statusReason}</>}
      </span>,
    ],
    [t('visitForm.dates'), range(visit.startDate, visit.endDate)],
  ];
  if (visit.mode === 'hybrid')
    items.push(
      [t('visitPage.virtualPart'), range(visit.virtualStart, visit.virtualEnd)],
      [t('visitPage.physicalPart'), range(visit.physicalStart, visit.physicalEnd)],
    );
  items.push(
    [t('visitForm.team'), visit.team.join(', ') || t('common.none')],
    [t('visitForm.agenciesMet'), visit.agenciesMet.join(', ') || t('common.none')],
    [t('visitForm.notes'), visit.notes || t('common.none')],
    [
      t('visitForm.confidentialShort'),
      visit.confidentialByConsent
        ? t('visitPage.confidentialByConsent')
        : visit.confidential
          ? t('common.yes')
          : t('common.no'),
    ],
    [
      t('visitPage.report'),
      visit.reportId ? (
        <a key="report" href={reportHref(visit.reportId)}>
          {t('report.openFromVisit')}
        </a>
      ) : (
        t('visitPage.noReport')
      ),
    ],
  );
  return <Facts items={items} />;
}

function VisitConsent({ visit }: { visit: Visit }) {
  const consents = useApi('consent.list', { iso3: visit.iso3 });
  if (!visit.consentRequestId)
    return (
      <p className="note">
        {visit.kind === 'advocacy' ? t('visitPage.advocacyNoConsent') : t('visitPage.noConsent')}
      </p>
    );
  return (
    <AsyncView state={consents}>
      {(all) => {
        const consent = all.find((c) => c.id === visit.consentRequestId);
        return consent ? <ConsentFacts consent={consent} /> : <p>{t('visitPage.consentGone')}</p>;
      }}
    </AsyncView>
  );
}

function ConsentFacts({ consent }: { consent: ConsentRequest }) {
  return (
    <Facts
      items={[
        [t('col.noteVerbale'), consent.noteVerbaleRef ?? t('common.none')],
        [t('col.listYear'), consent.listYear ?? t('common.none')],
        [t('col.reply'), <ConsentReplyTag key="reply" reply={consent.reply} />],
        [t('col.repliedOn'), <DateText key="on" date={consent.repliedOn ?? consent.withdrawnOn} />],
        [t('visitPage.window'), range(consent.proposedFrom, consent.proposedTo)],
        [t('visitPage.conditions'), consent.conditions || t('common.none')],
        [
          t('visitForm.confidentialShort'),
          consent.confidential ? t('visitPage.consentConfidential') : t('common.no'),
        ],
        [t('consent.col.steps'), <ConsentSteps key="steps" steps={consent.steps} />],
      ]}
    />
  );
}

function StatusSteps({ visit }: { visit: Visit }) {
  const columns = useMemo(
    () =>
      pickColumns<VisitStep & { n: number }, 'on' | 'change' | 'reason'>({
        on: {
          header: t('col.date'),
          cell: (s) => <DateText date={s.on} />,
          sortValue: (s) => s.on,
        },
        change: {
          header: t('col.change'),
          cell: (s) =>
            s.from
              ? t('audit.change', {
                  from: t(`visitStatus.${s.from}`),
                  to: t(`visitStatus.${s.to}`),
                })
              : t('visitPage.recordedAs', { status: t(`visitStatus.${s.to}`) }),
        },
        reason: { header: t('visitPage.reason'), cell: (s) => s.reason ?? t('common.none') },
      }),
    [],
  );
  if (visit.steps.length === 0) return <EmptyState>{t('visitPage.noSteps')}</EmptyState>;
  return (
    <DataTable
      caption={t('visitPage.stepsCaption')}
      columns={columns}
      rows={visit.steps.map((s, n) => ({ ...s, n }))}
      rowKey={(s) => String(s.n)}
    />
  );
}
