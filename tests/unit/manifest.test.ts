import { describe, expect, it } from 'vitest';
import { manifestFor, sourceManifest } from '../../scripts/manifest';
import { INSERT_COMMAND } from '../../src/background/commands';

const HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
];

// Frozen on purpose: a new permission or host must be a deliberate change of this test.
describe('the manifest asks for the least it needs', () => {
  it('Chrome: storage, alarms, notifications, and scripting to re-inject into open tabs', () => {
    const m = manifestFor('chrome');
    expect(m.permissions).toEqual(['storage', 'alarms', 'notifications', 'scripting']);
    expect(m.host_permissions).toEqual(HOSTS);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(m.minimum_chrome_version).toMatch(/^\d+$/);
  });

  it('Firefox: no scripting (it injects into open tabs itself), background scripts, gecko settings', () => {
    const m = manifestFor('firefox') as ReturnType<typeof manifestFor> & {
      browser_specific_settings: { gecko: { id: string; strict_min_version: string; data_collection_permissions: unknown } };
    };
    expect(m.permissions).toEqual(['storage', 'alarms', 'notifications']);
    expect(m.host_permissions).toEqual(HOSTS);
    expect(m.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.strict_min_version).toMatch(/^\d+\.\d+$/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('runs content scripts only on the webmail hosts, and nowhere else', () => {
    const m = sourceManifest();
    const scripts = m.content_scripts as { matches: string[] }[];
    expect(scripts.flatMap((s) => s.matches)).toEqual(HOSTS);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\/|"tabs"|"activeTab"|"webRequest|"cookies"|"history"/);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
  });

  it('also runs in the documents a webmail writes by script (Outlook pop-outs), in both builds', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const scripts = manifestFor(target).content_scripts as Record<string, unknown>[];
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toMatchObject({ all_frames: true, match_about_blank: true, match_origin_as_fallback: true, matches: HOSTS });
    }
  });

  it('suggests a shortcut for inserting a note and for opening the popup', () => {
    const commands = sourceManifest().commands as Record<string, { suggested_key: { default: string; mac: string } }>;
    // The background runs and names the shortcut by this one constant.
    expect(commands[INSERT_COMMAND]?.suggested_key).toEqual({ default: 'Alt+Shift+Y', mac: 'MacCtrl+Shift+Y' });
    expect(commands._execute_action?.suggested_key).toEqual({ default: 'Alt+Shift+U', mac: 'MacCtrl+Shift+U' });
  });
});
