/**
 * The interviewer picker: a small listbox in a shadow root, driven by the
 * keyboard (arrows, Home/End, Enter, Escape) or the mouse. Recent interviews
 * come first; each lists its interviewers with note status and hours left.
 */
import { t } from '../shared/browser';
import { hoursLeft, noteState } from '../core/index';
import type { Choice } from '../shared/choices';
import { noteStateLabel } from '../ui/labels';
import type { ContentContext } from './context';
import { closeOverlay, showOverlay } from './overlay';

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** True when the nearest painted background behind `el` (across shadow roots) is dark: the picker then takes the dark theme. */
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

export const PICKER_HOST_ATTR = 'data-thank-you-note-picker';

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; }
.panel { box-sizing: border-box; width: min(360px, 92vw); max-height: 60vh; overflow: auto; padding: 8px 0;
  font: 14px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #202124; background: #fff;
  border: 1px solid #dadce0; border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / 25%); }
:host([data-theme="dark"]) .panel { color: #e8eaed; background: #2d2e30; border-color: #5f6368; }
h2 { margin: 0; padding: 4px 16px 8px; font-size: 14px; font-weight: 600; }
ul { list-style: none; margin: 0; padding: 0; outline: none; }
.group { padding: 8px 16px 2px; font-size: 12px; font-weight: 600; color: #5f6368; }
:host([data-theme="dark"]) .group { color: #bdc1c6; }
[role="option"] { display: flex; justify-content: space-between; gap: 12px; padding: 6px 16px; cursor: pointer; }
[role="option"][aria-selected="true"] { background: #e8f0fe; box-shadow: inset 3px 0 #1a73e8; }
:host([data-theme="dark"]) [role="option"][aria-selected="true"] { background: #394457; box-shadow: inset 3px 0 #8ab4f8; }
ul:focus-visible [aria-selected="true"] { outline: 2px solid #1a73e8; outline-offset: -2px; }
.meta { font-size: 12px; color: #5f6368; white-space: nowrap; }
:host([data-theme="dark"]) .meta { color: #bdc1c6; }
.hint { padding: 8px 16px 0; font-size: 12px; color: #5f6368; }
:host([data-theme="dark"]) .hint { color: #bdc1c6; }
`;

export interface PickerOptions {
  choices: Choice[];
  /** Positions the picker next to this element (the button), or near the top of the page. */
  anchor: Element | null;
  dark: boolean;
  now?: Date;
  onPick(choice: Choice): void;
  /** Escape or a click outside. */
  onCancel(): void;
}

function statusText(choice: Choice, now: Date): string {
  const state = noteState(choice.interviewer);
  const status = noteStateLabel(state);
  if (state !== 'to-write' && state !== 'drafted') return status;
  const hours = Math.floor(hoursLeft(choice.interview, now));
  return `${status} · ${hours > 0 ? t('content_hoursLeft', String(hours)) : t('content_overdue')}`;
}

export function closePicker(ctx: ContentContext): void {
  closeOverlay(ctx, 'picker');
}

export function openPicker(ctx: ContentContext, options: PickerOptions): HTMLElement {
  const now = options.now ?? new Date();
  const host = document.createElement('div');
  host.setAttribute(PICKER_HOST_ATTR, '');
  host.dir = document.documentElement.dir || 'ltr';
  if (options.dark) host.dataset.theme = 'dark';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  const title = document.createElement('h2');
  title.id = 'tyn-title';
  title.textContent = t('content_pickerTitle');
  panel.setAttribute('aria-labelledby', title.id);
  const list = document.createElement('ul');
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-labelledby', title.id);
  list.tabIndex = 0;

  const items: HTMLElement[] = [];
  let lastInterview = '';
  options.choices.forEach((choice, index) => {
    if (choice.interview.id !== lastInterview) {
      lastInterview = choice.interview.id;
      const group = document.createElement('li');
      group.className = 'group';
      group.setAttribute('role', 'presentation');
      group.textContent = [choice.interview.company, choice.interview.role].filter(Boolean).join(' · ');
      list.append(group);
    }
    const item = document.createElement('li');
    item.id = `tyn-option-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    const name = document.createElement('span');
    name.textContent = choice.interviewer.title ? `${choice.interviewer.name}, ${choice.interviewer.title}` : choice.interviewer.name;
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = statusText(choice, now);
    item.append(name, meta);
    item.addEventListener('mousedown', (event) => event.preventDefault());
    item.addEventListener('click', () => pick(index));
    items.push(item);
    list.append(item);
  });

  let active = 0;
  const select = (index: number) => {
    active = (index + items.length) % items.length;
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    list.setAttribute('aria-activedescendant', items[active]?.id ?? '');
    items[active]?.scrollIntoView?.({ block: 'nearest' });
  };
  const pick = (index: number) => {
    const choice = options.choices[index];
    closePicker(ctx);
    if (choice) options.onPick(choice);
  };
  const cancel = () => {
    closePicker(ctx);
    options.onCancel();
  };

  list.addEventListener('keydown', (event) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => select(active + 1),
      ArrowUp: () => select(active - 1),
      Home: () => select(0),
      End: () => select(items.length - 1),
      Enter: () => pick(active),
      ' ': () => pick(active),
      Escape: cancel,
      Tab: cancel,
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  });
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = t('content_pickerHint');
  panel.append(title, list, hint);
  shadow.append(style, panel);
  const shown = showOverlay(ctx, 'picker', host);
  // A click anywhere else closes the picker.
  document.addEventListener('mousedown', (event) => !event.composedPath().includes(host) && cancel(), { capture: true, signal: shown });

  place(host, options.anchor);
  select(0);
  list.focus({ preventScroll: true });
  return host;
}

/** Above the anchor when there is room (the button sits at the bottom of Gmail's compose), else below. */
function place(host: HTMLElement, anchor: Element | null): void {
  const rect = anchor?.getBoundingClientRect();
  if (!rect || (rect.width === 0 && rect.height === 0)) {
    host.style.insetBlockStart = '80px';
    host.style.insetInlineStart = 'max(16px, calc(50% - 180px))';
    return;
  }
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - 370));
  host.style.left = `${left}px`;
  if (rect.top > window.innerHeight / 2) host.style.bottom = `${window.innerHeight - rect.top + 8}px`;
  else host.style.top = `${rect.bottom + 8}px`;
}
