// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHURN_RECORDS, SENTINEL_ANIMATION, dockOf, watchComposes } from '../../../src/content/watch';
import { gmail } from '../../../src/mail/gmail';
import { outlook } from '../../../src/mail/outlook';
import { fallback } from '../../../src/mail/fallback';
import type { Compose, MailAdapter } from '../../../src/mail/types';
import { loadHtml, loadPage } from '../mail/load-page';

/** Mutation observers report at the end of the current task's microtasks: one macrotask later is enough. */
function afterObservers(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe('watching for composes', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Tracks found bodies the way the content script does: a body is known until its compose closes. */
  function watch(adapter: MailAdapter = gmail) {
    const found: Compose[] = [];
    const tracked = new Set<Element>();
    const recheck = vi.fn(() => {
      for (const body of tracked) if (!body.isConnected) tracked.delete(body);
    });
    const controller = new AbortController();
    watchComposes(
      adapter,
      document,
      {
        found: (c) => {
          found.push(c);
          tracked.add(c.body);
        },
        recheck,
        known: (body) => tracked.has(body),
      },
      controller.signal,
    );
    return { found, recheck, controller };
  }

  it('finds composes already open at start', () => {
    loadPage('gmail/compose-multiple.html');
    const { found, controller } = watch();
    expect(found).toHaveLength(3);
    expect(new Set(found.map((c) => c.body)).size).toBe(3);
    controller.abort();
  });

  it('finds a compose opened later at the end of the same task, once, among unrelated changes', async () => {
    loadPage('gmail/compose-popup.html');
    const { found, controller } = watch();
    expect(found).toHaveLength(1);
    const template = document.getElementById('fixture-compose') as HTMLTemplateElement;
    document.querySelector('.dw .no')!.append(template.content.cloneNode(true));
    for (let i = 1; i < CHURN_RECORDS; i++) document.body.append(document.createElement('span'));
    // Observers are called after the current script, before any timer or frame.
    await Promise.resolve();
    expect(found).toHaveLength(2);
    expect(found[1]!.body).not.toBe(found[0]!.body);
    // More mutations: nothing is reported twice.
    document.body.append(document.createElement('div'));
    await afterObservers();
    expect(found).toHaveLength(2);
    controller.abort();
  });

  /** A busy inbox: more records in one task than the observer reads. */
  function churn(within: Element, records = CHURN_RECORDS + 1) {
    for (let i = 0; i < records; i++) within.append(document.createElement('span'));
  }

  it('through heavy churn, finds a compose opened in a task of its own at the end of that task, and lets it go when it closes', async () => {
    loadPage('gmail/compose-popup.html');
    const busy = document.createElement('div');
    document.body.append(busy);
    const { found, recheck, controller } = watch();
    const template = document.getElementById('fixture-compose') as HTMLTemplateElement;
    const dock = document.querySelector('.dw .no')!;
    // Many busy tasks, as in an inbox that re-renders all the time; composes open and close between them.
    for (let i = 0; i < 30; i++) {
      churn(busy, 50);
      await Promise.resolve();
    }
    for (let i = 0; i < 3; i++) {
      dock.append(template.content.cloneNode(true));
      await Promise.resolve();
      expect(found).toHaveLength(2 + i);
      churn(busy, 50);
      await Promise.resolve();
      const calls = recheck.mock.calls.length;
      dock.lastElementChild!.remove();
      await Promise.resolve();
      expect(recheck).toHaveBeenCalledTimes(calls + 1);
    }
    controller.abort();
  });

  it('does not read a busy task: it only re-checks the known composes (a close is noticed), and the sentinel finds a body added there', async () => {
    loadPage('gmail/compose-popup.html');
    const busy = document.createElement('div');
    document.body.append(busy);
    const { found, recheck, controller } = watch();
    const first = found[0]!;
    const template = document.getElementById('fixture-compose') as HTMLTemplateElement;
    const queries = vi.spyOn(Element.prototype, 'querySelectorAll');
    const documentQueries = vi.spyOn(Document.prototype, 'querySelectorAll');
    const matches = vi.spyOn(Element.prototype, 'matches');
    const findComposes = vi.spyOn(gmail, 'findComposes');
    // One task: the open compose closes, another opens, and the inbox churns.
    first.root.remove();
    document.querySelector('.dw .no')!.append(template.content.cloneNode(true));
    churn(busy);
    await Promise.resolve();
    expect(recheck).toHaveBeenCalledTimes(1);
    // No added node was looked at.
    expect(queries).not.toHaveBeenCalled();
    expect(documentQueries).not.toHaveBeenCalled();
    expect(matches).not.toHaveBeenCalled();
    expect(findComposes).not.toHaveBeenCalled();
    expect(found).toHaveLength(1);
    queries.mockRestore();
    documentQueries.mockRestore();
    matches.mockRestore();
    findComposes.mockRestore();
    // The sentinel names the new body (happy-dom runs no CSS: the event is dispatched as the browser would).
    const body = document.querySelector('.dw .no [g_editable="true"]')!;
    body.dispatchEvent(new AnimationEvent('animationstart', { animationName: SENTINEL_ANIMATION, bubbles: true }));
    expect(found.map((c) => c.body)).toEqual([first.body, body]);
    controller.abort();
  });

  it('asks for a re-check when nodes are removed, and stops when aborted', async () => {
    loadPage('gmail/compose-popup.html');
    const { recheck, controller, found } = watch();
    document.querySelector('[data-fixture-compose]')!.remove();
    await afterObservers();
    expect(recheck).toHaveBeenCalled();
    const calls = recheck.mock.calls.length;
    controller.abort();
    document.querySelector('[role="main"]')!.remove();
    const template = document.getElementById('fixture-compose') as HTMLTemplateElement;
    document.body.append(template.content.cloneNode(true));
    await afterObservers();
    expect(recheck).toHaveBeenCalledTimes(calls);
    expect(found).toHaveLength(1);
  });

  it('finds a compose again when its body is put back after it was closed', async () => {
    loadPage('gmail/compose-popup.html');
    const { found, controller } = watch();
    const body = found[0]!.body;
    const compose = document.querySelector('[data-fixture-compose]')!;
    const parent = compose.parentElement!;
    compose.remove();
    await afterObservers();
    parent.append(compose);
    await afterObservers();
    expect(found.map((c) => c.body)).toEqual([body, body]);
    controller.abort();
  });

  it('finds a body that becomes editable after it was added, by the sentinel (the observer reads no attributes)', async () => {
    loadPage('gmail/compose-popup.html');
    const body = document.querySelector<HTMLElement>('[g_editable="true"]')!;
    body.setAttribute('contenteditable', 'false');
    const { found, controller } = watch();
    expect(found).toHaveLength(0);
    body.setAttribute('contenteditable', 'true');
    await afterObservers();
    expect(found).toHaveLength(0);
    // The browser starts the sentinel animation once the body matches the selector (contenteditable="true").
    body.dispatchEvent(new AnimationEvent('animationstart', { animationName: SENTINEL_ANIMATION, bubbles: true }));
    expect(found.map((c) => c.body)).toEqual([body]);
    controller.abort();
  });

  it('ignores mutations that add no compose, without building composes for them', async () => {
    loadPage('gmail/thread-readonly.html');
    const { found, controller } = watch();
    const findComposes = vi.spyOn(gmail, 'findComposes');
    const added = document.createElement('div');
    added.append(document.createElement('p'));
    // An editable that is not a Gmail body (a search box, a chat input).
    const other = document.createElement('div');
    other.setAttribute('contenteditable', 'true');
    document.body.append(added, other);
    await afterObservers();
    expect(found).toEqual([]);
    expect(findComposes).not.toHaveBeenCalled();
    findComposes.mockRestore();
    controller.abort();
  });

  it('finds an Outlook compose added to the reading pane', async () => {
    loadHtml('<div role="main" id="pane"></div>');
    const { found, controller } = watch(outlook);
    expect(found).toEqual([]);
    const compose = document.createElement('div');
    compose.id = 'docking_InitVisiblePart_0';
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    compose.append(editor);
    document.getElementById('pane')!.append(compose);
    await afterObservers();
    expect(found.map((c) => c.body)).toEqual([editor]);
    controller.abort();
  });

  it('puts a sentinel animation on compose bodies and finds the body its animation starts on', () => {
    loadHtml('<div role="main"><div id="box"></div></div>');
    const { found, controller } = watch();
    const sentinel = [...document.querySelectorAll('style')].find((s) => s.textContent?.includes(SENTINEL_ANIMATION))!;
    expect(sentinel.textContent).toContain(`@keyframes ${SENTINEL_ANIMATION}{}`);
    expect(sentinel.textContent).toContain(`:where([g_editable="true"][role="textbox"][contenteditable="true"]){animation:${SENTINEL_ANIMATION}`);
    const editor = document.createElement('div');
    for (const [name, value] of [['g_editable', 'true'], ['role', 'textbox'], ['contenteditable', 'true']]) editor.setAttribute(name!, value!);
    // Checked before the observer's turn comes, so only the animation can tell.
    const box = document.getElementById('box')!;
    box.append(editor);
    // Another page animation on the same element, and ours on an element that is not a body, are ignored.
    editor.dispatchEvent(new AnimationEvent('animationstart', { animationName: 'gmail-fade', bubbles: true }));
    box.dispatchEvent(new AnimationEvent('animationstart', { animationName: SENTINEL_ANIMATION, bubbles: true }));
    expect(found).toEqual([]);
    editor.dispatchEvent(new AnimationEvent('animationstart', { animationName: SENTINEL_ANIMATION, bubbles: true }));
    expect(found.map((c) => c.body)).toEqual([editor]);
    editor.dispatchEvent(new AnimationEvent('animationstart', { animationName: SENTINEL_ANIMATION, bubbles: true }));
    expect(found).toHaveLength(1);
    controller.abort();
    expect(sentinel.isConnected).toBe(false);
  });

  /** What the browser does once a body matches the sentinel's selector (happy-dom runs no CSS animations). */
  function sentinelFires(body: Element) {
    body.dispatchEvent(new AnimationEvent('animationstart', { animationName: SENTINEL_ANIMATION, bubbles: true }));
  }

  it("takes a compose's dock: its outermost container below the body that holds no main region", () => {
    loadHtml(
      '<div id="app"><div role="main" id="main"><div id="thread"><div id="reply"></div></div></div>' +
        '<div class="dw" id="dw"><div class="no" id="no"><div id="popup"></div></div></div></div>',
    );
    // #app holds the main region, so the popup's dock stops below it.
    expect(dockOf(document.getElementById('popup')!).id).toBe('dw');
    // Inside the main region: up to the main region's child.
    expect(dockOf(document.getElementById('reply')!).id).toBe('thread');
    // A compose that is the main region (Outlook) is its own dock.
    expect(dockOf(document.getElementById('main')!).id).toBe('main');
  });

  it('once the sentinel has named a body, observes only the docks: churn elsewhere costs nothing, the next compose in the dock is found at the end of its task', async () => {
    loadPage('gmail/compose-popup.html');
    const busy = document.querySelector('[role="main"]')!;
    const { found, recheck, controller } = watch();
    const template = document.getElementById('fixture-compose') as HTMLTemplateElement;
    const dock = document.querySelector('.dw .no')!;
    sentinelFires(found[0]!.body);
    churn(busy, 50);
    busy.lastElementChild!.remove();
    await afterObservers();
    // Nothing outside the dock was observed: no record, no re-check.
    expect(recheck).not.toHaveBeenCalled();
    dock.append(template.content.cloneNode(true));
    await Promise.resolve();
    expect(found).toHaveLength(2);
    // A compose opened outside any dock is left to the sentinel.
    const elsewhere = document.createElement('div');
    elsewhere.setAttribute('role', 'dialog');
    elsewhere.append(template.content.cloneNode(true));
    busy.append(elsewhere);
    await afterObservers();
    expect(found).toHaveLength(2);
    const body = elsewhere.querySelector('[g_editable="true"]')!;
    sentinelFires(body);
    expect(found.map((c) => c.body).at(-1)).toBe(body);
    // The dock itself taken out of the page: its ancestors' child lists tell.
    document.querySelector('.dw')!.remove();
    await afterObservers();
    expect(recheck).toHaveBeenCalled();
    controller.abort();
  });

  it('keeps observing the whole document where the sentinel never fires (a page animation overrides it)', async () => {
    loadPage('gmail/compose-popup.html');
    const { found, controller } = watch();
    const template = document.getElementById('fixture-compose') as HTMLTemplateElement;
    const elsewhere = document.createElement('div');
    elsewhere.setAttribute('role', 'dialog');
    elsewhere.append(template.content.cloneNode(true));
    document.querySelector('[role="main"]')!.append(elsewhere);
    await afterObservers();
    expect(found).toHaveLength(2);
    controller.abort();
  });

  it('with the fallback adapter (no compose selector), observes nothing', async () => {
    loadHtml('<p>Any page</p>');
    const { found, recheck, controller } = watch(fallback);
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    document.body.append(editor, document.createElement('textarea'));
    await afterObservers();
    expect(found).toEqual([]);
    expect(recheck).not.toHaveBeenCalled();
    controller.abort();
  });
});
