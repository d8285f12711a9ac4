import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the web UI from src/web into dist/web, where the server serves it. */
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Fonts and the timeline are bundled: the UI must work with no network.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
});
