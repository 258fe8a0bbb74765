// The desktop shell's build, checked statically (the Electron runtime cannot run here): what
// `vite build -c vite.electron.config.ts` writes must be what Electron will load. Package.json
// `main` must exist, the sandboxed preload must be one file that requires only `electron`, and the
// main bundle may require nothing that electron-builder would not ship.
// The build goes to a temporary folder, so it never touches dist/ (which `npm test` rebuilds).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
/** Where vite.electron.config.ts writes by default; package.json `main` must point inside it. */
const CONFIGURED_OUT_DIR = 'dist/electron';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };

let outDir: string;
let buildLog = '';

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'cted-electron-bundle-'));
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '-c', 'vite.electron.config.ts', '--outDir', outDir, '--emptyOutDir'],
    { cwd: root, encoding: 'utf8' },
  );
  buildLog = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`The Electron build failed:\n${buildLog}`);
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Every file under dir, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** The module names a CommonJS bundle requires; a require of anything but a literal is reported. */
function requiredModules(code: string): string[] {
  const names: string[] = [];
  // Lines of comments are left out: bundled libraries' documentation shows require() examples
  // (exceljs's "var pako = require('pako')"), which never run.
  const statements = code
    .split('\n')
    .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
    .join('\n');
  for (const m of statements.matchAll(/\brequire\s*\(\s*([^)]*?)\s*\)/g)) {
    const arg = m[1] ?? '';
    const literal = /^(['"`])([^'"`]+)\1$/.exec(arg);
    names.push(literal ? literal[2]! : `<computed: ${arg}>`);
  }
  return [...new Set(names)].sort();
}

/** The file package.json `main` names, in the temporary build. */
function builtMain(): string {
  const main = pkg.main.replace(/^\.\//, '');
  expect(main.startsWith(`${CONFIGURED_OUT_DIR}/`)).toBe(true);
  return join(outDir, main.slice(CONFIGURED_OUT_DIR.length + 1));
}

describe('the Electron bundle', () => {
  it('contains the entry point that package.json `main` names', () => {
    expect(existsSync(builtMain()), `${pkg.main} after the build; got ${filesUnder(outDir)}`).toBe(
      true,
    );
  });

  it('has a preload that is one self-contained file requiring only electron', () => {
    const main = readFileSync(builtMain(), 'utf8');
    // The main process names its preload by file name beside the bundle.
    const preloadName = /['"`]([\w.-]*preload[\w.-]*\.c?js)['"`]/.exec(main)?.[1];
    expect(preloadName, 'the main bundle names its preload file').toBeDefined();
    const preloadFile = join(outDir, preloadName!);
    expect(existsSync(preloadFile), `${preloadName} is in the build`).toBe(true);
    const preload = readFileSync(preloadFile, 'utf8');
    expect(requiredModules(preload)).toEqual(['electron']);
    expect(preload).not.toMatch(/\bimport\s*\(/);
    // It exposes the bridge the renderer's transport expects.
    expect(preload).toContain('exposeInMainWorld');
  });

  it('writes no shared chunk: every script is either the main bundle or the preload', () => {
    const scripts = filesUnder(outDir).filter((f) => /\.(c|m)?js$/.test(f));
    const mainName = relative(outDir, builtMain()).split('\\').join('/');
    expect(scripts.sort()).toEqual([mainName, 'preload.cjs'].sort());
  });

  it('has a main bundle that requires only Node built-ins, electron and the SQLite driver', () => {
    const allowed = new Set([
      ...builtinModules,
      ...builtinModules.map((m) => `node:${m}`),
      'electron',
      'better-sqlite3-multiple-ciphers',
    ]);
    const required = requiredModules(readFileSync(builtMain(), 'utf8'));
    expect(required).toContain('electron');
    expect(required).toContain('better-sqlite3-multiple-ciphers');
    expect(required.filter((name) => !allowed.has(name))).toEqual([]);
  });

  it('reads no environment variable naming a native binding to load', () => {
    const main = readFileSync(builtMain(), 'utf8');
    expect(main).not.toMatch(/process\.env\.\w*BINDING/);
    expect(main).not.toContain('CTED_SQLITE_BINDING');
  });

  it('carries the SQL migrations beside the bundle, where the workspace code reads them', () => {
    const source = readdirSync(join(root, 'main', 'core', 'db', 'migrations')).sort();
    expect(source.length).toBeGreaterThan(0);
    expect(existsSync(join(outDir, 'migrations'))).toBe(true);
    expect(readdirSync(join(outDir, 'migrations')).sort()).toEqual(source);
  });
});

/** The `key: value` lines of a top-level block of electron-builder.yml (flat blocks only). */
function yamlBlock(text: string, name: string): Record<string, string> {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l === `${name}:`);
  const block: Record<string, string> = {};
  if (start < 0) return block;
  for (const line of lines.slice(start + 1)) {
    const m = /^\s+(\w+):\s*(\S+)\s*(#.*)?$/.exec(line);
    if (!m) break;
    block[m[1]!] = m[2]!;
  }
  return block;
}

describe('the packaged app (electron-builder.yml)', () => {
  const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8');

  it('flips the Electron fuses of DESIGN §7', () => {
    expect(yamlBlock(config, 'electronFuses')).toMatchObject({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
    expect(config).toMatch(/^asar: true$/m);
  });

  it('packages the files package.json `main` needs', () => {
    expect(config).toMatch(/^ {2}- dist\/electron\/\*\*$/m);
    expect(config).toMatch(/^ {2}- dist\/renderer\/\*\*$/m);
  });
});
