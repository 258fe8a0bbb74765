// `npm start`: run the desktop app on the demo workspace (or `npm start -- --db=FILE`).
// Gets the Electron runtime if it is missing, builds the SQLite binding for Electron (once), the
// renderer and the main process, then launches. See electron-runtime.mjs.
import { spawnSync } from 'node:child_process';
import {
  buildApp,
  ensureElectronRuntime,
  ensureElectronSqlite,
  root,
} from './electron-runtime.mjs';

const COMMAND = 'npm start';
const binary = ensureElectronRuntime(COMMAND);
ensureElectronSqlite(COMMAND);
buildApp(COMMAND);
// The main process finds the SQLite binding at its fixed place in .electron-native/ by itself.
const launched = spawnSync(binary, ['.', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(launched.status ?? 1);
