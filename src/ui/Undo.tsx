/**
 * "Removed Marco Bianchi. Undo": what was just removed, with a way back. The
 * polite live region stays in the page while empty, so screen readers
 * announce the message when it appears; the message and its button stay
 * until the next removal, an undo, or leaving the screen (no timer to beat).
 */
import type { Ref } from 'preact';
import { t } from '../shared/browser';

interface Props {
  /** Empty: nothing to undo, the region is empty. */
  message: string;
  onUndo: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
  disabled?: boolean;
}

export function UndoNotice({ message, onUndo, buttonRef, disabled }: Props) {
  return (
    <div role="status" class={message ? 'notice ok undo-notice' : 'undo-notice empty'}>
      {message && (
        <>
          <span>{message}</span>{' '}
          <button type="button" class="link" ref={buttonRef} onClick={onUndo} disabled={disabled}>
            {t('ui_undo')}
          </button>
        </>
      )}
    </div>
  );
}
