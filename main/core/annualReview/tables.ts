// Every table of the annual review, made once from the figures: the document shows them (beside
// their charts) and the XLSX annex writes each as a sheet.
import { daysBetween } from '../../../shared/domain/dates';
import { RECOMMENDATION_STATUSES } from '../../../shared/domain/reports';
import { NOT_VISITED_REASONS, type AnnualReviewFigures, type ListedOutcome } from './collect';
import type { CellKind, Sheet, SheetColumn } from '../exports/workbook';
import {
  ADVICE_WORDS,
  AMENDMENT_WORDS,
  DECISION_WORDS,
  CONSENT_WORDS,
  KIND_WORDS,
  MODE_WORDS,
  OUTCOME_WORDS,
  STATUS_WORDS,
  VISIT_STATUS_WORDS,
} from './words';

/** A sheet of the annex, and the caption it has in the document. */
export interface ReviewTable extends Sheet {
  caption: string;
}

const col = (key: string, header: string, kind: CellKind = 'text'): SheetColumn => ({
  key,
  header,
  kind,
});
const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

export interface ReviewTables {
  keyFigures: ReviewTable;
  outcomes: ReviewTable;
  listed: ReviewTable;
  amendments: ReviewTable;
  visits: ReviewTable;
  reports: ReviewTable;
  op16Submitted: ReviewTable;
  op16Due: ReviewTable;
  consentYear: ReviewTable;
  implementationByArea: ReviewTable;
  assistance: ReviewTable;
  neverVisited: ReviewTable;
  firstVisits: ReviewTable;
  nextList: ReviewTable;
  nextOp16: ReviewTable;
  projection: ReviewTable;
  consentSeries: ReviewTable;
  implementationSeries: ReviewTable;
  visitsSeries: ReviewTable;
  op16Series: ReviewTable;
}

/** The listed States counted by outcome: visited first, then each reason that occurred. */
export function outcomeCounts(
  f: AnnualReviewFigures,
): { outcome: ListedOutcome; states: number }[] {
  return (['visited', ...NOT_VISITED_REASONS] as ListedOutcome[])
    .map((outcome) => ({ outcome, states: f.listed.filter((s) => s.outcome === outcome).length }))
    .filter((o) => o.outcome === 'visited' || o.states > 0);
}

export function reviewTables(f: AnnualReviewFigures): ReviewTables {
  const y = f.year;
  const next = y + 1;
  const conducted = f.visits.filter((v) => v.conducted);
  const opSubmitted = f.op16Submitted;
  const rate = f.consentYear?.rate ?? null;
  const keyFigures: [string, number | null][] = [
    [`States on the adopted ${y} list (all versions)`, f.listed.length],
    [`Listed States visited in ${y}`, f.listed.filter((s) => s.outcome === 'visited').length],
    [`Visits conducted in ${y}`, conducted.length],
    ['Visits conducted outside the list', conducted.filter((v) => !v.onList).length],
    ['Assessment reports adopted', f.reportsAdopted.length],
    ['OP 16 reports submitted', opSubmitted.length],
    ['OP 16 reports submitted on time', opSubmitted.filter((o) => !o.late).length],
    [`Recommendations implemented (end of ${y})`, f.implementationEnd?.byStatus.implemented ?? 0],
    ['Technical assistance delivered', f.assistanceDelivered.length],
    [`States never visited on 1 January ${y}`, f.neverVisitedStart.neverVisited],
    [`States never visited at the end of ${y}`, f.neverVisitedEnd.neverVisited],
    [`Consent requests sent in ${y}`, f.consentYear?.requests ?? 0],
    [
      'Answered consent requests granted (%)',
      rate === null ? null : Number((rate * 100).toFixed(1)),
    ],
  ];
  const scenario = (name: string) => f.forecast.scenarios.find((s) => s.name === name)!;
  const projectionYears = [
    ...new Set(f.forecast.scenarios.flatMap((s) => s.projection.remaining.map((r) => r.year))),
  ].sort((a, b) => a - b);
  const remainingIn = (name: string, year: number) => {
    const r = scenario(name).projection.remaining.find((x) => x.year === year);
    return r ? Number(r.remaining.toFixed(1)) : null;
  };
  const neverByYear = new Map(f.series.neverVisited.map((n) => [n.year, n]));

  return {
    keyFigures: {
      name: 'Key figures',
      caption: `Key figures of ${y}`,
      columns: [col('figure', 'Figure'), col('value', 'Value', 'number')],
      rows: keyFigures.map(([figure, value]) => ({ figure, value })),
    },
    outcomes: {
      name: 'Listed States by outcome',
      caption: `The States of the ${y} list: visited, or why not`,
      columns: [col('outcome', 'Outcome'), col('states', 'States', 'integer')],
      rows: outcomeCounts(f).map((o) => ({ outcome: OUTCOME_WORDS[o.outcome], states: o.states })),
    },
    listed: {
      name: 'Listed States',
      caption: `Each State of the ${y} list, its consent and its visit`,
      columns: [
        col('state', 'State'),
        col('region', 'Region'),
        col('from', 'On the list by'),
        col('final', 'On the final version'),
        col('consent', 'Consent (end of year)'),
        col('outcome', 'Outcome'),
        col('on', 'On', 'date'),
        col('detail', 'Detail'),
      ],
      rows: f.listed.map((s) => ({
        state: s.name,
        region: s.region,
        from: s.byAmendment ? 'Amendment' : 'Adopted list',
        final: yesNo(s.onFinalList),
        consent: CONSENT_WORDS[s.consent],
        outcome: OUTCOME_WORDS[s.outcome],
        on: s.on,
        detail: s.detail,
      })),
    },
    amendments: {
      name: 'Amendments',
      caption: `Amendments to the ${y} list`,
      columns: [
        col('proposedOn', 'Proposed on', 'date'),
        col('action', 'Change'),
        col('state', 'State'),
        col('replacement', 'Replacement'),
        col('rationale', 'Rationale'),
        col('status', 'Decision'),
        col('reference', 'Reference'),
        col('decidedOn', 'Decided on', 'date'),
      ],
      rows: (f.list?.amendments ?? []).map((a) => ({
        proposedOn: a.proposedOn,
        action: AMENDMENT_WORDS[a.action],
        state: a.stateName,
        replacement: a.replacementName,
        rationale: a.rationale,
        status: DECISION_WORDS[a.status],
        reference: a.decisionRef,
        decidedOn: a.decidedOn,
      })),
    },
    visits: {
      name: `Visits ${y}`,
      caption: `Visits whose first day falls in ${y}`,
      columns: [
        col('start', 'Start', 'date'),
        col('end', 'End', 'date'),
        col('state', 'State'),
        col('kind', 'Kind'),
        col('mode', 'Format'),
        col('status', 'Status'),
        col('onList', 'On the list'),
        col('reason', 'Reason given'),
      ],
      rows: f.visits.map((v) => ({
        start: v.startDate,
        end: v.endDate,
        state: v.stateName,
        kind: KIND_WORDS[v.kind],
        mode: MODE_WORDS[v.mode],
        status:
          v.conducted || v.status !== 'conducted' ? VISIT_STATUS_WORDS[v.status] : 'Under way',
        onList: yesNo(v.onList),
        reason: v.statusReason,
      })),
    },
    reports: {
      name: 'Reports adopted',
      caption: `Assessment reports adopted by the Committee in ${y}`,
      columns: [
        col('state', 'State'),
        col('kind', 'Kind of visit'),
        col('visitEnd', 'Visit ended', 'date'),
        col('adopted', 'Adopted on', 'date'),
        col('days', 'Days from draft to adoption', 'integer'),
        col('transmitted', 'Transmitted on', 'date'),
        col('recommendations', 'Recommendations', 'integer'),
      ],
      rows: f.reportsAdopted.map((r) => ({
        state: r.stateName,
        kind: KIND_WORDS[r.visitKind],
        visitEnd: r.visitEndDate,
        adopted: r.adoptedOn,
        days: r.intervals.draftToAdoption,
        transmitted: r.transmittedOn && r.transmittedOn <= f.asOf ? r.transmittedOn : null,
        recommendations: r.recommendationsCount,
      })),
    },
    op16Submitted: {
      name: 'OP 16 reports submitted',
      caption: `OP 16 follow-up reports submitted to the Committee in ${y}`,
      columns: [
        col('state', 'State'),
        col('adopted', 'Report adopted', 'date'),
        col('due', 'Due on', 'date'),
        col('submitted', 'Submitted on', 'date'),
        col('timeliness', 'Timeliness'),
        col('daysLate', 'Days late', 'integer'),
        col('advice', 'CTED’s advice'),
      ],
      rows: opSubmitted.map((o) => ({
        state: o.stateName,
        adopted: o.reportAdoptedOn,
        due: o.dueOn,
        submitted: o.submittedOn,
        timeliness: o.late ? 'Late' : 'On time',
        daysLate: o.late ? daysBetween(o.dueOn, o.submittedOn!) : 0,
        advice: o.recommendedFollowup ? ADVICE_WORDS[o.recommendedFollowup] : null,
      })),
    },
    op16Due: {
      name: `OP 16 reports due ${y}`,
      caption: `OP 16 follow-up reports that fell due in ${y}`,
      columns: [
        col('state', 'State'),
        col('due', 'Due on', 'date'),
        col('submitted', 'Submitted on', 'date'),
        col('standing', `Where it stood on ${f.asOf}`),
      ],
      rows: f.op16Due.map((o) => ({
        state: o.stateName,
        due: o.dueOn,
        submitted: o.submittedOn,
        standing: o.submittedOn
          ? o.late
            ? 'Submitted late'
            : 'Submitted on time'
          : o.state === 'overdue'
            ? 'Overdue'
            : 'Not yet due',
      })),
    },
    consentYear: {
      name: `Consent requests ${y}`,
      caption: `Consent requests sent in ${y}, by where they stood on ${f.asOf}`,
      columns: [col('standing', 'Standing'), col('requests', 'Requests', 'integer')],
      rows: Object.entries(f.consentSent)
        .filter(([standing]) => standing !== 'not_requested')
        .map(([standing, requests]) => ({
          standing: CONSENT_WORDS[standing as keyof typeof CONSENT_WORDS],
          requests,
        })),
    },
    implementationByArea: {
      name: 'Recommendations by area',
      caption: `Recommendations of adopted reports by thematic area, at the end of ${y}`,
      columns: [
        col('area', 'Thematic area'),
        col('total', 'Recommendations', 'integer'),
        col('implemented', 'Implemented', 'integer'),
        col('share', 'Share implemented', 'percent'),
      ],
      rows: f.implementationByArea.map((a) => ({
        area: a.label,
        total: a.counts.total,
        implemented: a.counts.byStatus.implemented,
        share: a.counts.byStatus.implemented / a.counts.total,
      })),
    },
    assistance: {
      name: 'Assistance delivered',
      caption: `Technical assistance delivered in ${y}`,
      columns: [
        col('state', 'State'),
        col('description', 'Assistance'),
        col('partner', 'Partner'),
        col('on', 'Delivered on', 'date'),
      ],
      rows: f.assistanceDelivered.map((t) => ({
        state: t.stateName,
        description: t.description,
        partner: t.partner,
        on: t.statusOn,
      })),
    },
    neverVisited: {
      name: 'Never visited by region',
      caption: `States never visited on 1 January and at the end of ${y}, by region`,
      columns: [
        col('region', 'Region'),
        col('start', `Never visited on 1 January ${y}`, 'integer'),
        col('end', `Never visited at the end of ${y}`, 'integer'),
        col('members', 'Member States', 'integer'),
      ],
      rows: [
        ...f.neverVisitedEnd.byRegion.map((r) => ({
          region: r.region,
          start: f.neverVisitedStart.byRegion.find((s) => s.region === r.region)?.neverVisited ?? 0,
          end: r.neverVisited,
          members: r.memberStates,
        })),
        {
          region: 'All regions',
          start: f.neverVisitedStart.neverVisited,
          end: f.neverVisitedEnd.neverVisited,
          members: f.neverVisitedEnd.memberStates,
        },
      ],
    },
    firstVisits: {
      name: `First visits ${y}`,
      caption: `States visited for the first time in ${y}`,
      columns: [
        col('state', 'State'),
        col('region', 'Region'),
        col('on', 'Visit ended on', 'date'),
      ],
      rows: f.firstVisited.map((s) => ({ state: s.name, region: s.region, on: s.on })),
    },
    nextList: {
      name: `List ${next}`,
      caption: `States selected on the ${next} list`,
      columns: [
        col('rank', 'Rank', 'integer'),
        col('state', 'State'),
        col('region', 'Region'),
        col('score', 'Score', 'number'),
        col('kind', 'Kind of visit'),
      ],
      rows: (f.forecast.list?.selected ?? []).map((e) => ({
        rank: e.rank,
        state: e.name,
        region: e.region,
        score: Number(e.score.toFixed(2)),
        kind: KIND_WORDS[e.proposedKind as keyof typeof KIND_WORDS] ?? e.proposedKind,
      })),
    },
    nextOp16: {
      name: `OP 16 reports due ${next}`,
      caption: `OP 16 follow-up reports expected in ${next}`,
      columns: [
        col('state', 'State'),
        col('adopted', 'Report adopted', 'date'),
        col('due', 'Due on', 'date'),
      ],
      rows: f.forecast.op16Due.map((o) => ({
        state: o.stateName,
        adopted: o.reportAdoptedOn,
        due: o.dueOn,
      })),
    },
    projection: {
      name: 'Projection',
      caption: 'States still never visited at the end of each year, projected',
      columns: [
        col('year', 'Year', 'integer'),
        col('expected', 'Expected', 'number'),
        col('optimistic', 'Optimistic', 'number'),
        col('pessimistic', 'Pessimistic', 'number'),
      ],
      rows: projectionYears.map((year) => ({
        year,
        expected: remainingIn('expected', year),
        optimistic: remainingIn('optimistic', year),
        pessimistic: remainingIn('pessimistic', year),
      })),
    },
    consentSeries: {
      name: 'Consent by year',
      caption: 'Consent requests by the year they were sent',
      columns: [
        col('year', 'Year', 'integer'),
        col('requests', 'Requests', 'integer'),
        col('answered', 'Answered', 'integer'),
        col('granted', 'Granted', 'integer'),
        col('rate', 'Share of answers granted', 'percent'),
        col('days', 'Median days to reply', 'number'),
      ],
      rows: f.series.consent.map((c) => ({
        year: c.year,
        requests: c.requests,
        answered: c.answered,
        granted: c.granted,
        rate: c.rate,
        days: c.medianDaysToReply,
      })),
    },
    implementationSeries: {
      name: 'Implementation by year',
      caption: 'Recommendations of adopted reports by status at the end of each year',
      columns: [
        col('year', 'Year', 'integer'),
        col('total', 'Recommendations', 'integer'),
        ...RECOMMENDATION_STATUSES.map((s) => col(s, STATUS_WORDS[s], 'integer')),
      ],
      rows: f.series.implementation.map((c) => ({ year: c.year, total: c.total, ...c.byStatus })),
    },
    visitsSeries: {
      name: 'Visits by year',
      caption: 'Visits conducted and States never visited, year by year',
      columns: [
        col('year', 'Year', 'integer'),
        col('visits', 'Visits conducted', 'integer'),
        col('visited', 'States visited at least once', 'integer'),
        col('never', 'States never visited', 'integer'),
      ],
      rows: f.series.visits.map((v) => ({
        year: v.year,
        visits: v.visits,
        visited: v.visitedCumulative,
        never: neverByYear.get(v.year)?.neverVisited ?? null,
      })),
    },
    op16Series: {
      name: 'OP 16 by year',
      caption: 'OP 16 follow-up reports by the year they fell due',
      columns: [
        col('year', 'Year', 'integer'),
        col('due', 'Due', 'integer'),
        col('onTime', 'On time', 'integer'),
        col('late', 'Late', 'integer'),
        col('overdue', 'Overdue', 'integer'),
      ],
      rows: f.series.op16.map((o) => ({
        year: o.year,
        due: o.due,
        onTime: o.onTime,
        late: o.late,
        overdue: o.overdue,
      })),
    },
  };
}
