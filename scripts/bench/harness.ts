/**
 * The in-page half of the benchmark, installed into the page's main world
 * with `page.evaluate(HARNESS)`. It is kept as plain JavaScript source (not a
 * function handed to puppeteer) so the TypeScript runner's helpers never end
 * up in the page.
 *
 * window.__bench.composeCycles(n, seed, jitterMs): inserts a compose cloned
 *   from #bench-compose into #bench-dock, times with performance.now() and a
 *   MutationObserver until an element carrying data-thank-you-note-button is
 *   added, removes the compose, waits a seeded random delay in [0, jitterMs)
 *   (so insertions land at every phase of the frame, as clicks do) and
 *   repeats. Resolves to { times, timeouts }.
 * window.__bench.storm(options): replays a seeded mutation storm on
 *   #bench-inbox: every `tickMs`, `opsPerTick` operations (insert a row,
 *   remove a row, rewrite a snippet, change attributes), for `seconds`;
 *   with `render: false` the list is display:none (mutations and observers
 *   unchanged, no layout or paint).
 *   With `composeEveryMs` > 0, a compose is also opened every
 *   `composeEveryMs` (its own task, as a click is) and closed
 *   `composeOpenMs` later; each is timed from its body's arrival to the
 *   button, which counts only if it came while the compose was open.
 *   Resolves to { ops, ticks, composes, times, withoutButton } after two
 *   more frames, so work that an observer deferred to the next frame is
 *   inside the measurement.
 */
export const HARNESS = String.raw`
(() => {
  const BUTTON = '[data-thank-you-note-button]';
  function mulberry32(seed) {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  function newCompose() {
    const template = document.getElementById('bench-compose');
    return template.content.firstElementChild.cloneNode(true);
  }

  function hasButton(node) {
    return node.nodeType === 1 && (node.matches(BUTTON) || node.querySelector(BUTTON) !== null);
  }

  // One compose: resolves to the milliseconds from insertion to the button, or null after timeoutMs.
  function oneCompose(timeoutMs) {
    const dock = document.getElementById('bench-dock');
    const compose = newCompose();
    return new Promise((resolve) => {
      let start = 0;
      let timer = 0;
      const observer = new MutationObserver((records) => {
        const now = performance.now();
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (compose.contains(node) && hasButton(node)) return finish(now - start);
          }
        }
      });
      const finish = (ms) => {
        observer.disconnect();
        clearTimeout(timer);
        compose.remove();
        resolve(ms);
      };
      observer.observe(compose, { childList: true, subtree: true });
      timer = setTimeout(() => finish(null), timeoutMs);
      start = performance.now();
      dock.append(compose);
    });
  }

  async function composeCycles(n, seed, jitterMs, timeoutMs) {
    const random = mulberry32(seed);
    const times = [];
    let timeouts = 0;
    for (let i = 0; i < n; i++) {
      const ms = await oneCompose(timeoutMs);
      if (ms === null) timeouts++;
      else times.push(ms);
      if (jitterMs > 0) await delay(random() * jitterMs);
    }
    // Let the content script notice the last removal before anyone counts.
    await frame();
    await frame();
    return { times, timeouts };
  }

  // Gmail builds a compose in steps; the body's table (class An, what gmail-js
  // keys on) arrives on its own, so both observers get to see this compose.
  function openCompose() {
    const compose = newCompose();
    const table = compose.querySelector('table.An');
    const place = table && table.parentNode;
    if (table) table.remove();
    document.getElementById('bench-dock').append(compose);
    if (place) place.append(table);
  }

  const SENDERS = ['Jane Doe', 'Recruiting Team', 'Bob Stone', 'Calendar', 'Jobs Digest'];
  const CLASSES = ['zA yO', 'zA zE', 'zA yO x7', 'zA zE btb', 'zA yO aqw'];

  function row(random, id) {
    const tr = document.createElement('tr');
    tr.className = CLASSES[Math.floor(random() * CLASSES.length)];
    tr.setAttribute('role', 'row');
    tr.id = ':s' + id;
    const cells = [
      ['oZ-x3', 'div', 'oZ-jc T-Jo J-J5-Ji', ''],
      ['apU xY', 'span', 'aXw T-KT', ''],
      ['yX xY', 'span', 'zF', SENDERS[Math.floor(random() * SENDERS.length)]],
      ['xY a4W', 'span', 'bog', 'Update ' + id],
      ['xW xY', 'span', 'xW', 'Tue'],
    ];
    for (const [tdClass, tag, innerClass, text] of cells) {
      const td = document.createElement('td');
      td.className = tdClass;
      const wrap = document.createElement('div');
      wrap.className = 'xT';
      const inner = document.createElement(tag);
      inner.className = innerClass;
      inner.textContent = text;
      wrap.append(inner);
      td.append(wrap);
      tr.append(td);
    }
    return tr;
  }

  // Composes opened every everyMs and closed openMs later, each timed from the
  // moment its body arrives to the button, until stop() is called.
  function composeOpener(everyMs, openMs) {
    const times = [];
    let composes = 0;
    let withoutButton = 0;
    let stopped = false;
    const one = async () => {
      const compose = newCompose();
      const table = compose.querySelector('table.An');
      const place = table && table.parentNode;
      if (table) table.remove();
      let buttonAt = 0;
      const observer = new MutationObserver((records) => {
        const now = performance.now();
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (!buttonAt && hasButton(node)) buttonAt = now;
          }
        }
      });
      observer.observe(compose, { childList: true, subtree: true });
      document.getElementById('bench-dock').append(compose);
      // The body arrives with its table, as in Gmail: the time runs from here.
      const start = performance.now();
      if (place) place.append(table);
      composes++;
      await delay(openMs);
      observer.disconnect();
      if (buttonAt) times.push(buttonAt - start);
      else withoutButton++;
      compose.remove();
    };
    const done = (async () => {
      while (!stopped) {
        const next = delay(everyMs);
        await one();
        await next;
      }
    })();
    return async () => {
      stopped = true;
      await done;
      return { composes, times, withoutButton };
    };
  }

  async function storm(options) {
    const { seconds, tickMs, opsPerTick, seed, render, composeEveryMs, composeOpenMs } = options;
    const random = mulberry32(seed);
    const inbox = document.getElementById('bench-inbox');
    // Layout and paint of the churning list cost the same with or without an
    // observer and only add noise to the difference, so they can be left out.
    inbox.parentElement.style.display = render ? '' : 'none';
    // Gmail's churn is visible, so frames are drawn anyway; a small visible
    // counter keeps that true here, and an observer that waits for the next
    // frame (requestAnimationFrame) does not pay for frames of its own.
    const counter = document.getElementById('bench-counter');
    const ticks = Math.round((seconds * 1000) / tickMs);
    let ops = 0;
    let id = 0;
    const tick = () => {
      for (let k = 0; k < opsPerTick; k++) {
        const rows = inbox.children;
        const pick = rows[Math.floor(random() * rows.length)];
        const r = random();
        if (r < 0.3 || !pick) {
          // New mail or a re-rendered row: a whole subtree arrives.
          inbox.insertBefore(row(random, id++), pick || null);
        } else if (r < 0.6) {
          pick.remove();
        } else if (r < 0.75) {
          // A snippet is re-rendered: a small subtree deep inside an existing row.
          const cell = pick.lastElementChild;
          if (cell) {
            const span = document.createElement('span');
            span.className = 'y2';
            span.textContent = ' - snippet ' + id++;
            cell.replaceChildren(span);
          }
        } else {
          // Hover, selection and read state: attributes only.
          pick.classList.toggle('aqw');
          pick.setAttribute('aria-selected', random() < 0.5 ? 'true' : 'false');
          pick.setAttribute('data-tooltip', 'Row ' + Math.floor(random() * 1000));
        }
        ops++;
      }
    };
    const stopComposes = composeEveryMs > 0 ? composeOpener(composeEveryMs, composeOpenMs) : null;
    for (let t = 0; t < ticks; t++) {
      tick();
      if (counter) counter.textContent = String(ops);
      await delay(tickMs);
    }
    const composes = stopComposes ? await stopComposes() : { composes: 0, times: [], withoutButton: 0 };
    await frame();
    await frame();
    return { ops, ticks, ...composes };
  }

  window.__bench = { composeCycles, openCompose, storm };
})();
`;
