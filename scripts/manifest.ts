/**
 * One source manifest (manifest.json at the top level); the per-browser
 * differences are applied here at build time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'thank-you-note@thank-you-note.app';
export const FIREFOX_MIN_VERSION = '142.0';
export const CHROME_MIN_VERSION = '120';

import type { ManifestV3Export } from '@crxjs/vite-plugin';
import { hostPatterns } from '../src/mail/hosts.ts';

type Manifest = Record<string, unknown> & {
  manifest_version: 3;
  name: string;
  version: string;
  background: { service_worker?: string; scripts?: string[]; type?: 'module' };
};

/**
 * manifest.json with the webmail hosts filled in (src/mail/hosts.ts holds
 * them once): the host permissions, and the matches of every content script.
 */
export function sourceManifest(): Manifest {
  const path = resolve(import.meta.dirname, '..', 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  const hosts = hostPatterns();
  const scripts = (manifest.content_scripts as Record<string, unknown>[] | undefined) ?? [];
  return {
    ...manifest,
    host_permissions: hosts,
    content_scripts: scripts.map((script) => ({ ...script, matches: hosts })),
  };
}

export function manifestFor(target: Target): Manifest & ManifestV3Export {
  const manifest = sourceManifest();
  const version = (JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  manifest.version = version;
  if (target === 'chrome') {
    // Chrome does not inject content scripts into tabs that were open before
    // an install or update; the service worker does it with `scripting`.
    // Firefox does it by itself, so its build does not ask for the permission.
    const permissions = [...((manifest.permissions as string[] | undefined) ?? []), 'scripting'];
    return { ...manifest, permissions, minimum_chrome_version: CHROME_MIN_VERSION } as Manifest & ManifestV3Export;
  }
  const { service_worker, type } = manifest.background;
  if (!service_worker) throw new Error('manifest.json: background.service_worker is required');
  return {
    ...manifest,
    background: { scripts: [service_worker], ...(type ? { type } : {}) },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as Manifest & ManifestV3Export;
}
