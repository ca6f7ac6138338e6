import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// `vite build client` runs with client/ as root; the bundle goes to client/dist, which the server serves.
// bench.html is the page bench/ui.mjs measures; it uses the same graph modules as the app.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        bench: fileURLToPath(new URL('./bench.html', import.meta.url)),
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
