/** Words for the model's enumerations, from the locale file. */
import { t } from '../shared/browser';
import type { Tone } from '../core/model';
import type { NoteState } from '../core/deadlines';

export function toneLabel(tone: Tone): string {
  return t(`ui_tone_${tone}`);
}

export function noteStateLabel(state: NoteState): string {
  return t(`ui_state_${state.replace('-', '_')}`);
}
