import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { popupBundle, popupPage, withoutPopup } from '../../scripts/vite-popup-bundle';
import { manifestFor } from '../../scripts/manifest';

describe('the popup bundle plugin', () => {
  it('takes only the popup page out of the manifest the main build sees, without changing the original', () => {
    const manifest = manifestFor('firefox');
    const before = JSON.stringify(manifest);
    const main = withoutPopup(manifest) as typeof manifest & { action: Record<string, unknown> };
    expect(main.action.default_popup).toBeUndefined();
    expect(main.action.default_title).toBe('__MSG_actionTitle__');
    expect(main.action.default_icon).toEqual((manifest as { action: Record<string, unknown> }).action.default_icon);
    expect({ ...main, action: undefined }).toEqual({ ...manifest, action: undefined });
    expect(JSON.stringify(manifest)).toBe(before);
  });

  it('reads the popup page from the manifest, and says so when there is none', () => {
    expect(popupPage(manifestFor('chrome'))).toBe('src/popup/index.html');
    expect(() => popupPage({ action: {} })).toThrow(/no action\.default_popup/);
  });

  it('does nothing after a failed main build, so that failure is the one reported', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'tyn-popup-bundle-'));
    try {
      const plugin: Plugin = popupBundle({ root: process.cwd(), outDir, page: 'src/popup/index.html', shared: { target: 'chrome120' } });
      const hook = plugin.closeBundle as { handler: (error?: Error) => Promise<void> };
      // Had it built, it would have written the popup and then failed on the missing manifest.json.
      await expect(hook.handler.call({} as never, new Error('the main build failed'))).resolves.toBeUndefined();
      expect(readdirSync(outDir)).toEqual([]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
