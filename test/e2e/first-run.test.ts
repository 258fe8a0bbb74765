// The first run of a new workspace: nobody can sign in yet, so the app asks for its first
// administrator, who is then signed in; afterwards the usual sign-in screen (no demo note) opens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, signIn, startApp, type RunningApp } from './harness';
import { fieldProblems } from './ui';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ empty: true });
});

afterAll(async () => {
  await app?.stop();
});

describe('a new workspace in the browser', () => {
  it('creates the first administrator, who is signed in at once and can sign in again', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Create the first administrator' }).waitFor();
    await page.getByLabel('Your name').fill('A. Admin');
    await page.getByLabel('Passphrase', { exact: true }).fill('short');
    await page.getByLabel('The same passphrase again').fill('shorter');
    await page.getByRole('button', { name: 'Create and sign in' }).click();
    expect(await fieldProblems(page, 'Passphrase')).toContain('Use at least 8 characters.');
    expect(await fieldProblems(page, 'The same passphrase again')).toContain(
      'The two passphrases differ.',
    );
    await page.getByLabel('Passphrase', { exact: true }).fill('first administrator passphrase');
    await page.getByLabel('The same passphrase again').fill('first administrator passphrase');
    await app.screenshot('first-run');
    await page.getByRole('button', { name: 'Create and sign in' }).click();
    await signedInAs(page, 'A. Admin');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(await page.getByRole('note', { name: 'Synthetic data' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByRole('region', { name: 'Demonstration workspace' }).count()).toBe(0);
    await signIn(page, 'A. Admin', 'first administrator passphrase');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(app.errors).toEqual([]);
  });
});
