// A workspace served read-only (npm run web -- --read-only, or a file that cannot be written):
// every page says so, no form that changes data is offered, and a write sent anyway is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type RunningApp } from './harness';
import { openFromNav, rowsOf } from './ui';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ readOnly: true });
});

afterAll(async () => {
  await app?.stop();
});

describe('a read-only workspace in the browser', () => {
  it('says it is read-only on every page, offers no form that changes data, and refuses a write sent anyway', async () => {
    const { page } = app;
    await page.goto(app.url);
    await signIn(page, 'Demo Administrator');
    const banner = page.getByRole('status', { name: 'Read-only' });
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/nothing can be changed.*It was opened read-only\./s);

    await openFromNav(page, 'Visits & reports');
    await rowsOf(page, 'Visits').first().waitFor();
    await page
      .getByText('This workspace is read-only, so recording visits is not offered.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Record a visit' }).count()).toBe(0);
    await banner.waitFor();
    await app.screenshot('read-only-visits');
    expect(app.errors).toEqual([]);

    const refused = await page.evaluate(async () => {
      const token = sessionStorage.getItem('cted.token') ?? '';
      const response = await fetch('api/settings.update', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cted-token': token },
        body: JSON.stringify({ consentReminderDays: 20 }),
      });
      return response.json();
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/read-only/) },
    });
  });
});
