/** Labelled form controls: every control has a visible label tied to it by id. */
import type { ComponentChildren, JSX, Ref } from 'preact';
import { useId } from 'preact/hooks';

interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  /** Shown under the control and read with it (a live preview, a flag): described-by like the hint. */
  below?: ComponentChildren;
  /** Shown in an empty control; never the only place something is said (it disappears when typing). */
  placeholder?: string;
  multiline?: boolean;
  /** Height of a multiline field, in lines. */
  rows?: number;
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'datetime-local' | 'url';
  autoComplete?: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement | HTMLTextAreaElement>;
  onKeyDown?: (event: JSX.TargetedKeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const belowId = `${id}-below`;
  const describedBy = [props.hint ? hintId : '', props.below ? belowId : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value: props.value,
    disabled: props.disabled,
    placeholder: props.placeholder,
    'aria-describedby': describedBy || undefined,
    onInput: (event: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => props.onInput(event.currentTarget.value),
    onKeyDown: props.onKeyDown,
  };
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 2} ref={props.inputRef as Ref<HTMLTextAreaElement>} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete ?? 'off'}
          ref={props.inputRef as Ref<HTMLInputElement>}
        />
      )}
      {props.hint && (
        <span class="hint" id={hintId}>
          {props.hint}
        </span>
      )}
      {props.below && (
        <div class="below" id={belowId}>
          {props.below}
        </div>
      )}
    </div>
  );
}

interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  disabled?: boolean;
}

/** A small set of exclusive choices shown as a select. */
export function SelectField<T extends string>(props: ChoiceFieldProps<T>) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.currentTarget.value as T)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  children?: ComponentChildren;
}

export function Checkbox(props: CheckboxProps) {
  const id = useId();
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
      {props.children}
    </div>
  );
}
