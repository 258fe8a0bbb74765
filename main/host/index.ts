// The host behind `npm run web` (scripts/web.mjs bundles it into dist/host and builds the
// interface when their sources changed): open the workspace (the demo one by default) and serve it
// and the built interface on 127.0.0.1 with a fresh random token.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clockFor } from '../core/clock';
import { createDispatcher } from '../core/dispatcher';
import { WorkspaceError } from '../core/errors';
import { openWorkspaceOrDemo } from '../core/open';
import { startHost } from './server';

const HELP = `Usage: npm run web -- [--port N] [--db FILE] [--user NAME_OR_ID] [--today YYYY-MM-DD] [--no-build]

  --port N      port on 127.0.0.1 (default 4317; 0 picks a free one)
  --db FILE     workspace file to open (default: the embedded demo workspace)
  --user NAME   act as this workspace user when the UI has not chosen one (default: first admin)
  --today DATE  run as if today were DATE (deadlines, alerts)
  --read-only   open the workspace read-only: everything can be looked at, nothing changed
  --no-build    serve what is already built, even if its sources changed`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4317' },
      db: { type: 'string' },
      user: { type: 'string' },
      today: { type: 'string' },
      'read-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void console.log(HELP);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}".`);

  const staticDir = resolve('dist/renderer');
  const now = clockFor(values.today);
  if (!values.db)
    console.log(
      'Opening the demo workspace (it is generated on first use; this takes a few seconds)…',
    );
  const ws = openWorkspaceOrDemo(values.db, now, { readOnly: values['read-only'] });
  const host = await startHost({
    dispatcher: createDispatcher(ws, { now }),
    staticDir,
    token: randomBytes(24).toString('hex'),
    port,
    defaultUser: values.user ?? null,
  });
  console.log(`CTED Visit Planner is serving ${ws.path}`);
  console.log(`Open ${host.url}`);
  const stop = () => host.close().then(() => (ws.close(), process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

class UsageError extends Error {}

main().catch((e: unknown) => {
  if (e instanceof UsageError || e instanceof WorkspaceError)
    console.error(`${(e as Error).message}\n\n${HELP}`);
  else console.error(`Could not start: ${(e as Error).message}`);
  process.exit(1);
});
