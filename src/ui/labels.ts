/** Words for the model's enumerations, from the locale file. */
import { t } from '../shared/browser';
import type { Tone } from '../core/model';

export function toneLabel(tone: Tone): string {
  return t(`ui_tone_${tone}`);
}

export type NoteStateName = 'to-write' | 'drafted' | 'emailed' | 'card-mailed';

export function noteStateLabel(state: NoteStateName): string {
  return t(`ui_state_${state.replace('-', '_')}`);
}
