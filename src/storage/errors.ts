import { t } from '../shared/browser';
import type { AppData } from '../core/model';

export type StorageErrorKind = 'read-only' | 'quota' | 'write-failed';

/** A write that did not happen. `unsaved` holds the data that could not be stored, so no edit is lost. */
export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    readonly unsaved?: AppData,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

export function readOnlyError(): StorageError {
  return new StorageError('read-only', t('storage_readOnly'));
}

/** Chrome says "QUOTA_BYTES quota exceeded", Firefox a QuotaExceededError DOMException. */
function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  return name === 'QuotaExceededError' || /quota/i.test(message);
}

export function toStorageError(error: unknown, unsaved?: AppData): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('quota', t('storage_quotaExceeded'), unsaved);
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError('write-failed', t('storage_writeFailed', detail), unsaved);
}
