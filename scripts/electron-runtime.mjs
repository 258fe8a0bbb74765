// What `npm start` and `npm run package` need beyond `npm ci`: the Electron runtime (npm ci skips
// its download on purpose, see package.json allowScripts) and a binding of the SQLite driver
// (better-sqlite3-multiple-ciphers) built for Electron's ABI, kept in .electron-native/<version>/
// so that the Node build used by the tests and the CLI stays untouched. The main process finds that
// binding at this fixed place in development (main/electron/main.ts); the packaging hook copies it
// into the package.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronPackageDir = dirname(require.resolve('electron/package.json'));
export const electronVersion = require('electron/package.json').version;
/** The unpacked runtime that electron/install.js writes (what electron-builder's electronDist takes). */
export const electronDist = join(electronPackageDir, 'dist');
const nativeDir = join(root, '.electron-native', electronVersion);
/** The SQLite driver package (docs/decisions.md). */
const DRIVER = 'better-sqlite3-multiple-ciphers';
/** The SQLite binding built for Electron; main.ts looks for it at this very path. */
export const electronSqliteBinding = join(
  nativeDir,
  DRIVER,
  'build',
  'Release',
  'better_sqlite3.node',
);

/** Stops with a message that says what is missing, and what works without it. */
export function fail(command, message) {
  console.error(
    `\n${command} could not complete.\n${message}\n\nThe web version works without Electron: npm run web`,
  );
  process.exit(1);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  return result.status === 0;
}

/** The Electron executable, if the runtime is installed. */
export function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** The runtime, fetched by Electron's own install script if missing; stops if that fails. */
export function ensureElectronRuntime(command) {
  let binary = electronBinary();
  if (binary) return binary;
  console.log(`Fetching the Electron ${electronVersion} runtime…`);
  if (
    !run(process.execPath, [join(electronPackageDir, 'install.js')], { cwd: electronPackageDir })
  ) {
    fail(
      command,
      `The Electron ${electronVersion} runtime is missing (expected in ${electronDist}) and could not be downloaded (no network access to its release files on github.com?).`,
    );
  }
  binary = electronBinary();
  if (!binary)
    fail(
      command,
      `The Electron runtime download did not produce an executable in ${electronDist}.`,
    );
  return binary;
}

/** The SQLite binding for Electron's ABI, built once (about a minute); stops if that fails. */
export function ensureElectronSqlite(command) {
  if (existsSync(electronSqliteBinding)) return electronSqliteBinding;
  console.log(
    `Building the SQLite binding for Electron ${electronVersion} (about a minute, once)…`,
  );
  rmSync(join(nativeDir, DRIVER), { recursive: true, force: true });
  mkdirSync(nativeDir, { recursive: true });
  const source = dirname(require.resolve(`${DRIVER}/package.json`));
  // Copy the sources without the Node build, which must stay as it is.
  cpSync(source, join(nativeDir, DRIVER), {
    recursive: true,
    filter: (src) => !src.startsWith(join(source, 'build')),
  });
  const env = {
    ...process.env,
    npm_config_runtime: 'electron',
    npm_config_target: electronVersion,
    npm_config_disturl: 'https://electronjs.org/headers',
    npm_config_build_from_source: 'true',
  };
  if (
    !run('npm', ['run', 'install'], { cwd: join(nativeDir, DRIVER), env }) ||
    !existsSync(electronSqliteBinding)
  ) {
    fail(
      command,
      `The SQLite binding for Electron ${electronVersion} could not be built (a C++ toolchain and Electron’s headers from electronjs.org are needed); expected at ${electronSqliteBinding}.`,
    );
  }
  return electronSqliteBinding;
}

/** The renderer (dist/renderer) and the main process and preload (dist/electron). */
export function buildApp(command) {
  if (
    !run(process.execPath, ['node_modules/vite/bin/vite.js', 'build']) ||
    !run(process.execPath, [
      'node_modules/vite/bin/vite.js',
      'build',
      '-c',
      'vite.electron.config.ts',
    ])
  )
    fail(command, 'The build failed (see above).');
}
