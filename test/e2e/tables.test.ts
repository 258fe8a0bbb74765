// The one table of the app, as a user meets it on the lists: the header row stays on screen, a
// long list renders only the rows in view while telling screen readers its whole size, the search
// matches what the cells show (accents and case aside), the sort and the search live in the
// address (a reload, Back and a shared link restore them), and the keyboard moves between rows.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Visit } from '../../shared/api/types';
import { cli, signIn, startApp, type RunningApp } from './harness';
import { columnTexts, openFromNav, rowsOf, settled } from './ui';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PLANNER = 'N. Haddad';

let app: RunningApp;
let page: Page;
let visits: Visit[];

beforeAll(async () => {
  app = await startApp({
    prepare: async (db) => {
      visits = await cli<Visit[]>(db, 'visits.list', {}, PLANNER);
    },
  });
  page = app.page;
  await page.goto(app.url);
  await signIn(page, PLANNER);
});

afterAll(async () => {
  await app?.stop();
});

/** Lower case without accents, as the search compares. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const visitTable = () =>
  page.locator('table').filter({ has: page.locator('caption', { hasText: /^Visits$/ }) });
const visitRows = () => rowsOf(page, /^Visits$/).and(page.locator('[aria-rowindex]'));
const visitSearch = () => page.getByRole('searchbox', { name: 'Search Visits' });
const stateHeader = () => visitTable().getByRole('columnheader', { name: /^Member State/ });

async function openVisits(): Promise<void> {
  await openFromNav(page, 'Visits & reports');
  await settled(page);
  await visitRows().first().waitFor();
}

/** The box the table scrolls in. */
const scroller = (table: Locator) => table.locator('xpath=..');

/** Scrolls the table's box and waits until the rows at the new place are rendered. */
async function scrollTable(table: Locator, to: 'bottom' | number): Promise<void> {
  await scroller(table).evaluate((box, where) => {
    box.scrollTop = where === 'bottom' ? box.scrollHeight : where;
  }, to);
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

const focusedRowIndex = () =>
  page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'));

/** The row (its aria-rowindex) and the cell (its column, null for the row itself) in focus. */
const focused = () =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      row: element?.closest('tr')?.getAttribute('aria-rowindex') ?? null,
      column: element?.tagName === 'TD' ? (element.dataset.column ?? null) : null,
    };
  });

/** The elements of a table's body in the Tab order: `tr:ROW` or `td:ROW:COLUMN`. */
const tabStops = (table: Locator) =>
  table.locator('tbody [tabindex="0"]').evaluateAll((elements) =>
    elements.map((e) => {
      const row = e.closest('tr')!.getAttribute('aria-rowindex');
      return e.tagName === 'TD' ? `td:${row}:${(e as HTMLElement).dataset.column}` : `tr:${row}`;
    }),
  );

/** Chooses a language with the switcher in the header. */
async function chooseLanguage(name: string, code: string): Promise<void> {
  await page.locator('header button[aria-haspopup="menu"]').click();
  await page.getByRole('menuitemradio', { name, exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, code);
}

describe('Tables', () => {
  it('renders a long list as far fewer rows than it holds, and says how many it holds', async () => {
    await openVisits();
    const table = visitTable();
    expect(visits.length).toBeGreaterThan(200);
    // Header row + every visit, though only the rows in view are in the document.
    expect(await table.getAttribute('aria-rowcount')).toBe(String(visits.length + 1));
    const rendered = await visitRows().count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(visits.length / 3);
    expect(await visitRows().first().getAttribute('aria-rowindex')).toBe('2');
    // The end of the list is there once scrolled to: its last row is number total + 1.
    await scrollTable(table, 'bottom');
    await expect
      .poll(() => visitRows().last().getAttribute('aria-rowindex'))
      .toBe(String(visits.length + 1));
    expect(await visitRows().count()).toBeLessThan(visits.length / 3);
    await scrollTable(table, 0);
  });

  it('keeps the header row on screen while the list scrolls', async () => {
    const table = visitTable();
    const header = table.locator('thead th').first();
    const before = await header.boundingBox();
    await scrollTable(table, 3000);
    const box = await scroller(table).boundingBox();
    const after = await header.boundingBox();
    expect(after).not.toBeNull();
    // The header is where it was, at the top of the scrolled box, and nothing covers it.
    expect(Math.abs(after!.y - before!.y)).toBeLessThan(1);
    expect(Math.abs(after!.y - box!.y)).toBeLessThan(2);
    const onTop = await header.evaluate((th) => {
      const r = th.getBoundingClientRect();
      return th.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    });
    expect(onTop).toBe(true);
    // The first rows have scrolled away under it.
    const firstShown = Number(await visitRows().first().getAttribute('aria-rowindex'));
    expect(firstShown).toBeGreaterThan(20);
    await app.screenshot('table-sticky-header');
    await scrollTable(table, 0);
  });

  it('finds rows by the text they show, whatever the accents and case', async () => {
    // A State visited a few times, searched in capitals without its accents.
    const counts = new Map<string, number>();
    for (const v of visits) counts.set(v.stateName, (counts.get(v.stateName) ?? 0) + 1);
    const [name, count] = [...counts].sort(
      ([a, x], [b, y]) =>
        Number(/[^\p{ASCII}]/u.test(b)) - Number(/[^\p{ASCII}]/u.test(a)) || y - x,
    )[0]!;
    await visitSearch().fill(fold(name).toUpperCase());
    await page
      .getByRole('status')
      .filter({ hasText: `${count} of ${visits.length} rows ${count === 1 ? 'matches' : 'match'}` })
      .waitFor();
    expect(await visitTable().getAttribute('aria-rowcount')).toBe(String(count + 1));
    expect(new Set(await columnTexts(visitRows(), 0))).toEqual(new Set([name]));

    // Dates are found as they are written on screen, statuses by their words.
    const postponed = visits.filter((v) => v.status === 'postponed');
    await visitSearch().fill('postponed');
    await expect.poll(() => visitRows().count()).toBe(postponed.length);
    const sample = postponed[0]!;
    const shownDate = await visitRows()
      .filter({ hasText: sample.stateName })
      .first()
      .locator('td:nth-child(5)')
      .innerText();
    await visitSearch().fill(`${shownDate} ${fold(sample.stateName)}`);
    await expect.poll(() => visitRows().count()).toBeGreaterThan(0);
    for (const text of await visitRows().allInnerTexts()) {
      expect(text).toContain(shownDate);
      expect(text).toContain(sample.stateName);
    }

    await visitSearch().fill('no such words anywhere');
    await page.getByText('No row shows “no such words anywhere”.', { exact: false }).waitFor();
    await visitSearch().fill('');
    await expect
      .poll(() => visitTable().getAttribute('aria-rowcount'))
      .toBe(String(visits.length + 1));
  });

  it('keeps the sort and the search in the address: reload, Back and a shared link restore them', async () => {
    await stateHeader().getByRole('button').click();
    await expect.poll(() => stateHeader().getAttribute('aria-sort')).toBe('ascending');
    await stateHeader().getByRole('button').click();
    await expect.poll(() => stateHeader().getAttribute('aria-sort')).toBe('descending');
    await visitSearch().fill('conducted');
    await expect.poll(() => page.url()).toContain('visits.q=conducted');
    expect(page.url()).toContain('visits.sort=state.desc');
    const listed = await columnTexts(visitRows(), 0);
    const names = [...listed];
    expect(names).toEqual(
      [...names].sort((a, b) => new Intl.Collator('en', { sensitivity: 'base' }).compare(b, a)),
    );

    // A reload shows the same list.
    await page.reload();
    await visitRows().first().waitFor();
    expect(await visitSearch().inputValue()).toBe('conducted');
    expect(await stateHeader().getAttribute('aria-sort')).toBe('descending');
    expect(await columnTexts(visitRows(), 0)).toEqual(listed);

    // Open a visit, then Back: the list as it was.
    const first = visitRows().first();
    const state = (await columnTexts(first, 0))[0]!;
    await first.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(state) }).waitFor();
    await page.goBack();
    await visitRows().first().waitFor();
    expect(await visitSearch().inputValue()).toBe('conducted');
    expect(await stateHeader().getAttribute('aria-sort')).toBe('descending');
    expect(await columnTexts(visitRows(), 0)).toEqual(listed);

    // Back again undoes the change of sort (a discrete change is a step of history).
    await page.goBack();
    await expect.poll(() => stateHeader().getAttribute('aria-sort')).toBe('ascending');
    await page.goForward();
    await expect.poll(() => stateHeader().getAttribute('aria-sort')).toBe('descending');

    // The address, shared: another person opening it sees the same list once signed in.
    const hash = new URL(page.url()).hash;
    const other = await app.freshPage();
    await other.goto(`${app.url}${hash}`);
    await signIn(other, PLANNER);
    const otherSearch = other.getByRole('searchbox', { name: 'Search Visits' });
    await otherSearch.waitFor();
    expect(await otherSearch.inputValue()).toBe('conducted');
    const otherRows = rowsOf(other, /^Visits$/).and(other.locator('[aria-rowindex]'));
    await otherRows.first().waitFor();
    expect(await columnTexts(otherRows, 0)).toEqual(listed);
    await other.context().close();

    await visitSearch().fill('');
  });

  it('puts rows without a value last, whichever the direction of the sort', async () => {
    const cancelled = visits.filter((v) => v.status === 'cancelled');
    expect(cancelled.some((v) => v.startDate === null)).toBe(true);
    await visitSearch().fill('cancelled');
    await expect.poll(() => visitRows().count()).toBe(cancelled.length);
    const startHeader = visitTable().getByRole('columnheader', { name: /^Start/ });
    for (const direction of ['ascending', 'descending']) {
      if ((await startHeader.getAttribute('aria-sort')) !== direction)
        await startHeader.getByRole('button').click();
      await expect.poll(() => startHeader.getAttribute('aria-sort')).toBe(direction);
      const starts = await columnTexts(visitRows(), 4);
      expect(starts.at(-1)).toBe('—');
      expect(starts.slice(0, -1)).not.toContain('—');
    }
    await visitSearch().fill('');
  });

  it('keeps the filters in the address too', async () => {
    const year = visits.find((v) => v.startDate)!.startDate!.slice(0, 4);
    await page.getByRole('combobox', { name: /^Year/ }).first().selectOption(year);
    await expect.poll(() => page.url()).toContain(`visits.year=${year}`);
    const inYear = visits.filter((v) => v.startDate?.startsWith(year)).length;
    await page.getByText(`Showing ${inYear} of ${visits.length} visits`).waitFor();
    await page.reload();
    await page.getByText(`Showing ${inYear} of ${visits.length} visits`).waitFor();
    await page.goBack();
    await page.getByText(`Showing ${visits.length} of ${visits.length} visits`).waitFor();
  });

  it('moves between rows with the arrow keys, one Tab stop for the body, and opens with Enter', async () => {
    await openVisits();
    const table = visitTable();
    // One row of the body is in the Tab order.
    expect(await table.locator('tbody tr[tabindex="0"]').count()).toBe(1);
    // Tab from the last header leads to the first row.
    await table.locator('thead button').last().focus();
    await page.keyboard.press('Tab');
    expect(await focusedRowIndex()).toBe('2');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedRowIndex()).toBe('4');
    await page.keyboard.press('ArrowUp');
    expect(await focusedRowIndex()).toBe('3');
    // The last row is far below, outside the rendered rows: End brings it and focuses it.
    await page.keyboard.press('End');
    await expect.poll(focusedRowIndex).toBe(String(visits.length + 1));
    await page.keyboard.press('PageUp');
    await expect.poll(async () => Number(await focusedRowIndex())).toBeLessThan(visits.length);
    await page.keyboard.press('Home');
    await expect.poll(focusedRowIndex).toBe('2');
    expect(await table.locator('tbody tr[tabindex="0"]').count()).toBe(1);
    // Tab leaves the body at once (not one stop per row).
    await page.keyboard.press('Tab');
    expect(await focusedRowIndex()).toBeUndefined();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedRowIndex()).toBe('2');
    // Enter opens the active row.
    await page.keyboard.press('ArrowDown');
    const state = (await columnTexts(visitRows().nth(1), 0))[0]!;
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(state) }).waitFor();
    expect(page.url()).toMatch(/#\/visits\/[\w-]+$/);
    expect(app.errors).toEqual([]);
  });

  it('keeps the focused row’s own element while the list scrolls, and gives it to no other row', async () => {
    await openVisits();
    const table = visitTable();
    const rendered = () => table.locator('tbody tr[aria-rowindex]');
    // Halfway down the list, a row in the middle of those rendered takes the focus.
    await scrollTable(table, 3000);
    const middle = rendered().nth(12);
    const index = await middle.getAttribute('aria-rowindex');
    const state = (await columnTexts(middle, 0))[0];
    await middle.focus();
    expect(await focusedRowIndex()).toBe(index);
    // A few rows down: still the same row, showing the same State.
    await scrollTable(table, 3150);
    expect(await focusedRowIndex()).toBe(index);
    expect(
      await page.evaluate(() => document.activeElement?.querySelector('td')?.textContent),
    ).toBe(state);
    // As many rows down as are rendered: the focused row leaves the document, and the focus with
    // it; no row scrolled in shows up in its element.
    const rows = await rendered().count();
    const height = await rendered()
      .first()
      .evaluate((row) => row.getBoundingClientRect().height);
    await scrollTable(table, 3150 + rows * height);
    expect(await focusedRowIndex()).toBeUndefined();
    expect(await table.locator('tbody tr[tabindex="0"]').count()).toBe(1);
    // Back to the top for the next test: the Tab stop is the first row again.
    await scrollTable(table, 0);
    expect(app.errors).toEqual([]);
  });

  it('moves between the cells of a row with Left and Right, mirrored right to left, and activates a cell’s link with Enter', async () => {
    await openVisits();
    const table = visitTable();
    const columns = await table.locator('thead th').count();
    expect(columns).toBeGreaterThan(3);
    await table.locator('thead button').last().focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ row: '2', column: null });
    // Right enters the row's cells, one by one; the Tab stop follows the cell.
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual({ row: '2', column: '0' });
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual({ row: '2', column: '1' });
    expect(await tabStops(table)).toEqual(['td:2:1']);
    // Up and Down keep the column; Home and End too.
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toEqual({ row: '3', column: '1' });
    await page.keyboard.press('End');
    await expect.poll(focused).toEqual({ row: String(visits.length + 1), column: '1' });
    await page.keyboard.press('Home');
    await expect.poll(focused).toEqual({ row: '2', column: '1' });
    // Right stops at the last cell; Left goes back to the row itself, and no further.
    for (let i = 0; i < columns + 2; i++) await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual({ row: '2', column: String(columns - 1) });
    for (let i = 0; i < columns + 2; i++) await page.keyboard.press('ArrowLeft');
    expect(await focused()).toEqual({ row: '2', column: null });
    expect(await tabStops(table)).toEqual(['tr:2']);
    // Tab leaves the body from a cell too, and Shift+Tab comes back to that cell.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    expect(await focusedRowIndex()).toBeUndefined();
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toEqual({ row: '2', column: '0' });

    // Enter on a cell holding a link follows the link (here a report's title).
    const reports = page
      .locator('table')
      .filter({ has: page.locator('caption', { hasText: /^Assessment reports$/ }) });
    const firstReport = reports.locator('tbody tr[aria-rowindex="2"]');
    const link = firstReport.locator('td[data-column="1"] a');
    const href = await link.getAttribute('href');
    await link.evaluate((a) =>
      a.addEventListener(
        'click',
        () => ((window as { linkFollowed?: boolean }).linkFollowed = true),
      ),
    );
    // The links in the cells are not Tab stops of their own: the body stays one stop.
    expect(await reports.locator('tbody a[href]:not([tabindex="-1"])').count()).toBe(0);
    await firstReport.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('tbody') !== null)).toBe(
      false,
    );
    await firstReport.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual({ row: '2', column: '1' });
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe(href);
    expect(await page.evaluate(() => (window as { linkFollowed?: boolean }).linkFollowed)).toBe(
      true,
    );

    // Right to left (Arabic), the arrows are mirrored: Left goes on along the row, Right back.
    await chooseLanguage('العربية', 'ar');
    await page.goto(`${app.origin}/#/visits`);
    await settled(page);
    const arabicRows = page.locator('table').first().locator('tbody tr[aria-rowindex]');
    await arabicRows.first().waitFor();
    await arabicRows.first().focus();
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toEqual({ row: '2', column: '0' });
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toEqual({ row: '2', column: '1' });
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual({ row: '2', column: '0' });
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual({ row: '2', column: null });
    await chooseLanguage('English', 'en');
    expect(app.errors).toEqual([]);
  });

  it('has no serious or critical accessibility violation on a list page (axe-core)', async () => {
    await openVisits();
    await visitSearch().fill('a');
    await expect.poll(() => visitRows().count()).toBeGreaterThan(0);
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      type Rule = { id: string; impact: string | null; nodes: { target: string[] }[] };
      const axe = (
        window as unknown as {
          axe: { run(context: Document, options: object): Promise<{ violations: Rule[] }> };
        }
      ).axe;
      const { violations } = await axe.run(document, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      });
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
