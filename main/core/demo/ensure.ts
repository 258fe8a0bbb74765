// The demo workspace the app opens: generated once, and again only when the generator changes.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { WorkspaceError } from '../errors';
import { getMeta, openWorkspace, type OpenOptions, type Workspace } from '../db/workspace';
import { DEMO_GENERATOR_VERSION, generateDemo } from './generate';

/** Resolution 2617 (2021): the seed of the demo everyone sees. */
export const DEMO_SEED = 2617;

export interface DemoOpenOptions {
  /** The date the demo is generated "as of", when it has to be generated. */
  today: string;
  /** A better-sqlite3 binding for another runtime (Electron). */
  nativeBinding?: string | undefined;
}

/** Opens the demo workspace at `path`, generating it (seed 2617, scale 1) if missing or made by an older generator version (meta 'demo_generator' key); returns the open workspace. */
export function openDemoWorkspace(path: string, options: DemoOpenOptions): Workspace {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  mkdirSync(dirname(path), { recursive: true });
  const existing = openCurrent(path, binding);
  if (existing) return existing;
  removeDatabase(path);
  // Generated aside and renamed in place, so that a crash never leaves a half-made demo.
  const temporary = `${path}.generating`;
  removeDatabase(temporary);
  const ws = openWorkspace(temporary, { ...binding, create: true });
  try {
    generateDemo(ws, { seed: DEMO_SEED, scale: 1, today: options.today });
    // Folds the write-ahead log into the file, so that the file alone holds everything.
    ws.db.pragma('journal_mode = DELETE');
  } finally {
    ws.close();
  }
  renameSync(temporary, path);
  return openWorkspace(path, binding);
}

/** The demo at `path` if it exists, opens and was made by this generator; null otherwise. */
function openCurrent(path: string, binding: OpenOptions): Workspace | null {
  if (!existsSync(path)) return null;
  let ws: Workspace;
  try {
    ws = openWorkspace(path, binding);
  } catch (e) {
    // A damaged demo, or one from a newer app, is simply made again.
    if (e instanceof WorkspaceError) return null;
    throw e;
  }
  if (getMeta(ws.db, 'demo_generator') === DEMO_GENERATOR_VERSION) return ws;
  ws.close();
  return null;
}

function removeDatabase(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
}
