import type {
  LanguageCode,
  Names,
  StateDossier,
  StateSummary,
  TimelineItem,
} from '../../../shared/api/types';
import { refusalInWords } from '../../../shared/domain/consent';
import { VISIT_KIND_WORDS, type VisitStatus } from '../../../shared/domain/visits';
import type { CallContext } from '../context';
import type { Db } from '../db/workspace';
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

/** Looked up by codes read from rows (text), hence the wider key. */
const KIND_LABEL: Readonly<Record<string, string>> = VISIT_KIND_WORDS;

const VISIT_STEP_WORDS: Record<VisitStatus, string> = {
  planned: 'planned again',
  scheduled: 'scheduled',
  conducted: 'recorded as conducted',
  postponed: 'postponed',
  cancelled: 'cancelled',
};

interface ListMoment {
  on: string;
  title: string;
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
      title: `On the ${l.year} list adopted by the Committee${l.decision_ref ? ` (${l.decision_ref})` : ''}, ranked ${l.rank}`,
      refId: l.id,
    })),
    ...amendments.map((a) => {
      const decision = `approved by the Committee${a.decisionRef ? ` (${a.decisionRef})` : ''}`;
      const because = a.consentRefusal ? `: ${refusalInWords(a.consentRefusal)}` : '';
      const title =
        a.iso3 === iso3
          ? `Taken off the ${a.year} list by an amendment ${decision}${a.replacementName ? `, replaced by ${a.replacementName}` : ''}${because}`
          : `Added to the ${a.year} list by an amendment ${decision}, in place of ${a.stateName}${because}`;
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

const FURTHER_WORDS: Record<string, string> = {
  none: 'no further follow-up',
  follow_up_visit: 'a follow-up visit',
  focused_visit: 'a focused visit',
  technical_assistance: 'technical assistance',
  desk_review: 'a desk review',
};

type DossierFacts = Omit<StateDossier, 'timeline'> & {
  lists: ListMoment[];
  statuses: StatusMoment[];
};

function timelineOf(d: DossierFacts): TimelineItem[] {
  const items: TimelineItem[] = [];
  const add = (date: string | null, kind: TimelineItem['kind'], title: string, refId: string) => {
    if (date) items.push({ date, kind, title, refId });
  };
  for (const v of d.visits) {
    const what = `${KIND_LABEL[v.kind]} visit (${v.mode.replace('_', ' ')})`;
    add(
      v.startDate,
      'visit',
      `${what}${v.endDate && v.endDate !== v.startDate ? ` to ${v.endDate}` : ''}, ${v.status}`,
      v.id,
    );
    for (const s of v.steps)
      add(
        s.on,
        'visit',
        s.from === null
          ? `${what} recorded as ${s.to}`
          : `${what} ${VISIT_STEP_WORDS[s.to]}${s.to === 'scheduled' && v.startDate ? ` for ${v.startDate}` : ''}${s.reason ? `: ${s.reason}` : ''}`,
        v.id,
      );
  }
  for (const c of d.consentRequests) {
    const year = c.listYear ? ` for ${c.listYear}` : '';
    for (const s of c.steps) {
      const ref = s.noteVerbaleRef ? ` (${s.noteVerbaleRef})` : '';
      const window = s.proposedFrom
        ? `, for ${s.proposedFrom}${s.proposedTo ? ` to ${s.proposedTo}` : ''}`
        : '';
      const title = {
        requested: `Consent requested${year}${c.listEntryId ? ' from the list' : ''}${ref}`,
        reminder: `Reminder sent${ref}`,
        reply: `Consent ${s.reply === 'no_reply' ? 'recorded as unanswered' : s.reply}${year}${window}${s.confidential ? '; the State asks for confidentiality (OP 19)' : ''}${s.note ? `; ${s.note}` : ''}`,
        withdrawal: `Consent withdrawn${year}${s.note ? `: ${s.note}` : ''}`,
      }[s.kind];
      add(s.on, 'consent', title, c.id);
    }
  }
  for (const l of d.lists) add(l.on, 'list', l.title, l.refId);
  for (const r of d.reports) {
    add(r.draftedOn, 'report', 'Assessment report drafted', r.id);
    add(r.sentToStateOn, 'report', 'Draft assessment report sent to the State', r.id);
    add(
      r.observationsReceivedOn,
      'report',
      r.observationsNoneReceived
        ? 'No factual observations received from the State within 30 days'
        : 'Factual observations received from the State',
      r.id,
    );
    add(r.submittedToCtcOn, 'report', 'Assessment report submitted to the CTC', r.id);
    add(r.adoptedOn, 'report', 'Assessment report adopted by the CTC', r.id);
    add(r.transmittedOn, 'report', 'Final report transmitted to the State', r.id);
    add(
      r.implementationReplyOn,
      'report',
      `The State reported on implementation${r.implementationReplySummary ? `: ${r.implementationReplySummary}` : ''}`,
      r.id,
    );
  }
  for (const u of d.statuses)
    add(
      u.on,
      'recommendation',
      `Recommendation ${u.code ?? ''} ${u.status.replaceAll('_', ' ')}${u.evidence ? `: ${u.evidence}` : ''}`.replace(
        '  ',
        ' ',
      ),
      u.recommendationId,
    );
  for (const f of d.followups) {
    add(f.startedOn, 'followup', 'OP 16 follow-up report started', f.reportId);
    if (f.submittedOn)
      add(
        f.submittedOn,
        'followup',
        `OP 16 follow-up report submitted to the CTC${f.late ? ` (late: due ${f.dueOn})` : ''}${f.recommendedFollowup ? `, advising ${FURTHER_WORDS[f.recommendedFollowup]}` : ''}`,
        f.reportId,
      );
  }
  for (const t of d.technicalAssistance) {
    add(
      t.requestedOn,
      'assistance',
      `Technical assistance ${t.status === 'proposed' ? 'proposed' : 'requested'} by ${t.requestedBy}: ${t.description}`,
      t.id,
    );
    if (t.statusOn && t.statusOn !== t.requestedOn)
      add(
        t.statusOn,
        'assistance',
        `Technical assistance ${t.status}${t.partner ? ` (${t.partner})` : ''}`,
        t.id,
      );
  }
  // Every deadline still open, on its due date: what comes next in the State's cycle.
  for (const x of d.deadlines)
    if (x.doneOn === null)
      add(
        x.dueOn,
        x.subject === 'consent' ? 'consent' : x.kind === 'op16_report' ? 'followup' : 'report',
        `Due: ${x.label}${x.state === 'overdue' ? ' — overdue' : ''}`,
        x.subjectId,
      );
  for (const s of d.signals)
    add(
      s.occurredOn,
      'signal',
      `Signal (${s.kind.replace('_', ' ')}, severity ${s.severity})${s.text ? `: ${s.text}` : ''}`,
      s.id,
    );
  for (const q of d.requests)
    add(
      q.receivedOn,
      'request',
      `${q.kind === 'invitation' ? 'Invitation' : 'Request'} from the State${q.description ? `: ${q.description}` : ''}`,
      q.id,
    );
  for (const i of d.invitations) {
    add(
      i.invitedOn,
      'invitation',
      `${i.officialTitle ?? 'Senior officials'} invited to brief the CTC${i.meetingTitle ? ` (${i.meetingTitle}${i.meetingOn ? `, ${i.meetingOn}` : ''})` : ''}`,
      i.id,
    );
    if (i.attended !== null && i.meetingOn)
      add(
        i.meetingOn,
        'invitation',
        `${i.attended ? 'Officials briefed the CTC' : 'Officials did not attend the CTC meeting'}${i.note ? `: ${i.note}` : ''}`,
        i.id,
      );
  }
  // Newest first; on the same day, in the order things happened, the latest first.
  return items
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
    if (!row) throw new ApiError('NOT_FOUND', `${iso3} is not a UN Member State.`);
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
      timeline: timelineOf({
        ...base,
        lists: listMoments(ctx, iso3),
        statuses: recommendationMoments(ctx, iso3),
      }),
    };
  },
};
