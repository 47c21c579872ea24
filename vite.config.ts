import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import { manifestFor, type Target } from './scripts/manifest.ts';
import { noInnerHtml } from './scripts/vite-no-inner-html.ts';

const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [crx({ manifest: manifestFor(target), browser: target }), noInnerHtml()],
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist', target),
    emptyOutDir: true,
    target: target === 'firefox' ? 'firefox142' : 'chrome120',
    sourcemap: false,
    minify: true,
    modulePreload: false,
    rollupOptions: {
      input: {
        card: resolve(import.meta.dirname, 'src/card/index.html'),
      },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  legacy: { skipWebSocketTokenCheck: true },
});
