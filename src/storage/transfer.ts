/**
 * Export and import of everything the extension stores, as one JSON file of
 * the AppData shape. An import is planned first (validated, compared with what
 * is stored) and applied only with the user's choice for every conflict.
 */
import { t } from '../shared/browser';
import { SCHEMA_VERSION, defaultSettings, emptyProfile, type AppData, type Interview } from '../core/model';
import { describeRepairs, loadData, updateData } from './store';
import { repairAppData } from '../core/validate';
import { isRecord, migrate, schemaVersionOf } from './migrations';

/** How the file's part compares with what is stored: 'fill' means nothing is stored yet, so it is simply taken. */
export type PartComparison = 'same' | 'fill' | 'conflict';

export interface ImportPlan {
  incoming: AppData;
  /** Interviews whose id is not stored yet. */
  added: Interview[];
  /** Interviews stored with the same id but different content: the user decides. */
  changed: { current: Interview; incoming: Interview }[];
  unchanged: number;
  profile: PartComparison;
  settings: PartComparison;
}

export type ImportPlanResult = { ok: true; plan: ImportPlan } | { ok: false; error: string };

/** What to take from the file where it conflicts with stored data; anything not listed is kept as stored. */
export interface ImportChoices {
  replaceInterviews: string[];
  replaceProfile: boolean;
  replaceSettings: boolean;
}

export const KEEP_ALL: ImportChoices = { replaceInterviews: [], replaceProfile: false, replaceSettings: false };

/** Largest file accepted; a real export of years of interviews is far smaller. */
export const MAX_IMPORT_CHARS = 5_000_000;

export async function exportData(): Promise<string> {
  const { data } = await loadData();
  return JSON.stringify(data, null, 2);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function compare<T>(current: T, incoming: T, empty: T): PartComparison {
  if (same(current, incoming)) return 'same';
  return same(current, empty) ? 'fill' : 'conflict';
}

/** Reads and checks a file's text; a file that is not sound is rejected as a whole, never half-imported. */
export function parseImport(json: string): { ok: true; data: AppData } | { ok: false; error: string } {
  if (json.length > MAX_IMPORT_CHARS) return { ok: false, error: t('storage_importTooLarge') };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, error: t('storage_importNotJson') };
  }
  if (!isRecord(raw) || !('interviews' in raw) || !('profile' in raw || 'user' in raw)) {
    return { ok: false, error: t('storage_importNotOurs') };
  }
  const version = schemaVersionOf(raw);
  if (Number.isNaN(version)) return { ok: false, error: t('storage_importNotOurs') };
  if (version > SCHEMA_VERSION) return { ok: false, error: t('storage_importNewer') };
  const { data, repaired } = repairAppData(version < SCHEMA_VERSION ? migrate(raw, version) : raw, new Date());
  if (repaired.length > 0) return { ok: false, error: t('storage_importInvalid', describeRepairs(repaired)) };
  return { ok: true, data };
}

export async function planImport(json: string): Promise<ImportPlanResult> {
  const parsed = parseImport(json);
  if (!parsed.ok) return parsed;
  const incoming = parsed.data;
  const { data: current, readOnly } = await loadData();
  if (readOnly) return { ok: false, error: t('storage_readOnly') };
  const stored = new Map(current.interviews.map((interview) => [interview.id, interview]));
  const plan: ImportPlan = {
    incoming,
    added: [],
    changed: [],
    unchanged: 0,
    profile: compare(current.profile, incoming.profile, emptyProfile()),
    settings: compare(current.settings, incoming.settings, defaultSettings()),
  };
  for (const interview of incoming.interviews) {
    const mine = stored.get(interview.id);
    if (!mine) plan.added.push(interview);
    else if (same(mine, interview)) plan.unchanged++;
    else plan.changed.push({ current: mine, incoming: interview });
  }
  return { ok: true, plan };
}

/** True when the plan would change anything at all. */
export function planChangesSomething(plan: ImportPlan): boolean {
  return plan.added.length > 0 || plan.changed.length > 0 || plan.profile !== 'same' || plan.settings !== 'same';
}

/**
 * Applies a plan to the latest stored data. Conflicts are decided again
 * against what is stored now, so an edit made since planning is overwritten
 * only when the user chose the file's version.
 */
export function applyImport(plan: ImportPlan, choices: ImportChoices = KEEP_ALL): Promise<AppData> {
  const replace = new Set(choices.replaceInterviews);
  return updateData((data) => {
    const profile = compare(data.profile, plan.incoming.profile, emptyProfile());
    if (profile === 'fill' || (profile === 'conflict' && choices.replaceProfile)) data.profile = plan.incoming.profile;
    const settings = compare(data.settings, plan.incoming.settings, defaultSettings());
    if (settings === 'fill' || (settings === 'conflict' && choices.replaceSettings)) data.settings = plan.incoming.settings;
    for (const interview of plan.incoming.interviews) {
      const index = data.interviews.findIndex((stored) => stored.id === interview.id);
      if (index === -1) data.interviews.push(interview);
      else if (replace.has(interview.id)) data.interviews[index] = interview;
    }
    return data;
  });
}
