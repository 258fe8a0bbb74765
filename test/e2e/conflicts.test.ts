// Review → Conflicts and Settings → Sync in Chromium (issue 9). Headquarters (the demo workspace
// the host serves) and a field laptop (a workspace of its own) exchange bundles through the API;
// both then edit the same two signals without seeing each other's edits. HQ's planner settles the
// conflicts in the app, and the bundle made afterwards carries the settlement to the laptop. Then
// the Sync page's own checks and refusals, and a visit's "Export field pack" dialog.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../main/core/db/workspace';
import { createDispatcher } from '../../main/core/dispatcher';
import type { MethodName, MethodOutput } from '../../shared/api/contract';
import type { AuditAnchor, SyncIdentity, Visit } from '../../shared/api/types';
import { createTestWorkspace, noonOf, type TestWorkspace } from '../integration/helpers';
import { cli, signIn, startApp, switchUser, TODAY, type RunningApp } from './harness';
import { fieldProblems, openFromNav, rowsOf } from './ui';

const BUNDLE_PASSPHRASE = 'blue tractor at dawn';
/** The demo's own changes end a few seconds after noon: the edits below come after them. */
const EDITS_AT = noonOf(TODAY) + 60_000;
let appStartedAt = 0;
/**
 * The laptop's clock once the app runs: a minute ahead of the host's (whose clock starts at noon),
 * so that each accepts the other's changes (a bundle from more than 5 minutes ahead is refused).
 */
const laptopNow = () => EDITS_AT + 3000 + (Date.now() - appStartedAt);
const PLANNER = 'N. Haddad';

/** One installation's API as one of its users, with the clock at a given instant. */
function installation(ws: Workspace, user: string) {
  return {
    call<M extends MethodName>(method: M, input: unknown, at = EDITS_AT): MethodOutput<M> {
      const result = createDispatcher(ws, { now: () => at }).call(method, input, { user });
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as MethodOutput<M>;
    },
  };
}
type Installation = ReturnType<typeof installation>;

function send(from: Installation, to: Installation, toSite: string, at = EDITS_AT) {
  const made = from.call('sync.exportBundle', { to: toSite, passphrase: BUNDLE_PASSPHRASE }, at);
  return to.call('sync.importBundle', { bundle: made.bundle, passphrase: BUNDLE_PASSPHRASE }, at);
}

let app: RunningApp;
let page: Page;
/** HQ's workspace file, which the host serves. */
let hqPath = '';
let laptop: TestWorkspace;
let field: Installation;
let hqIdentity: SyncIdentity;
let fieldIdentity: SyncIdentity;
const signalIds: string[] = [];
/** A visit of the demo whose team includes a field user (who will sign in to its pack). */
let packVisit: Visit;

/** The laptop gets HQ's workspace, records two signals, and both sides edit them concurrently. */
async function prepare(db: string): Promise<void> {
  hqPath = db;
  laptop = createTestWorkspace(TODAY);
  let fieldPlanner = '';
  laptop.seed((w) => (fieldPlanner = w.insert('users', { name: 'M. Okafor', role: 'planner' })));
  field = installation(laptop.ws, fieldPlanner);
  const hqWorkspace = openWorkspace(db);
  try {
    const hq = installation(hqWorkspace, PLANNER);
    hqIdentity = hq.call('sync.identity', {});
    packVisit = hq
      .call('visits.list', {})
      .find((v) => v.team.some((name) => ['R. Kaur', 'E. Novak'].includes(name)))!;
    fieldIdentity = field.call('sync.identity', {});
    hq.call('sync.trustPeer', {
      siteId: fieldIdentity.siteId,
      publicKey: fieldIdentity.publicKey,
      name: 'Field laptop',
    });
    field.call('sync.trustPeer', {
      siteId: hqIdentity.siteId,
      publicKey: hqIdentity.publicKey,
      name: 'Headquarters',
    });
    send(hq, field, fieldIdentity.siteId);
    for (const text of ['Border post reopened', 'Court reform announced'])
      signalIds.push(
        field.call('signals.create', {
          iso3: 'KEN',
          kind: 'trend',
          occurredOn: '2026-10-01',
          severity: 3,
          halfLifeDays: 180,
          source: null,
          text,
        }).id,
      );
    send(field, hq, hqIdentity.siteId);
    // Neither side sees the other's edit; the laptop's are a second later, and win.
    for (const [i, id] of signalIds.entries()) {
      hq.call('signals.update', { id, text: `${['Border post', 'Court reform'][i]}: HQ wording` });
      field.call(
        'signals.update',
        { id, text: `${['Border post', 'Court reform'][i]}: field wording` },
        EDITS_AT + 1000,
      );
    }
    const merged = send(field, hq, hqIdentity.siteId, EDITS_AT + 2000);
    expect(merged.conflicts).toBe(2);
  } finally {
    hqWorkspace.close();
  }
}

beforeAll(async () => {
  app = await startApp({ prepare });
  appStartedAt = Date.now();
  page = app.page;
  await page.goto(app.url);
}, 240_000);

afterAll(async () => {
  await app?.stop();
  laptop?.close();
});

/** The open conflict whose values include `text`. */
const conflictWith = (text: string) => page.getByRole('article').filter({ hasText: text });

async function openConflicts(): Promise<void> {
  await openFromNav(page, 'Review (CTC)');
  // By keyboard, from the parts of Review.
  const link = page
    .getByRole('navigation', { name: 'Parts of Review' })
    .getByRole('link', { name: /^Conflicts/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Conflicts' }).waitFor();
}

/** Fills the bundle passphrase twice in Settings → Sync and saves the bundle made. */
async function makeBundle(): Promise<{ file: Download; bytes: Buffer }> {
  const make = page.getByRole('region', { name: 'Make a bundle' });
  await make.getByLabel('Bundle passphrase', { exact: true }).fill(BUNDLE_PASSPHRASE);
  await make.getByLabel('The same passphrase again', { exact: true }).fill(BUNDLE_PASSPHRASE);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    make.getByRole('button', { name: 'Make the bundle' }).click(),
  ]);
  return { file, bytes: readFileSync((await file.path())!) };
}

describe('Review → Conflicts', () => {
  it('shows a CTC member the conflicts to read, without the means to settle them', async () => {
    await signIn(page, 'C. Lindqvist');
    await openConflicts();
    await page.getByRole('heading', { name: 'Open: 2 conflicts' }).waitFor();
    expect(await conflictWith('Border post: HQ wording').innerText()).toContain(
      'Border post: field wording',
    );
    await page
      .getByRole('note')
      .filter({ hasText: 'resolving conflicts is for CTED planners' })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Keep other' }).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('lets a planner keep the other value, write a third, and send the result in a bundle', async () => {
    await switchUser(page, PLANNER);
    await openConflicts();
    const tab = page.getByRole('link', { name: 'Conflicts (2 open)' });
    expect(await tab.getAttribute('aria-current')).toBe('page');

    // Both values side by side, with who made each, where and when.
    const first = conflictWith('Border post: HQ wording');
    expect(await first.getByRole('heading', { level: 3 }).innerText()).toBe(
      'Signal · Kenya · 1 Oct 2026 · “Border post: field wording”',
    );
    const sides = (await first.locator('.version-column').allInnerTexts()).map((side) =>
      side.replace(/\n+/g, ' | '),
    );
    expect(sides).toEqual([
      'Current value | Border post: field wording | By M. Okafor at Field laptop, 29 Nov 2026, 12:01 UTC',
      'Other value | Border post: HQ wording | By N. Haddad at this installation, 29 Nov 2026, 12:01 UTC',
    ]);
    expect(await first.innerText()).toContain('Field: Text');

    await app.screenshot('conflicts');
    await first.getByRole('button', { name: 'Keep other' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Resolved: Text is now “Border post: HQ wording”.' })
      .waitFor();
    await page.getByRole('heading', { name: 'Open: 1 conflict' }).waitFor();
    await page.getByRole('link', { name: 'Conflicts (1 open)' }).waitFor();

    // A third value, checked before it is sent.
    const second = conflictWith('Court reform: HQ wording');
    await second.getByRole('button', { name: 'Write another value' }).click();
    const dialog = page.getByRole('dialog', { name: 'Write another value: Text' });
    await dialog.getByLabel('Value to keep').fill('  ');
    await dialog.getByRole('button', { name: 'Keep this value' }).click();
    expect(await fieldProblems(page, 'Value to keep')).toContain('Write the value to keep.');
    await dialog.getByLabel('Value to keep').fill('Court reform: agreed wording');
    await dialog.getByRole('button', { name: 'Keep this value' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Open: 0 conflicts' }).waitFor();

    const resolved = await rowsOf(page, 'Conflicts already resolved').allInnerTexts();
    expect(resolved).toHaveLength(2);
    expect(resolved.join('\n')).toMatch(
      /Border post: HQ wording.*\tText\tThe other value\tBorder post: HQ wording\tN\. Haddad/,
    );
    expect(resolved.join('\n')).toMatch(
      /Text\tA value written by hand\tCourt reform: agreed wording\tN\. Haddad/,
    );

    // The signals hold the values kept.
    await page.evaluate(() => (window.location.hash = '#/planning/inputs'));
    const signals = await page.locator('table').filter({ hasText: 'agreed wording' }).innerText();
    expect(signals).toContain('Border post: HQ wording');
    expect(signals).toContain('Court reform: agreed wording');

    // Settings → Sync: a bundle for the laptop, which then holds the same values.
    await openFromNav(page, 'Settings');
    await page.getByRole('link', { name: /^Sync with other installations/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Sync' }).waitFor();
    const make = page.getByRole('region', { name: 'Make a bundle' });
    await make
      .getByLabel('For', { exact: true })
      .selectOption({ label: `Field laptop (${fieldIdentity.fingerprint})` });
    await make.getByText(/^A bundle made now carries \d+ changes\.$/).waitFor();
    const bundle = await makeBundle();
    expect(bundle.file.suggestedFilename()).toMatch(
      new RegExp(`^${hqIdentity.siteId}-\\d{6}\\.ctedsync$`),
    );
    const imported = field.call(
      'sync.importBundle',
      { bundle: bundle.bytes.toString('base64'), passphrase: BUNDLE_PASSPHRASE },
      laptopNow(),
    );
    expect(imported.conflicts).toBe(0);
    expect(
      field
        .call('signals.list', { iso3: 'KEN' }, laptopNow())
        .filter((s) => signalIds.includes(s.id))
        .map((s) => s.text)
        .sort(),
    ).toEqual(['Border post: HQ wording', 'Court reform: agreed wording']);
    const there = field.call('conflicts.list', { open: false }, laptopNow());
    expect(there.map((c) => [c.resolution, c.resolvedBy]).sort()).toEqual([
      ['other', PLANNER],
      ['value', PLANNER],
    ]);
    expect(app.errors).toEqual([]);
  }, 120_000);
});

describe('Settings → Sync', () => {
  it('checks a key before trusting it, makes a bundle, and refuses a tampered one with its reason, changing nothing', async () => {
    // Another planner, straight to the page by its address.
    await switchUser(page, 'J. Moreau');
    await page.evaluate(() => (window.location.hash = '#/settings/sync'));
    await page.getByRole('heading', { level: 1, name: 'Sync' }).waitFor();
    // What the other side needs, and the fingerprint to compare by voice.
    const identity = page.getByRole('region', { name: 'This installation' });
    await identity.getByText(hqIdentity.fingerprint, { exact: true }).waitFor();
    expect(await identity.innerText()).toContain(hqIdentity.publicKey);

    // A malformed key is named at its field, and nothing is trusted.
    await page.getByRole('button', { name: 'Trust an installation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Trust an installation' });
    await dialog.getByLabel('Its installation id').fill('laptop2');
    await dialog.getByLabel('Its public key').fill('not-a-key');
    await dialog.getByLabel('A name for it').fill('Second laptop');
    await dialog.getByRole('button', { name: 'Trust an installation' }).click();
    expect(await fieldProblems(page, 'Its public key')).toContain(
      'A public key is 64 hexadecimal digits',
    );
    await dialog.getByRole('button', { name: 'Close without saving' }).click();
    expect(await rowsOf(page, 'Trusted installations').allInnerTexts()).toHaveLength(1);

    // A bundle for any trusted installation.
    const made = await makeBundle();
    expect(made.file.suggestedFilename()).toMatch(/\.ctedsync$/);
    await page.getByText(`Saved ${made.file.suggestedFilename()}:`, { exact: false }).waitFor();

    // A bundle from the laptop, altered on the way: refused with the reason, nothing applied.
    field.call('signals.update', { id: signalIds[0], severity: 5 }, laptopNow());
    const sent = field.call(
      'sync.exportBundle',
      { to: hqIdentity.siteId, passphrase: BUNDLE_PASSPHRASE },
      laptopNow(),
    );
    const bytes = Buffer.from(sent.bundle, 'base64');
    const intact = join(laptop.dir, `intact-${sent.fileName}`);
    writeFileSync(intact, bytes);
    const inCiphertext = bytes.length - 100;
    bytes.writeUInt8(bytes.readUInt8(inCiphertext) ^ 0xff, inCiphertext);
    const path = join(laptop.dir, sent.fileName);
    writeFileSync(path, bytes);
    const anchor = () => cli<AuditAnchor>(hqPath, 'audit.anchor', {}, 'Demo Administrator');
    const before = await anchor();
    const importing = page.getByRole('region', { name: 'Import a bundle' });
    await importing.getByLabel('Bundle file').setInputFiles(path);
    await importing.getByLabel('Bundle passphrase', { exact: true }).fill(BUNDLE_PASSPHRASE);
    await importing.getByRole('button', { name: 'Import the bundle' }).click();
    const alert = importing.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      'The bundle was refused: The bundle’s signature does not match its contents: it was altered after it was signed, damaged in transit, or forged. Nothing from the bundle was applied.',
    );
    expect(await anchor()).toMatchObject({ count: before.count, hash: before.hash });
    // The browser logs the refused call (HTTP 422 for an altered bundle): expected, once.
    expect(app.errors).toEqual([
      'console: Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)',
    ]);
    app.errors.length = 0;

    await app.screenshot('sync-refused');
    // The same bundle as it was made: applied, and summed up.
    await importing.getByLabel('Bundle file').setInputFiles(intact);
    await importing.getByRole('button', { name: 'Import the bundle' }).click();
    const summary = importing.locator('.panel-success');
    await summary.getByRole('heading', { name: 'Imported a bundle from Field laptop' }).waitFor();
    expect((await summary.innerText()).replace(/\n+/g, ' | ')).toMatch(
      /Changes in the bundle \| \d+ \| New here \| \d+ \| Already had \| \d+ \| Became the value \| \d+ \| Conflicts \| 0$/,
    );
    expect((await anchor()).count).toBeGreaterThan(before.count);
    expect(app.errors).toEqual([]);
  });
});

describe('Export field pack', () => {
  it('checks the passphrase, saves the pack and shows the fingerprint of the installation HQ now trusts', async () => {
    await page.evaluate((id) => (window.location.hash = `#/visits/${id}`), packVisit.id);
    await page.getByRole('button', { name: 'Export field pack…' }).click();
    const dialog = page.getByRole('dialog', {
      name: `Export the field pack of ${packVisit.stateName}`,
    });
    expect(await dialog.innerText()).toContain('The team needs that passphrase to open it');
    await dialog.getByLabel('Pack passphrase', { exact: true }).fill(BUNDLE_PASSPHRASE);
    await dialog.getByLabel('The same passphrase again', { exact: true }).fill('another phrase');
    await dialog.getByRole('button', { name: 'Export the pack' }).click();
    expect(await fieldProblems(page, 'The same passphrase again')).toContain(
      'The two passphrases differ.',
    );
    await dialog.getByLabel('The same passphrase again', { exact: true }).fill(BUNDLE_PASSPHRASE);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export the pack' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^visit-${packVisit.iso3.toLowerCase()}-.*\\.cted$`),
    );
    const fingerprint = await dialog.locator('dd strong').innerText();
    expect(fingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    await app.screenshot('field-pack');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.evaluate(() => (window.location.hash = '#/settings/sync'));
    const trusted = rowsOf(page, 'Trusted installations').filter({ hasText: fingerprint });
    await trusted.waitFor();
    expect(app.errors).toEqual([]);
  });
});
