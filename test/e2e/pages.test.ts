// The pages as a user finds them, in real Chromium on the demo workspace (as of 2026-11-29, the
// 2026 list adopted and amended, the 2027 list proposed): every page names the window, a State's
// dossier has an index, its rank and its score's breakdown, Planning shows how the ranking moves
// when a weight moves, a Committee member finds what awaits a decision and Review explains the
// factors and what changed, Settings speaks in words, and a refused form puts focus on its problem.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AnnualList, ListChanges, StateDossier } from '../../shared/api/types';
import { cli, signIn, startApp, switchUser, type RunningApp } from './harness';
import { openFromNav, rowsOf, settled } from './ui';

const ADMIN = 'Demo Administrator';
const CTC = 'C. Lindqvist';
const APP = 'CTED Visit Planner';
/** The list year Planning, Review and the dossier open on: next year, proposed in the demo. */
const YEAR = 2027;
const STATE = { iso3: 'KEN', name: 'Kenya' };
const NAV = [
  'Dashboard',
  'Member States',
  'Planning',
  'Schedule',
  'Consent',
  'Visits & reports',
  'Follow-up',
  'Committee',
  'Coverage',
  'Annual review',
  'Review (CTC)',
  'Field',
  'Settings',
];

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it shows now. */
async function seriousViolations(): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Rule = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: Rule[] }> };
      }
    ).axe;
    const { violations } = await axe.run(document, {
      iframes: false,
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' '))}`);
  });
}

let app: RunningApp;
let page: Page;
let db = '';

beforeAll(async () => {
  app = await startApp({
    prepare: async (path) => {
      db = path;
    },
  });
  page = app.page;
});

afterAll(async () => {
  await app?.stop();
});

const title = () => page.evaluate(() => document.title);
const waitForTitle = (expected: string) =>
  page.waitForFunction((t) => document.title === t, expected);
const focusedIs = (locator: ReturnType<Page['locator']>) =>
  locator.evaluate((el) => el === el.ownerDocument.activeElement);

describe('Pages', () => {
  it('names the window after each page: sign-in, every page, a dossier, not found, the lock screen', async () => {
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await title()).toBe(`Sign in — ${APP}`);
    await signIn(page, ADMIN);

    const titles: string[] = [];
    for (const label of NAV) {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: label, exact: true })
        .click();
      await waitForTitle(`${label} — ${APP}`);
      titles.push(await title());
    }
    expect(new Set(titles).size).toBe(NAV.length);

    await page.goto(`${app.origin}/#/states/${STATE.iso3}`);
    await page.getByRole('heading', { level: 1, name: STATE.name }).waitFor();
    await waitForTitle(`${STATE.name} — Member States — ${APP}`);

    await page.goto(`${app.origin}/#/nowhere`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await title()).toBe(`Page not found — ${APP}`);

    // The lock screen names the window over the page, and the page's name comes back after.
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('dialog').getByRole('heading', { name: 'Locked' }).waitFor();
    expect(await title()).toBe(`Locked — ${APP}`);
    await page.getByLabel('Passphrase', { exact: true }).fill('demo');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await title()).toBe(`Page not found — ${APP}`);

    // The demo banner is inside a landmark of its own.
    const banner = page.getByRole('note', { name: 'Synthetic data' });
    expect(
      await banner.evaluate((el) => el.closest('section[aria-label], header, main, nav') !== null),
    ).toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('moves through the dossier’s index from the keyboard, and shows the State’s rank and score', async () => {
    await page.goto(`${app.origin}/#/states/${STATE.iso3}`);
    await page.getByRole('heading', { level: 1, name: STATE.name }).waitFor();
    await settled(page);
    const index = page.getByRole('navigation', {
      name: `Sections of the dossier of ${STATE.name}`,
    });
    const links = index.getByRole('link');
    expect(await links.count()).toBe(13);
    const visits = index.getByRole('link', { name: /^Visits \(\d+\)$/ });
    const first = links.first();
    await first.focus();
    await page.keyboard.press('Tab');
    expect(await focusedIs(links.nth(1))).toBe(true);
    await visits.focus();
    await page.keyboard.press('Enter');
    const visitsHeading = page.getByRole('heading', { level: 2, name: /^Visits \(\d+\)$/ });
    await expect.poll(() => focusedIs(visitsHeading)).toBe(true);
    // Still on the dossier: the link moved within the page.
    expect(new URL(page.url()).hash).toBe(`#/states/${STATE.iso3}`);

    await first.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', {
      level: 2,
      name: `Rank on the ${YEAR} risk-based list`,
    });
    await expect.poll(() => focusedIs(heading)).toBe(true);

    const list = await cli<AnnualList>(db, 'plan.get', { year: YEAR }, ADMIN);
    const entry = list.entries.find((e) => e.iso3 === STATE.iso3)!;
    const section = page.getByRole('region', { name: `Rank on the ${YEAR} risk-based list` });
    await section.getByText('From the 2027 list as proposed to the Committee.').waitFor();
    const stat = (label: string) =>
      section
        .locator('.stat')
        .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
        .locator('dd')
        .innerText();
    expect(await stat('Rank')).toBe(`${entry.rank} of 193`);
    expect(await stat('Score')).toBe(`${Math.round(entry.score * 10) / 10} out of 100`);
    const breakdown = rowsOf(page, `What the score of ${STATE.name} is made of`);
    expect(await breakdown.count()).toBe(8);
    const points = (await breakdown.locator('td:last-child').allInnerTexts()).map(Number);
    expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(entry.score, 0);
    const top = [...entry.breakdown].sort((a, b) => b.points - a.points)[0]!;
    expect(await breakdown.first().locator('td:last-child').innerText()).toBe(
      String(Math.round(top.points * 10) / 10),
    );

    // The recommendations at a glance: how many stand at each status, adding up to them all.
    const dossier = await cli<StateDossier>(db, 'states.get', { iso3: STATE.iso3 }, ADMIN);
    expect(dossier.recommendations.length).toBeGreaterThan(0);
    const glance = page.getByRole('group', {
      name: `Recommendations of ${STATE.name} by status today`,
    });
    const implemented = dossier.recommendations.filter((r) => r.status === 'implemented').length;
    expect(
      await glance
        .locator('.stat')
        .filter({ has: page.locator('dt', { hasText: /^Implemented$/ }) })
        .locator('dd')
        .innerText(),
    ).toBe(String(implemented));
    const counts = (await glance.locator('dd').allInnerTexts()).map(Number);
    expect(counts).toHaveLength(6);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(dossier.recommendations.length);
    await app.screenshot('dossier-standing');
    expect(await seriousViolations()).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('moves focus to the first problem of a refused form, then to the next one', async () => {
    await page.getByRole('button', { name: 'Record a signal', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Record a signal about ${STATE.name}` });
    await dialog.waitFor();
    const date = dialog.getByLabel('Date', { exact: true });
    const halfLife = dialog.getByLabel('Half-life', { exact: true });
    await date.fill('');
    await halfLife.fill('a year');
    const send = dialog.getByRole('button', { name: 'Record signal', exact: true });
    await send.click();
    await dialog
      .getByRole('alert')
      .getByText('Not saved: correct the 2 problems marked below.')
      .waitFor();
    await expect.poll(() => focusedIs(date)).toBe(true);
    expect(await date.getAttribute('aria-invalid')).toBe('true');

    await date.fill('2026-11-20');
    await send.click();
    await expect.poll(() => focusedIs(halfLife)).toBe(true);

    await halfLife.fill('90');
    await dialog
      .getByLabel('Description', { exact: true })
      .fill('A reported attack on a border post.');
    await send.click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`Signal about ${STATE.name} recorded.`).waitFor();
    // Back on the button that opened the form, beside the words that say what was done.
    await expect
      .poll(() => focusedIs(page.getByRole('button', { name: 'Record a signal', exact: true })))
      .toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('shows in Planning how each State moves when a weight moves, in arrows and in words', async () => {
    await openFromNav(page, 'Planning');
    const ranking = rowsOf(page, `Ranking of the Member States for ${YEAR}`);
    await ranking.nth(192).waitFor();
    expect(await ranking.locator('.rank-move').count()).toBe(0);
    const slider = page.getByRole('slider', { name: 'Never visited' });
    await slider.focus();
    await page.keyboard.press('End');
    const summary = page.getByText(/^Since the saved weights: /);
    await summary.waitFor();
    const counted = async () => {
      const match = /(\d+) States? enters? the list, (\d+) leaves? it/.exec(
        await summary.innerText(),
      );
      return { enter: Number(match?.[1] ?? 0), leave: Number(match?.[2] ?? 0) };
    };
    await expect.poll(async () => (await counted()).enter).toBeGreaterThan(0);
    const { enter, leave } = await counted();
    expect(leave).toBe(enter);
    // Each rank says how far the State moved, and whether it enters or leaves the list.
    const moves = await ranking.locator('td:first-child').allInnerTexts();
    expect(moves.some((m) => /▲ \d+/.test(m))).toBe(true);
    expect(moves.some((m) => /▼ \d+/.test(m))).toBe(true);
    expect(moves.filter((m) => m.includes('Enters the list'))).toHaveLength(enter);
    expect(moves.filter((m) => m.includes('Leaves the list'))).toHaveLength(leave);
    // Screen readers hear the move in words, with the rank before.
    const up = ranking.locator('td:first-child .rank-move-up').first();
    expect(await up.locator('.visually-hidden').innerText()).toMatch(
      /^Up \d+ places? \(was \d+\)$/,
    );
    await app.screenshot('planning-rank-moves');
    expect(await seriousViolations()).toEqual([]);

    // Back to the saved weights: nothing has moved.
    await page.getByRole('button', { name: 'Back to the saved weights', exact: true }).click();
    await summary.waitFor({ state: 'detached' });
    expect(app.errors).toEqual([]);
  });

  it('shows a Committee member what awaits a decision, and Review explains the factors and the changes', async () => {
    await switchUser(page, CTC);
    await openFromNav(page, 'Dashboard');
    const awaiting = page.getByRole('region', { name: 'Awaiting your decision' });
    await awaiting
      .getByText(new RegExp(`^The ${YEAR} list, proposed to the Committee on`))
      .waitFor();
    await app.screenshot('dashboard-awaiting');
    expect(await seriousViolations()).toEqual([]);
    await awaiting.getByRole('link', { name: `Review the ${YEAR} list` }).click();
    await page.getByRole('heading', { level: 1, name: 'Review (CTC)' }).waitFor();
    await waitForTitle(`Review (CTC) — ${APP}`);

    const legend = page.getByRole('region', { name: 'What the factors mean' });
    await legend.waitFor();
    expect(await legend.locator('dt').count()).toBe(8);
    expect(await legend.innerText()).toContain('Never visited');
    expect(await legend.innerText()).toContain('Counts in full for a State CTED has never visited');

    const changes = await cli<ListChanges>(db, 'plan.changes', { year: YEAR }, CTC);
    const summary = page.getByRole('region', { name: 'Changes since the last version' });
    await summary
      .getByText(
        `Compared with the ${changes.since!.year} list as it stands, version ${changes.since!.version}`,
        { exact: false },
      )
      .waitFor();
    const text = await summary.innerText();
    expect(text).toContain(`Entered the list (${changes.entered.length} State`);
    expect(text).toContain(`Left the list (${changes.left.length} State`);
    expect(text).toContain(`Moved in the ranking (${changes.moved.length} State`);
    for (const c of changes.entered) expect(text).toContain(`${c.name} at rank ${c.rankAfter}`);
    await app.screenshot('review-changes');
    expect(await seriousViolations()).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('names what the workspace holds in words, never by its table names', async () => {
    await switchUser(page, ADMIN);
    await openFromNav(page, 'Settings');
    const counts = rowsOf(page, 'What the workspace holds');
    await counts.first().waitFor();
    const kinds = await counts.locator('td:first-child, th:first-child').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(20);
    for (const kind of kinds) expect(kind).not.toMatch(/_|^[a-z]/);
    expect(kinds).toContain('Consent requests');
    expect(kinds).toContain('Member States');
    const main = await page.locator('main').innerText();
    for (const table of ['consent_requests', 'member_states', 'list_entries', 'visit_steps'])
      expect(main).not.toContain(table);
    expect(await seriousViolations()).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
