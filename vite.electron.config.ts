import { cpSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';

// Electron's main process and preload, bundled as CommonJS into dist/electron (package.json `main`
// names dist/electron/main.cjs; `npm start` and `npm run package` build it).
// - main.cjs: one file; only Node's built-ins, electron and better-sqlite3-multiple-ciphers (native,
//   shipped in node_modules by electron-builder) stay outside. The SQL migrations are read at run time from
//   a folder beside it, copied here.
// - preload.cjs: built in a pass of its own, so that it is ONE self-contained file that requires
//   only `electron`: a sandboxed preload cannot require a shared chunk.
// `--outDir` is honoured by both passes and the copy (the bundle test builds into a temp folder).

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** The folder this build writes to, as resolved from the config and the command line. */
function outDirOf(config: { root: string; build: { outDir: string } }): string {
  return resolve(config.root, config.build.outDir);
}

function copyMigrations(): Plugin {
  let outDir = '';
  return {
    name: 'copy-migrations',
    apply: 'build',
    configResolved: (config) => void (outDir = outDirOf(config)),
    closeBundle: () =>
      cpSync('main/core/db/migrations', resolve(outDir, 'migrations'), { recursive: true }),
  };
}

function buildPreload(): Plugin {
  let outDir = '';
  return {
    name: 'build-preload',
    apply: 'build',
    configResolved: (config) => void (outDir = outDirOf(config)),
    closeBundle: async () => {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          // The sandboxed preload runs in the renderer (Chromium), not in Node.
          target: 'chrome130',
          minify: false,
          lib: {
            entry: { preload: 'main/electron/preload.ts' },
            formats: ['cjs'],
            fileName: () => 'preload.cjs',
          },
          rolldownOptions: {
            external: ['electron'],
            output: { codeSplitting: false },
          },
        },
      });
    },
  };
}

export default defineConfig({
  plugins: [copyMigrations(), buildPreload()],
  // Bundle the npm dependencies of main/core (zod, fflate, world-countries…) into main.cjs.
  ssr: { noExternal: true },
  build: {
    outDir: 'dist/electron',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'node22',
    ssr: true,
    lib: {
      entry: { main: 'main/electron/main.ts' },
      formats: ['cjs'],
      fileName: () => 'main.cjs',
    },
    rolldownOptions: {
      external: ['electron', 'better-sqlite3-multiple-ciphers', ...nodeBuiltins],
      output: { codeSplitting: false },
    },
  },
});
