// `npm run web [-- options]`: builds the interface and the host when their sources changed (see
// web-build.mjs), then starts the host bundle with the same options. `--no-build` serves what is
// already built.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WEB_PARTS, isBuildCurrent, recordBuild, sourcesHash } from './web-build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const noBuild = process.argv.includes('--no-build');
process.argv = process.argv.filter((a) => a !== '--no-build');

if (!noBuild) {
  for (const part of WEB_PARTS) {
    const hash = sourcesHash(root, part.sources);
    if (isBuildCurrent(root, part, hash)) continue;
    console.log(`Building ${part.name} (its sources changed since the last build)…`);
    const { build } = await import('vite');
    await build({ configFile: join(root, part.config), logLevel: 'warn' });
    recordBuild(root, part, hash);
  }
}
await import(pathToFileURL(join(root, 'dist/host/index.mjs')).href);
