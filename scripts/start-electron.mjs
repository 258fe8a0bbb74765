// `npm start`: run the desktop app on the demo workspace (or `npm start -- --db=FILE`).
// Gets the Electron runtime if it is missing, builds the renderer and the main process, and keeps
// a better-sqlite3 binding built for Electron's ABI apart from the Node one used by tests and CLI.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const electronPackageDir = dirname(require.resolve('electron/package.json'));
const electronVersion = require('electron/package.json').version;
const nativeDir = join(root, '.electron-native', electronVersion);
const binding = join(nativeDir, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

function fail(message) {
  console.error(
    `\nnpm start could not launch the desktop app.\n${message}\n\nThe web version works without Electron: npm run web`,
  );
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  return result.status === 0;
}

function electronBinary() {
  try {
    return require('electron');
  } catch {
    return null;
  }
}

// 1. The Electron runtime (npm ci skips its download script on purpose).
let binary = electronBinary();
if (!binary || !existsSync(binary)) {
  console.log(`Fetching the Electron ${electronVersion} runtime…`);
  if (
    !run(process.execPath, [join(electronPackageDir, 'install.js')], { cwd: electronPackageDir })
  ) {
    fail(
      `The Electron ${electronVersion} runtime is not installed and could not be downloaded (no network access to its release files?).`,
    );
  }
  binary = electronBinary();
  if (!binary || !existsSync(binary))
    fail('The Electron runtime download did not produce an executable.');
}

// 2. better-sqlite3 for Electron's ABI, built in its own folder so the Node build stays untouched.
if (!existsSync(binding)) {
  console.log(
    `Building the SQLite binding for Electron ${electronVersion} (about a minute, once)…`,
  );
  rmSync(join(nativeDir, 'better-sqlite3'), { recursive: true, force: true });
  mkdirSync(nativeDir, { recursive: true });
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  // Copy the sources without the Node build, which must stay as it is.
  cpSync(source, join(nativeDir, 'better-sqlite3'), {
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
    !run('npm', ['run', 'install'], { cwd: join(nativeDir, 'better-sqlite3'), env }) ||
    !existsSync(binding)
  ) {
    fail(
      'The SQLite binding for Electron could not be built (a C++ toolchain and Electron’s headers are needed).',
    );
  }
}

// 3. Build and launch.
if (
  !run('npx', ['vite', 'build']) ||
  !run('npx', ['vite', 'build', '-c', 'vite.electron.config.ts'])
)
  fail('The build failed (see above).');
const launched = spawnSync(binary, ['.', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, CTED_SQLITE_BINDING: binding },
});
process.exit(launched.status ?? 1);
