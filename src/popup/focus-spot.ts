/**
 * Where focus is, said in a way that survives closing the popup: the control's
 * visible label (or a button's name) and which of the same name it is. Element
 * ids are generated per render and would not find the same field again.
 */

export interface FocusSpot {
  kind: 'label' | 'button';
  text: string;
  /** Among the page's controls of the same kind and text. */
  index: number;
}

function labelText(label: HTMLLabelElement): string {
  return label.textContent?.trim() ?? '';
}

function buttonText(button: HTMLButtonElement): string {
  return (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
}

function labelsIn(root: ParentNode): HTMLLabelElement[] {
  return [...root.querySelectorAll('label')].filter((l) => l.htmlFor !== '');
}

/** The spot of `element` within `root`, or null when it has no name to find it by. */
export function spotOf(element: Element | null, root: ParentNode): FocusSpot | null {
  if (!element) return null;
  if (element.tagName === 'BUTTON') {
    const text = buttonText(element as HTMLButtonElement);
    if (!text) return null;
    const same = [...root.querySelectorAll('button')].filter((b) => buttonText(b) === text);
    return { kind: 'button', text, index: same.indexOf(element as HTMLButtonElement) };
  }
  const id = element.id;
  const label = id ? labelsIn(root).find((l) => l.htmlFor === id) : undefined;
  if (!label) return null;
  const text = labelText(label);
  const same = labelsIn(root).filter((l) => labelText(l) === text);
  return { kind: 'label', text, index: same.indexOf(label) };
}

/** The element a spot names, if the page has it now. */
export function elementAt(spot: FocusSpot, root: ParentNode): HTMLElement | null {
  if (spot.kind === 'button') {
    return [...root.querySelectorAll('button')].filter((b) => buttonText(b) === spot.text)[spot.index] ?? null;
  }
  const label = labelsIn(root).filter((l) => labelText(l) === spot.text)[spot.index];
  return label ? label.ownerDocument.getElementById(label.htmlFor) : null;
}

export function isFocusSpot(value: unknown): value is FocusSpot {
  const v = value as Partial<FocusSpot> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    (v.kind === 'label' || v.kind === 'button') &&
    typeof v.text === 'string' &&
    typeof v.index === 'number' &&
    Number.isInteger(v.index) &&
    v.index >= 0
  );
}
