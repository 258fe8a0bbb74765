// What `npm run web` builds, and when: the interface (dist/renderer) and the host bundle
// (dist/host) are each rebuilt only when what goes into them changed since their last build. A
// SHA-256 over the path and content of every source file is kept beside each build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** @typedef {import('./web-build.d.mts').WebPart} WebPart */

/** @type {WebPart[]} */
export const WEB_PARTS = [
  {
    name: 'the user interface',
    config: 'vite.config.ts',
    outDir: 'dist/renderer',
    entry: 'index.html',
    sources: ['renderer', 'shared', 'vite.config.ts', 'package-lock.json'],
  },
  {
    name: 'the host',
    config: 'vite.host.config.ts',
    outDir: 'dist/host',
    entry: 'index.mjs',
    sources: [
      'main/core',
      'main/host',
      'main/cli/key.ts',
      'shared',
      'vite.host.config.ts',
      'package-lock.json',
    ],
  },
];

const STAMP = '.sources-sha256';

/**
 * @param {string} root the project folder
 * @param {string[]} sources files and folders under it
 * @returns {string}
 */
export function sourcesHash(root, sources) {
  const hash = createHash('sha256');
  for (const source of sources) {
    const path = join(root, source);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { withFileTypes: true, recursive: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
          .sort()
      : [path];
    for (const file of files)
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Whether the part's build exists and was made from sources with this hash.
 * @param {string} root
 * @param {WebPart} part
 * @param {string} hash
 */
export function isBuildCurrent(root, part, hash) {
  const stamp = join(root, part.outDir, STAMP);
  return (
    existsSync(join(root, part.outDir, part.entry)) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === hash
  );
}

/**
 * Remembers, after a successful build, which sources it was made from.
 * @param {string} root
 * @param {WebPart} part
 * @param {string} hash
 */
export function recordBuild(root, part, hash) {
  writeFileSync(join(root, part.outDir, STAMP), hash);
}
