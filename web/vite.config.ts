// Build of the viewer: web/ is the root, everything is bundled into web/dist (no CDN, no inline
// script), so the server can send `script-src 'self'` and serve the folder as it is.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // A data: URL for a small asset would need `img-src data:`; keep every asset a file.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
    // No modulepreload polyfill: it would add code for browsers we do not target.
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
