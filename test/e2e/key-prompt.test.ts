// The desktop app's key prompt page (renderer/key-prompt.html, as built into dist/renderer) in a
// real Chromium. In the app, the page talks to the main process through the preload bridge
// `window.ctedKeyPrompt`; here the bridge is a recorder of the answers the page sends, so that
// what a person types and ticks can be checked. Everything else is the built page itself, under
// its own Content-Security-Policy.
import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../chromium';

const BUILT = resolve(import.meta.dirname, '../../dist/renderer');
const ORIGIN = 'http://key-prompt.test';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/**
 * The built prompt page with `query`; `bridge`: whether the preload's bridge is there; `locale`:
 * the system's language, as Chromium tells the page.
 */
async function prompt(
  query: string,
  bridge = true,
  locale = 'en-GB',
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ locale });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(BUILT, path);
    return route.fulfill({
      body: readFileSync(file),
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
    });
  });
  if (bridge)
    await page.addInitScript(() => {
      const answers: unknown[] = [];
      Object.assign(window, {
        answers,
        ctedKeyPrompt: { answer: (a: unknown) => (answers.push(a), Promise.resolve(true)) },
      });
    });
  await page.goto(`${ORIGIN}/key-prompt.html?${query}`);
  return { page, errors };
}

const answers = (page: Page) =>
  page.evaluate(() => (window as unknown as { answers: unknown[] }).answers);

describe('the key prompt page', () => {
  it('asks for an encrypted workspace’s key, says why it asks again, and sends key and choice', async () => {
    const { page, errors } = await prompt(
      'mode=open&file=Kenya+visit.sqlite&remember=1&problem=wrong',
    );
    expect(await page.getByRole('heading', { name: 'Workspace key' }).isVisible()).toBe(true);
    expect(await page.textContent('#explanation')).toMatch(/^Kenya visit\.sqlite is encrypted/);
    expect(await page.getByRole('alert').textContent()).toBe(
      'This key does not open the workspace. Check it and try again.',
    );
    expect(await page.getByLabel('The same key again').isVisible()).toBe(false);
    // The key field has the focus: typing and Enter is enough.
    await page.keyboard.type('the right key');
    await page.getByLabel(/Remember on this computer/).check();
    await page.keyboard.press('Enter');
    expect(await answers(page)).toEqual([{ key: 'the right key', remember: true }]);
    expect(await page.getAttribute('#key', 'type')).toBe('password');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks the system’s language when it is one of the six, and English otherwise', async () => {
    const said = async (locale: string) => {
      const { page, errors } = await prompt('mode=open&file=x.sqlite&problem=wrong', true, locale);
      const shown = {
        lang: await page.getAttribute('html', 'lang'),
        dir: await page.getAttribute('html', 'dir'),
        heading: await page.textContent('h1'),
        alert: await page.getByRole('alert').textContent(),
      };
      expect(errors).toEqual([]);
      await page.close();
      return shown;
    };
    expect(await said('fr-CA')).toEqual({
      lang: 'fr',
      dir: 'ltr',
      heading: 'Clé de l’espace de travail',
      alert: 'Cette clé n’ouvre pas l’espace de travail. Vérifiez-la et réessayez.',
    });
    expect(await said('ar-EG')).toMatchObject({
      lang: 'ar',
      dir: 'rtl',
      heading: 'مفتاح مساحة العمل',
    });
    expect(await said('de-DE')).toMatchObject({ lang: 'en', heading: 'Workspace key' });
  });

  it('asks for a new key twice, without "remember" where it cannot be kept safely', async () => {
    const { page, errors } = await prompt(
      'mode=create&file=new.sqlite&remember=0&problem=mismatch',
    );
    expect(await page.getByRole('heading').textContent()).toBe('Encrypt the new workspace');
    expect(await page.getByRole('alert').textContent()).toMatch(/The two keys are not the same/);
    expect(await page.getByLabel(/Remember on this computer/).isVisible()).toBe(false);
    await page.getByLabel('New key').fill('a new key');
    await page.getByLabel('The same key again').fill('a new key');
    await page.getByRole('button', { name: 'Create' }).click();
    expect(await answers(page)).toEqual([
      { key: 'a new key', repeat: 'a new key', remember: false },
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers nothing but "cancelled" when cancelled, and shows no problem at first', async () => {
    const { page } = await prompt('mode=open&file=w.sqlite&remember=1');
    expect(await page.getByRole('alert').isVisible()).toBe(false);
    await page.getByLabel('Key', { exact: true }).fill('typed, then thought better of it');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await answers(page)).toEqual([null]);
    await page.close();
  });

  it('says it belongs to the desktop app when opened anywhere else', async () => {
    const { page, errors } = await prompt('mode=open&file=w.sqlite', false);
    expect(await page.getByRole('alert').textContent()).toBe(
      'This page belongs to the desktop app.',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
