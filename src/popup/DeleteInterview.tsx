/**
 * "Delete interview": deletes at once and offers Undo on the list (see
 * Popup.tsx), as removing an interviewer offers Undo in the form. No
 * question first: an undo catches a slip as well as a confirmation would,
 * without asking every time.
 */
import { t } from '../shared/browser';

interface Props {
  disabled: boolean;
  onDelete: () => void;
}

export function DeleteInterview({ disabled, onDelete }: Props) {
  return (
    <div class="actions">
      <button type="button" class="danger" onClick={onDelete} disabled={disabled}>
        {t('popup_deleteInterview')}
      </button>
    </div>
  );
}
