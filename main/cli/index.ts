// `cted-planner`: the command line over the same dispatcher as the UI.
import { existsSync, lstatSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clockFor } from '../core/clock';
import { generateDemo } from '../core/demo/generate';
import { createDispatcher } from '../core/dispatcher';
import { WorkspaceError, WorkspaceKeyError } from '../core/errors';
import {
  backupWorkspace,
  inspectWorkspace,
  isEncryptedWorkspace,
  openWorkspace,
} from '../core/db/workspace';
import { decryptWorkspace, encryptWorkspace } from '../core/db/encryption';
import { dateOfInstant } from '../../shared/domain/dates';
import { checkWorkspace } from '../core/db/check';
import { AUDIT_CHAIN_VERSION } from '../core/db/audit';
import type { ApiErrorBody } from '../../shared/api/contract';
import { auditAnchorSchema, type AuditAnchor } from '../../shared/api/areas/workspace';
import { KEY_ENV, keyErrorMessage, workspaceKey } from './key';
import { SecretError } from './secrets';
import { AUTH_HELP, AUTH_OPTIONS, newAdministratorPassphrase, signIn, SignInError } from './auth';
import { formatDiff, formatPlan } from './plan';
import { SYNC_HELP, SYNC_OPTIONS, syncFolder, syncRequest } from './sync';
import {
  exportPackFile,
  exportRequest,
  FIELD_HELP,
  FIELD_OPTIONS,
  openPackFile,
  openRequest,
} from './field';
import {
  checkImportFile,
  commitImportFile,
  IMPORT_HELP,
  IMPORT_OPTIONS,
  importRequest,
} from './importIndicators';
import { DEMO_PASSPHRASE } from '../../shared/api/session';
import { setUpFirstAdministrator } from '../core/auth/firstAdministrator';
import { hashPassphraseAsync } from '../core/auth/passphrase';

const HELP = `Usage: cted-planner <command> [options]

Commands:
  init --db FILE [--admin NAME] [--demo] [--seed N] [--scale K]
                                                     create a workspace with its first administrator
                                                     (passphrase as for signing in, below), or filled
                                                     with synthetic history (--demo)
  call METHOD [JSON] --db FILE [--user NAME]         call an API method; prints its value as JSON
  check --db FILE [--anchor FILE]                    check the file's integrity, schema and audit trail
                                                     (against a saved anchor if given); changes nothing
  audit anchor --db FILE --to FILE                   save the audit trail's anchor, to keep elsewhere
  migrate --db FILE                                  upgrade the workspace to this version's schema, after a copy
  backup --db FILE --to FILE                         copy a workspace safely while it may be in use
  plan build --year Y [--capacity N] [--reserve R] [--json] --db FILE
                                                     the ranked OP 12 list with each State's top factors
  plan diff --year Y --from A --to B --db FILE       what changed between two adopted versions
${IMPORT_HELP}
${SYNC_HELP}
${FIELD_HELP}
  encrypt --db FILE --key-file KEY                   encrypt a workspace in place with the key in KEY
  decrypt --db FILE --key-file KEY                   decrypt an encrypted workspace in place

Common options:
  --key-file FILE      the key of an encrypted workspace (or set ${KEY_ENV}); with init,
                       the new workspace is encrypted with it
  --today YYYY-MM-DD   run as if today were this date
  --help               show this help

${AUTH_HELP}`;

class UsageError extends Error {}

const OPTIONS = {
  db: { type: 'string' },
  to: { type: 'string' },
  anchor: { type: 'string' },
  'key-file': { type: 'string' },
  user: { type: 'string' },
  admin: { type: 'string' },
  ...AUTH_OPTIONS,
  ...SYNC_OPTIONS,
  ...FIELD_OPTIONS,
  ...IMPORT_OPTIONS,
  today: { type: 'string' },
  demo: { type: 'boolean', default: false },
  seed: { type: 'string', default: '2617' },
  scale: { type: 'string', default: '1' },
  help: { type: 'boolean', default: false },
  year: { type: 'string' },
  capacity: { type: 'string', default: '10' },
  reserve: { type: 'string', default: '5' },
  from: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

function positiveInt(name: string, text: string, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`--${name} must be a whole number from 1 to ${max}, not "${text}".`);
  return n;
}

/** An anchor saved by `audit anchor` (or the Settings page), read back for `check --anchor`. */
function readAnchor(path: string): AuditAnchor {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `There is no anchor file at ${path}.`
        : `${path} is not an audit anchor saved by CTED Visit Planner (it is not JSON).`,
    );
  }
  const parsed = auditAnchorSchema.safeParse(json);
  if (!parsed.success)
    throw new UsageError(`${path} is not an audit anchor saved by CTED Visit Planner.`);
  return parsed.data;
}

function requireDb(db: string | undefined): string {
  if (!db) throw new UsageError('Give the workspace file with --db FILE.');
  return db;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return command || values.help ? 0 : 1;
  }
  const now = clockFor(values.today);
  /** The key of an encrypted workspace (--key-file or the environment); undefined for a plain one. */
  const key = () => workspaceKey(values['key-file']);

  switch (command) {
    case 'init': {
      const path = requireDb(values.db);
      if (existsSync(path)) throw new UsageError(`${path} already exists; choose a new file name.`);
      const seed = positiveInt('seed', values.seed, 2 ** 31 - 1);
      const scale = positiveInt('scale', values.scale, 1000);
      if (values.admin !== undefined && values.demo)
        throw new UsageError('--admin is for a new, empty workspace: the demo has its own users.');
      // Asked (and checked) before the file exists, so that a refused one leaves nothing behind.
      const admin =
        values.admin === undefined
          ? null
          : {
              name: values.admin,
              hash: await hashPassphraseAsync(
                await newAdministratorPassphrase(values, values.admin),
              ),
            };
      const ws = openWorkspace(path, { create: true, key: key() });
      const encrypted = ws.encrypted ? ' (encrypted: it opens only with its key)' : '';
      try {
        if (values.demo) {
          const stats = generateDemo(ws, { seed, scale, today: dateOfInstant(now()) });
          console.log(
            `Created ${path}${encrypted} with synthetic demo data: ${JSON.stringify(stats)}`,
          );
          console.log(`Every demo user's passphrase is "${DEMO_PASSPHRASE}".`);
        } else if (admin) {
          createDispatcher(ws, { now });
          const user = setUpFirstAdministrator(ws, admin.name, admin.hash, now);
          console.log(
            `Created a workspace at ${path}${encrypted}; its first administrator is ${user.name}.`,
          );
        } else {
          createDispatcher(ws, { now });
          console.log(
            `Created an empty workspace at ${path}${encrypted}. Nobody can sign in yet: open it in the app to create its first administrator (or create it with --admin NAME).`,
          );
        }
      } finally {
        ws.close();
      }
      return 0;
    }
    case 'call': {
      const [method, json] = rest;
      if (!method)
        throw new UsageError(
          'Name the method to call, e.g. cted-planner call states.list --db FILE.',
        );
      let input: unknown = {};
      if (json !== undefined) {
        try {
          input = JSON.parse(json);
        } catch {
          throw new UsageError(`The input is not valid JSON: ${json}`);
        }
      }
      const path = requireDb(values.db);
      const user = await signIn(values, () => inspectWorkspace(path, { key: key() }));
      const ws = openWorkspace(path, { key: key() });
      try {
        const result = await createDispatcher(ws, { now }).callAsync(method, input, { user });
        console.log(JSON.stringify(result.ok ? result.value : result.error, null, 2));
        return result.ok ? 0 : 1;
      } finally {
        ws.close();
      }
    }
    case 'check': {
      // Read-only: never migrates or writes, so the file's bytes are the same afterwards.
      const anchor = values.anchor === undefined ? undefined : readAnchor(values.anchor);
      const ws = inspectWorkspace(requireDb(values.db), { key: key() });
      try {
        const report = checkWorkspace(ws, anchor);
        for (const line of report.lines) console.log(line);
        return report.ok ? 0 : 1;
      } finally {
        ws.close();
      }
    }
    case 'audit': {
      if (rest[0] !== 'anchor') throw new UsageError('Use "audit anchor --db FILE --to FILE".');
      const to = values.to;
      if (!to) throw new UsageError('Give the file to save the anchor in with --to FILE.');
      if (existsSync(to)) throw new UsageError(`${to} already exists; choose a new file name.`);
      const path = requireDb(values.db);
      const user = await signIn(values, () => inspectWorkspace(path, { key: key() }));
      const ws = inspectWorkspace(path, { key: key() });
      try {
        if (ws.schemaVersion < AUDIT_CHAIN_VERSION)
          throw new UsageError(
            `${ws.path} has no chained audit trail yet (schema ${ws.schemaVersion}): run cted-planner migrate --db ${ws.path} first.`,
          );
        const result = createDispatcher(ws, { now }).call('audit.anchor', {}, { user });
        if (!result.ok) {
          console.error(result.error.message);
          return 1;
        }
        writeFileSync(to, `${JSON.stringify(result.value, null, 2)}\n`, { flag: 'wx' });
        console.log(
          `Saved the audit anchor (${result.value.count} changes, up to change ${result.value.lastSeq}) to ${to}. Keep it away from the workspace; cted-planner check --anchor ${to} proves nothing before it was rewritten.`,
        );
        return 0;
      } finally {
        ws.close();
      }
    }
    case 'migrate': {
      const path = requireDb(values.db);
      const keyOfPath = key();
      const look = inspectWorkspace(path, { key: keyOfPath });
      const from = look.schemaVersion;
      look.close();
      if (from === look.latestVersion) {
        console.log(`${path} is already at schema ${from}; nothing to do.`);
        return 0;
      }
      const ws = openWorkspace(path, { key: keyOfPath });
      try {
        console.log(
          `Upgraded ${path} from schema ${from} to ${ws.schemaVersion}. The file as it was is kept at ${ws.backupPath}.`,
        );
        return 0;
      } finally {
        ws.close();
      }
    }
    case 'backup': {
      const from = requireDb(values.db);
      const to = values.to;
      if (!to) throw new UsageError('Give the backup file with --to FILE.');
      refuseBackupTarget(from, to);
      // Read-only: a backup neither migrates nor changes the workspace it copies.
      const ws = inspectWorkspace(from, { key: key() });
      try {
        await backupWorkspace(ws, to);
        console.log(
          `Backed up ${ws.path} to ${to}${ws.encrypted ? ' (encrypted with the same key)' : ''}.`,
        );
        return 0;
      } finally {
        ws.close();
      }
    }
    case 'plan': {
      const [sub] = rest;
      if (sub !== 'build' && sub !== 'diff')
        throw new UsageError('Use "plan build" or "plan diff".');
      if (!values.year) throw new UsageError('Give the list year with --year, e.g. --year 2027.');
      const year = positiveInt('year', values.year, 2100);
      const path = requireDb(values.db);
      const caller = { user: await signIn(values, () => inspectWorkspace(path, { key: key() })) };
      const ws = openWorkspace(path, { key: key() });
      try {
        const api = createDispatcher(ws, { now });
        if (sub === 'build') {
          const input = {
            year,
            capacity: positiveInt('capacity', values.capacity, 60),
            reserveSize: Number(values.reserve),
          };
          const result = api.call('plan.build', input, caller);
          if (!result.ok) return printError(result.error);
          console.log(
            values.json ? JSON.stringify(result.value, null, 2) : formatPlan(result.value),
          );
          return 0;
        }
        if (!values.from || !values.to)
          throw new UsageError('Give the two versions with --from A --to B.');
        const diff = api.call(
          'plan.diff',
          {
            year,
            from: positiveInt('from', values.from, 1000),
            to: positiveInt('to', values.to, 1000),
          },
          caller,
        );
        if (!diff.ok) return printError(diff.error);
        const states = api.call('states.list', {}, caller);
        const names = new Map(states.ok ? states.value.map((s) => [s.iso3, s.name]) : []);
        console.log(
          values.json ? JSON.stringify(diff.value, null, 2) : formatDiff(diff.value, names),
        );
        return 0;
      } finally {
        ws.close();
      }
    }
    case 'import': {
      const request = importRequest(rest, values);
      if (typeof request === 'string') throw new UsageError(request);
      const path = requireDb(values.db);
      const caller = { user: await signIn(values, () => inspectWorkspace(path, { key: key() })) };
      // Checked on a read-only look: a refused file or a dry run leaves the workspace as it was.
      const look = inspectWorkspace(path, { key: key() });
      let checked: ReturnType<typeof checkImportFile>;
      try {
        if (look.schemaVersion < look.latestVersion)
          throw new UsageError(
            `${path} was saved by an older version (schema ${look.schemaVersion}): run cted-planner migrate --db ${path} first.`,
          );
        checked = checkImportFile(createDispatcher(look, { now }), caller, request);
      } finally {
        look.close();
      }
      if ('exitCode' in checked) return checked.exitCode;
      if (request.dryRun) {
        console.log('Dry run: nothing was written.');
        return 0;
      }
      const ws = openWorkspace(path, { key: key() });
      try {
        return commitImportFile(createDispatcher(ws, { now }), caller, checked);
      } finally {
        ws.close();
      }
    }
    case 'sync': {
      const path = requireDb(values.db);
      const request = syncRequest(values);
      if (typeof request === 'string') throw new UsageError(request);
      const user = await signIn(values, () => inspectWorkspace(path, { key: key() }));
      const ws = openWorkspace(path, { key: key() });
      try {
        return syncFolder(createDispatcher(ws, { now }), { user }, request);
      } finally {
        ws.close();
      }
    }
    case 'field': {
      const [sub, packFile] = rest;
      if (sub === 'export') {
        const path = requireDb(values.db);
        // The key given opens HQ's workspace when it is encrypted; otherwise it is the pack's.
        const hqKey = isEncryptedWorkspace(path) ? key() : undefined;
        const request = exportRequest(values, hqKey === undefined ? key() : undefined);
        if (typeof request === 'string') throw new UsageError(request);
        const user = await signIn(values, () => inspectWorkspace(path, { key: hqKey }));
        const ws = openWorkspace(path, { key: hqKey });
        try {
          return exportPackFile(createDispatcher(ws, { now }), { user }, request);
        } finally {
          ws.close();
        }
      }
      if (sub === 'open') {
        const request = openRequest(values, packFile, key());
        if (typeof request === 'string') throw new UsageError(request);
        const passphrase = await newAdministratorPassphrase(values, request.user);
        return openPackFile(request, await hashPassphraseAsync(passphrase), now());
      }
      throw new UsageError('Use "field export" or "field open".');
    }
    case 'encrypt':
    case 'decrypt': {
      const path = requireDb(values.db);
      const given = key();
      if (given === undefined)
        throw new UsageError(
          `Give the key with --key-file FILE (or the ${KEY_ENV} environment variable).`,
        );
      if (command === 'encrypt') {
        encryptWorkspace(path, given);
        console.log(
          `Encrypted ${path}. It now opens only with its key: keep the key safe, as nothing can open the workspace without it.`,
        );
      } else {
        decryptWorkspace(path, given);
        console.log(`Decrypted ${path}: it opens without a key now.`);
      }
      return 0;
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

/**
 * A backup goes to a new, plain file: not the workspace itself nor its -wal/-shm/-journal files
 * (writing there would destroy it), and never through a symbolic link, dangling or not.
 */
function refuseBackupTarget(from: string, to: string): void {
  let link = false;
  try {
    link = lstatSync(to).isSymbolicLink();
  } catch {
    // Nothing there yet: the usual case.
  }
  if (link)
    throw new UsageError(
      `${to} is a symbolic link; a backup is not written through a link. Give the path of a new file.`,
    );
  const target = canonical(to);
  const source = canonical(from);
  const own: [string, string][] = [
    ['', 'the workspace itself'],
    ['-wal', 'the workspace’s write-ahead log'],
    ['-shm', 'the workspace’s shared-memory file'],
    ['-journal', 'the workspace’s journal'],
  ];
  for (const [suffix, what] of own)
    if (samePath(target, source + suffix) || samePath(resolve(to), resolve(from) + suffix))
      throw new UsageError(`${to} is ${what}; a backup must go to a separate, new file.`);
  if (existsSync(to)) throw new UsageError(`${to} already exists; choose a new file name.`);
}

/** Windows' and macOS's usual file systems ignore case. */
function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' || process.platform === 'darwin'
    ? a.toLowerCase() === b.toLowerCase()
    : a === b;
}

/** An absolute path with its folder's symbolic links resolved (the file itself may not exist). */
function canonical(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    try {
      return join(realpathSync(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}

function printError(error: ApiErrorBody): number {
  console.error(error.message);
  return 1;
}

main(process.argv.slice(2)).then(
  // exitCode, not exit(): a large answer piped to another program must be written out in full.
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof WorkspaceKeyError || e instanceof SecretError) {
      // Like a wrong passphrase: refused, nothing opened, created or changed.
      console.error(e instanceof WorkspaceKeyError ? keyErrorMessage(e) : e.message);
      process.exitCode = 1;
      return;
    }
    if (e instanceof SignInError) {
      // A missing or wrong passphrase or key: nothing was opened for writing, nothing changed.
      console.error(e.message);
      process.exitCode = 1;
      return;
    }
    if (e instanceof UsageError) console.error(`${e.message}\n\n${HELP}`);
    else if (e instanceof WorkspaceError) console.error(e.message);
    else if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      console.error(`${(e as Error).message}\n\n${HELP}`);
    else console.error(`Failed: ${(e as Error).message}`);
    process.exitCode = 2;
  },
);
