// What a user looks at, in the words on the screen: navigation, headings, figures, table rows.
import type { Locator, Page } from 'playwright-core';

export async function openFromNav(
  page: Page,
  label: string,
  heading: string | RegExp = label,
): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** A key figure (dashboard, coverage) by its label, as a number. */
export async function figure(page: Page, label: string): Promise<number> {
  const value = page
    .locator('.stat')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('dd');
  return Number((await value.innerText()).replace(/[^\d]/g, ''));
}

/** The body rows of the table with this caption. */
export function rowsOf(page: Page, caption: string | RegExp): Locator {
  return page
    .locator('table')
    .filter({ has: page.locator('caption', { hasText: caption }) })
    .locator('tbody tr');
}

/** The text of one column in every row of a table, in display order. */
export async function columnTexts(rows: Locator, columnIndex: number): Promise<string[]> {
  return rows.locator(`td:nth-child(${columnIndex + 1})`).allInnerTexts();
}

/** Waits until no "Loading…" remains on the page. */
export async function settled(page: Page): Promise<void> {
  await page.locator('.loading').first().waitFor({ state: 'detached' });
}

/** The problems listed under a form field (found through its aria-describedby). */
export async function fieldProblems(page: Page, label: string): Promise<string> {
  const control = page.getByLabel(label, { exact: true });
  const ids = (await control.getAttribute('aria-describedby')) ?? '';
  const problemId = ids.split(' ').find((id) => id.endsWith('-problem'));
  return problemId ? page.locator(`[id="${problemId}"]`).innerText() : '';
}
