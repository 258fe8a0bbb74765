import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The renderer: built into dist/renderer, served by the HTTP host or Electron's app:// protocol.
// Two pages: the app (index.html) and the desktop app's key prompt (key-prompt.html).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'renderer/index.html'),
        'key-prompt': resolve(import.meta.dirname, 'renderer/key-prompt.html'),
      },
    },
  },
});
