// End-to-end harness: a fresh demo workspace, the HTTP host serving the built renderer on it, and
// a real Chromium page that records every console error and uncaught page error.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSPHRASE } from '../../shared/api/session';
import { launchChromium } from '../chromium';

export const TODAY = '2026-11-29';
const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = join(ROOT, 'test-results');
export interface RunningApp {
  /** The address printed by the host, with its access token. */
  url: string;
  /** The address without the token, as a user would type it. */
  origin: string;
  browser: Browser;
  page: Page;
  /** Console errors and uncaught exceptions of `page`, in order. */
  errors: string[];
  /** Opens another page in a fresh context (its own sessionStorage), not watched for errors. */
  freshPage(): Promise<Page>;
  /** Saves what the window shows (of `page`, by default the watched one) as test-results/e2e-NAME.png. */
  screenshot(name: string, of?: Page): Promise<void>;
  /**
   * Lets time pass: starts the host again on the same workspace with another "today" (a new
   * address and token), opens the app there in `page` and signs in as `user` (sessions do not
   * outlive the host).
   */
  livingOn(today: string, user: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs a Node script of the project (signing in, where it must, with the demo users' passphrase)
 * and resolves with its standard output once it exits successfully.
 */
function runNode(args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CTED_PASSPHRASE: DEMO_PASSPHRASE },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0
        ? done(stdout)
        : fail(new Error(`node ${args.join(' ')} exited with ${code}:\n${stdout}${stderr}`)),
    );
  });
}

/** One API call through the command line, as a named user on a given day; its JSON value. */
export async function cli<T>(
  db: string,
  method: string,
  input: object,
  user: string,
  today = TODAY,
): Promise<T> {
  const output = await runNode([
    'bin/cted-planner.mjs',
    'call',
    method,
    JSON.stringify(input),
    '--db',
    db,
    '--user',
    user,
    '--today',
    today,
  ]);
  return JSON.parse(output) as T;
}

/** Starts the host and resolves with the address it prints ("Open http://127.0.0.1:PORT/?token=…"). */
function startHost(
  db: string,
  today: string,
  extraArgs: string[] = [],
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'main/host/index.ts',
      '--port',
      '0',
      '--db',
      db,
      '--today',
      today,
      ...extraArgs,
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((done, fail) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\w+)/.exec(output)?.[1];
      if (url) done({ child, url });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', fail);
    child.on('exit', (code) =>
      fail(new Error(`The host exited (code ${code}) before printing its address:\n${output}`)),
    );
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

export interface StartOptions {
  /**
   * Runs on the fresh demo workspace before the host opens it, e.g. command-line calls that put
   * the workspace in the state a journey starts from. Receives the workspace file's path.
   */
  prepare?: (dbPath: string) => Promise<void>;
  /** Serve the workspace read-only (the host's --read-only). */
  readOnly?: boolean;
  /** Start from a new, empty workspace (nobody can sign in yet) instead of the demo. */
  empty?: boolean;
  /**
   * Serve this existing workspace instead of a fresh demo one (it is left in place on stop), e.g.
   * an encrypted field workspace, with the file holding its key (the host's --key-file).
   */
  workspace?: { path: string; keyFile?: string };
}

/** The newest change to the files the renderer is built from (its own and the shared code). */
function newestRendererSource(): number {
  let newest = 0;
  for (const dir of ['renderer', 'shared'].map((d) => join(ROOT, d)))
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }))
      newest = Math.max(newest, statSync(join(dir, file)).mtimeMs);
  return newest;
}

/**
 * The tests drive the built renderer: refuse to start without it, or with one older than its
 * sources (a run of a few end-to-end tests after an edit would otherwise test the old build).
 */
function assertRendererBuilt(): void {
  const index = join(ROOT, 'dist/renderer/index.html');
  if (!existsSync(index))
    throw new Error(
      'The end-to-end tests drive the built renderer, and dist/renderer/index.html is missing: run `npx vite build` first (npm test does it).',
    );
  if (newestRendererSource() > statSync(index).mtimeMs)
    throw new Error(
      'The built renderer (dist/renderer) is older than its sources in renderer/ or shared/: run `npx vite build` first (npm test does it), or the tests would drive the old build.',
    );
}

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  assertRendererBuilt();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'cted-e2e-'));
  const db = options.workspace?.path ?? join(dir, 'w.sqlite');
  let host: ChildProcess | null = null;
  let browser: Browser | null = null;
  const stop = async () => {
    await browser?.close();
    if (host) await stopProcess(host);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const demo = options.empty ? [] : ['--demo'];
    if (!options.workspace)
      await runNode(['bin/cted-planner.mjs', 'init', '--db', db, ...demo, '--today', TODAY]);
    await options.prepare?.(db);
    const hostArgs = options.readOnly ? ['--read-only'] : [];
    const keyFile = options.workspace?.keyFile;
    if (keyFile) hostArgs.push('--key-file', keyFile);
    const started = await startHost(db, TODAY, hostArgs);
    host = started.child;
    browser = await launchChromium();
    const openPage = async () => {
      const context = await browser!.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'en-GB',
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    };
    const page = await openPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
    const app: RunningApp = {
      url: started.url,
      origin: new URL(started.url).origin,
      browser,
      page,
      errors,
      freshPage: openPage,
      screenshot: async (name, of = page) =>
        void (await of.screenshot({ path: join(SCREENSHOTS, `e2e-${name}.png`) })),
      livingOn: async (today, user) => {
        await stopProcess(host!);
        const next = await startHost(db, today, hostArgs);
        host = next.child;
        app.url = next.url;
        app.origin = new URL(next.url).origin;
        await page.goto(next.url);
        await signIn(page, user);
      },
      stop,
    };
    return app;
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * Signs in through the sign-in screen, as a user would, and waits until the app shows who is
 * signed in. Every demo user's passphrase is the documented one.
 */
export async function signIn(
  page: Page,
  user: string,
  passphrase = DEMO_PASSPHRASE,
): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('User name', { exact: true }).fill(user);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await signedInAs(page, user);
}

/** Waits until the header says that `user` is signed in. */
export async function signedInAs(page: Page, user: string): Promise<void> {
  await page.locator('.session-bar').getByText(user, { exact: true }).waitFor();
}

/** Signs out and in again as `user`: how a journey changes who acts. */
export async function switchUser(page: Page, user: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await signIn(page, user);
}
