// electron-builder's afterPack hook (electron-builder.yml): puts the SQLite binding built
// for Electron into the package, in place of the Node one copied from node_modules. That binding
// is built for this computer only, so a package for another platform or architecture is refused.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { electronSqliteBinding, electronVersion } from './electron-runtime.mjs';

/** electron-builder's Arch enum, by value. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export default async function afterPack(context) {
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  if (context.electronPlatformName !== process.platform || arch !== process.arch) {
    throw new Error(
      `The SQLite binding is built for ${process.platform}-${process.arch} only; package on a ${context.electronPlatformName}-${arch} computer for that platform.`,
    );
  }
  if (!existsSync(electronSqliteBinding)) {
    throw new Error(
      `The SQLite binding for Electron ${electronVersion} is missing (${electronSqliteBinding}). Package with \`npm run package\`, which builds it.`,
    );
  }
  const target = join(
    context.packager.getResourcesDir(context.appOutDir),
    'app.asar.unpacked',
    'node_modules',
    'better-sqlite3-multiple-ciphers',
    'build',
    'Release',
    'better_sqlite3.node',
  );
  if (!existsSync(target)) {
    throw new Error(`The package has no SQLite binding to replace at ${target}.`);
  }
  copyFileSync(electronSqliteBinding, target);
}
