/**
 * The one place that reads and writes extension storage.
 *
 * API contract used by the rest of the extension (keep it stable):
 * - loadData(): the stored AppData, migrated, validated and repaired, plus whether it is read-only.
 * - updateData(change): applies `change` to the latest stored data, safely against
 *   concurrent writers, and returns the new data (throws StorageError when it cannot write).
 * - onDataChanged(listener): called with the new data when any page changes it;
 *   returns an unsubscribe function.
 * - peekData(): the same data without lock or write, for read-only contexts (content scripts).
 * - exportData(), planImport(json), applyImport(plan, choices), deleteAllData().
 */
export { DATA_KEY, BACKUP_PREFIX, loadData, peekData, updateData, onDataChanged, deleteAllData } from './store';
export type { LoadResult, Backup } from './store';
export { StorageError, type StorageErrorKind } from './errors';
export {
  exportData,
  planImport,
  applyImport,
  parseImport,
  planChangesSomething,
  KEEP_ALL,
  MAX_IMPORT_CHARS,
} from './transfer';
export type { ImportPlan, ImportPlanResult, ImportChoices, PartComparison } from './transfer';
export { MIGRATIONS } from './migrations';
export { recallUiState, rememberUiState } from './session';
