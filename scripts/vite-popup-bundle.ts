/**
 * Builds the toolbar popup as a bundle of its own, after the main build.
 *
 * In the main build the popup shares chunks with the content script, the
 * options page and the background, so its first screen needs a chain of
 * module fetches: the entry, then the chunks it imports, then theirs. Each
 * fetch from the extension's own files costs the popup ten milliseconds or
 * more, on the path between a click on the toolbar icon and the list. Built
 * alone, everything its first screen needs is one file; the note view and
 * the form stay separate chunks, loaded on first use. The code the popup
 * shares with the other pages is in the package twice, which costs disk
 * space, not time.
 *
 * The main build gets the manifest without `action.default_popup` (so it does
 * not build the popup too); this plugin puts it back into the written
 * manifest once the popup is built.
 */
import { build, type InlineConfig, type Plugin } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PopupBundleOptions {
  root: string;
  outDir: string;
  /** The manifest's `action.default_popup`: the popup page, relative to root. */
  page: string;
  /** Settings shared with the main build (plugins, oxc, build target). */
  shared: Pick<InlineConfig, 'plugins' | 'oxc'> & { target: string };
}

type WithAction = { action?: Record<string, unknown> };

/** The manifest's popup page (`action.default_popup`). */
export function popupPage(manifest: object): string {
  const page = (manifest as WithAction).action?.default_popup;
  if (typeof page !== 'string') throw new Error('The manifest has no action.default_popup.');
  return page;
}

/** The manifest the main build should see: the same, without the popup page. */
export function withoutPopup<M extends object>(manifest: M): M {
  const { action } = manifest as WithAction;
  if (!action) return manifest;
  const { default_popup: _popup, ...rest } = action;
  return { ...manifest, action: rest };
}

export function popupBundle(options: PopupBundleOptions): Plugin {
  return {
    name: 'thank-you-note:popup-bundle',
    apply: 'build',
    // Sequential, after crxjs has written the manifest and the other pages.
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler(error?: Error) {
        // Vite closes the bundle after a failed build too: let that error be the one reported.
        if (error) return;
        await build({
          configFile: false,
          root: options.root,
          publicDir: false,
          logLevel: 'warn',
          mode: 'production',
          plugins: options.shared.plugins,
          oxc: options.shared.oxc,
          build: {
            outDir: options.outDir,
            emptyOutDir: false,
            assetsDir: 'popup',
            target: options.shared.target,
            sourcemap: false,
            minify: true,
            modulePreload: false,
            rollupOptions: { input: { popup: join(options.root, options.page) } },
          },
        });
        const file = join(options.outDir, 'manifest.json');
        const manifest = JSON.parse(readFileSync(file, 'utf8')) as WithAction;
        manifest.action = { ...manifest.action, default_popup: options.page };
        writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
      },
    },
  };
}
