// Consent and the life of a visit in real Chromium, on a fresh synthetic demo workspace (as of
// 2026-11-29). The preparation adopts a list from the command line (2026's, or the next year's
// when the demo has already asked every State of 2026's list) and asks one of its States; then a
// planner requests consent from the list, records a reminder, a decline (and proposes the
// substitute it calls for in one click) and a grant with confidentiality; records a visit under
// that consent, schedules and postpones it from its page, records an overlapping one after
// confirming; and a field user is offered none of these actions. The steps share one workspace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { AnnualList, ConsentOverview } from '../../shared/api/types';
import { addDays, daysBetween } from '../../shared/domain/dates';
import { cli, signIn, startApp, switchUser, TODAY, type RunningApp } from './harness';
import { fieldProblems, openFromNav, rowsOf } from './ui';

/** The years whose list the journey may use, in order of preference. */
const CANDIDATE_YEARS = [2026, 2027, 2028];
const PLANNER = 'N. Haddad';
const CTC_MEMBER = 'C. Lindqvist';
const FIELD_USER = 'R. Kaur';
/** The day the preparation asks one listed State, before the batch. */
const PRE_ASKED_ON = '2026-09-01';
const PRE_ASKED_REF = 'CTED/NV/E2E/001';

let app: RunningApp;
let page: Page;

/** What the preparation set up (and the journey found on the way). */
const prepared = {
  year: 0,
  /** The day the Committee adopted the list (consent is requested from then on). */
  adoptedOn: '',
  version: 0,
  /** A listed State asked before the batch (so the batch skips it). */
  preAsked: '',
  /** How many listed States the batch should ask. */
  toAsk: 0,
  /** Listed States, by rank: reminded, declining, granting. */
  reminded: '',
  declining: '',
  granting: '',
  replacement: '',
  visitUrl: '',
};

/** The journey's dates, none before the list's adoption nor after today. */
const onOrAfterAdoption = (date: string) => (date < prepared.adoptedOn ? prepared.adoptedOn : date);
const dates = {
  batch: () => onOrAfterAdoption('2026-09-15'),
  reminder: () => onOrAfterAdoption('2026-11-20'),
  decline: () => onOrAfterAdoption('2026-11-20'),
  grant: () => onOrAfterAdoption('2026-11-25'),
};

/** Days as the app says them. */
const daysAgo = (date: string) => {
  const n = daysBetween(date, TODAY);
  return n === 0 ? 'today' : n === 1 ? 'yesterday' : `${n} days ago`;
};
const inDays = (date: string) => {
  const n = daysBetween(TODAY, date);
  return n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`;
};
const waiting = (sentOn: string) => {
  const n = daysBetween(sentOn, TODAY);
  return n > 60 ? `Overdue: ${n} days` : `${n} day${n === 1 ? '' : 's'}`;
};

/**
 * Builds, proposes and adopts the year's list (as far as the workspace has not already), using
 * the first candidate year with at least four listed States not yet asked; then asks the last of
 * those outside the batch.
 */
async function prepare(db: string): Promise<void> {
  for (const year of CANDIDATE_YEARS) {
    let list = await cli<AnnualList | null>(db, 'plan.get', { year }, PLANNER);
    const ours = !list;
    if (!list)
      list = await cli<AnnualList>(
        db,
        'plan.saveDraft',
        { year, capacity: 10 },
        PLANNER,
        '2026-02-01',
      );
    if (list.status === 'draft')
      list = await cli<AnnualList>(
        db,
        'plan.propose',
        { year },
        PLANNER,
        ours ? '2026-02-01' : TODAY,
      );
    if (list.status === 'proposed')
      await cli<AnnualList>(
        db,
        'plan.adopt',
        {
          year,
          decisionRef: `CTC/E2E/${year}`,
          decidedOn: ours ? '2026-02-10' : (list.proposedOn ?? TODAY),
        },
        CTC_MEMBER,
      );
    const overview = await cli<ConsentOverview>(db, 'consent.overview', { year }, PLANNER);
    const open = overview.rows.filter((r) => r.onList && r.standing === 'not_requested');
    if (open.length < 4) continue;
    const last = open.at(-1)!;
    await cli(
      db,
      'consent.create',
      {
        iso3: last.iso3,
        year,
        sentOn: PRE_ASKED_ON,
        noteVerbaleRef: PRE_ASKED_REF,
        listEntryId: last.listEntryId,
      },
      PLANNER,
    );
    Object.assign(prepared, {
      year,
      adoptedOn: overview.list!.decidedOn!,
      version: overview.list!.version,
      preAsked: last.stateName,
      toAsk: open.length - 1,
      reminded: open[0]!.stateName,
      declining: open[1]!.stateName,
      granting: open[2]!.stateName,
    });
    return;
  }
  throw new Error(
    `None of the lists of ${CANDIDATE_YEARS.join(', ')} has four States left to ask for consent.`,
  );
}

beforeAll(async () => {
  app = await startApp({ prepare });
  page = app.page;
});

afterAll(async () => {
  await app?.stop();
});

/** Signs out and in again as `who` (a demo user's name). */
const actAs = (who: string) => switchUser(page, who);

/** The browser logs each refused call (HTTP 400 or 409); those a step expects are taken out. */
function expectRefusals(count: number): void {
  const refused = app.errors.filter((e) => /status of 40[09]/.test(e));
  expect(refused.length).toBe(count);
  for (const e of refused) app.errors.splice(app.errors.indexOf(e), 1);
}

const listed = () => rowsOf(page, `Consent of the States on the ${prepared.year} list`);
const rowOf = (state: string): Locator =>
  listed().filter({ has: page.getByRole('link', { name: state, exact: true }) });
/** The text of a row's cell under the column with this header. */
async function cell(row: Locator, header: string): Promise<string> {
  const headers = await page
    .locator('table')
    .filter({
      has: page.locator('caption', {
        hasText: `Consent of the States on the ${prepared.year} list`,
      }),
    })
    .locator('thead th')
    .allInnerTexts();
  const index = headers.findIndex((h) => h.replace(/[▲▼↕]/g, '').trim() === header);
  expect(index, header).toBeGreaterThanOrEqual(0);
  const text = await row.locator('td').nth(index).innerText();
  // A tag's icon (⚠, !, ✓…) goes with its words; compare the words.
  return text
    .replace(/[⚠!◷✓•]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The Consent page on the journey's year (the page keeps the year chosen last). */
async function openConsent(): Promise<void> {
  await openFromNav(page, 'Consent');
  expect(await page.getByLabel('List year', { exact: true }).inputValue()).toBe(
    String(prepared.year),
  );
  await listed().first().waitFor();
}

describe('Consent requests and the life of a visit', () => {
  it('requests consent from the adopted list, refusing a future date inline, and says what it skipped and why', async () => {
    await page.goto(app.url);
    await signIn(page, PLANNER);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await openFromNav(page, 'Consent');
    // The page opens on the current year; the list may be next year's.
    expect(await page.getByLabel('List year', { exact: true }).inputValue()).toBe('2026');
    await page.getByLabel('List year', { exact: true }).selectOption(String(prepared.year));
    await page
      .getByText(
        new RegExp(
          `^The ${prepared.year} list was adopted by the Committee on \\d+ \\w+ \\d{4} and stands at version ${prepared.version}\\.`,
        ),
      )
      .waitFor();
    await page
      .getByText('A request is overdue after 60 days without reply; reminders every 30 days.')
      .waitFor();
    await listed().first().waitFor();
    expect(await cell(rowOf(prepared.reminded), 'Consent')).toContain('Not yet requested');

    await page.getByRole('button', { name: 'Request consent from the list' }).click();
    const sentOn = page.getByLabel('Date the notes verbales were sent');
    expect(await sentOn.inputValue()).toBe(TODAY);
    expect(
      await page.getByLabel('Note verbale prefix (optional)').getAttribute('placeholder'),
    ).toBe('CTED/NV/2026/');
    await sentOn.fill('2026-12-05');
    expect(await fieldProblems(page, 'Date the notes verbales were sent')).toContain(
      'This date is in the future (today is 29 Nov 2026).',
    );
    await page.getByRole('button', { name: 'Send the requests' }).click();
    await page.getByRole('alert').filter({ hasText: 'Not saved: correct the problem' }).waitFor();
    expect(await cell(rowOf(prepared.reminded), 'Consent')).toContain('Not yet requested');

    await sentOn.fill(dates.batch());
    expect(await fieldProblems(page, 'Date the notes verbales were sent')).toBe('');
    await app.screenshot('consent-batch-form');
    await page.getByRole('button', { name: 'Send the requests' }).click();
    const summary = page
      .getByRole('status')
      .filter({ hasText: `Consent requested from ${prepared.toAsk} States` });
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(
      new RegExp(`${prepared.reminded}: CTED/NV/2026/\\d+`),
    );
    expect(await summary.innerText()).toContain('1 State skipped');
    expect(await summary.innerText()).toContain(
      `${prepared.preAsked}: Already requested on ${PRE_ASKED_ON} (${PRE_ASKED_REF}) and still awaiting a reply.`,
    );

    const row = rowOf(prepared.reminded);
    await row.filter({ hasText: 'Awaiting reply' }).waitFor();
    expect(await cell(row, 'Waiting')).toBe(waiting(dates.batch()));
    // The State asked first has waited past the 60-day threshold: said in words, not only in colour.
    const preAsked = rowOf(prepared.preAsked);
    expect(await cell(preAsked, 'Waiting')).toBe(waiting(PRE_ASKED_ON));
    expect(await cell(preAsked, 'Waiting')).toMatch(/^Overdue: \d+ days$/);
    expect(await cell(preAsked, 'Next reminder due')).toBe(
      `Due ${daysAgo(addDays(PRE_ASKED_ON, 30))}`,
    );
    await app.screenshot('consent-requested');
    expect(app.errors).toEqual([]);
  });

  it('records a reminder from the keyboard, refusing a date before the request', async () => {
    const row = rowOf(prepared.reminded);
    // Escape closes a row's form and gives focus back to the button that opened it.
    const replyButton = row.getByRole('button', {
      name: `Record the reply (${prepared.reminded})`,
    });
    await replyButton.focus();
    await page.keyboard.press('Enter');
    const replyDialog = page.getByRole('dialog', {
      name: `Record the reply of ${prepared.reminded}`,
    });
    await replyDialog.waitFor();
    await page.keyboard.press('Escape');
    await replyDialog.waitFor({ state: 'detached' });
    await expect.poll(() => replyButton.evaluate((el) => el === document.activeElement)).toBe(true);

    await row.getByRole('button', { name: `Record a reminder (${prepared.reminded})` }).click();
    const dialog = page.getByRole('dialog', { name: `Record a reminder to ${prepared.reminded}` });
    await dialog.waitFor();
    const date = dialog.getByLabel('Date the reminder was sent');
    await expect.poll(() => date.evaluate((el) => el === document.activeElement)).toBe(true);
    await date.fill(addDays(dates.batch(), -1));
    expect(await fieldProblems(page, 'Date the reminder was sent')).toMatch(
      /^⚠ This date is before the request \(\d+ \w+ \d{4}\)\.$/,
    );
    await date.fill(dates.reminder());
    await dialog.getByRole('button', { name: 'Record the reminder' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`Reminder recorded for ${prepared.reminded} (the first).`).waitFor();
    await row.filter({ hasText: 'Reminded once' }).waitFor();
    expect(await cell(row, 'Next reminder due')).toBe(inDays(addDays(dates.reminder(), 30)));
    expect(app.errors).toEqual([]);
  });

  it('records a decline, offers the best State of the reserve, and proposes the substitution in one click', async () => {
    const row = rowOf(prepared.declining);
    await row.getByRole('button', { name: `Record the reply (${prepared.declining})` }).click();
    const dialog = page.getByRole('dialog', { name: `Record the reply of ${prepared.declining}` });
    await dialog.getByLabel('Declined').check();
    await dialog.getByLabel('Date the reply was received').fill(dates.decline());
    // Proposed dates and confidentiality go with a consent or a deferral only.
    expect(await dialog.getByLabel('From', { exact: true }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Record the reply' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.filter({ hasText: 'Declined' }).waitFor();

    const offer = row.getByText(/^Best State on the reserve: .+ \(rank \d+, score [\d.]+\)$/);
    await offer.waitFor();
    prepared.replacement = /reserve: (.+) \(rank/.exec(await offer.innerText())![1]!;
    await app.screenshot('consent-decline-offer');
    await row.getByRole('button', { name: `Propose substituting ${prepared.replacement}` }).click();
    await row.getByText(`Substitution by ${prepared.replacement}:`).waitFor();
    await row.getByText('Awaiting the Committee').waitFor();
    expect(await row.getByRole('button', { name: /^Propose substituting/ }).count()).toBe(0);

    // The Committee reads the rationale in words, in Review.
    await row.getByRole('link', { name: 'See it in Review (CTC)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review (CTC)' }).waitFor();
    const amendment = rowsOf(page, 'Amendments to the adopted list').first();
    await amendment.waitFor();
    expect(await amendment.innerText()).toMatch(
      new RegExp(
        `${prepared.declining} declined consent on ${dates.decline()} \\(CTED/NV/2026/\\d+\\); ${prepared.replacement}, first available on the reserve \\(rank \\d+\\), takes its place\\.`,
      ),
    );
    expect(app.errors).toEqual([]);
  });

  it('records a grant with proposed dates and the State’s request for confidentiality', async () => {
    await openConsent();
    const row = rowOf(prepared.granting);
    await row.getByRole('button', { name: `Record the reply (${prepared.granting})` }).click();
    const dialog = page.getByRole('dialog', { name: `Record the reply of ${prepared.granting}` });
    await dialog.getByRole('button', { name: 'Record the reply' }).click();
    expect(await dialog.getByText('Choose the State’s reply.').isVisible()).toBe(true);
    await dialog.getByLabel('Granted').check();
    await dialog.getByLabel('Date the reply was received').fill(dates.grant());
    await dialog.getByLabel('From', { exact: true }).fill('2027-03-01');
    await dialog.getByLabel('To', { exact: true }).fill('2027-02-01');
    expect(await fieldProblems(page, 'To')).toContain('The proposed dates end before they start.');
    await dialog.getByLabel('To', { exact: true }).fill('2027-03-31');
    await dialog.getByLabel('Conditions (optional)').fill('Meetings in the capital only.');
    await dialog.getByLabel('The State asks to keep the visit confidential (OP 19)').check();
    await app.screenshot('consent-grant-dialog');
    await dialog.getByRole('button', { name: 'Record the reply' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`Reply of ${prepared.granting} recorded: Granted.`).waitFor();
    // The button that opened the form is gone with the reply: focus moves to the State's row.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(prepared.granting);
    expect(await cell(row, 'Consent')).toMatch(/Granted[\s\S]*Confidential \(OP 19\)/);
    // Granted: no reminder, reply or new request any more; the consent can still be withdrawn.
    expect(await row.getByRole('button').count()).toBe(1);
    await row.getByRole('button', { name: `Withdraw (${prepared.granting})` }).waitFor();
    await app.screenshot('consent-overview');
    expect(app.errors).toEqual([]);
  });

  it('records a visit behind its button, under the State’s granted consent chosen for the planner', async () => {
    await openFromNav(page, 'Visits & reports');
    expect(await page.getByRole('heading', { name: 'Record a visit' }).count()).toBe(0);
    const open = page.getByRole('button', { name: 'Record a visit' });
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await open.click();
    await page.getByRole('heading', { name: 'Record a visit' }).waitFor();
    // Escape closes the form and gives focus back to its button.
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('#record-visit-form')))
      .toBe(true);
    await page.keyboard.press('Escape');
    await open.waitFor();
    await expect.poll(() => open.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const state = page.getByLabel('Member State', { exact: true });
    await expect.poll(() => state.evaluate((el) => el === document.activeElement)).toBe(true);
    await state.selectOption({ label: prepared.granting });
    const consent = page.getByLabel('Consent of the State');
    await consent
      .locator('option:checked')
      .filter({ hasText: /granted on \d+ Nov 2026, for 1 Mar 2027 to 31 Mar 2027/ })
      .waitFor({ state: 'attached' });
    await page.getByText('The State agreed to a visit from 1 Mar 2027 to 31 Mar 2027.').waitFor();
    const confidential = page.getByLabel(/keep this visit confidential/);
    expect(await confidential.isChecked()).toBe(true);
    expect(await confidential.isDisabled()).toBe(true);
    await page.getByLabel('Kind of visit').selectOption('comprehensive');
    await page.getByLabel('Start date', { exact: true }).fill('2027-03-02');
    await page.getByLabel('End date', { exact: true }).fill('2027-03-10');
    await app.screenshot('visit-record-form');
    await page.getByRole('button', { name: 'Record visit' }).click();
    const confirmation = page
      .getByRole('status')
      .filter({ hasText: `Visit recorded: ${prepared.granting}` });
    await confirmation.waitFor();
    expect(await confirmation.innerText()).toMatch(/Confidential\s+Yes/);
    await confirmation.getByRole('link', { name: 'Open the visit' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Comprehensive visit to ${prepared.granting}` })
      .waitFor();
    prepared.visitUrl = page.url();
    expect(new URL(page.url()).hash).toMatch(/^#\/visits\/[\w-]+$/);
    expect(
      await page
        .getByRole('link', { name: 'Visits & reports', exact: true })
        .getAttribute('aria-current'),
    ).toBe('page');
    expect(app.errors).toEqual([]);
  });

  it('schedules the visit from its page (the State’s window enforced at the field) and postpones it with a reason', async () => {
    const facts = page.getByRole('region', { name: 'Consent' });
    await facts.getByText('Meetings in the capital only.', { exact: true }).waitFor();
    expect(await facts.innerText()).toMatch(/Dates agreed\s+1 Mar 2027 to 31 Mar 2027/);

    await page.getByRole('button', { name: 'Move to Scheduled…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule the visit' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Date of the change').inputValue()).toBe(TODAY);
    expect(await dialog.getByLabel('Start date', { exact: true }).inputValue()).toBe('2027-03-02');
    await dialog
      .getByLabel('Consent of the State')
      .locator('option:checked')
      .filter({ hasText: /granted on \d+ Nov 2026/ })
      .waitFor({ state: 'attached' });
    // A rule only the server checks: the dates must lie within the window the State agreed to.
    await dialog.getByLabel('End date', { exact: true }).fill('2027-04-05');
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await dialog.getByText('lie outside the window the State agreed to').waitFor();
    expect(await fieldProblems(page, 'End date')).toContain(
      'lie outside the window the State agreed to (2027-03-01 to 2027-03-31)',
    );
    expectRefusals(1);
    await app.screenshot('visit-schedule-refused');
    await dialog.getByLabel('End date', { exact: true }).fill('2027-03-10');
    expect(await fieldProblems(page, 'End date')).not.toContain('outside the window');
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Comprehensive visit now scheduled.').waitFor();
    await page.getByRole('button', { name: 'Move to Conducted…' }).waitFor();

    await page.getByRole('button', { name: 'Move to Postponed…' }).click();
    const postpone = page.getByRole('dialog', { name: 'Postpone the visit' });
    await postpone.getByRole('button', { name: 'Postpone' }).click();
    expect(await fieldProblems(page, 'Reason')).toContain('Say why the visit is postponed.');
    await postpone
      .getByLabel('Reason')
      .fill('The State asked to move the visit after its elections.');
    await postpone.getByRole('button', { name: 'Postpone' }).click();
    await postpone.waitFor({ state: 'detached' });
    await page.getByText('Comprehensive visit now postponed.').waitFor();

    const steps = rowsOf(page, 'Changes of status of this visit');
    await steps.nth(2).waitFor();
    expect(await steps.allInnerTexts()).toEqual([
      expect.stringMatching(/29 Nov 2026\s+Recorded as Planned/),
      expect.stringMatching(/29 Nov 2026\s+Planned → Scheduled/),
      expect.stringMatching(
        /29 Nov 2026\s+Scheduled → Postponed\s+The State asked to move the visit after its elections\./,
      ),
    ]);
    await page.getByRole('heading', { name: 'Changes of status' }).scrollIntoViewIfNeeded();
    await app.screenshot('visit-page');
    expect(app.errors).toEqual([]);
  });

  it('asks before recording a second visit to the State on overlapping dates, started from its dossier', async () => {
    await page.getByRole('link', { name: prepared.granting, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: prepared.granting }).waitFor();
    await page.getByRole('link', { name: 'Record a visit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Visits & reports' }).waitFor();
    await page.getByRole('heading', { name: 'Record a visit' }).waitFor();
    expect(
      await page.getByLabel('Member State', { exact: true }).locator('option:checked').innerText(),
    ).toBe(prepared.granting);
    await page
      .getByLabel('Consent of the State')
      .locator('option:checked')
      .filter({ hasText: /granted on \d+ Nov 2026/ })
      .waitFor({ state: 'attached' });
    await page.getByLabel('Kind of visit').selectOption('focused');
    await page.getByLabel('Start date', { exact: true }).fill('2027-03-05');
    await page.getByLabel('End date', { exact: true }).fill('2027-03-12');
    await page.getByRole('button', { name: 'Record visit' }).click();
    const question = page.getByRole('alertdialog', { name: 'Another visit on these dates' });
    await question.waitFor();
    await question
      .getByText(
        `${prepared.granting} already has a comprehensive visit (postponed) from 2 Mar 2027 to 10 Mar 2027. Record both?`,
      )
      .waitFor();
    expectRefusals(1);
    const confirm = question.getByRole('button', { name: 'Record both visits' });
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.screenshot('visit-overlap');
    await confirm.click();
    await page
      .getByRole('status')
      .filter({ hasText: `Visit recorded: ${prepared.granting}` })
      .waitFor();
    const shown = rowsOf(page, 'Visits')
      .filter({ hasText: prepared.granting })
      .filter({ hasText: /Mar 2027/ });
    await shown.nth(1).waitFor();
    expect(await shown.count()).toBe(2);
    expect(app.errors).toEqual([]);
  });

  it('offers a field user none of these actions', async () => {
    await actAs(FIELD_USER);
    await openConsent();
    await rowOf(prepared.granting).waitFor();
    for (const name of [
      'Request consent from the list',
      /^Ask for consent/,
      /^Record a reminder/,
      /^Record the reply/,
      /^Withdraw/,
      /^Propose substituting/,
    ])
      expect(await page.getByRole('button', { name }).count(), String(name)).toBe(0);

    await openFromNav(page, 'Visits & reports');
    await page
      .getByText('recording visits is for CTED planners and administrators', { exact: false })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Record a visit' }).count()).toBe(0);

    await page.goto(prepared.visitUrl);
    await page
      .getByRole('heading', { level: 1, name: `Comprehensive visit to ${prepared.granting}` })
      .waitFor();
    await page.getByRole('heading', { name: 'Changes of status' }).waitFor();
    expect(await page.getByRole('button', { name: /^Move to/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit details…' }).count()).toBe(0);

    await page.getByRole('link', { name: prepared.granting, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: prepared.granting }).waitFor();
    await page.getByRole('heading', { name: /^Consent requests \(\d+\)$/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Ask for consent' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Record a visit' }).count()).toBe(0);

    await openFromNav(page, 'Settings');
    await page.getByText('Only administrators change these settings.').waitFor();
    expect(await page.getByRole('button', { name: 'Save the settings' }).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
