import { cpSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

// The HTTP host (`npm run web`) bundled into ONE ES module, dist/host/index.mjs: Node loads one
// file instead of transpiling the core's modules on every start, which keeps a warm start well
// under a second. Only Node's built-ins and the native SQLite driver stay outside; the SQL
// migrations are read at run time from a folder beside the bundle, copied here.

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function copyMigrations(): Plugin {
  let outDir = '';
  return {
    name: 'copy-migrations',
    apply: 'build',
    configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)),
    closeBundle: () =>
      cpSync('main/core/db/migrations', resolve(outDir, 'migrations'), { recursive: true }),
  };
}

export default defineConfig({
  plugins: [copyMigrations()],
  ssr: { noExternal: true },
  build: {
    outDir: 'dist/host',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'node20',
    ssr: true,
    minify: false,
    lib: {
      entry: { index: 'main/host/index.ts' },
      formats: ['es'],
      fileName: () => 'index.mjs',
    },
    rolldownOptions: {
      external: [/^better-sqlite3/, ...nodeBuiltins],
      output: { codeSplitting: false, entryFileNames: 'index.mjs' },
    },
  },
});
