import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { INTERVIEW_FORMATS, TONES } from '../../../src/core/model';
import { noteStateLabel, toneLabel } from '../../../src/ui/labels';
import { installI18n, messages } from './support/i18n';

const root = resolve(import.meta.dirname, '../../..');
const PAGES = ['src/popup', 'src/options', 'src/card', 'src/welcome', 'src/ui', 'src/storage'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

beforeEach(installI18n);

describe('user-visible strings', () => {
  const files = PAGES.flatMap((dir) => sources(join(root, dir)));

  it('every literal key used by the pages exists in the locale file', () => {
    const used = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((key) => !messages[key]);
    expect(missing).toEqual([]);
  });

  it('keys built from the model’s enumerations all exist', () => {
    for (const tone of TONES) expect(toneLabel(tone)).not.toBe(`ui_tone_${tone}`);
    for (const state of ['to-write', 'drafted', 'emailed', 'card-mailed'] as const) {
      expect(noteStateLabel(state)).not.toMatch(/^ui_state_/);
    }
    for (const format of INTERVIEW_FORMATS) expect(messages[`popup_format_${format.replace('-', '_')}`]).toBeDefined();
    for (const field of ['name', 'title', 'email', 'topics', 'looksFor', 'challenge', 'approach', 'personalDetail', 'promised']) {
      expect(messages[`popup_field_${field}`]).toBeDefined();
    }
  });

  it('every placeholder in the pages’ keys is defined', () => {
    for (const [key, entry] of Object.entries(messages)) {
      if (!/^(popup|options|card|welcome|storage|ui)_/.test(key)) continue;
      for (const match of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
        expect(entry.placeholders?.[match[1]!.toLowerCase()], `${key}: $${match[1]}$`).toBeDefined();
      }
    }
  });
});
