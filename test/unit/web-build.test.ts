// `npm run web` rebuilds the interface and the host only when what goes into them changed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  WEB_PARTS,
  isBuildCurrent,
  recordBuild,
  sourcesHash,
  type WebPart,
} from '../../scripts/web-build.mjs';

let root: string;
const part: WebPart = {
  name: 'the user interface',
  config: 'vite.config.ts',
  outDir: 'dist/ui',
  entry: 'index.html',
  sources: ['src', 'shared', 'vite.config.ts', 'absent.json'],
};
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cted-web-build-'));
  write('src/main.tsx', 'main');
  write('src/pages/a.tsx', 'a');
  write('shared/x.ts', 'x');
  write('vite.config.ts', 'config');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the web build stamp', () => {
  it('changes with any source’s content, name or addition, and not otherwise', () => {
    const first = sourcesHash(root, part.sources);
    expect(sourcesHash(root, part.sources)).toBe(first);
    write('src/pages/a.tsx', 'a!');
    const edited = sourcesHash(root, part.sources);
    expect(edited).not.toBe(first);
    write('src/pages/b.tsx', '');
    expect(sourcesHash(root, part.sources)).not.toBe(edited);
    rmSync(join(root, 'src/pages/b.tsx'));
    expect(sourcesHash(root, part.sources)).toBe(edited);
    write('vite.config.ts', 'config 2');
    expect(sourcesHash(root, part.sources)).not.toBe(edited);
    write('elsewhere/readme.md', 'not a source');
    write('vite.config.ts', 'config');
    write('src/pages/a.tsx', 'a');
    expect(sourcesHash(root, part.sources)).toBe(first);
  });

  it('calls a build current only when it exists and was made from the same sources', () => {
    const hash = sourcesHash(root, part.sources);
    expect(isBuildCurrent(root, part, hash)).toBe(false);
    write('dist/ui/index.html', '<!doctype html>');
    expect(isBuildCurrent(root, part, hash)).toBe(false);
    recordBuild(root, part, hash);
    expect(isBuildCurrent(root, part, hash)).toBe(true);
    write('shared/x.ts', 'y');
    expect(isBuildCurrent(root, part, sourcesHash(root, part.sources))).toBe(false);
    rmSync(join(root, 'dist/ui/index.html'));
    expect(isBuildCurrent(root, part, hash)).toBe(false);
  });

  it('covers what each build reads: the interface its sources, the host the core and shared code', () => {
    const [ui, host] = WEB_PARTS;
    expect(ui?.sources).toEqual(expect.arrayContaining(['renderer', 'shared', 'vite.config.ts']));
    expect(host?.sources).toEqual(
      expect.arrayContaining(['main/core', 'main/host', 'shared', 'vite.host.config.ts']),
    );
  });
});
