// User journeys through the built renderer in real Chromium, against the HTTP host on a fresh
// synthetic demo workspace (as of 2026-11-29). The journeys run in order and share one workspace:
// the visit recorded in one is looked for in the next ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signedInAs, signIn, startApp, switchUser, type RunningApp } from './harness';
import { columnTexts, fieldProblems, figure, openFromNav, rowsOf } from './ui';

let app: RunningApp;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
});

afterAll(async () => {
  await app?.stop();
});

/** Each page of the navigation, its heading, and something on it that only live data can show. */
const PAGES: {
  nav: string;
  heading: string | RegExp;
  shot: string;
  live: (page: Page) => Promise<void>;
}[] = [
  {
    nav: 'Dashboard',
    heading: 'Dashboard',
    shot: 'dashboard',
    live: (p) => p.locator('.stat').filter({ hasText: 'Member States' }).getByText('193').waitFor(),
  },
  {
    nav: 'Member States',
    heading: 'Member States',
    shot: 'member-states',
    live: (p) => p.getByText('Showing 193 of 193 Member States').waitFor(),
  },
  {
    nav: 'Planning',
    heading: 'Planning',
    shot: 'planning',
    live: (p) =>
      rowsOf(p, /^Ranking of the Member States for \d{4}$/)
        .nth(192)
        .waitFor(),
  },
  {
    nav: 'Schedule',
    heading: 'Schedule',
    shot: 'schedule',
    live: (p) =>
      p
        .getByText(
          /^(\w+ \d{4}|Month not fixed yet): \d+ visits?$|^No visit in \d{4} has the State’s consent yet/,
        )
        .first()
        .waitFor(),
  },
  {
    nav: 'Consent',
    heading: 'Consent',
    shot: 'consent',
    live: (p) => rowsOf(p, 'Consent').first().waitFor(),
  },
  {
    nav: 'Visits & reports',
    heading: 'Visits & reports',
    shot: 'visits',
    live: (p) => rowsOf(p, 'Assessment reports').first().waitFor(),
  },
  {
    nav: 'Follow-up',
    heading: 'Follow-up',
    shot: 'followup',
    live: (p) => rowsOf(p, 'Follow-up').first().waitFor(),
  },
  {
    nav: 'Coverage',
    heading: 'Coverage',
    shot: 'coverage',
    live: (p) => rowsOf(p, 'By region').filter({ hasText: 'Africa' }).waitFor(),
  },
  {
    nav: 'Review (CTC)',
    heading: 'Review (CTC)',
    shot: 'review',
    // The demo's next-year list awaits the Committee's decision.
    live: (p) =>
      p.getByText(/^The \d{4} list has been proposed to the Committee for adoption\./).waitFor(),
  },
  {
    nav: 'Field',
    heading: 'Field',
    shot: 'field',
    live: (p) => p.getByRole('tab', { name: 'Meeting log' }).waitFor(),
  },
  {
    nav: 'Settings',
    heading: 'Settings',
    shot: 'settings',
    live: (p) => p.getByText('Schema version').waitFor(),
  },
];

describe('CTED Visit Planner in the browser', () => {
  it('asks who signs in, says the demo passphrase, and refuses a wrong one', async () => {
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(page.url()).not.toContain('token=');
    const demo = page.getByRole('region', { name: 'Demonstration workspace' });
    expect(await demo.innerText()).toMatch(/Every demo user’s passphrase is “demo”/);
    expect(await demo.getByRole('listitem').allInnerTexts()).toEqual([
      'Demo Administrator — Administrator',
      'J. Moreau — CTED planner',
      'N. Haddad — CTED planner',
      'C. Lindqvist — CTC member',
      'T. Adeyemi — CTC member',
      'E. Novak — Field team',
      'R. Kaur — Field team',
    ]);
    // Nothing is sent without a name and a passphrase.
    const submit = page.getByRole('button', { name: 'Sign in', exact: true });
    await submit.click();
    expect(await fieldProblems(page, 'User name')).toContain('Enter your user name.');
    expect(await fieldProblems(page, 'Passphrase')).toContain('Enter your passphrase.');

    await page.getByLabel('User name', { exact: true }).fill('Demo Administrator');
    await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await submit.click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'The user name or passphrase is not right.' })
      .waitFor();
    expect(await page.getByLabel('Passphrase', { exact: true }).inputValue()).toBe('');
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await app.screenshot('sign-in-refused');
    // The browser logs the refused sign-in (HTTP 401): expected here, and the only error.
    expect(app.errors).toEqual([expect.stringMatching(/status of 401/)]);
    app.errors.length = 0;
  });

  it('opens on the dashboard once signed in, labelled as synthetic data', async () => {
    await signIn(page, 'Demo Administrator');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await expect(page.getByRole('note', { name: 'Synthetic data' }).innerText()).resolves.toMatch(
      /Synthetic demonstration data/,
    );
    await page.locator('.stat').first().waitFor();
    expect(await figure(page, 'Member States')).toBe(193);
    expect(page.url()).not.toContain('token=');
    expect(app.errors).toEqual([]);
  });

  it('opens every page of the navigation with its heading and live data, without a console error', async () => {
    for (const target of PAGES) {
      await openFromNav(page, target.nav, target.heading);
      await target.live(page);
      expect(
        await page
          .getByRole('link', { name: target.nav, exact: true })
          .getAttribute('aria-current'),
      ).toBe('page');
      expect(await page.getByRole('note', { name: 'Synthetic data' }).isVisible()).toBe(true);
      expect(await page.locator('.panel-error').count()).toBe(0);
      await app.screenshot(target.shot);
    }
    expect(app.errors).toEqual([]);
  });

  it('can be used from the keyboard: skip link first, visible focus, the page takes focus after navigating', async () => {
    await page.goto(`${app.origin}/#/coverage`);
    await page.reload(); // a fresh document, with nothing focused yet
    await page.getByRole('heading', { level: 1, name: 'Coverage' }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator(':focus').getAttribute('id')).toBe('main-content');

    const navLink = page.getByRole('link', { name: 'Follow-up', exact: true });
    await navLink.focus();
    expect(
      await navLink.evaluate(
        (el) => el.ownerDocument.defaultView!.getComputedStyle(el).outlineStyle,
      ),
    ).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Follow-up' }).waitFor();
    expect(await page.locator(':focus').getAttribute('id')).toBe('main-content');
    expect(app.errors).toEqual([]);
  });

  it('lists the 193 Member States, narrows them by search in any UN language and sorts them', async () => {
    await openFromNav(page, 'Member States');
    const rows = rowsOf(page, 'Member States');
    await page.getByText('Showing 193 of 193 Member States').waitFor();
    expect(await rows.count()).toBe(193);

    const search = page.getByLabel('Search');
    await search.fill('Allemagne');
    await page.getByText('Showing 1 of 193 Member States').waitFor();
    expect(await columnTexts(rows, 0)).toEqual(['Germany']);
    await search.fill('KEN');
    await page.getByText('Showing 1 of 193 Member States').waitFor();
    expect(await columnTexts(rows, 0)).toEqual(['Kenya']);
    await search.fill('');

    await page.getByLabel('Never visited only').check();
    const neverVisited = await rows.count();
    expect(neverVisited).toBeGreaterThan(0);
    expect(neverVisited).toBeLessThan(193);
    expect((await columnTexts(rows, 6)).every((tag) => tag.endsWith('Never visited'))).toBe(true);
    await page.getByLabel('Never visited only').uncheck();
    await page.getByText('Showing 193 of 193 Member States').waitFor();

    const nameHeader = page.getByRole('columnheader', { name: /^Member State/ });
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const first = (await columnTexts(rows, 0))[0];
    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
    const names = await columnTexts(rows, 0);
    expect(names[0]).not.toBe(first);
    expect(names.at(-1)).toBe(first);

    // By keyboard: Enter on the "Visits conducted" header sorts by it.
    const visitsHeader = page.getByRole('columnheader', { name: /^Visits conducted/ });
    await visitsHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await visitsHeader.getAttribute('aria-sort')).toBe('ascending');
    const counts = (await columnTexts(rows, 5)).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    await page.keyboard.press('Enter');
    expect(await visitsHeader.getAttribute('aria-sort')).toBe('descending');
    await app.screenshot('member-states-sorted');
  });

  it('opens a State’s dossier from the table with Enter and shows its merged timeline', async () => {
    // The table is still sorted by visits, most first: the first State has a history.
    const firstRow = rowsOf(page, 'Member States').first();
    const [name, iso3] = await Promise.all([
      firstRow.locator('td').nth(0).innerText(),
      firstRow.locator('td').nth(1).innerText(),
    ]);
    await firstRow.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#/states/${iso3}`);
    expect(
      await page
        .getByRole('link', { name: 'Member States', exact: true })
        .getAttribute('aria-current'),
    ).toBe('page');

    const timeline = page.locator('.timeline-item');
    await timeline.first().waitFor();
    const dates = await page
      .locator('.timeline-item time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
    const kinds = new Set(await page.locator('.timeline-kind').allInnerTexts());
    expect(kinds).toContain('Visit');
    expect(kinds).toContain('Report');
    await page.getByRole('heading', { name: /^Visits \(\d+\)$/ }).waitFor();
    await app.screenshot('dossier');
    expect(app.errors).toEqual([]);
  });

  it('records a visit: refuses invalid dates and a missing consent inline, saves an advocacy visit and shows it in the dossier, its history and the dashboard', async () => {
    await openFromNav(page, 'Dashboard');
    await page.locator('.stat').first().waitFor();
    const visitedBefore = await figure(page, 'Visited at least once');
    const neverBefore = await figure(page, 'Never visited');

    // A never-visited State, taken from the Member States table.
    await openFromNav(page, 'Member States');
    await page.getByLabel('Never visited only').check();
    const candidate = rowsOf(page, 'Member States').first();
    const [stateName, iso3] = await Promise.all([
      candidate.locator('td').nth(0).innerText(),
      candidate.locator('td').nth(1).innerText(),
    ]);

    await openFromNav(page, 'Visits & reports');
    const visitsShown = page.getByText(/^Showing \d+ of \d+ visits$/);
    await visitsShown.waitFor();
    const before = await visitsShown.innerText();

    // The form waits behind its button.
    expect(await page.getByLabel('Member State', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Record a visit', exact: true }).click();
    await page.getByLabel('Member State', { exact: true }).selectOption(iso3);
    await page.getByLabel('Kind of visit').selectOption('comprehensive');
    await page.getByLabel('Mode', { exact: true }).selectOption('in_person');
    await page.getByLabel('Status', { exact: true }).selectOption('conducted');
    await page.getByLabel('Start date', { exact: true }).fill('2026-10-10');
    await page.getByLabel('End date', { exact: true }).fill('2026-10-05');

    // Shown as typed, next to the field, before anything is sent.
    await page.getByText('The visit ends before it starts.').waitFor();
    expect(await fieldProblems(page, 'End date')).toContain('The visit ends before it starts.');
    expect(await page.getByLabel('End date', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await page.getByRole('button', { name: 'Record visit' }).click();
    await page.getByRole('alert').filter({ hasText: 'The visit was not saved' }).waitFor();
    // A conducted assessment visit needs the State's granted consent, and this State gave none.
    expect(await fieldProblems(page, 'Consent of the State')).toContain(
      'needs the State’s granted consent',
    );
    expect(await page.getByText(/^Visit recorded/).count()).toBe(0);
    expect(await visitsShown.innerText()).toBe(before);
    await app.screenshot('record-visit-invalid');

    // An advocacy visit needs no consent; it is shown, but does not count as an assessment.
    await page.getByLabel('Kind of visit').selectOption('advocacy');
    await page.getByLabel('End date', { exact: true }).fill('2026-10-14');
    await page.getByLabel('Team').fill('Amina Diallo\nJonas Berg');
    await page.getByLabel(/keep this visit confidential/).check();
    await page.getByRole('button', { name: 'Record visit' }).click();
    const confirmation = page
      .getByRole('status')
      .filter({ hasText: `Visit recorded: ${stateName}` });
    await confirmation.waitFor();
    expect(await confirmation.innerText()).toContain('Amina Diallo, Jonas Berg');
    expect(await confirmation.innerText()).toMatch(/Confidential\s+Yes/);
    await page
      .getByText(
        before.replace(
          /(\d+) of (\d+)/,
          (_m, a: string, b: string) => `${Number(a) + 1} of ${Number(b) + 1}`,
        ),
      )
      .waitFor();
    await app.screenshot('record-visit-saved');

    // The dossier shows it, with its history of changes and who made them.
    const author = await page.locator('.session-bar strong').innerText();
    await confirmation.getByRole('link', { name: `Open the dossier of ${stateName}` }).click();
    await page.getByRole('heading', { level: 1, name: stateName }).waitFor();
    await page.getByRole('heading', { name: 'Visits (1)' }).waitFor();
    const visitRow = rowsOf(page, 'Visits').first();
    expect(await visitRow.innerText()).toMatch(
      /Advocacy\s+In person\s+✓\s*Conducted\s+10 Oct 2026\s+14 Oct 2026/,
    );
    expect(
      await page.locator('.timeline-item').filter({ hasText: 'Advocacy visit' }).count(),
    ).toBeGreaterThan(0);
    expect(await page.getByText(/Never visited$/).count()).toBeGreaterThan(0);

    await visitRow.getByRole('button', { name: /Show history/ }).click();
    const history = rowsOf(page, /^History of changes/);
    await history.first().waitFor();
    await history.first().scrollIntoViewIfNeeded();
    expect(new Set(await columnTexts(history, 1))).toEqual(new Set([author]));
    const changes = await history.allInnerTexts();
    expect(
      changes.some((row) => row.includes('Start date') && row.includes('(empty) → 2026-10-10')),
    ).toBe(true);
    expect(changes.some((row) => row.includes('Status') && row.includes('→ conducted'))).toBe(true);
    await app.screenshot('dossier-new-visit-history');

    await openFromNav(page, 'Dashboard');
    await page.locator('.stat').first().waitFor();
    expect(await figure(page, 'Visited at least once')).toBe(visitedBefore);
    expect(await figure(page, 'Never visited')).toBe(neverBefore);
    expect(app.errors).toEqual([]);
  });

  it('does not offer the visit form to a CTC member, who stays signed in on reload', async () => {
    await switchUser(page, 'C. Lindqvist');
    await openFromNav(page, 'Visits & reports');
    await page
      .getByText('recording visits is for CTED planners and administrators', { exact: false })
      .waitFor();
    expect(await page.getByRole('heading', { name: 'Record a visit' }).count()).toBe(0);
    await rowsOf(page, 'Visits').first().waitFor();
    await app.screenshot('visits-as-ctc-member');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Visits & reports' }).waitFor();
    await signedInAs(page, 'C. Lindqvist');
    await page
      .getByText('recording visits is for CTED planners and administrators', { exact: false })
      .waitFor();
    expect(app.errors).toEqual([]);
  });

  it('lets an administrator verify the audit trail and save its anchor', async () => {
    await switchUser(page, 'Demo Administrator');
    await openFromNav(page, 'Settings');
    await page.getByRole('button', { name: 'Verify the audit trail' }).click();
    await page.getByRole('status').filter({ hasText: 'The audit trail is whole.' }).waitFor();
    expect(await page.getByRole('list', { name: 'Audit trail' }).innerText()).toMatch(
      /^Audit trail: \d+ changes, each chained to the one before\.$/,
    );
    const saved = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save an anchor…' }).click();
    expect((await saved).suggestedFilename()).toMatch(
      /^cted-audit-anchor-\d{4}-\d{2}-\d{2}\.json$/,
    );
    expect(app.errors).toEqual([]);
  });

  it('lets an administrator add a user, who signs in, changes their passphrase, and is then disabled', async () => {
    await openFromNav(page, 'Settings');
    await page.getByRole('button', { name: 'Add a user', exact: true }).click();
    const add = page.getByRole('dialog', { name: 'Add a user' });
    await add.getByLabel('Name', { exact: true }).fill('A. Visitor');
    await add.getByLabel('Role').selectOption({ label: 'Field team' });
    await add.getByLabel('New passphrase').fill('short');
    await add.getByLabel('The same passphrase again').fill('short');
    await add.getByRole('button', { name: 'Add a user', exact: true }).click();
    await add.getByText('Use at least 8 characters.').waitFor();
    await add.getByLabel('New passphrase').fill('visiting passphrase');
    await add.getByLabel('The same passphrase again').fill('visiting passphrase');
    await add.getByRole('button', { name: 'Add a user', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'A. Visitor was added.' }).waitFor();
    const visitorRow = rowsOf(page, 'Users').filter({ hasText: 'A. Visitor' });
    expect(await visitorRow.innerText()).toMatch(/A\. Visitor\s+Field team\s+—\s+Active/);
    await app.screenshot('settings-users');

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await signIn(page, 'A. Visitor', 'visiting passphrase');
    await openFromNav(page, 'Settings');
    expect(await page.getByRole('heading', { name: 'Users' }).count()).toBe(0);
    await page.getByLabel('Current passphrase').fill('visiting passphrase');
    await page.getByLabel('New passphrase').fill('a passphrase of my own');
    await page.getByLabel('The same passphrase again').fill('a passphrase of my own');
    await page.getByRole('button', { name: 'Change my passphrase' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Your passphrase has been changed.' })
      .waitFor();
    await signedInAs(page, 'A. Visitor');

    await switchUser(page, 'Demo Administrator');
    await openFromNav(page, 'Settings');
    await visitorRow.getByRole('button', { name: 'Disable' }).click();
    await page.getByRole('status').filter({ hasText: 'A. Visitor was disabled.' }).waitFor();
    // The last active administrator cannot disable themselves.
    await rowsOf(page, 'Users')
      .filter({ hasText: 'Demo Administrator' })
      .getByRole('button', { name: 'Disable' })
      .click();
    await page.getByRole('alert').filter({ hasText: 'cannot disable your own account' }).waitFor();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByLabel('User name', { exact: true }).fill('A. Visitor');
    await page.getByLabel('Passphrase', { exact: true }).fill('a passphrase of my own');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'A. Visitor’s account has been disabled' })
      .waitFor();
    // The refusals logged by the browser: the self-disable (409) and the disabled sign-in (401).
    expect(app.errors).toEqual([
      expect.stringMatching(/status of 409/),
      expect.stringMatching(/status of 401/),
    ]);
    app.errors.length = 0;
    await signIn(page, 'Demo Administrator');
  });

  it('issues an API key shown once, which a script uses until it is revoked', async () => {
    await openFromNav(page, 'Settings');
    await page.getByRole('button', { name: 'Issue a key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Issue a key' });
    await dialog.getByLabel('What it is for').fill('nightly export');
    await dialog.getByRole('button', { name: 'Issue a key' }).click();
    const key = await page.getByLabel('New API key').inputValue();
    expect(key).toMatch(/^cted_[\w-]{43}$/);
    const token = new URL(app.url).searchParams.get('token')!;
    const script = () =>
      fetch(`${app.origin}/api/states.list`, {
        method: 'POST',
        headers: { 'x-cted-token': token, authorization: `Bearer ${key}` },
        body: '{}',
      });
    expect((await script()).status).toBe(200);
    await page.getByRole('button', { name: 'Revoke “nightly export”' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The key “nightly export” was revoked.' })
      .waitFor();
    const refused = await script();
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /revoked/,
    );
    expect(app.errors).toEqual([]);
  });

  it('locks after the inactivity time and asks for the passphrase again, keeping the page', async () => {
    const other = await app.freshPage();
    // The page's clock is the test's to move: fifteen minutes pass in an instant.
    await other.clock.install();
    await other.goto(app.url);
    await signIn(other, 'N. Haddad');
    await openFromNav(other, 'Coverage');
    await other.clock.fastForward('14:00');
    await other.mouse.move(200, 300);
    await other.clock.fastForward('14:00');
    expect(await other.getByRole('dialog', { name: 'Locked' }).count()).toBe(0);
    await other.clock.fastForward('02:00');
    const lock = other.getByRole('dialog', { name: 'Locked' });
    await lock.waitFor();
    expect(await lock.innerText()).toMatch(
      /locked itself after 15 minutes without activity\. Enter the passphrase of N\. Haddad/,
    );
    // The page stays underneath, and the backend refuses calls until the passphrase is given.
    expect(
      await other.getByRole('heading', { level: 1, name: 'Coverage', includeHidden: true }).count(),
    ).toBe(1);
    const whileLocked = await other.evaluate(async () => {
      const response = await fetch('api/states.list', {
        method: 'POST',
        headers: { 'x-cted-token': sessionStorage.getItem('cted.token') ?? '' },
        body: '{}',
      });
      return response.json();
    });
    expect(whileLocked).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await app.screenshot('locked', other);

    await lock.getByLabel('Passphrase', { exact: true }).fill('not it');
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await lock.getByRole('alert').filter({ hasText: 'The passphrase is not right.' }).waitFor();
    await lock.getByLabel('Passphrase', { exact: true }).fill('demo');
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await lock.waitFor({ state: 'detached' });
    await other.getByRole('heading', { level: 1, name: 'Coverage' }).waitFor();
    await signedInAs(other, 'N. Haddad');
    await openFromNav(other, 'Dashboard');
    await other.locator('.stat').first().waitFor();
    await other.context().close();
  });

  it('explains what to do when opened without the access token', async () => {
    const stranger = await app.freshPage();
    await stranger.goto(`${app.origin}/#/states`);
    await stranger.getByRole('heading', { name: 'This page cannot reach the planner' }).waitFor();
    expect(await stranger.getByRole('alert').innerText()).toContain('npm run web');

    await stranger.goto(`${app.origin}/?token=not-the-token#/states`);
    await stranger.getByRole('heading', { name: 'This page cannot reach the planner' }).waitFor();
    await app.screenshot('no-token', stranger);
    await stranger.context().close();
  });
});
