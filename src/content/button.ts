/**
 * The "Thank-you note" button: a real <button> inside a shadow root on a host
 * element, so the page's CSS cannot reach it and ours cannot leak out.
 * Light or dark follows the text colour around it (webmail themes do not
 * follow the OS setting); logical CSS properties keep it right in RTL.
 * Composes come and go often, so mounting is kept cheap: one stylesheet in the
 * document for every button (icon and theme included), the button built once
 * per page and cloned, and no style read by script.
 */
import { t } from '../shared/browser';
import type { ToolbarSlot } from '../mail/types';

export const BUTTON_HOST_ATTR = 'data-thank-you-note-button';

/**
 * The icon, an envelope with a heart, as one filled outline on a 24-unit grid
 * (the envelope's 1.5-unit stroke, the flap and the heart; holes wind the other
 * way). The stylesheet draws it (clip-path) on an empty span: no SVG elements
 * to build for each compose.
 */
const ICON =
  // the envelope, outside
  'M4.5 4.25H19.5A2.25 2.25 0 0 1 21.75 6.5V17.5A2.25 2.25 0 0 1 19.5 19.75H4.5A2.25 2.25 0 0 1 2.25 17.5V6.5A2.25 2.25 0 0 1 4.5 4.25Z' +
  // inside (a hole)
  'M4.5 5.75A.75 .75 0 0 0 3.75 6.5V17.5A.75 .75 0 0 0 4.5 18.25H19.5A.75 .75 0 0 0 20.25 17.5V6.5A.75 .75 0 0 0 19.5 5.75Z' +
  // the flap
  'M3.93 5.89 12 11.58 20.07 5.89 20.93 7.11 12 13.42 3.07 7.11Z' +
  // the heart
  'M12 17.86s-3.38-2.08-3.38-4.16a1.69 1.69 0 0 1 3.38-.65 1.69 1.69 0 0 1 3.38.65c0 2.08-3.38 4.16-3.38 4.16Z';

/** Where the stylesheet's rules reach: the host, and the parts inside its shadow root. */
const HOST = `[${BUTTON_HOST_ATTR}]`;
const BUTTON = `${HOST}::part(thank-you-note-button)`;

/**
 * One stylesheet in the document for every button: it reaches the host and,
 * through ::part(), the button and icon in each shadow root (the page's own
 * rules reach neither: they would have to name our parts, which carry our
 * prefix). Nothing is styled
 * per compose. The button takes its colours from the text colour around it (a
 * webmail's theme sets its text light on dark backgrounds and dark on light
 * ones), mixed with its blue: dark blue text on a light blue tint in a light
 * theme, light blue on a dark blue tint in a dark one. No script reads the
 * theme, and a theme changed while a compose is open changes the button too.
 */
export const BUTTON_STYLE = `
${HOST} { all: initial; color: inherit; display: inline-flex; vertical-align: middle; margin-inline-start: 8px; direction: inherit; }
${HOST}[data-placement="corner"] { display: flex; justify-content: flex-end; margin: 4px 8px; }
${BUTTON} {
  display: inline-flex; align-items: center; gap: 6px; height: 32px; margin: 0; padding-block: 0; padding-inline: 10px 12px;
  font: 500 13px/1 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: color-mix(in srgb, #1a73e8 45%, currentColor); background: color-mix(in srgb, #1a73e8 12%, transparent);
  border: 1px solid color-mix(in srgb, #1a73e8 45%, transparent); border-radius: 16px; cursor: pointer; white-space: nowrap;
}
${BUTTON}:hover { background: color-mix(in srgb, #1a73e8 20%, transparent); }
${BUTTON}:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
${HOST}::part(thank-you-note-icon) {
  flex: none; width: 24px; height: 24px; margin: -4px; transform: scale(.6667);
  background: currentColor; forced-color-adjust: none; clip-path: path("${ICON}");
}
@media (forced-colors: active) { ${BUTTON}, ${BUTTON}:hover { border-color: ButtonText; color: ButtonText; background: ButtonFace; } }
`;

/** Adds the buttons' stylesheet to `doc` until `signal` aborts. */
export function addButtonStyle(doc: Document, signal: AbortSignal): void {
  const style = doc.createElement('style');
  style.textContent = BUTTON_STYLE;
  (doc.head ?? doc.documentElement).append(style);
  signal.addEventListener('abort', () => style.remove(), { once: true });
}

/** The button with its icon and label, built on first use and cloned for each compose. */
let prototype: HTMLButtonElement | null = null;

function buttonPrototype(): HTMLButtonElement {
  if (prototype) return prototype;
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'thank-you-note-button');
  const label = t('content_buttonLabel');
  button.setAttribute('aria-label', label);
  const icon = document.createElement('span');
  icon.setAttribute('part', 'thank-you-note-icon');
  button.append(icon, label);
  return (prototype = button);
}

export interface MountedButton {
  host: HTMLElement;
  button: HTMLButtonElement;
  /** Takes the button off the page (if the page has not already) and ends its clicks. */
  unmount(): void;
}

/** Puts the button into `slot`; clicks call `onActivate` until `unmount()`. */
export function mountButton(slot: ToolbarSlot, tooltip: string, onActivate: (button: HTMLButtonElement) => void): MountedButton {
  const host = document.createElement('span');
  host.setAttribute(BUTTON_HOST_ATTR, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const button = buttonPrototype().cloneNode(true) as HTMLButtonElement;
  shadow.append(button);
  button.title = tooltip;
  let ended = false;
  // Keep focus and the caret in the body when the button is clicked with the mouse.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => ended || onActivate(button));
  // The node to insert before may have gone meanwhile (e.g. it was the button of an
  // older instance, removed just now after an extension update): then append.
  const before = slot.before && slot.before.parentNode === slot.parent ? slot.before : null;
  // No Send found: a row under the body, the button at its end corner (left in RTL).
  if (slot.placement === 'corner') host.dataset.placement = 'corner';
  slot.parent.insertBefore(host, before);
  return {
    host,
    button,
    unmount() {
      ended = true;
      // Also from a compose that has left the page: if the page puts it back, no dead button comes with it.
      host.remove();
    },
  };
}
