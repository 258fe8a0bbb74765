// Risk inputs in Chromium (issue 11, "Data in"): a planner defines an indicator with the World
// Bank's code for it, then, under Import indicator values, uploads a
// World Bank-style wide file (a preamble, one column per year, aggregates, territories, blanks and
// a misspelt State), sees the aggregates and non-members reported as such, confirms the suggestion
// for the misspelt name, leaves the aggregates and non-members out in one step, imports, and finds
// the values in the State's dossier; the empty cells were not imported.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type RunningApp } from './harness';
import { rowsOf } from './ui';

const PLANNER = 'N. Haddad';
const INDICATOR = '"Intentional homicides (per 100,000 people)","VC.IHR.PSRC.P5"';
const WIDE = [
  '"Data Source","World Development Indicators",',
  '',
  '"Last Updated Date","2025-07-01",',
  '',
  '"Country Name","Country Code","Indicator Name","Indicator Code","2021","2022","2023",',
  `"Kenya","KEN",${INDICATOR},"4.9","","5.1",`,
  `"Arab World","ARB",${INDICATOR},"2.1","2.2","",`,
  `"Sub-Saharan Africa","SSF",${INDICATOR},"9.9","","",`,
  `"Hong Kong SAR, China","HKG",${INDICATOR},"0.3","","",`,
  `"Kosovo","XKX",${INDICATOR},"1.5","","",`,
  `"Marocco","",${INDICATOR},"","1.2","",`,
  `"Chile","CHL",${INDICATOR},"","","",`,
].join('\r\n');

let app: RunningApp;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.goto(app.url);
  await signIn(page, PLANNER);
}, 180_000);

afterAll(async () => {
  await app?.stop();
});

/** A figure of the check's summary, by its exact label. */
async function stat(label: string): Promise<string> {
  return page
    .locator('.stat')
    .filter({ has: page.locator('dt', { hasText: label }) })
    .first()
    .locator('dd')
    .innerText();
}

describe('importing a wide World Bank download', () => {
  it('reports aggregates and non-members, takes a confirmed suggestion, excludes in one step and imports', async () => {
    await page.evaluate(() => (window.location.hash = '#/planning/inputs'));
    await page.getByRole('heading', { level: 1, name: 'Risk inputs' }).waitFor();

    // The definition, with the code the file's indicator column gives (not its key nor label).
    const form = page.getByRole('form', { name: 'Define an indicator' });
    await form.getByLabel('Key', { exact: true }).fill('homicides');
    await form.getByLabel('Label', { exact: true }).fill('Homicide rate');
    await form.getByLabel('External code (optional)').fill('VC.IHR.PSRC.P5');
    await form.getByRole('button', { name: 'Define indicator' }).click();
    await page.getByText('Indicator “Homicide rate” saved.').waitFor();
    const defined = rowsOf(page, 'Indicator definitions').filter({ hasText: 'homicides' });
    expect(await defined.innerText()).toMatch(/Homicide rate\tVC\.IHR\.PSRC\.P5/);

    await page.getByLabel('File to import').setInputFiles({
      name: 'API_VC.IHR.PSRC.P5.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(WIDE),
    });
    await page.getByRole('heading', { name: 'Check of API_VC.IHR.PSRC.P5.csv' }).waitFor();

    // The layout, the preamble and what is not a Member State, each told as such.
    await page
      .getByText(
        'One column per year (2021–2023): 8 values read. 13 empty cells are missing values: they are not imported, and never as zero.',
      )
      .waitFor();
    await page.getByText(/The header is on line 5/).waitFor();
    expect(await stat('Lines read')).toBe('7');
    expect(await stat('Aggregates (regions, income groups)')).toBe('2');
    expect(await stat('Not UN Member States')).toBe('2');
    const errorRows = await rowsOf(page, 'The lines of the file').allInnerTexts();
    expect(errorRows.join('\n')).toMatch(/'Arab World' is a regional or income aggregate/);
    expect(errorRows.join('\n')).toMatch(/'Hong Kong SAR, China' is not a UN Member State/);
    expect(errorRows.join('\n')).toMatch(/'Marocco' is not the name of a UN Member State/);
    const importButton = page.getByRole('button', { name: /^Import \d+ values?$/ });
    expect(await importButton.isDisabled()).toBe(true);

    // The near-miss: suggested, and read as Morocco only once confirmed.
    const suggestions = page.getByRole('region', { name: 'A name is close to a Member State’s' });
    await suggestions.getByText('“Marocco” (line 11) could be Morocco (MAR).').waitFor();
    await page
      .getByRole('heading', { name: 'Check of API_VC.IHR.PSRC.P5.csv' })
      .evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await app.screenshot('import-wide-preview');
    await suggestions.getByRole('button', { name: 'Read “Marocco” as Morocco' }).click();
    await suggestions.getByText('“Marocco” (line 11) is read as Morocco (MAR).').waitFor();

    // Aggregates and non-members left out in one step: nothing blocks the import any more.
    await page
      .getByRole('button', { name: 'Exclude the 4 lines of aggregates and non-Member States' })
      .click();
    expect(await stat('Lines excluded')).toBe('4');
    await page.getByText('No line has an error left.').waitFor();
    expect(await stat('Values to import')).toBe('3');
    await importButton.click();
    await page
      .getByRole('heading', { name: '3 values imported from API_VC.IHR.PSRC.P5.csv' })
      .waitFor();

    // The values are the workspace's: Kenya's two years (the blank one was not imported), Morocco's.
    await page.evaluate(() => (window.location.hash = '#/states/KEN'));
    const kenya = rowsOf(page, 'Risk indicators').filter({ hasText: 'Homicide rate' });
    await kenya.first().waitFor();
    expect((await kenya.allInnerTexts()).join('\n')).toMatch(/5[.,]1/);
    await page.evaluate(() => (window.location.hash = '#/states/MAR'));
    const morocco = rowsOf(page, 'Risk indicators').filter({ hasText: 'Homicide rate' });
    await morocco.first().waitFor();
    expect((await morocco.allInnerTexts()).join('\n')).toMatch(/1[.,]2/);
    expect(app.errors).toEqual([]);
  });
});
