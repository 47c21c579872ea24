/**
 * Under a conversation field of the capture form: the sentence it becomes in
 * the note, and anything the writer could not phrase as typed, with the
 * reason. Loaded with the form, never on the popup's first screen.
 */
import { t } from '../shared/browser';
import { fieldIssueMessage, type FieldPreview } from '../core';

/**
 * Null when there is nothing to say. An empty field shows nothing, even when
 * the writer fills the gap with a general sentence: that is not this field's.
 */
export function fieldPreview(preview: FieldPreview | undefined, typed: string) {
  if (!preview || !typed.trim() || (!preview.sentence && preview.issues.length === 0)) return null;
  return (
    <>
      {preview.sentence && (
        <p class="field-preview" data-testid={`preview-${preview.field}`}>
          <span class="muted">{t('popup_previewInNote')}</span> {preview.sentence}
        </p>
      )}
      {preview.issues.length > 0 && (
        <ul class="field-issues" data-testid={`issues-${preview.field}`}>
          {preview.issues.map((issue, i) => (
            <li key={`${issue.code}-${i}`}>{fieldIssueMessage(issue)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
