// The host behind `npm run web` (scripts/web.mjs bundles it into dist/host and builds the
// interface when their sources changed): open the workspace (the demo one by default) and serve it
// and the built interface on 127.0.0.1 with a fresh random token.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PASSPHRASE } from '../../shared/api/session';
import { Gate } from '../core/auth/gate';
import { clockFor } from '../core/clock';
import { getMeta } from '../core/db/workspace';
import { createDispatcher } from '../core/dispatcher';
import { WorkspaceError, WorkspaceKeyError } from '../core/errors';
import { openWorkspaceOrDemo } from '../core/open';
import { keyErrorMessage, workspaceKey } from '../cli/key';
import { SecretError } from '../cli/secrets';
import { startHost } from './server';

const HELP = `Usage: npm run web -- [--port N] [--db FILE] [--today YYYY-MM-DD] [--no-build]

  --port N      port on 127.0.0.1 (default 4317; 0 picks a free one)
  --db FILE     workspace file to open (default: the embedded demo workspace)
  --today DATE  run as if today were DATE (deadlines, alerts)
  --read-only   open the workspace read-only: everything can be looked at, nothing changed
  --key-file F  the key of an encrypted workspace given with --db (or set CTED_WORKSPACE_KEY)
  --no-build    serve what is already built, even if its sources changed`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4317' },
      db: { type: 'string' },
      today: { type: 'string' },
      'read-only': { type: 'boolean', default: false },
      'key-file': { type: 'string' },
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
  if (values['key-file'] !== undefined && !values.db)
    throw new UsageError('--key-file opens an encrypted workspace given with --db FILE.');
  // The key is read only for a given workspace: the demo workspace is never encrypted.
  const key = values.db ? workspaceKey(values['key-file']) : undefined;
  const ws = openWorkspaceOrDemo(values.db, now, { readOnly: values['read-only'], key });
  const host = await startHost({
    gate: new Gate(ws, createDispatcher(ws, { now }), { now }),
    staticDir,
    token: randomBytes(24).toString('hex'),
    port,
  });
  console.log(`CTED Visit Planner is serving ${ws.path}`);
  if (getMeta(ws.db, 'demo') === '1')
    console.log(
      `Every demo user's passphrase is "${DEMO_PASSPHRASE}" (the sign-in page lists the users).`,
    );
  console.log(`Open ${host.url}`);
  const stop = () => host.close().then(() => (ws.close(), process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

class UsageError extends Error {}

main().catch((e: unknown) => {
  if (e instanceof WorkspaceKeyError) console.error(keyErrorMessage(e));
  else if (e instanceof SecretError) console.error(e.message);
  else if (e instanceof UsageError || e instanceof WorkspaceError)
    console.error(`${(e as Error).message}\n\n${HELP}`);
  else console.error(`Could not start: ${(e as Error).message}`);
  process.exit(1);
});
