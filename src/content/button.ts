/**
 * The "Thank-you note" button: a real <button> inside a shadow root on a host
 * element, so the page's CSS cannot reach it and ours cannot leak out.
 * Light/dark is read from the toolbar's actual background (webmail themes do
 * not follow the OS setting); logical CSS properties keep it right in RTL.
 * Composes come and go often, so mounting is kept cheap: the button's inside
 * (stylesheet, icon, texts) is built once per page and cloned, and the theme
 * is read once the browser has laid the button out (styles are up to date
 * then, and the change still lands before the frame is painted), not in the
 * task that mounts it, where reading a computed style would make the browser
 * compute the style of the whole just-opened compose.
 */
import { t } from '../shared/browser';
import type { ToolbarSlot } from '../mail/types';

export const BUTTON_HOST_ATTR = 'data-thank-you-note-button';

const STYLE = `
:host { all: initial; display: inline-flex; vertical-align: middle; margin-inline-start: 8px; direction: inherit; }
:host([data-placement="corner"]) { display: flex; justify-content: flex-end; margin: 4px 8px; }
button {
  display: inline-flex; align-items: center; gap: 6px; height: 32px; padding-block: 0; padding-inline: 10px 12px;
  font: 500 13px/1 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #174ea6; background: #e8f0fe; border: 1px solid #aecbfa; border-radius: 16px; cursor: pointer; white-space: nowrap;
}
button:hover { background: #d2e3fc; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
:host([data-theme="dark"]) button { color: #d2e3fc; background: #2b3a55; border-color: #5f7db5; }
:host([data-theme="dark"]) button:hover { background: #34476a; }
:host([data-theme="dark"]) button:focus-visible { outline-color: #8ab4f8; }
svg { width: 16px; height: 16px; flex: none; }
@media (forced-colors: active) { button { border-color: ButtonText; color: ButtonText; background: ButtonFace; } }
`;

const SVG = 'http://www.w3.org/2000/svg';

/** An envelope with a heart: drawn with DOM calls, since the extension never assigns HTML strings. */
function icon(): SVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const paths = [
    ['M3 6.5A1.5 1.5 0 0 1 4.5 5h15A1.5 1.5 0 0 1 21 6.5v11a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5z', 'none'],
    ['M3.5 6.5 12 12.5l8.5-6', 'none'],
    ['M12 17.2s-2.6-1.6-2.6-3.2a1.3 1.3 0 0 1 2.6-.5 1.3 1.3 0 0 1 2.6.5c0 1.6-2.6 3.2-2.6 3.2z', 'currentColor'],
  ] as const;
  for (const [d, fill] of paths) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', fill);
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '1.5');
    path.setAttribute('stroke-linejoin', 'round');
    svg.append(path);
  }
  return svg;
}

function parentAcrossShadow(node: Element): Element | null {
  const root = node.getRootNode();
  return node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
}

/** True when the nearest painted background behind `el` (across shadow roots) is dark. */
export function onDarkBackground(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node && view; node = parentAcrossShadow(node)) {
    const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(view.getComputedStyle(node).backgroundColor);
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return false;
}

/** What every button's shadow root holds, built on first use: cloned for each button. */
let prototype: DocumentFragment | null = null;

function buttonPrototype(): DocumentFragment {
  if (prototype) return prototype;
  const fragment = document.createDocumentFragment();
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  const label = t('content_buttonLabel');
  button.setAttribute('aria-label', label);
  const text = document.createElement('span');
  text.textContent = label;
  button.append(icon(), text);
  fragment.append(style, button);
  return (prototype = fragment);
}

/**
 * One observer for every button. It reports a new host once the browser has
 * laid it out: its theme is read then, once (the host is let go at once).
 */
let themer: ResizeObserver | null = null;

function themeAfterLayout(host: HTMLElement): void {
  themer ??= new ResizeObserver((entries) => {
    for (const { target } of entries) {
      themer!.unobserve(target);
      const parent = target.parentElement;
      if (parent && onDarkBackground(parent)) (target as HTMLElement).dataset.theme = 'dark';
    }
  });
  themer.observe(host);
}

export interface MountedButton {
  host: HTMLElement;
  button: HTMLButtonElement;
}

/** Puts the button into `slot`; clicks call `onActivate`. Listeners end with `signal`. */
export function mountButton(slot: ToolbarSlot, tooltip: string, onActivate: (button: HTMLButtonElement) => void, signal: AbortSignal): MountedButton {
  const host = document.createElement('span');
  host.setAttribute(BUTTON_HOST_ATTR, '');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.append(buttonPrototype().cloneNode(true));
  const button = shadow.lastElementChild as HTMLButtonElement;
  button.title = tooltip;
  // Keep focus and the caret in the body when the button is clicked with the mouse.
  button.addEventListener('mousedown', (event) => event.preventDefault(), { signal });
  button.addEventListener('click', () => onActivate(button), { signal });
  // The node to insert before may have gone meanwhile (e.g. it was the button of an
  // older instance, removed just now after an extension update): then append.
  const before = slot.before && slot.before.parentNode === slot.parent ? slot.before : null;
  // No Send found: a row under the body, the button at its end corner (left in RTL).
  if (slot.placement === 'corner') host.dataset.placement = 'corner';
  slot.parent.insertBefore(host, before);
  themeAfterLayout(host);
  signal.addEventListener(
    'abort',
    () => {
      themer?.unobserve(host);
      host.remove();
    },
    { once: true },
  );
  return { host, button };
}
