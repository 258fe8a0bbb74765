// Every page of the app through axe-core, in English, French and Arabic, in real Chromium on the
// demo workspace: the pages of the navigation, a State's dossier, a visit, an assessment report, an
// OP 16 follow-up report, the risk inputs, sync conflicts, sync, a page not found, the sign-in page
// and the lock screen. Signed in as a planner, and for the pages that change with the role (the
// Committee's review, settings and sync, the field), as the demo user of that role too. No page
// may have a serious or critical violation; a failure lists each with its page, language and nodes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentReport, Visit } from '../../shared/api/types';
import type { Followup } from '../../shared/api/areas/followups';
import { cli, signedInAs, startApp, type RunningApp } from './harness';
import { settled } from './ui';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PLANNER = 'N. Haddad';
const ADMIN = 'Demo Administrator';
const CTC = 'C. Lindqvist';
const FIELD = 'R. Kaur';

/** The languages checked, with each one's name in the switcher. */
const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'ar', name: 'العربية' },
] as const;
type Language = (typeof LANGUAGES)[number];

/** The pages of the navigation (renderer/src/router.ts, PAGES). */
const NAV_PATHS = [
  '/',
  '/states',
  '/planning',
  '/schedule',
  '/consent',
  '/visits',
  '/followup',
  '/committee',
  '/coverage',
  '/annual-review',
  '/review',
  '/field',
  '/settings',
];
/** The pages that change with the role, checked again as the user of that role. */
const BY_ROLE: { user: string; paths: string[] }[] = [
  { user: CTC, paths: ['/review', '/committee'] },
  { user: ADMIN, paths: ['/settings', '/settings/sync', '/review/conflicts'] },
  { user: FIELD, paths: ['/field'] },
];

let app: RunningApp;
let page: Page;
/** Every page a planner opens, by its address. */
let paths: string[] = [];

beforeAll(async () => {
  app = await startApp({
    prepare: async (db) => {
      const visits = await cli<Visit[]>(db, 'visits.list', {}, PLANNER);
      const reports = await cli<AssessmentReport[]>(db, 'reports.list', {}, PLANNER);
      const followups = await cli<Followup[]>(db, 'followups.list', {}, PLANNER);
      const visit = visits.find((v) => v.status === 'conducted') ?? visits[0]!;
      const report = reports[0]!;
      const followup = followups.find((f) => f.followupId !== null)!;
      paths = [
        ...NAV_PATHS,
        '/states/KEN',
        `/visits/${visit.id}`,
        `/reports/${report.id}`,
        `/followup/${followup.followupId}`,
        '/planning/inputs',
        '/review/conflicts',
        '/settings/sync',
        '/nowhere',
      ];
    },
  });
  page = app.page;
  await page.goto(app.url);
});

afterAll(async () => {
  await app?.stop();
});

/** axe-core's serious and critical violations on the page as it shows now, one line each. */
async function seriousViolations(where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    type Rule = {
      id: string;
      impact: string | null;
      nodes: { target: string[]; html: string; failureSummary?: string }[];
    };
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
    if (passes.length < 10)
      throw new Error(`axe-core checked almost nothing (${passes.length} rules passed)`);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: `${v.id} (${v.impact}, ${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'})`,
        nodes: v.nodes
          .slice(0, 4)
          .map(
            (n) =>
              `${n.target.join(' ')} ${n.html.slice(0, 160)}${
                n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 240)}` : ''
              }`,
          ),
      }));
  });
  return found.map((v) => `${where}: ${v.rule}\n    ${v.nodes.join('\n    ')}`);
}

const speaking = (code: string) =>
  page.waitForFunction((l) => document.documentElement.lang === l, code);

/** Chooses a language with the switcher in the header (or on the sign-in page). */
async function chooseLanguage(language: Language): Promise<void> {
  const current = await page.evaluate(() => document.documentElement.lang);
  if (current === language.code) return;
  await page.locator('button.language-button').click();
  await page.getByRole('menuitemradio', { name: language.name, exact: true }).click();
  await speaking(language.code);
}

/** Opens a page by its address and waits until it has its heading and nothing is loading. */
async function open(path: string): Promise<void> {
  await page.goto(`${app.origin}/#${path}`);
  await page.locator('main h1').first().waitFor();
  await settled(page);
  await page.locator('.loading').first().waitFor({ state: 'detached' });
}

async function signInAs(user: string): Promise<void> {
  if ((await page.locator('.session-bar').count()) > 0) {
    if ((await page.locator('.session-bar strong').innerText()) === user) return;
    await page.locator('.session-bar button').last().click();
  }
  await page.locator('form input[autocomplete="username"]').waitFor();
  // The sign-in page's labels are in its language: fill the fields by their purpose.
  await page.locator('form input[autocomplete="username"]').fill(user);
  await page.locator('form input[type="password"]').fill('demo');
  await page.locator('form button[type="submit"]').click();
  await signedInAs(page, user);
}

describe('Every page, in English, French and Arabic, through axe-core', () => {
  for (const language of LANGUAGES) {
    it(`has no serious or critical violation in ${language.name}`, async () => {
      const violations: string[] = [];
      const at = (where: string) => `${where} [${language.code}]`;

      // The sign-in page, in the language chosen on it.
      if ((await page.locator('.session-bar').count()) > 0)
        await page.locator('.session-bar button').last().click();
      await page.locator('form input[autocomplete="username"]').waitFor();
      // Signed out, the interface is back in English, whatever the last user read.
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await chooseLanguage(language);
      await page.locator('form input[autocomplete="username"]').waitFor();
      violations.push(...(await seriousViolations(at('sign-in'))));

      await signInAs(PLANNER);
      await chooseLanguage(language);
      for (const path of paths) {
        await open(path);
        violations.push(...(await seriousViolations(at(`${PLANNER} #${path}`))));
      }

      // The lock screen, over the page.
      await page.locator('.session-bar button').first().click();
      await page.locator('dialog.lock-dialog').waitFor();
      violations.push(...(await seriousViolations(at('lock screen'))));
      await page.locator('dialog.lock-dialog input[type="password"]').fill('demo');
      await page.locator('dialog.lock-dialog button[type="submit"]').click();
      await page.locator('dialog.lock-dialog').waitFor({ state: 'detached' });

      for (const { user, paths: own } of BY_ROLE) {
        await signInAs(user);
        await chooseLanguage(language);
        for (const path of own) {
          await open(path);
          violations.push(...(await seriousViolations(at(`${user} #${path}`))));
        }
      }
      expect(violations.join('\n')).toBe('');
      expect(app.errors).toEqual([]);
    }, 300_000);
  }
});
