// `npm run package` (`npm run package -- --dir` for an unpacked folder): the desktop app packaged
// by electron-builder for this computer's platform, into dist/packages. Needs what `npm start`
// needs (the Electron runtime, the SQLite binding built for Electron) and says which is missing.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  buildApp,
  electronDist,
  ensureElectronRuntime,
  ensureElectronSqlite,
  fail,
  run,
} from './electron-runtime.mjs';

const COMMAND = 'npm run package';
const require = createRequire(import.meta.url);

let builderCli = null;
try {
  builderCli = require.resolve('electron-builder/cli.js');
} catch {
  builderCli = null;
}
if (!builderCli || !existsSync(builderCli))
  fail(COMMAND, 'electron-builder is not installed (it is a dev dependency): run npm ci.');

ensureElectronRuntime(COMMAND);
ensureElectronSqlite(COMMAND);
buildApp(COMMAND);
// electron-builder.yml is read by default; the runtime already installed in node_modules/electron/dist is packaged: nothing is downloaded.
if (
  !run(process.execPath, [
    builderCli,
    `--config.electronDist=${electronDist}`,
    ...process.argv.slice(2),
  ])
)
  fail(COMMAND, 'electron-builder failed (see above).');
