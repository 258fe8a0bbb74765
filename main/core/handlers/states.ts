import type { Names, StateDossier, StateSummary, TimelineItem } from '../../../shared/api/types';
import type { Db } from '../db/workspace';
import { ApiError } from '../errors';
import {
  readConsent,
  readFollowups,
  readIndicators,
  readInvitations,
  readRecommendations,
  readReports,
  readSignals,
  readStateRequests,
  readVisits,
} from './queries';
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

/** Member States with their conducted-visit history (last visit, how many). */
function readStates(db: Db, iso3?: string): StateRow[] {
  return db
    .prepare(
      `SELECT s.*, v.last_visit, COALESCE(v.n, 0) AS visits_count
       FROM member_states s
       LEFT JOIN (SELECT iso3, MAX(COALESCE(end_date, start_date)) AS last_visit, COUNT(*) AS n
                  FROM visits WHERE deleted = 0 AND status = 'conducted' GROUP BY iso3) v ON v.iso3 = s.iso3
       ${iso3 ? 'WHERE s.iso3 = ?' : ''}
       ORDER BY s.name_en`,
    )
    .all(...(iso3 ? [iso3] : [])) as StateRow[];
}

function toSummary(r: StateRow): StateSummary {
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
    name: r.name_en,
    names,
    region: r.region,
    subregion: r.subregion,
    lastVisit: r.last_visit,
    visitsCount: r.visits_count,
    neverVisited: r.visits_count === 0,
  };
}

const KIND_LABEL: Record<string, string> = {
  comprehensive: 'Comprehensive',
  focused: 'Focused',
  regional: 'Regional',
  follow_up: 'Follow-up',
  advocacy: 'Advocacy',
};

function timelineOf(d: Omit<StateDossier, 'timeline'>): TimelineItem[] {
  const items: TimelineItem[] = [];
  const add = (date: string | null, kind: TimelineItem['kind'], title: string, refId: string) => {
    if (date) items.push({ date, kind, title, refId });
  };
  for (const v of d.visits)
    add(
      v.startDate,
      'visit',
      `${KIND_LABEL[v.kind]} visit (${v.mode.replace('_', ' ')}), ${v.status}`,
      v.id,
    );
  for (const c of d.consentRequests) {
    add(
      c.sentOn,
      'consent',
      `Consent requested${c.noteVerbaleRef ? ` (${c.noteVerbaleRef})` : ''}`,
      c.id,
    );
    if (c.reply !== 'pending')
      add(c.repliedOn, 'consent', `Consent reply: ${c.reply.replace('_', ' ')}`, c.id);
  }
  for (const r of d.reports) {
    add(r.sentToStateOn, 'report', 'Draft assessment report sent to the State', r.id);
    add(r.adoptedOn, 'report', 'Assessment report adopted by the CTC', r.id);
    add(r.transmittedOn, 'report', 'Final report transmitted to the State', r.id);
  }
  for (const f of d.followups) {
    if (f.submittedOn)
      add(
        f.submittedOn,
        'followup',
        `OP 16 follow-up report submitted to the CTC${f.state === 'done_late' ? ' (late)' : ''}`,
        f.reportId,
      );
    else
      add(
        f.dueOn,
        'followup',
        `OP 16 follow-up report due${f.state === 'overdue' ? ' — overdue' : ''}`,
        f.reportId,
      );
  }
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
  for (const i of d.invitations)
    add(
      i.meetingOn ?? i.invitedOn,
      'invitation',
      `Officials invited to the CTC${i.meetingTitle ? ` (${i.meetingTitle})` : ''}`,
      i.id,
    );
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind));
}

export const statesHandlers: AreaHandlers<'states'> = {
  'states.list': (_input, ctx) => readStates(ctx.db).map(toSummary),

  'states.reference': (_input, ctx) =>
    readStates(ctx.db).map((r) => ({
      iso3: r.iso3,
      iso2: r.iso2,
      names: toSummary(r).names,
      altNames: JSON.parse(r.alt_names) as string[],
    })),

  'states.get': ({ iso3 }, ctx) => {
    const row = readStates(ctx.db, iso3)[0];
    if (!row) throw new ApiError('NOT_FOUND', `${iso3} is not a UN Member State.`);
    const base = {
      ...toSummary(row),
      iso2: row.iso2,
      m49: row.m49,
      visits: readVisits(ctx.db, { iso3 }),
      consentRequests: readConsent(ctx, ctx.today, iso3),
      reports: readReports(ctx.db, iso3),
      recommendations: readRecommendations(ctx.db, { iso3 }),
      followups: readFollowups(ctx, ctx.today, iso3),
      signals: readSignals(ctx.db, iso3),
      indicators: readIndicators(ctx.db, iso3),
      requests: readStateRequests(ctx.db, iso3),
      invitations: readInvitations(ctx.db, iso3),
    };
    return { ...base, timeline: timelineOf(base) };
  },
};
