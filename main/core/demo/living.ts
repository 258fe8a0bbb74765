// This year and next, lived through the app's own API, so that every rule of the assessment
// cycle holds in the demo: this year's list drafted and proposed in November of last year and
// adopted by the Committee in December; consent asked from it in January; reminders and replies
// of every kind; a decline replaced from the reserve by an approved amendment; visits scheduled
// and conducted (one postponed, one confidential, one cancelled after a withdrawal); an advocacy
// visit and a State's invitation outside the list; next year's list proposed and awaiting the
// Committee. Each step runs on its own day, as the Demo users who would have taken it; the
// reports of the visits conducted are then lived by reports.ts on the same timeline.
import type { ConsentRequest, ListEntry, Visit } from '../../../shared/api/types';
import { addDays, yearOf } from '../../../shared/domain/dates';
import { DEFAULT_OP16_START } from '../../../shared/domain/deadlines';
import type { VisitKind } from '../../../shared/domain/visits';
import type { Workspace } from '../db/workspace';
import { defaultReferencePrefix, formatReference, nextReferenceNumber } from '../handlers/consent';
import type { DemoContext } from './context';
import { minDate } from './days';
import { agenciesFor, datesFor, modeFor, teamFor } from './details';
import type { VisitPlan } from './plans';
import type { Rng } from './random';
import type { DemoApi } from './timeline';
import type { DemoUsers } from './users';
import { CONSENT_CONDITIONS } from './vocabulary';

type Outcome = 'granted' | 'declined' | 'withdrawn' | 'deferred' | 'no_reply' | 'pending';

/** Per ten States on the list: how their requests end (the rest are granted). */
const OUTCOMES: Outcome[] = ['declined', 'withdrawn', 'deferred', 'no_reply', 'pending'];
const POSTPONEMENT_REASONS = [
  'The State asked to postpone the visit: national elections fall in the agreed week.',
  'Postponed at the State’s request after a change of government.',
];
const WITHDRAWAL_REASONS = [
  'The State withdrew its consent, citing a new security situation.',
  'The State withdrew its consent after a change of government.',
];

/** Lives this year and proposes next year's list; returns this year's conducted visits. */
export function liveThisYear(
  ws: Workspace,
  ctx: DemoContext,
  rng: Rng,
  users: DemoUsers,
  api: DemoApi,
): VisitPlan[] {
  const year = new ThisYear(api, ws, ctx, rng, users);
  year.adoptList();
  year.askConsent();
  year.outsideTheList();
  year.proposeNextYear();
  return year.conducted;
}

class ThisYear {
  readonly year: number;
  readonly conducted: VisitPlan[] = [];
  private readonly planner: string;
  private readonly otherPlanner: string;
  private readonly committee: string;
  private entries = new Map<string, ListEntry>();
  private amendments = 0;

  constructor(
    private readonly api: DemoApi,
    private readonly ws: Workspace,
    private readonly ctx: DemoContext,
    private readonly rng: Rng,
    users: DemoUsers,
  ) {
    this.year = yearOf(ctx.today);
    this.planner = users.planner[0]!;
    this.otherPlanner = users.planner[1] ?? this.planner;
    this.committee = users.ctc_member[0]!;
  }

  /** Whether a day has come yet: the demo stops every story at today. */
  private past(day: string): boolean {
    return day <= this.ctx.today;
  }

  adoptList(): void {
    const proposedOn = `${this.year - 1}-11-18`;
    const adoptedOn = `${this.year - 1}-12-09`;
    const capacity = Math.min(60, 10 * this.ctx.scale);
    const reserveSize = Math.min(50, 5 * this.ctx.scale);
    this.api.call(proposedOn, this.planner, 'plan.saveDraft', {
      year: this.year,
      capacity,
      reserveSize,
    });
    this.api.call(proposedOn, this.planner, 'plan.propose', { year: this.year });
    const list = this.api.call(adoptedOn, this.committee, 'plan.adopt', {
      year: this.year,
      decisionRef: `CTC/${this.year - 1}/DEC/12`,
      decidedOn: adoptedOn,
    });
    this.entries = new Map(list.entries.map((e) => [e.iso3, e]));
  }

  askConsent(): void {
    const sentOn = minDate(`${this.year}-01-13`, this.ctx.today);
    const batch = this.api.call(sentOn, this.planner, 'consent.requestFromList', {
      year: this.year,
      sentOn,
    });
    const requests = this.rng.shuffle(batch.created);
    requests.forEach((request, i) => {
      const outcome = OUTCOMES[i % 10] ?? 'granted';
      // Of the granted requests, one visit is postponed and one is still ahead.
      this.story(request, outcome, {
        postpone: i === OUTCOMES.length,
        later: i === OUTCOMES.length + 1,
      });
    });
  }

  /** One request's story, from its reminders to the visit it led to. */
  private story(
    request: ConsentRequest,
    outcome: Outcome,
    options: { postpone: boolean; later: boolean },
  ): void {
    const sentOn = request.sentOn!;
    const answeredOn = {
      granted: addDays(sentOn, this.rng.int(21, 100)),
      declined: addDays(sentOn, this.rng.int(30, 70)),
      withdrawn: addDays(sentOn, this.rng.int(20, 60)),
      deferred: addDays(sentOn, this.rng.int(45, 90)),
      no_reply: addDays(sentOn, this.rng.int(110, 130)),
      pending: this.ctx.today,
    }[outcome];
    this.remind(request, answeredOn);
    if (outcome === 'pending' || !this.past(answeredOn)) return;
    switch (outcome) {
      case 'granted':
      case 'withdrawn':
        this.grantAndVisit(request, answeredOn, {
          ...options,
          withdraw: outcome === 'withdrawn',
        });
        return;
      case 'declined':
        this.declineAndSubstitute(request, answeredOn);
        return;
      case 'deferred':
        this.api.call(answeredOn, this.planner, 'consent.reply', {
          id: request.id,
          reply: 'deferred',
          receivedOn: answeredOn,
          proposedFrom: `${this.year + 1}-02-01`,
          conditions: 'The State proposes to receive the visit early next year.',
        });
        return;
      case 'no_reply':
        this.api.call(answeredOn, this.planner, 'consent.reply', {
          id: request.id,
          reply: 'no_reply',
          receivedOn: answeredOn,
        });
    }
  }

  /** Reminders every four to six weeks while the request waits, three at most. */
  private remind(request: ConsentRequest, until: string): void {
    let day = addDays(request.sentOn!, this.rng.int(30, 42));
    for (let n = 0; n < 3 && day < until && this.past(day); n++) {
      this.api.call(day, this.planner, 'consent.remind', { id: request.id, sentOn: day });
      day = addDays(day, this.rng.int(30, 42));
    }
  }

  /** The State's consent with the window of its visit; the visit planned, scheduled and conducted. */
  private grantAndVisit(
    request: ConsentRequest,
    grantedOn: string,
    options: {
      postpone?: boolean;
      later?: boolean;
      withdraw?: boolean;
      confidential?: boolean;
      kind?: VisitKind;
    } = {},
  ): void {
    const kind = options.kind ?? this.kindFor(request.iso3, grantedOn);
    // The visit still ahead is a short one in person, a week or two from today.
    const mode = options.later ? 'in_person' : modeFor(this.rng, grantedOn);
    const firstDay = options.later
      ? addDays(this.ctx.today, this.rng.int(7, 14))
      : addDays(grantedOn, this.rng.int(30, 75));
    const dates = datesFor(this.rng, mode, firstDay);
    this.api.call(grantedOn, this.planner, 'consent.reply', {
      id: request.id,
      reply: 'granted',
      receivedOn: grantedOn,
      proposedFrom: addDays(dates.startDate, -this.rng.int(0, 14)),
      proposedTo: addDays(dates.endDate, this.rng.int(0, 14)),
      conditions: this.rng.chance(0.2) ? this.rng.pick(CONSENT_CONDITIONS) : undefined,
      confidential: options.confidential,
    });
    const plannedOn = addDays(grantedOn, this.rng.int(2, 7));
    if (!this.past(plannedOn)) return;
    const visit = this.api.call(plannedOn, this.otherPlanner, 'visits.create', {
      iso3: request.iso3,
      kind,
      mode,
      consentRequestId: request.id,
      team: teamFor(this.rng, kind),
    });
    if (options.withdraw) {
      const withdrawnOn = addDays(plannedOn, this.rng.int(20, 60));
      if (!this.past(withdrawnOn)) return;
      const reason = this.rng.pick(WITHDRAWAL_REASONS);
      this.api.call(withdrawnOn, this.planner, 'consent.withdraw', {
        id: request.id,
        on: withdrawnOn,
        reason,
      });
      this.api.call(withdrawnOn, this.planner, 'visits.transition', {
        id: visit.id,
        to: 'cancelled',
        on: withdrawnOn,
        reason,
      });
      return;
    }
    const scheduledOn = minDate(addDays(plannedOn, this.rng.int(5, 15)), dates.startDate);
    if (!this.past(scheduledOn)) return;
    this.api.call(scheduledOn, this.otherPlanner, 'visits.transition', {
      id: visit.id,
      to: 'scheduled',
      on: scheduledOn,
      ...dates,
    });
    if (options.postpone) {
      const postponedOn = addDays(dates.startDate, -this.rng.int(5, 12));
      if (this.past(postponedOn) && postponedOn >= scheduledOn)
        this.api.call(postponedOn, this.planner, 'visits.transition', {
          id: visit.id,
          to: 'postponed',
          on: postponedOn,
          reason: this.rng.pick(POSTPONEMENT_REASONS),
        });
      return;
    }
    const recordedOn = addDays(dates.endDate, this.rng.int(1, 4));
    if (!this.past(recordedOn)) return;
    this.api.call(recordedOn, this.otherPlanner, 'visits.update', {
      id: visit.id,
      agenciesMet: agenciesFor(this.rng, kind),
    });
    const done = this.api.call(recordedOn, this.otherPlanner, 'visits.transition', {
      id: visit.id,
      to: 'conducted',
      on: recordedOn,
    });
    this.conducted.push(toPlan(done, this.year));
  }

  /** The decline, the substitution the app offers, the Committee's approval, the new request. */
  private declineAndSubstitute(request: ConsentRequest, declinedOn: string): void {
    const { substitution } = this.api.call(declinedOn, this.planner, 'consent.reply', {
      id: request.id,
      reply: 'declined',
      receivedOn: declinedOn,
    });
    const proposedOn = addDays(declinedOn, this.rng.int(2, 6));
    if (!substitution || !this.past(proposedOn)) return;
    const amendment = this.api.call(proposedOn, this.planner, 'plan.proposeAmendment', {
      year: this.year,
      action: 'substitute',
      iso3: request.iso3,
      replacementIso3: substitution.iso3,
      rationale: `${request.stateName} declined consent on ${declinedOn} (${request.noteVerbaleRef}); ${substitution.stateName}, first on the reserve list, takes its place.`,
      consentRequestId: request.id,
    });
    const decidedOn = addDays(proposedOn, this.rng.int(10, 20));
    if (!this.past(decidedOn)) return;
    this.amendments += 1;
    this.api.call(decidedOn, this.committee, 'plan.decideAmendment', {
      amendmentId: amendment.id,
      decision: 'approved',
      decisionRef: `CTC/${this.year}/AM/${String(this.amendments).padStart(2, '0')}`,
      decidedOn,
    });
    const askedOn = addDays(decidedOn, this.rng.int(3, 8));
    if (!this.past(askedOn)) return;
    const [replacement] = this.api.call(askedOn, this.planner, 'consent.requestFromList', {
      year: this.year,
      sentOn: askedOn,
    }).created;
    if (!replacement) return;
    const grantedOn = addDays(askedOn, this.rng.int(20, 40));
    this.remind(replacement, grantedOn);
    // The State that stepped in asks to keep its visit out of published documents (OP 19).
    if (this.past(grantedOn))
      this.grantAndVisit(replacement, grantedOn, { confidential: this.amendments === 1 });
  }

  /** An advocacy visit agreed outside the list, and a State's recent invitation, still open. */
  outsideTheList(): void {
    const listed = new Set(
      [...this.entries.values()].filter((e) => e.selection !== 'none').map((e) => e.iso3),
    );
    const others = this.rng.shuffle(this.ctx.states.filter((s) => !listed.has(s.iso3)));
    const advocacySent = minDate(`${this.year}-03-02`, this.ctx.today);
    const advocacy = this.api.call(advocacySent, this.planner, 'consent.create', {
      iso3: others[0]!.iso3,
      year: this.year,
      sentOn: advocacySent,
      noteVerbaleRef: this.nextReference(advocacySent),
    });
    const grantedOn = addDays(advocacySent, this.rng.int(15, 40));
    if (this.past(grantedOn)) this.grantAndVisit(advocacy, grantedOn, { kind: 'advocacy' });
    const invitedOn = addDays(this.ctx.today, -this.rng.int(5, 40));
    this.api.call(invitedOn, this.planner, 'consent.create', {
      iso3: others[1]!.iso3,
      year: this.year + 1,
      sentOn: invitedOn,
      noteVerbaleRef: this.nextReference(invitedOn),
    });
  }

  /** The next note verbale's number in the year it is sent. */
  private nextReference(sentOn: string): string {
    const prefix = defaultReferencePrefix(sentOn);
    return formatReference(prefix, nextReferenceNumber(this.ws.db, prefix));
  }

  /** Next year's list, proposed to the Committee a few days ago. */
  proposeNextYear(): void {
    const proposedOn = addDays(this.ctx.today, -this.rng.int(3, 10));
    this.api.call(proposedOn, this.planner, 'plan.saveDraft', {
      year: this.year + 1,
      capacity: Math.min(60, 10 * this.ctx.scale),
      reserveSize: Math.min(50, 5 * this.ctx.scale),
    });
    this.api.call(proposedOn, this.planner, 'plan.propose', { year: this.year + 1 });
  }

  /**
   * The kind the list proposed, except that a follow-up visit needs an earlier assessment whose
   * report was adopted and, where OP 16 applies to it, an OP 16 report recommending the visit.
   */
  private kindFor(iso3: string, before: string): VisitKind {
    const proposed = this.entries.get(iso3)!.proposedKind as VisitKind;
    if (proposed !== 'follow_up') return proposed;
    const last = this.ws.db
      .prepare(
        `SELECT r.adopted_on, (SELECT 1 FROM followups f WHERE f.report_id = r.id AND f.deleted = 0 AND f.submitted_on < ?
                               AND f.recommended_followup = 'follow_up_visit') AS recommended
         FROM visits v JOIN assessment_reports r ON r.visit_id = v.id AND r.deleted = 0
         WHERE v.deleted = 0 AND v.iso3 = ? AND v.status = 'conducted' AND v.kind <> 'advocacy' AND v.start_date < ?
         ORDER BY v.start_date DESC LIMIT 1`,
      )
      .get(before, iso3, before) as
      | { adopted_on: string | null; recommended: number | null }
      | undefined;
    const allowed =
      last?.adopted_on &&
      last.adopted_on < before &&
      (last.adopted_on < DEFAULT_OP16_START || last.recommended === 1);
    return allowed ? 'follow_up' : 'focused';
  }
}

/** A visit conducted through the API, as the report generator takes it. */
function toPlan(v: Visit, year: number): VisitPlan {
  return {
    id: v.id,
    iso3: v.iso3,
    kind: v.kind,
    mode: v.mode,
    status: v.status,
    listYear: year,
    startDate: v.startDate!,
    endDate: v.endDate!,
    team: v.team,
    agenciesMet: v.agenciesMet,
  };
}
