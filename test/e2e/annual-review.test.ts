// The annual review (OP 17, OP 18) in real Chromium, on a fresh demo workspace (as of
// 2026-11-29), as a Committee member: the page opens on last year's document, another year can be
// chosen, the document is printed to PDF by Chromium (pages and text checked with poppler's
// pdftotext), saved as HTML and XLSX, and neither the page nor the document has a serious
// accessibility violation.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, startApp, type RunningApp } from './harness';
import { openFromNav } from './ui';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const USER = 'C. Lindqvist';
const RESULTS = resolve(import.meta.dirname, '../../test-results');

let app: RunningApp;
let page: Page;
let scratch: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'cted-annual-review-'));
  app = await startApp();
  page = app.page;
  await page.goto(app.url);
  await signIn(page, USER);
});

afterAll(async () => {
  await app?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const preview = (year: number) =>
  page.frameLocator(`iframe[title^="Annual review ${year}:"]`).locator('body');

/** axe-core's serious and critical violations on a page (frames apart: they are checked alone). */
async function seriousViolations(
  target: Page,
): Promise<{ violations: string[]; passes: string[] }> {
  await target.evaluate(AXE);
  const result = await target.evaluate(async () => {
    type Rule = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document, options: object): Promise<{ violations: Rule[]; passes: Rule[] }>;
        };
      }
    ).axe;
    const { violations, passes } = await axe.run(document, {
      iframes: false,
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return {
      violations: violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        ),
      passes: passes.map((p) => p.id),
    };
  });
  return result;
}

describe('Annual review', () => {
  it('opens from the navigation on last year’s document, labelled restricted and synthetic', async () => {
    await openFromNav(page, 'Annual review');
    expect(await page.getByLabel('Year reviewed').inputValue()).toBe('2025');
    await preview(2025)
      .getByRole('heading', { level: 1, name: 'CTED annual review 2025 and forecast 2026' })
      .waitFor();
    const text = await preview(2025).innerText();
    expect(text).toContain(
      'RESTRICTED — For CTED and the members of the Counter-Terrorism Committee',
    );
    expect(text).toMatch(/SYNTHETIC DATA/);
    // The demo adopted no list for 2025; its 2026 list is the forecast.
    expect(text).toContain('No risk-based list was drawn up for 2025 in this workspace.');
    expect(text).toMatch(/The 2026 list is adopted by the Committee on \d{4}-\d{2}-\d{2}/);
    expect(app.errors).toEqual([]);
  });

  it('shows the current year against its adopted list, with charts and their tables', async () => {
    await page.getByLabel('Year reviewed').selectOption('2026');
    const body = preview(2026);
    await body.getByRole('heading', { level: 2, name: '1. Review of 2026' }).waitFor();
    expect(
      await body.getByRole('img', { name: /^The 2026 list: visited, or why not/ }).count(),
    ).toBe(1);
    expect(await body.locator('figure').count()).toBe(7);
    expect(await body.locator('figure svg[role="img"]').count()).toBe(7);
    expect(await body.locator('figure table').count()).toBe(7);
    await page.locator('.pack-preview').scrollIntoViewIfNeeded();
    await app.screenshot('annual-review');
    expect(app.errors).toEqual([]);
  });

  it('has no serious or critical accessibility violation, on the page or in the document', async () => {
    const onPage = await seriousViolations(page);
    expect(onPage.passes).toContain('frame-title');
    expect(onPage.violations).toEqual([]);
    const documentPage = await app.browser.newPage();
    await documentPage.setContent(
      (await page.locator('iframe[title^="Annual review 2026:"]').getAttribute('srcdoc'))!,
    );
    const inDocument = await seriousViolations(documentPage);
    await documentPage.close();
    expect(inDocument.passes).toEqual(expect.arrayContaining(['svg-img-alt', 'document-title']));
    expect(inDocument.violations).toEqual([]);
  });

  it('prints the document to a PDF of several pages with the classification on each page', async () => {
    await page.getByRole('button', { name: 'Print / save as PDF' }).click();
    await page
      .getByText(
        'Made cted-annual-review-2026-print-RESTRICTED-SYNTHETIC.html. Synthetic data: the file says so too.',
      )
      .waitFor();
    const frame = page.locator(
      'iframe[title="Annual review 2026: cted-annual-review-2026-print-RESTRICTED-SYNTHETIC.html"]',
    );
    const printed = (await frame.getAttribute('srcdoc'))!;
    expect(printed).toContain('@top-center { content: "RESTRICTED"');

    // What the app sent to print, printed by Chromium as its print dialog would save it.
    const printable = await app.browser.newPage();
    await printable.setContent(printed);
    const pdf = await printable.pdf({ preferCSSPageSize: true, printBackground: true });
    await printable.close();
    const file = join(scratch, 'annual-review-2026.pdf');
    writeFileSync(file, pdf);
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1],
    );
    expect(pages).toBeGreaterThan(1);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('CTED annual review 2026 and forecast 2027');
    expect(text).toContain('SYNTHETIC DATA');
    expect(text).toContain('2. Forecast for 2027');
    expect(text).toContain('3. The Chair’s figures');
    // Every page carries the classification in its margin, with its number.
    for (let n = 1; n <= pages; n++) expect(text).toContain(`RESTRICTED — page ${n} of ${pages}`);
    // The first page as an image, beside the screenshots.
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      join(RESULTS, 'e2e-annual-review-pdf-page-1'),
    ]);
    expect(app.errors).toEqual([]);
  });

  it('saves the document as HTML and its tables as an XLSX annex', async () => {
    const downloads = page.getByRole('group', { name: 'Download the annual review' });
    const [html] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('button', { name: 'HTML document' }).click(),
    ]);
    expect(html.suggestedFilename()).toBe('cted-annual-review-2026-RESTRICTED-SYNTHETIC.html');
    expect(readFileSync((await html.path())!, 'utf8')).toContain(
      'CTED annual review 2026 and forecast 2027',
    );
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('button', { name: 'XLSX annex (its tables)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(
      'cted-annual-review-2026-annex-RESTRICTED-SYNTHETIC.xlsx',
    );
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    await downloads
      .getByText(/Saved cted-annual-review-2026-annex-RESTRICTED-SYNTHETIC\.xlsx\. Synthetic data/)
      .waitFor();
    expect(app.errors).toEqual([]);
  });
});
