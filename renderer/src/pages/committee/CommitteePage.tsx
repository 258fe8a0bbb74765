// The Committee page: for a year, the Counter-Terrorism Committee's meetings, each with the senior
// officials of assessed States invited to brief it on their adopted report (OP 16), and, once the
// meeting has been held, whether they attended. The secretariat (planners, Committee members)
// records meetings, invitations and attendance.
import { useMemo, useRef, useState } from 'react';
import type { CtcMeeting, Invitation } from '../../../../shared/api/types';
import { DoneStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { DataTable, type Column } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { Paragraphs } from '../../components/Paragraphs';
import { Tag } from '../../components/Tag';
import { useFocusRescue } from '../../components/useFocusRescue';
import { YearFilter } from '../../components/YearFilter';
import { pickColumns } from '../../columns/pick';
import { useApi } from '../../data/useAsync';
import { thisYear, today } from '../../format/dates';
import { t } from '../../i18n';
import { dossierHref, reportHref } from '../../router';
import { useMayCall } from '../../stores/session';
import { AttendanceDialog, InviteDialog, MeetingDialog } from './CommitteeDialogs';
import { useDocumentTitle } from '../../layout/useDocumentTitle';

/** The year chosen last, kept while the app is open (the page opens on it again). */
let chosenYear: number | null = null;

type Open =
  | { kind: 'create' }
  | { kind: 'edit'; meeting: CtcMeeting }
  | { kind: 'invite'; meeting: CtcMeeting }
  | { kind: 'attendance'; meeting: CtcMeeting; invitation: Invitation };

export const attendedWords = (attended: boolean | null): string =>
  attended === null
    ? t('committee.attendance.notRecorded')
    : attended
      ? t('committee.attendance.yes')
      : t('committee.attendance.no');

export function CommitteePage() {
  useDocumentTitle(t('committee.title'));
  const [chosen, setChosen] = useState<number | null>(() => chosenYear);
  const year = chosen ?? thisYear();
  const meetings = useApi('ctcMeetings.list', { year });
  const mayRecord = useMayCall('ctcMeetings.create');
  const [open, setOpen] = useState<Open | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const rescueFocus = useFocusRescue(meetings);
  const chooseYear = (y: number) => {
    chosenYear = y;
    setChosen(y);
  };
  const done = (message: string) => {
    setNotice(message);
    rescueFocus(() => heading.current);
  };
  const act = (next: Open) => {
    setNotice(null);
    setOpen(next);
  };
  return (
    <>
      <PageHeader title={t('committee.title')}>
        <p>{t('committee.intro')}</p>
      </PageHeader>
      <div className="filters">
        <YearFilter
          id="committee-year"
          label={t('committee.year')}
          year={year}
          ahead={1}
          onChange={chooseYear}
        />
        {mayRecord && (
          <div className="filter">
            <button type="button" aria-haspopup="dialog" onClick={() => act({ kind: 'create' })}>
              {t('committee.recordMeeting')}
            </button>
          </div>
        )}
      </div>
      <h2 ref={heading} tabIndex={-1}>
        {t('committee.meetingsOf', { year })}
      </h2>
      <DoneStatus message={notice} />
      <AsyncView
        state={meetings}
        empty={{
          when: (list) => list.length === 0,
          message: mayRecord
            ? t('committee.emptyRecord', { year })
            : t('committee.empty', { year }),
        }}
      >
        {(list) => list.map((m) => <MeetingPanel key={m.id} meeting={m} onAct={act} />)}
      </AsyncView>
      {open?.kind === 'create' && (
        <MeetingDialog
          meeting={null}
          onDone={(message, saved) => {
            chooseYear(Number(saved.heldOn.slice(0, 4)));
            done(message);
          }}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'edit' && (
        <MeetingDialog
          meeting={open.meeting}
          onDone={(message, saved) => {
            chooseYear(Number(saved.heldOn.slice(0, 4)));
            done(message);
          }}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'invite' && (
        <InviteDialog meeting={open.meeting} onDone={done} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'attendance' && (
        <AttendanceDialog
          meeting={open.meeting}
          invitation={open.invitation}
          onDone={done}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}

function MeetingPanel({ meeting: m, onAct }: { meeting: CtcMeeting; onAct: (o: Open) => void }) {
  const mayChange = useMayCall('ctcMeetings.update');
  const mayInvite = useMayCall('invitations.create');
  const mayRecord = useMayCall('invitations.recordAttendance');
  const held = m.heldOn <= today();
  const headingId = `meeting-${m.id}`;
  const columns = useMemo(() => {
    const base = pickColumns<
      Invitation,
      'state' | 'official' | 'invitedOn' | 'report' | 'attended' | 'note'
    >({
      state: {
        header: t('col.state'),
        cell: (i) => <a href={dossierHref(i.iso3)}>{i.stateName}</a>,
        sortValue: (i) => i.stateName,
      },
      official: {
        header: t('col.official'),
        cell: (i) => i.officialTitle ?? t('common.none'),
        sortValue: (i) => i.officialTitle,
      },
      invitedOn: {
        header: t('committee.col.invitedOn'),
        cell: (i) => <DateText date={i.invitedOn} />,
        sortValue: (i) => i.invitedOn,
      },
      report: {
        header: t('committee.col.report'),
        cell: (i) =>
          i.reportId ? (
            <a href={reportHref(i.reportId)}>
              {t('committee.openReport')}
              <span className="visually-hidden">
                {' '}
                {t('committee.forState', { state: i.stateName })}
              </span>
            </a>
          ) : (
            t('common.none')
          ),
      },
      attended: {
        header: t('col.attended'),
        cell: (i) =>
          i.attended === null ? (
            attendedWords(null)
          ) : (
            <Tag tone={i.attended ? 'success' : 'danger'}>{attendedWords(i.attended)}</Tag>
          ),
        sortValue: (i) => (i.attended === null ? null : Number(i.attended)),
      },
      note: { header: t('committee.col.note'), cell: (i) => i.note || t('common.none') },
    });
    if (!mayRecord || !held) return base;
    const actions: Column<Invitation> = {
      id: 'actions',
      header: t('committee.col.actions'),
      cell: (i) => (
        <button
          type="button"
          className="small"
          aria-haspopup="dialog"
          onClick={() => onAct({ kind: 'attendance', meeting: m, invitation: i })}
        >
          {i.attended === null ? t('committee.recordAttendance') : t('committee.changeAttendance')}
          <span className="visually-hidden">
            {' '}
            {t('committee.forState', { state: i.stateName })}
          </span>
        </button>
      ),
    };
    return [...base, actions];
  }, [mayRecord, held, m, onAct]);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel-title">
        {m.title}
      </h3>
      <p>
        <DateText date={m.heldOn} />{' '}
        {held ? (
          <Tag tone="neutral">{t('committee.held')}</Tag>
        ) : (
          <Tag tone="notice">{t('committee.upcoming')}</Tag>
        )}
      </p>
      <Paragraphs text={m.agendaNotes} empty={t('committee.noAgenda')} />
      {(mayChange || mayInvite) && (
        <div className="button-row">
          {mayChange && (
            <button
              type="button"
              aria-haspopup="dialog"
              onClick={() => onAct({ kind: 'edit', meeting: m })}
            >
              {t('committee.editMeeting')}
              <span className="visually-hidden"> {m.title}</span>
            </button>
          )}
          {mayInvite && (
            <button
              type="button"
              aria-haspopup="dialog"
              onClick={() => onAct({ kind: 'invite', meeting: m })}
            >
              {t('committee.invite')}
              <span className="visually-hidden"> {m.title}</span>
            </button>
          )}
        </div>
      )}
      <h4>{t('committee.invitations', { count: m.invitations.length })}</h4>
      {m.invitations.length === 0 ? (
        <EmptyState>{t('committee.noInvitations')}</EmptyState>
      ) : (
        <>
          {!held && <p className="muted">{t('committee.attendanceLater')}</p>}
          <DataTable
            caption={t('committee.invitationsCaption', { meeting: m.title })}
            columns={columns}
            rows={m.invitations}
            rowKey={(i) => i.id}
            initialSort={{ column: 'state', direction: 'ascending' }}
          />
        </>
      )}
    </section>
  );
}
