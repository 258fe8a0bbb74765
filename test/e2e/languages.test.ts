// The language switcher in real Chromium, on a fresh demo workspace: a planner switches to French
// with the keyboard alone, finds French again after reloading (the choice is remembered for them in
// the workspace), then switches to Arabic, which lays the page out right to left (a screenshot in
// test-results/) without a serious accessibility violation; another user still reads English.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signedInAs, startApp, type RunningApp } from './harness';
import { openFromNav } from './ui';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PLANNER = 'N. Haddad';
const OTHER = 'C. Lindqvist';

let app: RunningApp;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.goto(app.url);
  await signIn(page, PLANNER);
});

afterAll(async () => {
  await app?.stop();
});

const html = (of: Page = page) =>
  of.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));

const languageButton = (of: Page = page) => of.locator('header button[aria-haspopup="menu"]');

/** Waits until the page speaks `lang` (the switcher sets <html lang> once the choice is made). */
const speaking = (lang: string, of: Page = page) =>
  of.waitForFunction((l) => document.documentElement.lang === l, lang);

/** The class of the element that has the keyboard focus. */
const focusedClass = () => page.evaluate(() => document.activeElement?.className ?? '');

/** axe-core's serious and critical violations on the page. */
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
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  });
}

describe('The language switcher', () => {
  it('switches to French with the keyboard alone', async () => {
    await openFromNav(page, 'Member States');
    expect(await html()).toEqual({ lang: 'en', dir: 'ltr' });
    // From the page, back up through the navigation to the switcher in the header.
    for (let i = 0; i < 30 && !(await focusedClass()).includes('language-button'); i++)
      await page.keyboard.press('Shift+Tab');
    expect(await focusedClass()).toContain('language-button');
    expect(await languageButton().getAttribute('aria-expanded')).toBe('false');

    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await menu.getByRole('menuitemradio').allInnerTexts()).toEqual([
      expect.stringContaining('English'),
      'Français',
      'Español',
      'Русский',
      '中文',
      'العربية',
    ]);
    // The current language has the focus and is checked; the arrows move through the others.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-checked'))).toBe(
      'true',
    );
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Français');
    await page.keyboard.press('Enter');

    await speaking('fr');
    expect(await html()).toEqual({ lang: 'fr', dir: 'ltr' });
    // The focus is back on the switcher, which now shows the language chosen.
    await page.waitForFunction(() => document.activeElement?.classList.contains('language-button'));
    expect(await languageButton().innerText()).toContain('Français');
    // The Member States are named and sorted as in French UN documents.
    await page.getByText('Allemagne', { exact: true }).first().waitFor();
    expect(app.errors).toEqual([]);
  });

  it('is still French after reloading: the choice is remembered for the user', async () => {
    await page.reload();
    await signedInAs(page, PLANNER);
    await speaking('fr');
    expect(await html()).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await languageButton().innerText()).toContain('Français');
    await page.getByText('Allemagne', { exact: true }).first().waitFor();
    expect(await page.getByText('Germany', { exact: true }).count()).toBe(0);
    // The navigation speaks French too (the French catalogue translates its labels).
    const navigation = page.getByRole('navigation').first();
    expect(await navigation.getByRole('link', { name: 'Member States', exact: true }).count()).toBe(
      0,
    );
    expect(app.errors).toEqual([]);
  });

  it('lays the page out right to left in Arabic, with no serious accessibility violation', async () => {
    await languageButton().focus();
    await page.keyboard.press('ArrowUp');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('العربية');
    await page.keyboard.press('Enter');
    await speaking('ar');
    expect(await html()).toEqual({ lang: 'ar', dir: 'rtl' });
    // The layout mirrors: the navigation is on the right of the page.
    const nav = await page.getByRole('navigation').first().boundingBox();
    const main = await page.locator('main').boundingBox();
    expect(nav!.x).toBeGreaterThan(main!.x);

    await page.goto(`${app.origin}/#/states/DEU`);
    await page.getByRole('heading', { level: 1, name: /ألمانيا/ }).waitFor();
    await app.screenshot('languages-arabic');
    expect(await seriousViolations()).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('leaves other users in their own language', async () => {
    const other = await app.freshPage();
    await other.goto(app.url);
    await signIn(other, OTHER);
    expect(await html(other)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await languageButton(other).innerText()).toContain('English');
    await other.close();
    // And the planner, back, still reads Arabic.
    await page.reload();
    await signedInAs(page, PLANNER);
    await speaking('ar');
    expect(await html()).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('speaks English again on the sign-in page after signing out, unless someone chooses there', async () => {
    await page.getByRole('button', { name: 'تسجيل الخروج', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await html()).toEqual({ lang: 'en', dir: 'ltr' });
    // The switcher is on the sign-in page too; the choice there is the window's, until sign-in.
    await languageButton().click();
    await page.getByRole('menuitemradio', { name: 'Français', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    expect(await html()).toEqual({ lang: 'fr', dir: 'ltr' });
    // The gate says its refusals in the sign-in page's language.
    await page.getByLabel('Nom d’utilisateur', { exact: true }).fill(PLANNER);
    await page.getByLabel('Phrase secrète', { exact: true }).fill('not the passphrase');
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Le nom d’utilisateur ou la phrase secrète est incorrect.' })
      .waitFor();
    // The browser logs the refused sign-in (HTTP 401): expected here, and the only error.
    expect(app.errors).toEqual([expect.stringMatching(/status of 401/)]);
    app.errors.length = 0;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    // Signing in brings the user's own language back.
    await signIn(page, PLANNER);
    await speaking('ar');
    expect(await html()).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(app.errors).toEqual([]);
  });
});
