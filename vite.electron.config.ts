import { cpSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Electron's main process and preload, bundled as CommonJS into dist/electron (used by `npm start`).
// The SQL migrations are read at run time from a folder beside the bundle.
export default defineConfig({
  plugins: [
    {
      name: 'copy-migrations',
      closeBundle: () =>
        cpSync('main/core/db/migrations', 'dist/electron/migrations', { recursive: true }),
    },
  ],
  build: {
    outDir: 'dist/electron',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    lib: {
      entry: { main: 'main/electron/main.ts', preload: 'main/electron/preload.ts' },
      formats: ['cjs'],
      fileName: (_format, name) => `${name}.cjs`,
    },
    rollupOptions: {
      external: [
        'electron',
        'better-sqlite3',
        ...builtinModules,
        ...builtinModules.map((m) => `node:${m}`),
      ],
    },
  },
});
