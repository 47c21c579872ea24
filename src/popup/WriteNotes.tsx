/**
 * "Write the notes": opens the first named interviewer's note once the
 * interview is ready (core/ready.ts); until then it says what is missing
 * instead of writing a note to nobody at no company.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/browser';
import { isNamed, missingForNotes, type Interview } from '../core';
import { missingText } from '../ui/labels';
import type { View } from './view';

export function WriteNotes({ interview, go }: { interview: Interview; go: (view: View) => void }) {
  const [asked, setAsked] = useState(false);
  const missing = missingText(missingForNotes(interview));
  const first = interview.interviewers.find(isNamed);
  const write = () => {
    if (!missing && first) go({ screen: 'note', interviewId: interview.id, interviewerId: first.id });
    else setAsked(true);
  };
  return (
    <div class="write-notes">
      <div class="actions">
        <button type="button" class="primary" aria-describedby={asked && missing ? 'write-notes-missing' : undefined} onClick={write}>
          {t('popup_writeNotes')}
        </button>
      </div>
      {/* Always in the page, so the message is announced when it appears. */}
      <p id="write-notes-missing" class="missing" role="status">
        {asked ? missing : ''}
      </p>
    </div>
  );
}
