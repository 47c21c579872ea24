/**
 * "When it ended": quick choices (just now, 1 h ago, 2 h ago, this morning,
 * yesterday) beside the exact picker. The choices are one stop in the Tab
 * order (arrow keys move between them); one made from the keyboard moves on
 * to the next field, so the picker's parts need no Tabs. The times come from
 * endChoices (src/ui/time.ts), read from the clock when a choice is made.
 */
import { useId, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { t } from '../shared/browser';
import { endChoices, isoToLocalInput, localInputToIso, type EndChoice } from '../ui/time';

interface Props {
  value: string;
  onChange: (iso: string) => void;
  /** After a choice made from the keyboard: focus the next field. */
  onMoveOn: () => void;
  disabled: boolean;
}

const STEP: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

export function EndField({ value, onChange, onMoveOn, disabled }: Props) {
  const id = useId();
  const offered = endChoices(new Date()).map((c) => c.choice);
  const [active, setActive] = useState(0);
  const current = Math.min(active, offered.length - 1);

  const choose = (choice: EndChoice, event: JSX.TargetedMouseEvent<HTMLButtonElement>) => {
    const at = endChoices(new Date()).find((c) => c.choice === choice)?.at;
    if (at) onChange(at.toISOString());
    // detail is 0 for a click made with Enter or Space.
    if (event.detail === 0) onMoveOn();
  };
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const step = STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const next = step(current, offered.length);
    setActive(next);
    event.currentTarget.querySelectorAll('button')[next]?.focus();
  };

  return (
    <div class="field end-field">
      <label for={id}>{t('popup_field_end')}</label>
      <div role="toolbar" aria-label={t('popup_endChoices')} class="end-choices" onKeyDown={onKeyDown}>
        {offered.map((choice, i) => (
          <button
            key={choice}
            type="button"
            tabIndex={i === current ? 0 : -1}
            disabled={disabled}
            onFocus={() => setActive(i)}
            onClick={(event) => choose(choice, event)}
          >
            {t(`popup_end_${choice}`)}
          </button>
        ))}
      </div>
      <input
        id={id}
        type="datetime-local"
        value={isoToLocalInput(value)}
        disabled={disabled}
        // A cleared or half-typed value keeps the last full time: deadlines need one.
        onInput={(event) => {
          const iso = localInputToIso(event.currentTarget.value);
          if (iso) onChange(iso);
        }}
      />
    </div>
  );
}
