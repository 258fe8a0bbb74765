// The coverage map and charts in real Chromium, on a fresh demo workspace (as of 2026-11-29), as a
// Committee member (coverage is read-only and open to every role): all 193 Member States on the map
// and reachable, small States as markers big enough to hit, the year slider replaying coverage,
// the charts with their tables, the dossier's chart, and no serious accessibility violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { signIn, startApp, type RunningApp } from './harness';
import { rowsOf } from './ui';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const USER = 'C. Lindqvist';

let app: RunningApp;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.goto(app.url);
  await signIn(page, USER);
});

afterAll(async () => {
  await app?.stop();
});

const map = () => page.getByRole('group', { name: /^World map of coverage in \d{4}$/ });
const states = () => map().locator('a.map-state');
const state = (iso3: string) => map().locator(`a.map-state[data-iso3="${iso3}"]`);
const card = () => page.locator('.map-card');

/** Opens the Coverage page afresh: filters, years and chart views as they first are. */
async function openCoverage(): Promise<void> {
  await page.goto(`${app.origin}/#/coverage`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Coverage' }).waitFor();
  await states().nth(192).waitFor({ state: 'attached' });
}

/** How many States the map shows with each standing. */
async function standings(): Promise<Record<string, number>> {
  const all = await states().evaluateAll((links) =>
    links.map((a) => a.getAttribute('data-status')),
  );
  const counts: Record<string, number> = {};
  for (const s of all) counts[s!] = (counts[s!] ?? 0) + 1;
  return counts;
}

/** The numbers in the sentence above the map: visited, members, never visited, on the list. */
async function mapSummary(): Promise<{
  visited: number;
  members: number;
  never: number;
  listed: number;
}> {
  const text = await page.locator('.map-summary').innerText();
  const m =
    /(\d+) of (\d+) Member States visited at least once, (\d+) never visited; (\d+) on/.exec(text);
  expect(m, text).not.toBeNull();
  return {
    visited: Number(m![1]),
    members: Number(m![2]),
    never: Number(m![3]),
    listed: Number(m![4]),
  };
}

async function setYear(year: number): Promise<void> {
  const slider = page.getByLabel('Year shown');
  await slider.focus();
  const current = Number(await slider.inputValue());
  for (let i = current; i !== year; i += year > current ? 1 : -1)
    await page.keyboard.press(year > current ? 'ArrowRight' : 'ArrowLeft');
  await page.locator('.year-value').getByText(String(year), { exact: true }).waitFor();
}

/** Scrolls the page so that `locator` is at the top of the window. */
async function showFromTop(locator: Locator): Promise<void> {
  await locator.evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

async function box(locator: Locator): Promise<{ width: number; height: number }> {
  const b = await locator.boundingBox();
  expect(b).not.toBeNull();
  return { width: b!.width, height: b!.height };
}

/** The figure of a chart by its title, switched to its table, and the table's body rows. */
async function chartTable(title: string | RegExp): Promise<Locator> {
  const figure = page.getByRole('figure', { name: title });
  await figure.getByRole('button', { name: 'Table', exact: true }).click();
  return figure.locator('tbody tr');
}

describe('Coverage map', () => {
  it('shows all 193 Member States, each a focusable link to its dossier, in one tab stop', async () => {
    await openCoverage();
    expect(await states().count()).toBe(193);
    const tabIndexes = await states().evaluateAll((links) =>
      links.map((a) => a.getAttribute('tabindex')),
    );
    expect(tabIndexes.filter((i) => i === '0')).toHaveLength(1);
    expect(tabIndexes.filter((i) => i === '-1')).toHaveLength(192);
    const hrefs = await states().evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(193);
    expect(hrefs.every((h) => /^#\/states\/[A-Z]{3}$/.test(h!))).toBe(true);
    // The sentence above the map and the table below it count the same States.
    const summary = await mapSummary();
    expect(summary.members).toBe(193);
    expect((await standings()).never).toBe(summary.never);
    expect(await rowsOf(page, /^Coverage in 2026, State by State$/).count()).toBe(193);
    await showFromTop(page.getByRole('heading', { level: 2, name: 'Coverage map' }));
    await app.screenshot('coverage-map');
  });

  it('draws Tuvalu (absent from the boundary data) and Nauru as markers at least 24 pixels across', async () => {
    for (const iso3 of ['TUV', 'NRU', 'KNA', 'MCO']) {
      const marker = state(iso3);
      await marker.scrollIntoViewIfNeeded();
      expect(await marker.isVisible()).toBe(true);
      const { width, height } = await box(marker.locator('.map-hit'));
      expect(width, iso3).toBeGreaterThanOrEqual(24);
      expect(height, iso3).toBeGreaterThanOrEqual(24);
    }
    // A large State is its own outline, with no marker.
    expect(await state('BRA').locator('.map-hit').count()).toBe(0);
    expect(await state('BRA').locator('path.map-shape').count()).toBe(1);
  });

  it('shows the name, the last visit and the standing on hover, and opens the dossier on click', async () => {
    await showFromTop(page.getByRole('heading', { level: 2, name: 'Coverage map' }));
    await state('TUV').hover();
    await card().getByText('Tuvalu', { exact: true }).waitFor();
    expect(await card().innerText()).toMatch(/Last visit: (none|\d{1,2} \w{3} \d{4} \(\w[\w-]*\))/);
    const label = (await state('TUV').getAttribute('aria-label'))!;
    const row = rowsOf(page, /State by State$/).filter({ hasText: 'Tuvalu' });
    // The table says what the link says.
    expect(label).toContain((await row.locator('td').nth(2).innerText()).trim());
    await app.screenshot('coverage-map-card');

    await state('TUV').click();
    await page.getByRole('heading', { level: 1, name: 'Tuvalu' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/states/TUV');

    await openCoverage();
    await state('BRA').click();
    await page.getByRole('heading', { level: 1, name: 'Brazil' }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('is used from the keyboard: arrows and letters move between States, focus shows the card, Enter opens the dossier', async () => {
    await openCoverage();
    await page.mouse.move(0, 0);
    const first = map().locator('a.map-state[tabindex="0"]');
    await first.focus();
    await card().getByText('Afghanistan', { exact: true }).waitFor();
    await page.keyboard.press('ArrowRight');
    await card().getByText('Albania', { exact: true }).waitFor();
    expect(await page.locator(':focus').getAttribute('data-iso3')).toBe('ALB');
    await page.keyboard.press('End');
    expect(await page.locator(':focus').getAttribute('data-iso3')).toBe('ZWE');
    await page.keyboard.press('n');
    expect(await page.locator(':focus').getAttribute('data-iso3')).toBe('NAM');
    await page.keyboard.press('n');
    expect(await page.locator(':focus').getAttribute('data-iso3')).toBe('NRU');
    await card().getByText('Nauru', { exact: true }).waitFor();
    // The focused State keeps the map's one tab stop.
    expect(await state('NRU').getAttribute('tabindex')).toBe('0');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nauru' }).waitFor();

    // The link past the map goes to its table, and the page stays where it is.
    await openCoverage();
    await page.getByRole('link', { name: 'Skip to the map’s data as a table.' }).click();
    expect(await page.locator(':focus').innerText()).toBe('Coverage in 2026, State by State');
    expect(new URL(page.url()).hash).toBe('#/coverage');
  });

  it('replays coverage with the year slider: colours and counts change with the year', async () => {
    await openCoverage();
    const now = await standings();
    const nowSummary = await mapSummary();
    const brazilNow = await state('BRA').locator('path.map-shape').getAttribute('fill');

    await setYear(2006);
    const then = await standings();
    const thenSummary = await mapSummary();
    expect(thenSummary.never).toBeGreaterThan(nowSummary.never);
    expect(then.never).toBe(thenSummary.never);
    // South Sudan joined the United Nations in 2011.
    expect(await state('SSD').getAttribute('data-status')).toBe('not_member');
    expect(thenSummary.members).toBe(192);
    expect(then).not.toEqual(now);
    const fills = await states().evaluateAll((links) =>
      links.map((a) => a.querySelector('.map-shape, .map-symbol')?.getAttribute('fill')),
    );
    expect(new Set(fills).size).toBeGreaterThan(1);

    // The server's series of never-visited States agrees with the map, year by year.
    const rows = await chartTable('Member States never visited, by region');
    for (const [year, summary] of [
      [2006, thenSummary],
      [2026, nowSummary],
    ] as const) {
      const cells = await rows
        .filter({ has: page.locator('td:first-child', { hasText: String(year) }) })
        .locator('td')
        .allInnerTexts();
      expect(cells.slice(0, 3).map(Number)).toEqual([year, summary.members, summary.never]);
    }

    await setYear(2026);
    expect(await state('BRA').locator('path.map-shape').getAttribute('fill')).toBe(brazilNow);
  });

  it('replays the years by itself, one after another', async () => {
    await openCoverage();
    await setYear(2023);
    await page.getByRole('button', { name: 'Replay the years' }).click();
    await page.locator('.year-value').getByText('2024', { exact: true }).waitFor();
    await page
      .locator('.year-value')
      .getByText('2026', { exact: true })
      .waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Replay the years' }).waitFor();
  });

  it('filters by region and by kind of visit', async () => {
    await openCoverage();
    const all = await mapSummary();
    await page.getByLabel('Region', { exact: true }).first().selectOption('Oceania');
    expect(await states().count()).toBe(14);
    expect(await rowsOf(page, /State by State$/).count()).toBe(14);
    expect((await mapSummary()).members).toBe(14);
    expect(await state('TUV').count()).toBe(1);
    expect(await state('FRA').count()).toBe(0);
    await page.getByLabel('Region', { exact: true }).first().selectOption('');

    await page.getByLabel('Visits counted').selectOption('advocacy');
    const advocacy = await mapSummary();
    expect(advocacy.never).toBeGreaterThan(all.never);
    await page.getByLabel('Visits counted').selectOption('assessment');
    expect((await mapSummary()).never).toBe(all.never);
  });
});

describe('Coverage charts', () => {
  it('gives every chart a title, axis titles, a legend and a table view', async () => {
    await openCoverage();
    await page.getByRole('figure', { name: 'Recommendations implemented, by priority' }).waitFor();
    const titles = [
      'Member States never visited, by region',
      'Projection to full coverage',
      'Visits conducted per year',
      'OP 16 follow-up reports to the Committee',
      'Consent: rate and days to reply',
      'Timeliness of reports',
      'Recommendations implemented, by priority',
      /^Recommendations by thematic area and status, end of 2026$/,
    ];
    for (const title of titles) {
      const figure = page.getByRole('figure', { name: title });
      await figure.scrollIntoViewIfNeeded();
      await figure.locator('.recharts-legend-item').first().waitFor();
      expect(await figure.locator('.recharts-legend-item').count(), String(title)).toBeGreaterThan(
        0,
      );
      expect(await figure.locator('.recharts-label').count(), String(title)).toBeGreaterThan(0);
      expect((await figure.locator('figcaption').innerText()).length).toBeGreaterThan(30);
      const rows = await chartTable(title);
      expect(await rows.count(), String(title)).toBeGreaterThan(0);
      await figure.getByRole('button', { name: 'Chart', exact: true }).click();
    }
    // The never-visited axis runs to every Member State, not to the most ever visited.
    const axis = page.getByRole('figure', { name: 'Member States never visited, by region' });
    await axis
      .locator('.recharts-cartesian-axis-tick-value')
      .getByText('193', { exact: true })
      .first()
      .waitFor();
    await showFromTop(page.getByRole('heading', { level: 2, name: 'Coverage over time' }));
    await app.screenshot('coverage-charts');
    await showFromTop(page.getByRole('figure', { name: 'Projection to full coverage' }));
    await app.screenshot('coverage-charts-projection');
    await showFromTop(
      page.getByRole('heading', { level: 2, name: 'Follow-up, consent and timeliness' }),
    );
    await app.screenshot('coverage-charts-cycle');
    await showFromTop(
      page.getByRole('heading', { level: 2, name: 'Implementation of recommendations' }),
    );
    await app.screenshot('coverage-charts-implementation');
  });

  it('projects full coverage from the defaults, and again when the capacity changes', async () => {
    await openCoverage();
    const result = page.locator('.projection-result');
    const before = Number(/by the end of (\d{4})/.exec(await result.innerText())![1]);
    expect(before).toBeGreaterThanOrEqual(2027);
    const capacity = page.getByRole('spinbutton', { name: 'Visits a year' });
    const defaultCapacity = Number(await capacity.inputValue());
    expect(defaultCapacity).toBeGreaterThan(0);
    await capacity.fill(String(defaultCapacity * 2));
    const after = Number(/by the end of (\d{4})/.exec(await result.innerText())![1]);
    expect(after).toBeLessThan(before);
    await page
      .getByRole('spinbutton', { name: 'Share kept for never-visited States (%)' })
      .fill('0');
    await result.getByText('Full coverage expected by the end of not within a century.').waitFor();
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    await openCoverage();
    await page.getByRole('figure', { name: 'Recommendations implemented, by priority' }).waitFor();
    await page.evaluate(AXE);
    const result = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: Document,
              options: object,
            ): Promise<{ violations: Rule[]; passes: Rule[] }>;
          };
        }
      ).axe;
      type Rule = { id: string; impact: string | null; nodes: { target: string[] }[] };
      const { violations, passes } = await axe.run(document, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      });
      const said = (v: Rule) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`;
      return {
        violations: violations.map((v) => ({ impact: v.impact, said: said(v) })),
        passes: passes.map((p) => p.id),
      };
    });
    const violations = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.said);
    // axe did look at the map: its 193 links were checked for a name.
    expect(result.passes).toContain('link-name');
    expect(violations).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

describe('Coverage elsewhere', () => {
  it('shows the State’s own recommendation-status chart in its dossier', async () => {
    await openCoverage();
    // A State with adopted reports: the first one whose standing says it was visited long enough ago.
    const visited = await states().evaluateAll((links) =>
      links
        .filter((a) => a.getAttribute('data-status') === 'earlier')
        .map((a) => a.getAttribute('data-iso3')!),
    );
    expect(visited.length).toBeGreaterThan(0);
    await page.goto(`${app.origin}/#/states/${visited[0]}`);
    const figure = page.getByRole('figure', {
      name: /^Status of the recommendations to .+, year by year$/,
    });
    await figure.waitFor();
    expect(await figure.locator('.recharts-legend-item').count()).toBeGreaterThan(0);
    await figure.scrollIntoViewIfNeeded();
    await app.screenshot('dossier-recommendation-chart');
    const rows = await chartTable(/^Status of the recommendations to .+, year by year$/);
    expect(await rows.count()).toBeGreaterThan(0);
  });

  it('shows a compact map and the key charts on the dashboard', async () => {
    await page.goto(`${app.origin}/#/`);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const compact = page.getByRole('img', {
      name: /^World map of coverage in 2026: \d+ Member States never visited, \d+ on the year’s list\.$/,
    });
    await compact.waitFor();
    await compact.locator('path.map-shape').first().waitFor();
    await page.getByRole('figure', { name: 'Member States never visited, by region' }).waitFor();
    await page.getByRole('figure', { name: 'OP 16 follow-up reports to the Committee' }).waitFor();
    await page.getByRole('link', { name: 'Open the coverage map and charts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Coverage' }).waitFor();
    await page.goto(`${app.origin}/#/`);
    await compact.scrollIntoViewIfNeeded();
    await app.screenshot('dashboard-coverage');
    expect(app.errors).toEqual([]);
  });
});
