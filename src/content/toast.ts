/**
 * A small message in the page (shadow root, so page CSS cannot touch it).
 * When an insertion fails it offers the draft text for copying, so the user
 * never loses the note.
 */
import { t } from '../shared/browser';
import type { ContentContext } from './context';
import { after, closeOverlay, showOverlay } from './overlay';

export const TOAST_HOST_ATTR = 'data-thank-you-note-toast';

const STYLE = `
:host { all: initial; position: fixed; inset-block-end: 24px; inset-inline-start: 50%; translate: -50% 0; z-index: 2147483647; }
:host(:dir(rtl)) { translate: 50% 0; }
.toast { box-sizing: border-box; max-width: min(480px, 90vw); padding: 12px 16px; border-radius: 8px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #fff; background: #202124; box-shadow: 0 4px 16px rgb(0 0 0 / 35%); }
p { margin: 0 0 8px; }
textarea { box-sizing: border-box; width: 100%; height: 140px; font: inherit; font-size: 13px; color: #202124; background: #fff; border-radius: 4px; }
.row { display: flex; gap: 8px; justify-content: flex-end; margin-block-start: 8px; }
button { font: inherit; padding: 4px 12px; border-radius: 4px; border: 1px solid #8ab4f8; color: #8ab4f8; background: transparent; cursor: pointer; }
button:focus-visible { outline: 2px solid #8ab4f8; outline-offset: 2px; }
`;

export interface ToastOptions {
  message: string;
  /** The draft, offered for copying. */
  text?: string;
  /** Errors are announced at once; notices politely. */
  kind?: 'error' | 'notice';
}

/** How long a toast without a draft to copy stays. */
export const TOAST_MS = 10_000;

export function closeToast(ctx: ContentContext): void {
  closeOverlay(ctx, 'toast');
}

export function showToast(ctx: ContentContext, options: ToastOptions): HTMLElement {
  const close = () => closeToast(ctx);
  const host = document.createElement('div');
  host.setAttribute(TOAST_HOST_ATTR, '');
  host.dir = document.documentElement.dir || 'ltr';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', options.kind === 'error' ? 'alert' : 'status');
  const message = document.createElement('p');
  message.textContent = options.message;
  box.append(message);
  const row = document.createElement('div');
  row.className = 'row';
  if (options.text) {
    const area = document.createElement('textarea');
    area.readOnly = true;
    area.value = options.text;
    area.setAttribute('aria-label', t('content_draftTextLabel'));
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = t('content_copyDraft');
    copy.addEventListener('click', () => {
      area.select();
      const done = () => (copy.textContent = t('content_copied'));
      // The clipboard API can be refused on some pages; selecting the text still lets the user copy it.
      navigator.clipboard?.writeText(options.text ?? '').then(done, () => undefined);
    });
    box.append(area);
    row.append(copy);
  }
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = t('content_close');
  dismiss.addEventListener('click', close);
  row.append(dismiss);
  box.append(row);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  shadow.append(style, box);
  const shown = showOverlay(ctx, 'toast', host);
  if (!options.text) after(shown, TOAST_MS, close);
  return host;
}
