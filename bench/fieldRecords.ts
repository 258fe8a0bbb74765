// Field records (issue 9): the Field page's reads for a visit whose team kept a long log — 300
// meetings, as many observations, 60 findings and a status proposal for each of the State's
// recommendations — on the demo at scale ×1; and the cost of logging one more meeting (the row, its
// change log and its event, in one transaction). Budgets: each read under 50 ms, a write under 20 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDemo } from '../main/core/demo/generate';
import { createDispatcher } from '../main/core/dispatcher';
import { openWorkspace } from '../main/core/db/workspace';
import { addDays, daysBetween } from '../shared/domain/dates';
import type { Recommendation, Visit } from '../shared/api/types';

const TODAY = '2026-11-29';
const RUNS = 15;
const READ_BUDGET_MS = 50;
const WRITE_BUDGET_MS = 20;
const MEETINGS = 300;
const FINDINGS = 60;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed(fn: () => void): number {
  fn(); // warm-up: prepared statements, page cache
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export function benchFieldRecords(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'cted-bench-records-'));
  const ws = openWorkspace(join(dir, 'records.sqlite'), { create: true });
  try {
    generateDemo(ws, { seed: 2617, scale: 1, today: TODAY });
    const api = createDispatcher(ws, { now: () => Date.parse(`${TODAY}T12:00:00Z`) });
    const planner = ws.db
      .prepare("SELECT id FROM users WHERE role = 'planner' ORDER BY name LIMIT 1")
      .pluck()
      .get() as string;
    const call = <T>(method: string, input: object): T => {
      const r = api.call(method, input, { user: planner });
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.value as T;
    };
    // The latest conducted visit to a State with recommendations: the longest list to propose on.
    const visit = call<Visit[]>('visits.list', {})
      .filter((v) => v.status === 'conducted' && v.kind !== 'advocacy' && v.endDate! < TODAY)
      .find((v) => call<Recommendation[]>('recommendations.list', { iso3: v.iso3 }).length > 0)!;
    const days = daysBetween(visit.startDate!, visit.endDate!) + 1;
    const meeting = (i: number) => ({
      visitId: visit.id,
      heldOn: addDays(visit.startDate!, i % days),
      institution: `Institution ${i}`,
      participants: ['Director', 'Adviser'],
      topics: ['legislation', 'cft'],
      summary: 'What was discussed, at some length, as field notes are.',
    });
    for (let i = 0; i < MEETINGS; i++) {
      const { id } = call<{ id: string }>('meetings.create', meeting(i));
      call('observations.create', {
        visitId: visit.id,
        thematicArea: 'legislation',
        text: 'An observation made at the meeting.',
        meetingId: id,
      });
    }
    for (let i = 0; i < FINDINGS; i++)
      call('findings.save', { visitId: visit.id, thematicArea: 'cft', text: `Finding ${i}.` });
    const recommendations = call<Recommendation[]>('recommendations.list', { iso3: visit.iso3 });
    for (const r of recommendations)
      call('statusProposals.create', {
        visitId: visit.id,
        recommendationId: r.id,
        proposedStatus: r.status === 'implemented' ? 'in_progress' : 'implemented',
        evidence: 'What the team saw.',
        source: 'A meeting of the visit',
      });

    console.log(
      `\nField records (${visit.stateName}, ${MEETINGS} meetings, ${MEETINGS} observations, ${FINDINGS} findings, ${recommendations.length} proposals), median of ${RUNS}:`,
    );
    let ok = true;
    const reads: [string, object][] = [
      ['meetings.list', { visitId: visit.id }],
      ['observations.list', { visitId: visit.id }],
      ['findings.list', { visitId: visit.id }],
      ['statusProposals.list', { visitId: visit.id }],
      ['statusProposals.list', { pending: true }],
      ['practicalDetails.get', { visitId: visit.id }],
    ];
    for (const [method, input] of reads) {
      const ms = timed(() => call(method, input));
      if (ms > READ_BUDGET_MS) ok = false;
      const which = 'pending' in input ? ' (every pending proposal, for HQ)' : '';
      console.log(`  ${method}${which}: ${ms.toFixed(2)} ms`);
    }
    let n = MEETINGS;
    const writeMs = timed(() => call('meetings.create', meeting(n++)));
    if (writeMs > WRITE_BUDGET_MS) ok = false;
    console.log(`  meetings.create (row, change log, event): ${writeMs.toFixed(2)} ms`);
    if (!ok) console.log(`  over budget: reads ${READ_BUDGET_MS} ms, write ${WRITE_BUDGET_MS} ms`);
    return ok;
  } finally {
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
