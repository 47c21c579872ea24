/**
 * Loads the interview fixtures (AppData documents, one interview each). They
 * are schemaVersion 1 export files, so they are migrated the way an import is.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateAppData, type AppData } from '../../../src/core';
import { migrate, schemaVersionOf } from '../../../src/storage/migrations';

export const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/interviews');

export interface Fixture {
  name: string;
  data: AppData;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as Record<string, unknown>;
      const result = validateAppData(migrate(raw, schemaVersionOf(raw)));
      if (!result.ok) throw new Error(`${file}: ${result.errors.map((e) => e.message).join('; ')}`);
      return { name: file.replace(/\.json$/, ''), data: result.value };
    });
}
