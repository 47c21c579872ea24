/** Words for the model's enumerations, from the locale file. */
import { t } from '../shared/browser';
import type { Interview, Interviewer, Tone } from '../core/model';
import type { NoteState } from '../core/deadlines';
import { noteState } from '../core/deadlines';
import { isNamed, missingForNotes, type Missing } from '../core/ready';

export function toneLabel(tone: Tone): string {
  return t(`ui_tone_${tone}`);
}

export function noteStateLabel(state: NoteState): string {
  return t(`ui_state_${state.replace('-', '_')}`);
}

/** An interviewer's status as the list shows it: "Not ready" while the note cannot be written (core/ready.ts). */
export function noteStatus(interview: Interview, person: Interviewer): { className: string; label: string } {
  if (missingForNotes(interview).length > 0 || !isNamed(person)) return { className: 'incomplete', label: t('ui_state_incomplete') };
  const state = noteState(person);
  return { className: state, label: noteStateLabel(state) };
}

/** What "Write the notes" says when the interview is not ready; '' when nothing is missing. */
export function missingText(missing: readonly Missing[]): string {
  if (missing.length === 0) return '';
  if (missing.length > 1) return t('popup_missing_company_interviewer');
  return t(missing[0] === 'company' ? 'popup_missing_company' : 'popup_missing_interviewer');
}
