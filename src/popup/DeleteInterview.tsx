/**
 * "Delete interview" with a confirmation step, so a slip of the mouse or an
 * Enter pressed on the wrong button loses nothing: the safe choice (Cancel)
 * takes focus when the question appears, and focus comes back to the button
 * when the question is cancelled.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/browser';

interface Props {
  /** The interview's title as the list shows it, named in the question. */
  title: string;
  disabled: boolean;
  onDelete: () => void;
}

export function DeleteInterview({ title, disabled, onDelete }: Props) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) ask.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <div class="actions">
        <button type="button" class="danger" ref={ask} onClick={() => setAsking(true)} disabled={disabled}>
          {t('popup_deleteInterview')}
        </button>
      </div>
    );
  }
  return (
    <div role="group" aria-labelledby="delete-interview-text" class="notice warning">
      <p id="delete-interview-text">{t('popup_deleteInterviewConfirmText', title)}</p>
      <div class="actions">
        <button type="button" class="danger" onClick={onDelete}>
          {t('popup_deleteInterviewConfirm')}
        </button>
        <button type="button" ref={cancel} onClick={() => setAsking(false)}>
          {t('ui_cancel')}
        </button>
      </div>
    </div>
  );
}
