/** The capture fields for one interviewer, in the order note-rules.md gives. */
import type { JSX, Ref } from 'preact';
import { t } from '../shared/browser';
import type { Interviewer } from '../core/model';
import { TextField } from '../ui/Field';

type CaptureField = Exclude<keyof Interviewer, 'id' | 'offerCall' | 'note' | 'greetAs' | 'edited' | 'tough'>;

const FIELDS: readonly { key: CaptureField; multiline: boolean; type?: 'email' }[] = [
  { key: 'name', multiline: false },
  { key: 'title', multiline: false },
  { key: 'email', multiline: false, type: 'email' },
  { key: 'topics', multiline: true },
  { key: 'looksFor', multiline: true },
  { key: 'challenge', multiline: true },
  { key: 'approach', multiline: true },
  { key: 'personalDetail', multiline: true },
  { key: 'promised', multiline: true },
];

interface Props {
  person: Interviewer;
  index: number;
  disabled: boolean;
  nameRef: Ref<HTMLInputElement | HTMLTextAreaElement>;
  onChange: (person: Interviewer) => void;
  onRemove: () => void;
  /** Enter in a one-line field: go to the next interviewer, adding one when this is the last. */
  onNext: () => void;
}

export function InterviewerFields({ person, index, disabled, nameRef, onChange, onRemove, onNext }: Props) {
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const multiline = event.currentTarget.tagName === 'TEXTAREA';
    // In a text area Enter makes a new line unless Ctrl/Cmd is held; IME composition is left alone.
    if (event.key !== 'Enter' || event.isComposing || (multiline && !event.ctrlKey && !event.metaKey)) return;
    event.preventDefault();
    onNext();
  };
  const label = t('popup_interviewerN', String(index + 1));
  return (
    <fieldset class="interviewer">
      <legend>{person.name ? t('popup_interviewerNamed', [String(index + 1), person.name]) : label}</legend>
      {FIELDS.map(({ key, multiline, type }) => (
        <TextField
          key={key}
          label={t(`popup_field_${key}`)}
          value={person[key]}
          multiline={multiline}
          type={type}
          disabled={disabled}
          inputRef={key === 'name' ? nameRef : undefined}
          onKeyDown={onKeyDown}
          onInput={(value) => onChange({ ...person, [key]: value })}
        />
      ))}
      <button type="button" class="link" onClick={onRemove} disabled={disabled}>
        {t('popup_removeInterviewerNamed', person.name || label)}
      </button>
    </fieldset>
  );
}
