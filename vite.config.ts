import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import { manifestFor, type Target } from './scripts/manifest.ts';
import { noInnerHtml } from './scripts/vite-no-inner-html.ts';
import { popupBundle, popupPage, withoutPopup } from './scripts/vite-popup-bundle.ts';

const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const root = import.meta.dirname;
const outDir = resolve(root, 'dist', target);
const manifest = manifestFor(target);
const shared = {
  oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } },
  target: target === 'firefox' ? 'firefox142' : 'chrome120',
};

export default defineConfig(({ command }) => ({
  plugins: [
    // The dev server serves the popup through crxjs; a build bundles it on its own (see vite-popup-bundle.ts).
    crx({ manifest: command === 'build' ? withoutPopup(manifest) : manifest, browser: target }),
    noInnerHtml(),
    popupBundle({ root, outDir, page: popupPage(manifest), shared: { ...shared, plugins: [noInnerHtml()] } }),
  ],
  oxc: shared.oxc,
  build: {
    outDir,
    emptyOutDir: true,
    target: shared.target,
    sourcemap: false,
    minify: true,
    modulePreload: false,
    rollupOptions: {
      input: {
        card: resolve(root, 'src/card/index.html'),
        welcome: resolve(root, 'src/welcome/index.html'),
      },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  legacy: { skipWebSocketTokenCheck: true },
}));
