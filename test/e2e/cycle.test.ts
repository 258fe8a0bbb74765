// The assessment cycle's first part as one journey in real Chromium, with time passing between its
// steps (the host starts again on the same workspace with a later "today"): the Committee adopts
// the demo's proposed 2027 list; a planner asks consent from it; a listed State is reminded and
// declines; the planner proposes the substitute the Consent page offers; the Committee approves
// it; the new State is asked, grants consent and asks for confidentiality; its visit is recorded,
// scheduled and conducted. The published schedule leaves the visit out, and both States'
// dossiers tell the whole story.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { signIn, startApp, switchUser, TODAY, type RunningApp } from './harness';
import { openFromNav, rowsOf } from './ui';

const YEAR = '2027';
const PLANNER = 'N. Haddad';
const CTC_MEMBER = 'C. Lindqvist';
/** The days the journey's steps happen on, after the demo's today (29 November 2026). */
const DAYS = {
  declined: '2027-01-18',
  reminded: '2027-01-05',
  substituted: '2027-01-20',
  granted: '2027-03-01',
  grantedSeen: '2027-03-10',
  visitFrom: '2027-04-06',
  visitTo: '2027-04-09',
  conductedSeen: '2027-04-20',
};

let app: RunningApp;
let page: Page;
/** Found on the way: the State that declines, the one that replaces it, the visit's address. */
const found = { declining: '', replacement: '', visitHash: '' };

beforeAll(async () => {
  app = await startApp();
  page = app.page;
});

afterAll(async () => {
  await app?.stop();
});

/** Signs out and in again as `who` (a demo user's name). */
const actAs = (who: string) => switchUser(page, who);

/** Lets time pass, then signs in as `who` on the Dashboard of the app started again. */
async function livingOn(day: string, who: string): Promise<void> {
  await app.livingOn(day, who);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

const listed = () => rowsOf(page, `Consent of the States on the ${YEAR} list`);
const rowOf = (state: string): Locator =>
  listed().filter({ has: page.getByRole('link', { name: state, exact: true }) });

async function openConsent(): Promise<void> {
  await openFromNav(page, 'Consent');
  await page.getByLabel('List year', { exact: true }).selectOption(YEAR);
  await listed().first().waitFor();
}

async function requestFromList(sentOn: string): Promise<string> {
  await page.getByRole('button', { name: 'Request consent from the list' }).click();
  await page.getByLabel('Date the notes verbales were sent').fill(sentOn);
  await page.getByRole('button', { name: 'Send the requests' }).click();
  const summary = page.getByRole('status').filter({ hasText: /Consent requested from/ });
  await summary.waitFor();
  return summary.innerText();
}

describe('From the adopted list to a conducted visit', () => {
  it('lets the Committee adopt the proposed 2027 list, and a planner ask consent from every State on it', async () => {
    await page.goto(app.url);
    await signIn(page, CTC_MEMBER);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await openFromNav(page, 'Planning');
    await page.getByLabel('List year').selectOption(YEAR);
    await page.getByRole('button', { name: 'Adopt…' }).click();
    const dialog = page.getByRole('dialog', { name: `Adopt the ${YEAR} list` });
    await dialog.getByLabel('Decision reference').fill('CTC/2026/50');
    await dialog.getByLabel('Decision date').fill(TODAY);
    await dialog.getByRole('button', { name: 'Adopt the list' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByText(`The ${YEAR} list is adopted (version 1, decision CTC/2026/50).`)
      .waitFor();

    await actAs(PLANNER);
    await openConsent();
    expect(await listed().count()).toBe(10);
    expect(await listed().filter({ hasText: 'Not yet requested' }).count()).toBe(10);
    expect(await requestFromList(TODAY)).toContain('Consent requested from 10 States');
    // The table reloads after the requests: the tenth reply awaited comes with it.
    await listed().filter({ hasText: 'Awaiting reply' }).nth(9).waitFor();
    expect(await listed().filter({ hasText: 'Awaiting reply' }).count()).toBe(10);
    found.declining = await listed().first().getByRole('link').first().innerText();
    expect(app.errors).toEqual([]);
  });

  it('records, weeks later, a reminder and the State’s decline, and proposes the substitute the page offers', async () => {
    await livingOn(DAYS.substituted, PLANNER);
    await openConsent();
    const row = rowOf(found.declining);
    await row.getByRole('button', { name: `Record a reminder (${found.declining})` }).click();
    const reminder = page.getByRole('dialog', { name: `Record a reminder to ${found.declining}` });
    await reminder.getByLabel('Date the reminder was sent').fill(DAYS.reminded);
    await reminder.getByRole('button', { name: 'Record the reminder' }).click();
    await reminder.waitFor({ state: 'detached' });
    await row.filter({ hasText: 'Reminded once' }).waitFor();

    await row.getByRole('button', { name: `Record the reply (${found.declining})` }).click();
    const reply = page.getByRole('dialog', { name: `Record the reply of ${found.declining}` });
    await reply.getByLabel('Declined').check();
    await reply.getByLabel('Date the reply was received').fill(DAYS.declined);
    await reply.getByRole('button', { name: 'Record the reply' }).click();
    await reply.waitFor({ state: 'detached' });
    const offer = row.getByText(/^Best State on the reserve: .+ \(rank \d+, score [\d.]+\)$/);
    await offer.waitFor();
    found.replacement = /reserve: (.+) \(rank/.exec(await offer.innerText())![1]!;
    await row.getByRole('button', { name: `Propose substituting ${found.replacement}` }).click();
    await row.getByText('Awaiting the Committee').waitFor();
    await app.screenshot('cycle-substitution-proposed');
    expect(app.errors).toEqual([]);
  });

  it('lets the Committee approve the substitution, with the decline as its reason, and the planner ask the new State', async () => {
    await actAs(CTC_MEMBER);
    await openFromNav(page, 'Review (CTC)');
    await page.getByLabel('List year').selectOption(YEAR);
    const amendment = rowsOf(page, 'Amendments to the adopted list').first();
    await amendment.waitFor();
    expect(await amendment.innerText()).toContain(
      `${found.declining} declined consent on 18 Jan 2027`,
    );
    const decision = page
      .locator('form')
      .filter({ has: page.getByRole('button', { name: 'Record the decision' }) });
    await decision.getByLabel('Decision reference').fill('CTC/2027/03');
    await decision.getByLabel('Decision date').fill(DAYS.substituted);
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await amendment.filter({ hasText: 'Approved' }).waitFor();
    const diff = page.getByRole('region', { name: 'Changes from version 1 to version 2' });
    await diff.waitFor();
    expect(await diff.locator('dl').innerText()).toContain(
      `${found.replacement}: ${found.declining} declined consent on 18 Jan 2027`,
    );

    await actAs(PLANNER);
    await openConsent();
    const summary = await requestFromList(DAYS.substituted);
    expect(summary).toContain('Consent requested from 1 State');
    expect(summary).toContain(found.replacement);
    await rowOf(found.replacement).filter({ hasText: 'Awaiting reply' }).waitFor();
    // The State that declined is off the list now; its request stays in the history.
    expect(await rowOf(found.declining).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('records the new State’s consent with its request for confidentiality, and schedules its visit', async () => {
    await livingOn(DAYS.grantedSeen, PLANNER);
    await openConsent();
    const row = rowOf(found.replacement);
    await row.getByRole('button', { name: `Record the reply (${found.replacement})` }).click();
    const reply = page.getByRole('dialog', { name: `Record the reply of ${found.replacement}` });
    await reply.getByLabel('Granted').check();
    await reply.getByLabel('Date the reply was received').fill(DAYS.granted);
    await reply.getByLabel('From', { exact: true }).fill('2027-04-01');
    await reply.getByLabel('To', { exact: true }).fill('2027-04-30');
    await reply.getByLabel('The State asks to keep the visit confidential (OP 19)').check();
    await reply.getByRole('button', { name: 'Record the reply' }).click();
    await reply.waitFor({ state: 'detached' });
    await row.filter({ hasText: 'Granted' }).waitFor();

    await openFromNav(page, 'Visits & reports');
    await page.getByRole('button', { name: 'Record a visit' }).click();
    await page
      .getByLabel('Member State', { exact: true })
      .selectOption({ label: found.replacement });
    await page
      .getByLabel('Consent of the State')
      .locator('option:checked')
      .filter({ hasText: /granted on 1 Mar 2027/ })
      .waitFor({ state: 'attached' });
    expect(await page.getByLabel(/keep this visit confidential/).isChecked()).toBe(true);
    await page.getByLabel('Kind of visit').selectOption('comprehensive');
    await page.getByRole('button', { name: 'Record visit' }).click();
    const confirmation = page
      .getByRole('status')
      .filter({ hasText: `Visit recorded: ${found.replacement}` });
    await confirmation.getByRole('link', { name: 'Open the visit' }).click();
    await page.getByRole('heading', { level: 1, name: /visit to/ }).waitFor();
    found.visitHash = new URL(page.url()).hash;

    await page.getByRole('button', { name: 'Move to Scheduled…' }).click();
    const schedule = page.getByRole('dialog', { name: 'Schedule the visit' });
    await schedule.getByLabel('Start date', { exact: true }).fill(DAYS.visitFrom);
    await schedule.getByLabel('End date', { exact: true }).fill(DAYS.visitTo);
    await schedule.getByRole('button', { name: 'Schedule' }).click();
    await schedule.waitFor({ state: 'detached' });
    await page.getByText('Comprehensive visit now scheduled.').waitFor();
    expect(app.errors).toEqual([]);
  });

  it('records the visit as conducted once it is over, and leaves it out of the published schedule', async () => {
    await livingOn(DAYS.conductedSeen, PLANNER);
    await page.evaluate((hash) => (window.location.hash = hash), found.visitHash);
    await page.getByRole('button', { name: 'Move to Conducted…' }).click();
    const conducted = page.getByRole('dialog', { name: 'Record the visit as conducted' });
    expect(await conducted.getByLabel('Date of the change').inputValue()).toBe(DAYS.conductedSeen);
    await conducted.getByRole('button', { name: 'Record as conducted' }).click();
    await conducted.waitFor({ state: 'detached' });
    await page.getByText('Comprehensive visit now conducted.').waitFor();
    const steps = rowsOf(page, 'Changes of status of this visit');
    // The page reloads its data after the change: the new step comes with it.
    await steps.nth(2).waitFor();
    expect(await steps.allInnerTexts()).toEqual([
      expect.stringMatching(/10 Mar 2027\s+Recorded as Planned/),
      expect.stringMatching(/10 Mar 2027\s+Planned → Scheduled/),
      expect.stringMatching(/20 Apr 2027\s+Scheduled → Conducted/),
    ]);

    await openFromNav(page, 'Schedule');
    await page.getByLabel('List year').selectOption(YEAR);
    const ours = page.getByRole('row').filter({ hasText: found.replacement });
    await ours.filter({ hasText: 'Confidential: not published' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('group', { name: 'Export the published schedule' })
        .getByRole('button', { name: 'HTML' })
        .click(),
    ]);
    const published = readFileSync((await download.path())!, 'utf8');
    expect(published).toContain(`country visits ${YEAR}`);
    expect(published).not.toContain(found.replacement);
    expect(app.errors).toEqual([]);
  });

  it('tells the whole story in both States’ dossiers', async () => {
    const timeline = async (state: string) => {
      await openFromNav(page, 'Member States');
      await page.getByLabel('Search').fill(state);
      const row = rowsOf(page, 'Member States').filter({ hasText: state }).first();
      await row.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: state }).waitFor();
      return page.locator('.timeline-item').allInnerTexts();
    };
    const replaced = (await timeline(found.declining)).join('\n');
    for (const step of [
      /29 Nov 2026\s+List\s+On the 2027 list adopted by the Committee \(CTC\/2026\/50\)/,
      /29 Nov 2026\s+Consent\s+Consent requested for 2027 from the list/,
      /5 Jan 2027\s+Consent\s+Reminder sent/,
      /18 Jan 2027\s+Consent\s+Consent declined for 2027/,
      new RegExp(
        `20 Jan 2027\\s+List\\s+Taken off the 2027 list by an amendment approved by the Committee \\(CTC/2027/03\\), replaced by ${found.replacement}`,
      ),
    ])
      expect(replaced).toMatch(step);

    const replacing = (await timeline(found.replacement)).join('\n');
    for (const step of [
      new RegExp(
        `20 Jan 2027\\s+List\\s+Added to the 2027 list by an amendment approved by the Committee \\(CTC/2027/03\\), in place of ${found.declining}: ${found.declining} declined consent on 2027-01-18`,
      ),
      /20 Jan 2027\s+Consent\s+Consent requested for 2027 from the list/,
      /1 Mar 2027\s+Consent\s+Consent granted for 2027, for 2027-04-01 to 2027-04-30; the State asks for confidentiality \(OP 19\)/,
      /10 Mar 2027\s+Visit\s+Comprehensive visit \(in person\) recorded as planned/,
      /10 Mar 2027\s+Visit\s+Comprehensive visit \(in person\) scheduled for 2027-04-06/,
      /20 Apr 2027\s+Visit\s+Comprehensive visit \(in person\) recorded as conducted/,
    ])
      expect(replacing).toMatch(step);
    await page.getByRole('heading', { name: /^Timeline/ }).scrollIntoViewIfNeeded();
    await app.screenshot('cycle-dossier-timeline');
    expect(app.errors).toEqual([]);
  });
});
