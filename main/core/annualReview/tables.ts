// Every table of the annual review, made once from the figures: the document shows them (beside
// their charts) and the XLSX annex writes each as a sheet.
import { daysBetween } from '../../../shared/domain/dates';
import { RECOMMENDATION_STATUSES } from '../../../shared/domain/reports';
import { NOT_VISITED_REASONS, type AnnualReviewFigures, type ListedOutcome } from './collect';
import type { CellKind, Sheet, SheetColumn } from '../exports/workbook';
import { speakerOf, type Speaker } from '../exports/speak';
import {
  adviceWord,
  amendmentWord,
  consentWord,
  decisionWord,
  kindWord,
  modeWord,
  outcomeWord,
  statusWord,
  visitStatusWord,
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

export function reviewTables(f: AnnualReviewFigures, s: Speaker = speakerOf('en')): ReviewTables {
  const yesNo = (b: boolean) => s(b ? 'doc.yes' : 'doc.no');
  const y = f.year;
  const asOf = s.date(f.asOf);
  const next = y + 1;
  const conducted = f.visits.filter((v) => v.conducted);
  const opSubmitted = f.op16Submitted;
  const rate = f.consentYear?.rate ?? null;
  const keyFigures: [string, number | null][] = [
    [s('doc.review.key.listed', { year: y }), f.listed.length],
    [
      s('doc.review.key.listedVisited', { year: y }),
      f.listed.filter((s) => s.outcome === 'visited').length,
    ],
    [s('doc.review.key.conducted', { year: y }), conducted.length],
    [s('doc.review.key.outsideList'), conducted.filter((v) => !v.onList).length],
    [s('doc.review.key.reports'), f.reportsAdopted.length],
    [s('doc.review.key.op16'), opSubmitted.length],
    [s('doc.review.key.op16OnTime'), opSubmitted.filter((o) => !o.late).length],
    [s('doc.review.key.implemented', { year: y }), f.implementationEnd?.byStatus.implemented ?? 0],
    [s('doc.review.key.assistance'), f.assistanceDelivered.length],
    [s('doc.review.key.neverStart', { year: y }), f.neverVisitedStart.neverVisited],
    [s('doc.review.key.neverEnd', { year: y }), f.neverVisitedEnd.neverVisited],
    [s('doc.review.key.consent', { year: y }), f.consentYear?.requests ?? 0],
    [s('doc.review.key.granted'), rate === null ? null : Number((rate * 100).toFixed(1))],
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
      name: s('doc.review.sheet.keyFigures'),
      caption: s('doc.review.caption.keyFigures', { year: y }),
      columns: [col('figure', s('doc.col.figure')), col('value', s('doc.col.value'), 'number')],
      rows: keyFigures.map(([figure, value]) => ({ figure, value })),
    },
    outcomes: {
      name: s('doc.review.sheet.outcomes'),
      caption: s('doc.review.caption.outcomes', { year: y }),
      columns: [
        col('outcome', s('doc.col.outcome')),
        col('states', s('doc.col.states'), 'integer'),
      ],
      rows: outcomeCounts(f).map((o) => ({
        outcome: outcomeWord(s, o.outcome),
        states: o.states,
      })),
    },
    listed: {
      name: s('doc.review.sheet.listed'),
      caption: s('doc.review.caption.listed', { year: y }),
      columns: [
        col('state', s('doc.col.state')),
        col('region', s('doc.col.region')),
        col('from', s('doc.col.onTheListBy')),
        col('final', s('doc.col.onFinalVersion')),
        col('consent', s('doc.col.consentEndOfYear')),
        col('outcome', s('doc.col.outcome')),
        col('on', s('doc.col.on'), 'date'),
        col('detail', s('doc.col.detail')),
      ],
      rows: f.listed.map((l) => ({
        state: l.name,
        region: s.region(l.region),
        from: s(l.byAmendment ? 'doc.review.byAmendment' : 'doc.review.byAdoptedList'),
        final: yesNo(l.onFinalList),
        consent: consentWord(s, l.consent),
        outcome: outcomeWord(s, l.outcome),
        on: l.on,
        detail: l.detail,
      })),
    },
    amendments: {
      name: s('doc.review.sheet.amendments'),
      caption: s('doc.review.caption.amendments', { year: y }),
      columns: [
        col('proposedOn', s('doc.col.proposedOn'), 'date'),
        col('action', s('doc.col.change')),
        col('state', s('doc.col.state')),
        col('replacement', s('doc.col.replacement')),
        col('rationale', s('doc.col.rationale')),
        col('status', s('doc.col.decision')),
        col('reference', s('doc.col.reference')),
        col('decidedOn', s('doc.col.decidedOn'), 'date'),
      ],
      rows: (f.list?.amendments ?? []).map((a) => ({
        proposedOn: a.proposedOn,
        action: amendmentWord(s, a.action),
        state: a.stateName,
        replacement: a.replacementName,
        rationale: a.rationale,
        status: decisionWord(s, a.status),
        reference: a.decisionRef,
        decidedOn: a.decidedOn,
      })),
    },
    visits: {
      name: s('doc.review.sheet.visits', { year: y }),
      caption: s('doc.review.caption.visits', { year: y }),
      columns: [
        col('start', s('doc.col.start'), 'date'),
        col('end', s('doc.col.end'), 'date'),
        col('state', s('doc.col.state')),
        col('kind', s('doc.col.kind')),
        col('mode', s('doc.col.format')),
        col('status', s('doc.col.status')),
        col('onList', s('doc.col.onTheList')),
        col('reason', s('doc.col.reasonGiven')),
      ],
      rows: f.visits.map((v) => ({
        start: v.startDate,
        end: v.endDate,
        state: v.stateName,
        kind: kindWord(s, v.kind),
        mode: modeWord(s, v.mode),
        status:
          v.conducted || v.status !== 'conducted'
            ? visitStatusWord(s, v.status)
            : s('doc.visitStatus.underWay'),
        onList: yesNo(v.onList),
        reason: v.statusReason,
      })),
    },
    reports: {
      name: s('doc.review.sheet.reports'),
      caption: s('doc.review.caption.reports', { year: y }),
      columns: [
        col('state', s('doc.col.state')),
        col('kind', s('doc.col.kindOfVisit')),
        col('visitEnd', s('doc.col.visitEnded'), 'date'),
        col('adopted', s('doc.col.adoptedOn'), 'date'),
        col('days', s('doc.col.draftToAdoption'), 'integer'),
        col('transmitted', s('doc.col.transmittedOn'), 'date'),
        col('recommendations', s('doc.col.recommendations'), 'integer'),
      ],
      rows: f.reportsAdopted.map((r) => ({
        state: r.stateName,
        kind: kindWord(s, r.visitKind),
        visitEnd: r.visitEndDate,
        adopted: r.adoptedOn,
        days: r.intervals.draftToAdoption,
        transmitted: r.transmittedOn && r.transmittedOn <= f.asOf ? r.transmittedOn : null,
        recommendations: r.recommendationsCount,
      })),
    },
    op16Submitted: {
      name: s('doc.review.sheet.op16Submitted'),
      caption: s('doc.review.caption.op16Submitted', { year: y }),
      columns: [
        col('state', s('doc.col.state')),
        col('adopted', s('doc.col.reportAdopted'), 'date'),
        col('due', s('doc.col.dueOn'), 'date'),
        col('submitted', s('doc.col.submittedOn'), 'date'),
        col('timeliness', s('doc.col.timeliness')),
        col('daysLate', s('doc.col.daysLate'), 'integer'),
        col('advice', s('doc.col.advice')),
      ],
      rows: opSubmitted.map((o) => ({
        state: o.stateName,
        adopted: o.reportAdoptedOn,
        due: o.dueOn,
        submitted: o.submittedOn,
        timeliness: s(o.late ? 'doc.col.late' : 'doc.col.onTime'),
        daysLate: o.late ? daysBetween(o.dueOn, o.submittedOn!) : 0,
        advice: o.recommendedFollowup ? adviceWord(s, o.recommendedFollowup) : null,
      })),
    },
    op16Due: {
      name: s('doc.review.sheet.op16Due', { year: y }),
      caption: s('doc.review.caption.op16Due', { year: y }),
      columns: [
        col('state', s('doc.col.state')),
        col('due', s('doc.col.dueOn'), 'date'),
        col('submitted', s('doc.col.submittedOn'), 'date'),
        col('standing', s('doc.col.whereItStood', { date: asOf })),
      ],
      rows: f.op16Due.map((o) => ({
        state: o.stateName,
        due: o.dueOn,
        submitted: o.submittedOn,
        standing: s(
          o.submittedOn
            ? o.late
              ? 'doc.review.submittedLate'
              : 'doc.review.submittedOnTime'
            : o.state === 'overdue'
              ? 'doc.col.overdue'
              : 'doc.review.notYetDue',
        ),
      })),
    },
    consentYear: {
      name: s('doc.review.sheet.consentYear', { year: y }),
      caption: s('doc.review.caption.consentYear', { year: y, date: asOf }),
      columns: [
        col('standing', s('doc.col.standing')),
        col('requests', s('doc.col.requests'), 'integer'),
      ],
      rows: Object.entries(f.consentSent)
        .filter(([standing]) => standing !== 'not_requested')
        .map(([standing, requests]) => ({
          standing: consentWord(s, standing as keyof typeof f.consentSent),
          requests,
        })),
    },
    implementationByArea: {
      name: s('doc.review.sheet.byArea'),
      caption: s('doc.review.caption.byArea', { year: y }),
      columns: [
        col('area', s('doc.col.thematicArea')),
        col('total', s('doc.col.recommendations'), 'integer'),
        col('implemented', s('doc.col.implemented'), 'integer'),
        col('share', s('doc.col.shareImplemented'), 'percent'),
      ],
      rows: f.implementationByArea.map((a) => ({
        area: s.area(a.key, a.label),
        total: a.counts.total,
        implemented: a.counts.byStatus.implemented,
        share: a.counts.byStatus.implemented / a.counts.total,
      })),
    },
    assistance: {
      name: s('doc.review.sheet.assistance'),
      caption: s('doc.review.caption.assistance', { year: y }),
      columns: [
        col('state', s('doc.col.state')),
        col('description', s('doc.col.assistance')),
        col('partner', s('doc.col.partner')),
        col('on', s('doc.col.deliveredOn'), 'date'),
      ],
      rows: f.assistanceDelivered.map((t) => ({
        state: t.stateName,
        description: t.description,
        partner: t.partner,
        on: t.statusOn,
      })),
    },
    neverVisited: {
      name: s('doc.review.sheet.neverVisited'),
      caption: s('doc.review.caption.neverVisited', { year: y }),
      columns: [
        col('region', s('doc.col.region')),
        col('start', s('doc.col.neverOn1January', { year: y }), 'integer'),
        col('end', s('doc.col.neverAtEnd', { year: y }), 'integer'),
        col('members', s('doc.col.memberStates'), 'integer'),
      ],
      rows: [
        ...f.neverVisitedEnd.byRegion.map((r) => ({
          region: s.region(r.region),
          start: f.neverVisitedStart.byRegion.find((s) => s.region === r.region)?.neverVisited ?? 0,
          end: r.neverVisited,
          members: r.memberStates,
        })),
        {
          region: s('doc.review.allRegions'),
          start: f.neverVisitedStart.neverVisited,
          end: f.neverVisitedEnd.neverVisited,
          members: f.neverVisitedEnd.memberStates,
        },
      ],
    },
    firstVisits: {
      name: s('doc.review.sheet.firstVisits', { year: y }),
      caption: s('doc.review.caption.firstVisits', { year: y }),
      columns: [
        col('state', s('doc.col.state')),
        col('region', s('doc.col.region')),
        col('on', s('doc.col.visitEndedOn'), 'date'),
      ],
      rows: f.firstVisited.map((v) => ({ state: v.name, region: s.region(v.region), on: v.on })),
    },
    nextList: {
      name: s('doc.review.sheet.nextList', { year: next }),
      caption: s('doc.review.caption.nextList', { year: next }),
      columns: [
        col('rank', s('doc.col.rank'), 'integer'),
        col('state', s('doc.col.state')),
        col('region', s('doc.col.region')),
        col('score', s('doc.col.score'), 'number'),
        col('kind', s('doc.col.kindOfVisit')),
      ],
      rows: (f.forecast.list?.selected ?? []).map((e) => ({
        rank: e.rank,
        state: e.name,
        region: s.region(e.region),
        score: Number(e.score.toFixed(2)),
        kind: kindWord(s, e.proposedKind),
      })),
    },
    nextOp16: {
      name: s('doc.review.sheet.op16Due', { year: next }),
      caption: s('doc.review.caption.nextOp16', { year: next }),
      columns: [
        col('state', s('doc.col.state')),
        col('adopted', s('doc.col.reportAdopted'), 'date'),
        col('due', s('doc.col.dueOn'), 'date'),
      ],
      rows: f.forecast.op16Due.map((o) => ({
        state: o.stateName,
        adopted: o.reportAdoptedOn,
        due: o.dueOn,
      })),
    },
    projection: {
      name: s('doc.review.sheet.projection'),
      caption: s('doc.review.caption.projection'),
      columns: [
        col('year', s('doc.col.year'), 'integer'),
        col('expected', s('doc.col.expected'), 'number'),
        col('optimistic', s('doc.col.optimistic'), 'number'),
        col('pessimistic', s('doc.col.pessimistic'), 'number'),
      ],
      rows: projectionYears.map((year) => ({
        year,
        expected: remainingIn('expected', year),
        optimistic: remainingIn('optimistic', year),
        pessimistic: remainingIn('pessimistic', year),
      })),
    },
    consentSeries: {
      name: s('doc.review.sheet.consentSeries'),
      caption: s('doc.review.caption.consentSeries'),
      columns: [
        col('year', s('doc.col.year'), 'integer'),
        col('requests', s('doc.col.requests'), 'integer'),
        col('answered', s('doc.col.answered'), 'integer'),
        col('granted', s('doc.col.granted'), 'integer'),
        col('rate', s('doc.col.shareGranted'), 'percent'),
        col('days', s('doc.col.medianDays'), 'number'),
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
      name: s('doc.review.sheet.implementationSeries'),
      caption: s('doc.review.caption.implementationSeries'),
      columns: [
        col('year', s('doc.col.year'), 'integer'),
        col('total', s('doc.col.recommendations'), 'integer'),
        ...RECOMMENDATION_STATUSES.map((status) => col(status, statusWord(s, status), 'integer')),
      ],
      rows: f.series.implementation.map((c) => ({ year: c.year, total: c.total, ...c.byStatus })),
    },
    visitsSeries: {
      name: s('doc.review.sheet.visitsSeries'),
      caption: s('doc.review.caption.visitsSeries'),
      columns: [
        col('year', s('doc.col.year'), 'integer'),
        col('visits', s('doc.col.visitsConducted'), 'integer'),
        col('visited', s('doc.col.visitedOnce'), 'integer'),
        col('never', s('doc.col.neverVisited'), 'integer'),
      ],
      rows: f.series.visits.map((v) => ({
        year: v.year,
        visits: v.visits,
        visited: v.visitedCumulative,
        never: neverByYear.get(v.year)?.neverVisited ?? null,
      })),
    },
    op16Series: {
      name: s('doc.review.sheet.op16Series'),
      caption: s('doc.review.caption.op16Series'),
      columns: [
        col('year', s('doc.col.year'), 'integer'),
        col('due', s('doc.col.due'), 'integer'),
        col('onTime', s('doc.col.onTime'), 'integer'),
        col('late', s('doc.col.late'), 'integer'),
        col('overdue', s('doc.col.overdue'), 'integer'),
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
