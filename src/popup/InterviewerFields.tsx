/**
 * The capture fields for one interviewer. Under each conversation field, the
 * sentence it becomes in the note; under the name, "How to greet them" when
 * the name does not show which part is the given name.
 */
import { Fragment, type JSX, type Ref } from 'preact';
import { t } from '../shared/browser';
import { greetingGuess, type FieldPreview, type GreetReason, type Interviewer } from '../core';
import { TextField } from '../ui/Field';
import { fieldPreview } from './FieldPreview';

type CaptureField = 'name' | 'title' | 'email' | 'topics' | 'looksFor' | 'challenge' | 'approach' | 'personalDetail' | 'promised';

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

const REASON_KEYS: Record<Exclude<GreetReason, ''>, string> = {
  'family-first': 'popup_greetReason_familyFirst',
  'one-name': 'popup_greetReason_oneName',
  'honorific-surname': 'popup_greetReason_honorificSurname',
  'two-family-names': 'popup_greetReason_twoFamilyNames',
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
        <Fragment key={key}>
          <TextField
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
          {key === 'name' && asksHowToGreet(person, company) && (
            <GreetField person={person} company={company} disabled={disabled} onChange={onChange} onKeyDown={onKeyDown} />
          )}
        </Fragment>
      ))}
      <button type="button" class="link" onClick={onRemove} disabled={disabled}>
        {t('popup_removeInterviewerNamed', person.name || label)}
      </button>
    </fieldset>
  );
}
