// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installI18n } from '../ui/support/i18n';
import { onDarkBackground, openPicker, PICKER_HOST_ATTR } from '../../../src/content/picker';
import { createContext } from '../../../src/content/context';
import { gmail } from '../../../src/mail/gmail';
import { allChoices, type Choice } from '../../../src/shared/choices';
import { twoInterviews } from './data';

const NOW = new Date('2026-03-10T15:00:00Z');

let instance = new AbortController();
let ctx = createContext(gmail, instance.signal);

function open() {
  const onPick = vi.fn<(choice: Choice) => void>();
  const onCancel = vi.fn();
  const host = openPicker(ctx, { choices: allChoices(twoInterviews(NOW)), anchor: null, dark: false, now: NOW, onPick, onCancel });
  const shadow = host.shadowRoot!;
  const list = shadow.querySelector<HTMLElement>('[role="listbox"]')!;
  const press = (key: string) => list.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  const selected = () => shadow.querySelector('[role="option"][aria-selected="true"]')?.textContent ?? '';
  return { host, shadow, list, press, selected, onPick, onCancel };
}

describe('the interviewer picker', () => {
  beforeEach(installI18n);
  afterEach(() => {
    instance.abort();
    instance = new AbortController();
    ctx = createContext(gmail, instance.signal);
  });

  it('takes the dark theme on a dark page (the nearest painted background, across shadow roots)', () => {
    const light = document.createElement('div');
    light.style.backgroundColor = 'rgb(255, 255, 255)';
    const dark = document.createElement('div');
    dark.style.backgroundColor = 'rgb(31, 31, 31)';
    const inner = document.createElement('span');
    dark.append(inner);
    document.body.replaceChildren(light, dark);
    expect(onDarkBackground(light)).toBe(false);
    expect(onDarkBackground(inner)).toBe(true);
    // From inside a shadow root (the picker is anchored at the button).
    const host = document.createElement('span');
    dark.append(host);
    const button = document.createElement('button');
    host.attachShadow({ mode: 'open' }).append(button);
    expect(onDarkBackground(button)).toBe(true);
  });

  it('lists recent interviews first with each interviewer, status and hours left', () => {
    const { shadow } = open();
    const rows = [...shadow.querySelectorAll('li')].map((li) => `${li.getAttribute('role') ?? 'item'}:${li.textContent}`);
    expect(rows[0]).toMatch(/^presentation:Acme/);
    expect(rows[1]).toMatch(/^option:Jane Doe, Engineer/);
    // Acme ended 5 hours ago: 19 hours left for Jane (to write) and Bob (drafted).
    expect(rows[1]).toMatch(/19/);
    expect(rows[2]).toMatch(/^option:Bob Stone/);
    expect(rows[3]).toMatch(/^presentation:Globex/);
    // Globex ended 47 hours ago: past the 24 hours.
    expect(rows[4]).toMatch(/^option:Hank/);
    expect(rows[4]).toContain('past 24 h');
    expect(rows[4]).not.toMatch(/\d+ h left/);
  });

  it('moves with the arrow keys (wrapping), and Enter picks', () => {
    const { press, selected, onPick, host } = open();
    expect(selected()).toMatch(/^Jane/);
    press('ArrowDown');
    expect(selected()).toMatch(/^Bob/);
    press('ArrowDown');
    press('ArrowDown');
    expect(selected()).toMatch(/^Jane/);
    press('ArrowUp');
    expect(selected()).toMatch(/^Hank/);
    press('Enter');
    expect(onPick).toHaveBeenCalledOnce();
    expect(onPick.mock.calls[0]![0].interviewer.id).toBe('hank');
    expect(host.isConnected).toBe(false);
  });

  it('focuses the list and points aria-activedescendant at the selected option', () => {
    const { list, shadow, press } = open();
    expect(shadow.activeElement ?? document.activeElement).toBeTruthy();
    press('End');
    const id = list.getAttribute('aria-activedescendant')!;
    expect(shadow.getElementById(id)?.textContent).toMatch(/^Hank/);
  });

  it('closes on Escape without picking', () => {
    const { press, onPick, onCancel, host } = open();
    press('Escape');
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onPick).not.toHaveBeenCalled();
    expect(host.isConnected).toBe(false);
    expect(document.querySelector(`[${PICKER_HOST_ATTR}]`)).toBeNull();
  });

  it('closes on a click outside, and picks on a click on an option', () => {
    const first = open();
    document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    expect(first.onCancel).toHaveBeenCalledOnce();
    const second = open();
    second.shadow.querySelectorAll<HTMLElement>('[role="option"]')[1]!.click();
    expect(second.onPick.mock.calls[0]![0].interviewer.id).toBe('bob');
  });

  it('shows only one picker at a time', () => {
    open();
    open();
    expect(document.querySelectorAll(`[${PICKER_HOST_ATTR}]`)).toHaveLength(1);
  });
});
