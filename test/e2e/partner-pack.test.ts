// Sharing with partners (OP 19, OP 23) in real Chromium, on a fresh synthetic demo workspace: a
// planner exports a partner pack from Visits & reports, gets a file marked with its audience, and
// sees what it withheld, as the file itself says; a CTC member is not offered the export.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, switchUser, type RunningApp } from './harness';
import { openFromNav } from './ui';

let app: RunningApp;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
});

afterAll(async () => {
  await app?.stop();
});

/** A count shown under "Withheld (counts only)" or "Shared", by its label. */
async function count(label: string): Promise<number> {
  const value = page
    .locator('.fact')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('dd');
  return Number(await value.innerText());
}

describe('Share with partners', () => {
  it('exports a public pack of every State and shows what it withheld', async () => {
    await page.goto(app.url);
    await signIn(page, 'N. Haddad');
    await openFromNav(page, 'Visits & reports');
    const section = page.getByRole('region', { name: 'Share with partners' });
    await section.getByRole('heading', { name: 'Share with partners' }).scrollIntoViewIfNeeded();
    await section.getByRole('radio', { name: 'Public' }).check();
    await section
      .getByText('The public receives only what the State released in full', { exact: false })
      .waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section
        .getByRole('group', { name: 'Export the partner pack' })
        .getByRole('button', { name: 'HTML' })
        .click(),
    ]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/^cted-partner-pack-all-\d{4}-\d{2}-\d{2}-PUBLIC-SYNTHETIC\.html$/);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toContain('<p class="classification" role="note">PUBLIC — May be published.</p>');

    await section.getByRole('heading', { name: `What ${name} shared and withheld` }).waitFor();
    // The page shows the same counts as the file.
    const inFile = (words: string) => Number(new RegExp(`<li>(\\d+) ${words}</li>`).exec(html)![1]);
    const withoutConsent = await count('Reports whose release the State did not consent to');
    expect(withoutConsent).toBeGreaterThan(0);
    expect(withoutConsent).toBe(inFile('report\\(s\\) whose release the State did not consent to'));
    expect(await count('Reports released only in part \\(not for this audience\\)')).toBe(
      inFile('report\\(s\\) released only in part, not for this audience'),
    );
    expect(await count('Recommendations marked confidential or in a confidential section')).toBe(
      inFile('recommendation\\(s\\) marked confidential or in a confidential section'),
    );
    const shared = await count('Recommendations');
    expect(shared).toBeGreaterThan(0);
    expect(html.match(/<h2>Recommendations \((\d+)\)<\/h2>/)![1]).toBe(String(shared));
    await section.getByRole('heading', { name: 'Withheld (counts only)' }).scrollIntoViewIfNeeded();
    await app.screenshot('partner-pack');

    // One State, for the UN system, as a workbook.
    await section.getByRole('combobox').selectOption({ index: 1 });
    await section.getByRole('radio', { name: 'UN system (UNOCT and UN entities)' }).check();
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'XLSX' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(
      /^cted-partner-pack-[a-z]{3}-.+-UN-SYSTEM-SYNTHETIC\.xlsx$/,
    );
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    await section
      .getByRole('heading', { name: `What ${xlsx.suggestedFilename()} shared and withheld` })
      .waitFor();

    // By keyboard alone: choose the audience with the arrow keys, export with Enter.
    await section.getByRole('radio', { name: 'UN system (UNOCT and UN entities)' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(
      await section.getByRole('radio', { name: 'Member States and partners' }).isChecked(),
    ).toBe(true);
    await section.getByRole('button', { name: 'CSV' }).focus();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(csv.suggestedFilename()).toMatch(/-MEMBER-STATES-SYNTHETIC\.csv$/);
    expect(readFileSync((await csv.path())!, 'utf8')).toMatch(
      /^\ufeff"MEMBER STATES AND PARTNERS — For Member States, donors, recipients/,
    );
    expect(app.errors).toEqual([]);
  });

  it('is not offered to a CTC member', async () => {
    await switchUser(page, 'C. Lindqvist');
    await openFromNav(page, 'Visits & reports');
    await page.getByRole('heading', { name: 'Assessment reports' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Share with partners' }).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
