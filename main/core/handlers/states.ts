import type {
  LanguageCode,
  Names,
  StateDossier,
  StateSummary,
  TimelineItem,
} from '../../../shared/api/types';
import type { VisitKind, VisitMode, VisitStatus } from '../../../shared/domain/visits';
import { sayText, text, type Text } from '../../../shared/messages';
import type { CallContext } from '../context';
import type { Db } from '../db/workspace';
import type { RecommendationStatus } from '../../../shared/domain/reports';
import { ApiError } from '../errors';
import { nameColumn, nameIn, sortByName } from '../language';
import { ASSESSMENT_HISTORY_SQL } from '../visited';
import { readDeadlines } from '../deadlines';
import { readInvitations } from './committee';
import { readFollowups } from './followups';
import {
  readConsent,
  readIndicators,
  readSignals,
  readStateRequests,
  readVisits,
  str,
  type Raw,
} from './queries';
import { readRecommendations, readReports, readTechnicalAssistance } from './reports';
import { readAmendmentsAbout } from './plan';
import type { AreaHandlers } from './types';

interface StateRow {
  iso3: string;
  iso2: string;
  m49: string;
  name_en: string;
  name_fr: string;
  name_es: string;
  name_ru: string;
  name_zh: string;
  name_ar: string;
  region: string;
  subregion: string;
  alt_names: string;
  last_visit: string | null;
  visits_count: number;
}

/**
 * Member States with their assessment history as of `asOf`: the end of the last conducted
 * assessment visit and how many there were (advocacy visits do not count; see main/core/visited.ts).
 * In the order of their names in `language`, as UN documents in that language list them.
 */
function readStates(db: Db, language: LanguageCode, asOf: string, iso3?: string): StateRow[] {
  const rows = db
    .prepare(
      `SELECT s.*, v.last_visit, COALESCE(v.visits, 0) AS visits_count
       FROM member_states s LEFT JOIN (${ASSESSMENT_HISTORY_SQL}) v ON v.iso3 = s.iso3
       ${iso3 ? 'WHERE s.iso3 = ?' : ''}`,
    )
    .all(asOf, ...(iso3 ? [iso3] : [])) as StateRow[];
  const column = nameColumn(language);
  return sortByName(rows, (r) => r[column], language);
}

/** `lastVisit` and `visitsCount` are those of conducted assessment visits, as of the call's today. */
function toSummary(r: StateRow, language: LanguageCode): StateSummary {
  const names: Names = {
    en: r.name_en,
    fr: r.name_fr,
    es: r.name_es,
    ru: r.name_ru,
    zh: r.name_zh,
    ar: r.name_ar,
  };
  return {
    iso3: r.iso3,
    name: nameIn(names, language),
    names,
    region: r.region,
    subregion: r.subregion,
    lastVisit: r.last_visit,
    visitsCount: r.visits_count,
    neverVisited: r.visits_count === 0,
  };
}

/** A title and what extends it (a note, a reference…), when there is one. */
const withNote = (title: Text, note: string | null | undefined): Text =>
  note ? text('timeline.withNote', { title, note }) : title;
const withRef = (title: Text, ref: string | null | undefined): Text =>
  ref ? text('timeline.withRef', { title, ref }) : title;

interface ListMoment {
  on: string;
  title: Text;
  refId: string;
}

/** The State's place on adopted lists, and the approved amendments that put it on or took it off. */
function listMoments(ctx: CallContext, iso3: string): ListMoment[] {
  const adopted = ctx.db
    .prepare(
      `SELECT l.id, l.year, l.decided_on, l.decision_ref, e.rank FROM annual_lists l
       JOIN list_versions v ON v.list_id = l.id AND v.version = 1 AND v.deleted = 0
       JOIN list_entries e ON e.version_id = v.id AND e.deleted = 0 AND e.iso3 = ? AND e.selection = 'selected'
       WHERE l.deleted = 0 AND l.decided_on IS NOT NULL`,
    )
    .all(iso3) as {
    id: string;
    year: number;
    decided_on: string;
    decision_ref: string | null;
    rank: number;
  }[];
  const amendments = readAmendmentsAbout(ctx, iso3);
  return [
    ...adopted.map((l) => ({
      on: l.decided_on,
      title: l.decision_ref
        ? text('timeline.list.adoptedRef', { year: l.year, ref: l.decision_ref, rank: l.rank })
        : text('timeline.list.adopted', { year: l.year, rank: l.rank }),
      refId: l.id,
    })),
    ...amendments.map((a) => {
      const ref = a.decisionRef;
      let title: Text;
      if (a.iso3 === iso3) {
        title = ref
          ? text('timeline.list.takenOffRef', { year: a.year, ref })
          : text('timeline.list.takenOff', { year: a.year });
        if (a.replacementName)
          title = text('timeline.list.replacedBy', { title, name: a.replacementName });
      } else {
        title = ref
          ? text('timeline.list.addedRef', { year: a.year, ref, name: a.stateName })
          : text('timeline.list.added', { year: a.year, name: a.stateName });
      }
      const refusal = a.consentRefusal;
      if (refusal) {
        let because = text(`timeline.refusal.${refusal.reply}`, { state: refusal.stateName });
        if (refusal.on) because = text('timeline.onDate', { title: because, date: refusal.on });
        title = text('timeline.withNote', {
          title,
          note: withRef(because, refusal.noteVerbaleRef),
        });
      }
      return { on: a.decidedOn!, title, refId: a.id };
    }),
  ];
}

interface StatusMoment {
  on: string;
  recommendationId: string;
  code: string | null;
  status: string;
  evidence: string | null;
}

/** Every status update of the State's recommendations, oldest first. */
function recommendationMoments(ctx: CallContext, iso3: string): StatusMoment[] {
  return (
    ctx.db
      .prepare(
        `SELECT u.as_of, u.recommendation_id, x.code, u.status, u.evidence FROM recommendation_updates u
         JOIN recommendations x ON x.id = u.recommendation_id AND x.deleted = 0
         JOIN assessment_reports r ON r.id = x.report_id AND r.deleted = 0
         JOIN visits v ON v.id = r.visit_id AND v.deleted = 0
         WHERE u.deleted = 0 AND v.iso3 = ? ORDER BY u.as_of, u.id`,
      )
      .all(iso3) as Raw[]
  ).map((r) => ({
    on: String(r.as_of),
    recommendationId: String(r.recommendation_id),
    code: str(r.code),
    status: String(r.status),
    evidence: str(r.evidence),
  }));
}

type DossierFacts = Omit<StateDossier, 'timeline'> & {
  lists: ListMoment[];
  statuses: StatusMoment[];
};

/** The State's timeline, its titles said in `language`. */
function timelineOf(d: DossierFacts, language: LanguageCode): TimelineItem[] {
  const items: (Omit<TimelineItem, 'title'> & { title: Text })[] = [];
  const add = (date: string | null, kind: TimelineItem['kind'], title: Text, refId: string) => {
    if (date) items.push({ date, kind, title, refId });
  };
  for (const v of d.visits) {
    const visit = text(`timeline.visit.${v.kind as VisitKind}`, {
      mode: text(`timeline.mode.${v.mode as VisitMode}`),
    });
    const status = text(`timeline.visitStatus.${v.status as VisitStatus}`);
    add(
      v.startDate,
      'visit',
      v.endDate && v.endDate !== v.startDate
        ? text('timeline.visit.statusTo', { visit, end: v.endDate, status })
        : text('timeline.visit.status', { visit, status }),
      v.id,
    );
    for (const s of v.steps) {
      const step = text(`timeline.visitStep.${s.to}`);
      add(
        s.on,
        'visit',
        s.from === null
          ? text('timeline.visit.recordedAs', {
              visit,
              status: text(`timeline.visitStatus.${s.to}`),
            })
          : withNote(
              s.to === 'scheduled' && v.startDate
                ? text('timeline.visit.stepFor', { visit, step, date: v.startDate })
                : text('timeline.visit.step', { visit, step }),
              s.reason,
            ),
        v.id,
      );
    }
  }
  for (const c of d.consentRequests) {
    const forYear = (title: Text) =>
      c.listYear ? text('timeline.forYear', { title, year: c.listYear }) : title;
    for (const s of c.steps) {
      let title: Text;
      if (s.kind === 'requested') {
        title = forYear(text('timeline.consent.requested'));
        if (c.listEntryId) title = text('timeline.consent.fromList', { title });
        title = withRef(title, s.noteVerbaleRef);
      } else if (s.kind === 'reminder') {
        title = withRef(text('timeline.consent.reminder'), s.noteVerbaleRef);
      } else if (s.kind === 'reply') {
        title = forYear(text(`timeline.consent.${s.reply ?? 'no_reply'}`));
        if (s.proposedFrom)
          title = s.proposedTo
            ? text('timeline.consent.windowTo', { title, from: s.proposedFrom, to: s.proposedTo })
            : text('timeline.consent.window', { title, from: s.proposedFrom });
        if (s.confidential) title = text('timeline.consent.confidential', { title });
        if (s.note) title = text('timeline.andNote', { title, note: s.note });
      } else {
        title = withNote(forYear(text('timeline.consent.withdrawn')), s.note);
      }
      add(s.on, 'consent', title, c.id);
    }
  }
  for (const l of d.lists) add(l.on, 'list', l.title, l.refId);
  for (const r of d.reports) {
    add(r.draftedOn, 'report', text('timeline.report.drafted'), r.id);
    add(r.sentToStateOn, 'report', text('timeline.report.sentToState'), r.id);
    add(
      r.observationsReceivedOn,
      'report',
      text(
        r.observationsNoneReceived
          ? 'timeline.report.noObservations'
          : 'timeline.report.observations',
      ),
      r.id,
    );
    add(r.submittedToCtcOn, 'report', text('timeline.report.submitted'), r.id);
    add(r.adoptedOn, 'report', text('timeline.report.adopted'), r.id);
    add(r.transmittedOn, 'report', text('timeline.report.transmitted'), r.id);
    add(
      r.implementationReplyOn,
      'report',
      withNote(text('timeline.report.implementation'), r.implementationReplySummary),
      r.id,
    );
  }
  for (const u of d.statuses) {
    const status = text(`timeline.recommendationStatus.${u.status as RecommendationStatus}`);
    add(
      u.on,
      'recommendation',
      withNote(
        u.code
          ? text('timeline.recommendation', { code: u.code, status })
          : text('timeline.recommendationNoCode', { status }),
        u.evidence,
      ),
      u.recommendationId,
    );
  }
  for (const f of d.followups) {
    add(f.startedOn, 'followup', text('timeline.followup.started'), f.reportId);
    if (f.submittedOn) {
      let title = f.late
        ? text('timeline.followup.submittedLate', { date: f.dueOn })
        : text('timeline.followup.submitted');
      if (f.recommendedFollowup)
        title = text('timeline.followup.advising', {
          title,
          further: text(`timeline.further.${f.recommendedFollowup}`),
        });
      add(f.submittedOn, 'followup', title, f.reportId);
    }
  }
  for (const t of d.technicalAssistance) {
    add(
      t.requestedOn,
      'assistance',
      text(
        t.status === 'proposed' ? 'timeline.assistance.proposed' : 'timeline.assistance.requested',
        { by: t.requestedBy, description: t.description },
      ),
      t.id,
    );
    if (t.statusOn && t.statusOn !== t.requestedOn)
      add(
        t.statusOn,
        'assistance',
        withRef(text(`timeline.assistance.${t.status}Status`), t.partner),
        t.id,
      );
  }
  // Every deadline still open, on its due date: what comes next in the State's cycle.
  for (const x of d.deadlines)
    if (x.doneOn === null)
      add(
        x.dueOn,
        x.subject === 'consent' ? 'consent' : x.kind === 'op16_report' ? 'followup' : 'report',
        text(x.state === 'overdue' ? 'timeline.dueOverdue' : 'timeline.due', { label: x.label }),
        x.subjectId,
      );
  for (const s of d.signals)
    add(
      s.occurredOn,
      'signal',
      withNote(
        text('timeline.signal', {
          kind: text(`timeline.signalKind.${s.kind}`),
          severity: s.severity,
        }),
        s.text,
      ),
      s.id,
    );
  for (const q of d.requests)
    add(
      q.receivedOn,
      'request',
      withNote(
        text(q.kind === 'invitation' ? 'timeline.invitation' : 'timeline.request'),
        q.description,
      ),
      q.id,
    );
  for (const i of d.invitations) {
    add(
      i.invitedOn,
      'invitation',
      withRef(
        text('timeline.briefing.invited', {
          who: i.officialTitle ?? text('timeline.briefing.seniorOfficials'),
        }),
        i.meetingTitle && (i.meetingOn ? `${i.meetingTitle}, ${i.meetingOn}` : i.meetingTitle),
      ),
      i.id,
    );
    if (i.attended !== null && i.meetingOn)
      add(
        i.meetingOn,
        'invitation',
        withNote(
          text(i.attended ? 'timeline.briefing.attended' : 'timeline.briefing.absent'),
          i.note,
        ),
        i.id,
      );
  }
  // Newest first; on the same day, in the order things happened, the latest first.
  return items
    .map(({ title, ...item }) => ({ ...item, title: sayText(language, title) }))
    .map((item, order) => ({ item, order }))
    .sort(
      (a, b) =>
        b.item.date.localeCompare(a.item.date) ||
        a.item.kind.localeCompare(b.item.kind) ||
        b.order - a.order,
    )
    .map(({ item }) => item);
}

export const statesHandlers: AreaHandlers<'states'> = {
  'states.list': (_input, ctx) =>
    readStates(ctx.db, ctx.language, ctx.today).map((r) => toSummary(r, ctx.language)),

  'states.reference': (_input, ctx) =>
    readStates(ctx.db, ctx.language, ctx.today).map((r) => ({
      iso3: r.iso3,
      iso2: r.iso2,
      names: toSummary(r, ctx.language).names,
      altNames: JSON.parse(r.alt_names) as string[],
    })),

  'states.get': ({ iso3 }, ctx) => {
    const row = readStates(ctx.db, ctx.language, ctx.today, iso3)[0];
    if (!row) throw new ApiError('NOT_FOUND', text('rule.notMemberState', { iso3 }));
    const base = {
      ...toSummary(row, ctx.language),
      iso2: row.iso2,
      m49: row.m49,
      visits: readVisits(ctx, { iso3 }),
      consentRequests: readConsent(ctx, ctx.today, iso3),
      reports: readReports(ctx, { iso3 }),
      recommendations: readRecommendations(ctx, { iso3 }),
      followups: readFollowups(ctx, ctx.today, { iso3 }),
      signals: readSignals(ctx.db, iso3),
      indicators: readIndicators(ctx.db, iso3),
      requests: readStateRequests(ctx.db, iso3),
      invitations: readInvitations(ctx, { iso3 }),
      technicalAssistance: readTechnicalAssistance(ctx, { iso3 }),
      deadlines: readDeadlines(ctx, ctx.today, { iso3 }),
    };
    return {
      ...base,
      timeline: timelineOf(
        {
          ...base,
          lists: listMoments(ctx, iso3),
          statuses: recommendationMoments(ctx, iso3),
        },
        ctx.language,
      ),
    };
  },
};
