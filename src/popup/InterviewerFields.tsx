/**
 * The capture fields for one interviewer. First the fields that make the
 * note (name, what you talked about, the biggest challenge and your plan);
 * the rest sit behind one "More about <name>" disclosure, with "Remove
 * <name>", so no destructive control lies between two fields. The
 * disclosure opens by itself when one of its fields has content and stays as
 * the user left it; closed, its summary says how many of its fields are
 * filled in, so nothing typed is hidden silently.
 *
 * Under each conversation field, the sentence it becomes in the note; under
 * the name, "How to greet them" when the name does not show which part is
 * the given name.
 */
import { useState } from 'preact/hooks';
import type { JSX, Ref } from 'preact';
import { t } from '../shared/browser';
import { greetingGuess, type FieldPreview, type GreetReason, type Interviewer } from '../core';
import { TextField } from '../ui/Field';
import { fieldPreview } from './FieldPreview';

type CaptureField = 'name' | 'title' | 'email' | 'topics' | 'looksFor' | 'challenge' | 'approach' | 'personalDetail' | 'promised';

interface FieldSpec {
  key: CaptureField;
  multiline: boolean;
  type?: 'email';
}

/** Shown first: what the note is made of. */
export const NOTE_FIELDS: readonly FieldSpec[] = [
  { key: 'name', multiline: false },
  { key: 'topics', multiline: true },
  { key: 'challenge', multiline: true },
  { key: 'approach', multiline: true },
];

/** Behind "More about <name>". */
export const MORE_FIELDS: readonly FieldSpec[] = [
  { key: 'title', multiline: false },
  { key: 'email', multiline: false, type: 'email' },
  { key: 'looksFor', multiline: true },
  { key: 'personalDetail', multiline: true },
  { key: 'promised', multiline: true },
];

/** How many of the fields behind the disclosure have content. */
export function moreFilled(person: Interviewer): number {
  return MORE_FIELDS.filter(({ key }) => person[key].trim() !== '').length;
}

const REASON_KEYS: Record<Exclude<GreetReason, ''>, string> = {
  'family-first': 'popup_greetReason_familyFirst',
  'one-name': 'popup_greetReason_oneName',
  'honorific-surname': 'popup_greetReason_honorificSurname',
  'title-full-name': 'popup_greetReason_titleFullName',
  initial: 'popup_greetReason_initial',
  'two-family-names': 'popup_greetReason_twoFamilyNames',
  'two-given-names': 'popup_greetReason_twoGivenNames',
  'lower-case': 'popup_greetReason_lowerCase',
};

/**
 * Whether the form asks how to greet this person: when the writer is not sure
 * of the given name, and while the user's own answer is stored (so it can be
 * changed or cleared even once the name no longer needs it).
 */
export function asksHowToGreet(person: Interviewer, company: string): boolean {
  if (person.greetAs.trim()) return true;
  return person.name.trim() !== '' && !greetingGuess(person.name, person.email, company).certain;
}

interface Props {
  person: Interviewer;
  index: number;
  /** The interview's company, which helps tell a family name that comes first. */
  company: string;
  /** The live previews of this interviewer's conversation fields. */
  previews: readonly FieldPreview[];
  disabled: boolean;
  nameRef: Ref<HTMLInputElement | HTMLTextAreaElement>;
  onChange: (person: Interviewer) => void;
  onRemove: () => void;
  /** Enter in a one-line field: go to the next interviewer, adding one when this is the last. */
  onNext: () => void;
}

function GreetField({ person, company, disabled, onChange, onKeyDown }: Pick<Props, 'person' | 'company' | 'disabled' | 'onChange'> & {
  onKeyDown: (event: JSX.TargetedKeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}) {
  const guess = greetingGuess(person.name, person.email, company);
  const own = person.greetAs.trim();
  const reason = guess.reason ? t(REASON_KEYS[guess.reason], person.name.trim()) : '';
  const hint = own ? t('popup_greetOwn') : [reason, t('popup_greetGuess', guess.greetAs)].filter(Boolean).join(' ');
  return (
    <div class="greet-as">
      <TextField
        label={t('popup_field_greetAs')}
        value={person.greetAs}
        placeholder={guess.greetAs}
        hint={hint}
        disabled={disabled}
        onKeyDown={onKeyDown}
        onInput={(greetAs) => onChange({ ...person, greetAs })}
      />
      {!own && guess.greetAs && (
        <button type="button" class="link" disabled={disabled} onClick={() => onChange({ ...person, greetAs: guess.greetAs })}>
          {t('popup_greetConfirm', guess.greetAs)}
        </button>
      )}
    </div>
  );
}

export function InterviewerFields({ person, index, company, previews, disabled, nameRef, onChange, onRemove, onNext }: Props) {
  const filled = moreFilled(person);
  const [open, setOpen] = useState(filled > 0);
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const multiline = event.currentTarget.tagName === 'TEXTAREA';
    // In a text area Enter makes a new line unless Ctrl/Cmd is held; IME composition is left alone.
    if (event.key !== 'Enter' || event.isComposing || (multiline && !event.ctrlKey && !event.metaKey)) return;
    event.preventDefault();
    onNext();
  };
  const label = t('popup_interviewerN', String(index + 1));
  const shownName = person.name.trim() || label;
  const field = ({ key, multiline, type }: FieldSpec) => (
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
      below={fieldPreview(previews.find((p) => p.field === key), person[key])}
    />
  );
  return (
    <fieldset class="interviewer">
      <legend>{person.name ? t('popup_interviewerNamed', [String(index + 1), person.name]) : label}</legend>
      {field(NOTE_FIELDS[0]!)}
      {asksHowToGreet(person, company) && (
        <GreetField person={person} company={company} disabled={disabled} onChange={onChange} onKeyDown={onKeyDown} />
      )}
      {NOTE_FIELDS.slice(1).map(field)}
      <details class="more" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          {t('popup_moreAbout', shownName)}
          {!open && filled > 0 && <span class="muted"> {t('popup_moreFilled', String(filled))}</span>}
        </summary>
        <div class="more-actions">
          <button type="button" class="link danger" onClick={onRemove} disabled={disabled}>
            {t('popup_removeInterviewerNamed', shownName)}
          </button>
        </div>
        {MORE_FIELDS.map(field)}
      </details>
    </fieldset>
  );
}
