import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: built into dist/renderer, served by the HTTP host or Electron's app:// protocol.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
