/** Export, import and delete-everything: the user's data stays theirs to move or erase. */
import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/browser';
import {
  KEEP_ALL,
  MAX_IMPORT_CHARS,
  applyImport,
  deleteAllData,
  exportData,
  planImport,
  type ImportChoices,
  type ImportPlan,
} from '../storage';
import { Notice } from '../ui/Notice';
import { ImportPreview } from './ImportPreview';

type Message = { kind: 'ok' | 'error'; text: string } | null;

export function exportFileName(now: Date): string {
  return `thank-you-note-${now.toISOString().slice(0, 10)}.json`;
}

/** Saves text as a file through an object URL and a temporary download link. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataSection({ readOnly }: { readOnly: boolean }) {
  const [message, setMessage] = useState<Message>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [choices, setChoices] = useState<ImportChoices>(KEEP_ALL);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelDelete = useRef<HTMLButtonElement>(null);

  const onExport = async () => {
    download(await exportData(), exportFileName(new Date()));
    setMessage({ kind: 'ok', text: t('options_exported') });
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    setPlan(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_CHARS) {
      setMessage({ kind: 'error', text: t('storage_importTooLarge') });
      return;
    }
    const result = await planImport(await file.text());
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error });
      return;
    }
    setMessage(null);
    setChoices(KEEP_ALL);
    setPlan(result.plan);
  };

  const onApply = async () => {
    if (!plan) return;
    try {
      await applyImport(plan, choices);
      setMessage({ kind: 'ok', text: t('options_imported') });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
    setPlan(null);
  };

  const askDelete = () => {
    setConfirmingDelete(true);
    // The safe choice gets focus, so a stray Enter does not delete.
    setTimeout(() => cancelDelete.current?.focus(), 0);
  };

  const onDelete = async () => {
    try {
      await deleteAllData();
      setMessage({ kind: 'ok', text: t('options_deleted') });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
    setConfirmingDelete(false);
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('options_dataHeading')}</h2>
      <p class="muted">{t('options_dataIntro')}</p>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <div class="actions">
        <button type="button" onClick={() => void onExport()}>
          {t('options_export')}
        </button>
      </div>
      <div class="field">
        <label for="import-file">{t('options_import')}</label>
        <input
          id="import-file"
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          disabled={readOnly}
          onChange={(event) => void onFile(event)}
        />
        <span class="hint">{t('options_importHint')}</span>
      </div>
      {plan && (
        <ImportPreview
          plan={plan}
          choices={choices}
          onChoices={setChoices}
          onApply={() => void onApply()}
          onCancel={() => setPlan(null)}
        />
      )}
      {!confirmingDelete ? (
        <div class="actions">
          <button type="button" class="danger" onClick={askDelete} disabled={readOnly}>
            {t('options_deleteAll')}
          </button>
        </div>
      ) : (
        <div role="group" aria-labelledby="delete-confirm-text" class="notice warning">
          <p id="delete-confirm-text">{t('options_deleteConfirmText')}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void onDelete()}>
              {t('options_deleteConfirm')}
            </button>
            <button type="button" ref={cancelDelete} onClick={() => setConfirmingDelete(false)}>
              {t('ui_cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
