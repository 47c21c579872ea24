/**
 * The figures of one run, their targets, and the table printed to the
 * terminal (the same rows go into docs/benchmarks.md).
 */
import { cpus, totalmem, type as osType, release, arch } from 'node:os';
import type { ButtonTiming, LeakFigures, PopupFigures, StormFigures } from './measure.ts';
import type { NlpPlacement, Weight } from './weight.ts';
import type { ClickFigures, ClickTiming, WebmailFigures } from './click.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  browser: string;
}

export function machine(browserVersion: string): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()} ${arch()}`,
    node: process.version,
    browser: browserVersion,
  };
}

export interface Figures {
  date: string;
  smoke: boolean;
  machine: Machine;
  weight: {
    /** browserLoaded: what Chromium fetched for the content script at page start (besides the injected loader). */
    contentScript: Weight & { browserLoaded: string[]; matchesBrowser: boolean };
    popup: Weight;
    gmailJs: Weight & { minified: boolean };
    /** compromise (the writer's NLP library): the chunk holding it, and the start-up files that must not. */
    nlp: NlpPlacement;
  };
  button: { gmail: ButtonTiming; outlook: ButtonTiming };
  storm: StormFigures;
  /** The same kind of storm with composes opened and closed throughout. */
  composeStorm: StormFigures;
  leaks: LeakFigures;
  popup: PopupFigures;
  click: ClickFigures;
  engine: { medianMs: number; notes: number };
}

/** Targets from the issue; never adjusted to fit a result. */
export const TARGETS = {
  contentScriptGzipBytes: 10_000,
  buttonP95Ms: 16,
  stormRatio: 0.5,
  /** The issue's goal for the storm with composes, beyond its target (stormRatio). */
  stormRatioGoal: 0.25,
  heapDeltaBytes: 1_048_576,
  composesRetained: 0,
  popupFirstRenderMs: 50,
  clickToNoteP95Ms: 150,
  engineMs: 1,
} as const;

export interface Row {
  measure: string;
  figure: string;
  target: string;
  /** true ✓, false ✗, null: shown for comparison only. */
  met: boolean | null;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const range = (values: number[]) => (values.length > 1 ? ` (rounds ${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})` : '');
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : 'n/a');

export function rows(f: Figures): Row[] {
  const { weight, button, storm, composeStorm, leaks, popup, click, engine } = f;
  const { nlp } = weight;
  const clickFigure = (c: ClickTiming) =>
    `p50 ${ms(c.p50)} · p95 ${ms(c.p95)} · max ${ms(c.max)}${c.missed ? ` · ${c.missed} without the note` : ''}`;
  const clickRows = (name: string, w: ClickFigures['gmail']): Row[] => [
    {
      measure: `Click to note, ${name}: first click after a fresh load (${w.first.clicks} loads; clicked once the page was quiet, median ${ms(w.quietAfterMs)} after the button showed)`,
      figure: clickFigure(w.first),
      target: `p95 ≤ ${TARGETS.clickToNoteP95Ms} ms`,
      met: w.first.p95 <= TARGETS.clickToNoteP95Ms && w.first.missed === 0,
    },
    {
      measure: `Click to note, ${name}: first click the moment the button shows (${w.firstAtOnce.clicks} loads)`,
      figure: clickFigure(w.firstAtOnce),
      target: '—',
      met: null,
    },
    {
      measure: `Click to note, ${name}: later clicks (${w.later.clicks})`,
      figure: clickFigure(w.later),
      target: `p95 ≤ ${TARGETS.clickToNoteP95Ms} ms`,
      met: w.later.p95 <= TARGETS.clickToNoteP95Ms && w.later.missed === 0,
    },
  ];
  const nlpAtStart = [...nlp.inContentStartup, ...nlp.inPopupFirstScreen];
  const buttonRow = (name: string, b: ButtonTiming): Row => ({
    measure: `Time to button, ${name} (${b.composes} composes)`,
    figure: `p50 ${ms(b.p50)} · p95 ${ms(b.p95)} · max ${ms(b.max)}${b.timeouts ? ` · ${b.timeouts} without button` : ''}`,
    target: `p95 ≤ ${TARGETS.buttonP95Ms} ms`,
    met: b.p95 <= TARGETS.buttonP95Ms && b.timeouts === 0,
  });
  const retained = leaks.composesRetained;
  return [
    {
      measure: 'Content script at page start',
      figure: `${kb(weight.contentScript.raw)} raw · ${kb(weight.contentScript.gzip)} gz (${weight.contentScript.files.length} files${
        weight.contentScript.matchesBrowser ? ', the same the browser loaded' : `; the browser loaded: ${weight.contentScript.browserLoaded.join(', ')}`
      })`,
      target: `≤ ${kb(TARGETS.contentScriptGzipBytes)} gz`,
      met: weight.contentScript.gzip <= TARGETS.contentScriptGzipBytes,
    },
    {
      measure: 'NLP library (compromise): where it loads',
      figure:
        nlp.contentChunks.length === 0
          ? 'not found in the build (the check is blind: see compromiseMarkers in scripts/bench/weight.ts)'
          : `${kb(nlp.raw)} raw · ${kb(nlp.gzip)} gz (${nlp.contentChunks.join(', ')}, with the note engine), loaded on first use; ${
              nlpAtStart.length === 0
                ? `in none of the content script's ${nlp.contentStartupFiles} start-up files nor the popup's ${nlp.popupFirstScreenFiles} first-screen files`
                : `IN START-UP FILES: ${nlpAtStart.join(', ')}`
            }`,
      target: 'not at start-up',
      met: nlp.contentChunks.length > 0 && nlpAtStart.length === 0,
    },
    {
      measure: 'Popup (HTML, JS, CSS)',
      figure: `${kb(weight.popup.raw)} raw · ${kb(weight.popup.gzip)} gz (${weight.popup.files.length} files)`,
      target: '—',
      met: null,
    },
    {
      measure: `gmail-js + jQuery, for comparison${weight.gmailJs.minified ? ' (minified)' : ''}`,
      figure: `${kb(weight.gmailJs.raw)} raw · ${kb(weight.gmailJs.gzip)} gz`,
      target: '—',
      met: null,
    },
    buttonRow('Gmail', button.gmail),
    buttonRow('Outlook', button.outlook),
    ...stormRows(storm),
    ...composeStormRows(composeStorm),
    {
      measure: `Leaks: JS heap after ${leaks.cycles} composes opened and closed`,
      figure: `${leaks.heapDeltaBytes >= 0 ? '+' : ''}${kb(leaks.heapDeltaBytes)} (${kb(leaks.heapBeforeBytes)} → ${kb(leaks.heapAfterBytes)})`,
      target: `≤ +${kb(TARGETS.heapDeltaBytes)}`,
      met: leaks.heapDeltaBytes <= TARGETS.heapDeltaBytes,
    },
    {
      measure: 'Leaks: DOM nodes',
      figure: `${leaks.nodesDelta >= 0 ? '+' : ''}${leaks.nodesDelta} (${leaks.nodesBefore} → ${leaks.nodesAfter})`,
      target: '—',
      met: null,
    },
    {
      measure: 'Leaks: composes still referenced',
      figure: `${retained ?? 'n/a'} closed composes held by the content script (probe sees ${leaks.heldWhileOpen ?? 'n/a'} while one is open) · ${leaks.buttonsInDom} buttons left in DOM · AbortControllers ${leaks.controllersBefore ?? 'n/a'} → ${leaks.controllersAfter ?? 'n/a'}`,
      target: `${TARGETS.composesRetained}`,
      met: retained !== null && retained <= TARGETS.composesRetained && leaks.buttonsInDom === 0 && leaks.heldWhileOpen === 1,
    },
    {
      measure: `Popup first render: toolbar popup, ${popup.interviews} interviews (${popup.opens} opens)`,
      figure: `p50 ${ms(popup.p50)} · max ${ms(popup.max)} (medians: HTML parsed ${ms(popup.htmlParsed)}, script run ${ms(popup.scriptRun)}; ${popup.rowsShown} rows shown)`,
      target: `≤ ${TARGETS.popupFirstRenderMs} ms`,
      met: popup.p50 <= TARGETS.popupFirstRenderMs && popup.rowsShown === popup.interviews,
    },
    {
      measure: `Popup first render: the same page in a tab (${popup.tab.loads} loads)`,
      figure: `p50 ${ms(popup.tab.firstRow)} · max ${ms(popup.tab.max)} (HTML parsed ${ms(popup.tab.htmlParsed)}; the popup's own mark ${ms(popup.tab.marked)})`,
      target: '—',
      met: null,
    },
    ...clickRows('Gmail', click.gmail),
    ...clickRows('Outlook', click.outlook),
    {
      measure: `Engine: draftNote + reviewNote (median of ${engine.notes} notes × rounds)`,
      figure: ms(engine.medianMs),
      target: `≤ ${TARGETS.engineMs} ms`,
      met: engine.medianMs <= TARGETS.engineMs,
    },
  ];
}

const ratio = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');

/** The storm without composes: the cost of churn alone, against gmail-js's. */
function stormRows(storm: StormFigures): Row[] {
  return [
    {
      measure: `Storm: main thread, no extension (${storm.opsPerRun} mutations in ${storm.options.seconds} s, median of ${storm.options.rounds})`,
      figure: `${ms(storm.baseline.taskMs)} main thread${range(storm.roundsTaskMs.baseline)}`,
      target: '—',
      met: null,
    },
    {
      measure: 'Storm: with our content script',
      figure: `${ms(storm.ours.taskMs)} main thread${range(storm.roundsTaskMs.ours)}, extra ${ms(storm.oursExtraMs)} · ${ms(storm.ours.observerMs)} sampled in our scripts`,
      target: '—',
      met: null,
    },
    {
      measure: `Storm: with gmail-js observing compose${storm.gmailJsSawCompose ? '' : ' (saw no compose!)'}`,
      figure: `${ms(storm.gmailJs.taskMs)} main thread${range(storm.roundsTaskMs.gmailJs)}, extra ${ms(storm.gmailJsExtraMs)} · ${ms(storm.gmailJs.observerMs)} sampled in gmail-js + jQuery`,
      target: '—',
      met: null,
    },
    {
      measure: 'Storm: our extra script time ÷ gmail-js’s (ScriptDuration, native work included)',
      figure: `${ratio(storm.scriptRatio)}: ${ms(storm.oursScriptExtraMs)} against ${ms(storm.gmailJsScriptExtraMs)} · comparison: ${ratio(storm.ratio)} main thread, ${ratio(storm.observerRatio)} sampled in scripts`,
      target: `≤ ${TARGETS.stormRatio}`,
      met: Number.isFinite(storm.scriptRatio) && storm.scriptRatio <= TARGETS.stormRatio,
    },
  ];
}

/** The storm with composes coming and going: the button's time in it, and both costs against gmail-js's. */
function composeStormRows(s: StormFigures): Row[] {
  const { options: o } = s;
  const b = s.button;
  const perSecond = Math.round(s.opsPerRun / o.seconds);
  return [
    {
      measure: `Storm with composes: main thread, no extension (${s.opsPerRun} mutations in ${o.seconds} s, about ${perSecond} a second; a compose opened every ${o.composeEveryMs} ms, closed ${o.composeOpenMs} ms later; median of ${o.rounds})`,
      figure: `${ms(s.baseline.taskMs)} main thread${range(s.roundsTaskMs.baseline)}`,
      target: '—',
      met: null,
    },
    {
      measure: 'Storm with composes: with our content script',
      figure: `${ms(s.ours.taskMs)} main thread${range(s.roundsTaskMs.ours)}, extra ${ms(s.oursExtraMs)} · ${ms(s.ours.observerMs)} sampled in our scripts`,
      target: '—',
      met: null,
    },
    {
      measure: `Storm with composes: with gmail-js observing compose (it saw ${s.composes.gmailJsSaw} of ${s.composes.opened} composes)`,
      figure: `${ms(s.gmailJs.taskMs)} main thread${range(s.roundsTaskMs.gmailJs)}, extra ${ms(s.gmailJsExtraMs)} · ${ms(s.gmailJs.observerMs)} sampled in gmail-js + jQuery`,
      target: '—',
      met: null,
    },
    {
      measure: `Storm with composes: time to button, from the compose body's arrival (${b?.composes ?? 0} composes)`,
      figure: b
        ? `p50 ${ms(b.p50)} · p95 ${ms(b.p95)} · max ${ms(b.max)}${b.timeouts ? ` · ${b.timeouts} without button while open` : ''}`
        : 'n/a',
      target: `p95 ≤ ${TARGETS.buttonP95Ms} ms`,
      met: b !== null && b.p95 <= TARGETS.buttonP95Ms && b.timeouts === 0,
    },
    {
      measure: 'Storm with composes: our extra script time ÷ gmail-js’s (the target: ScriptDuration, as the shared storm harness counts it, native work included)',
      figure: `${ratio(s.scriptRatio)}: ${ms(s.oursScriptExtraMs)} against ${ms(s.gmailJsScriptExtraMs)} (goal ${TARGETS.stormRatioGoal}: ${s.scriptRatio <= TARGETS.stormRatioGoal ? 'met' : 'not met'})`,
      target: `≤ ${TARGETS.stormRatio}`,
      met: Number.isFinite(s.scriptRatio) && s.scriptRatio <= TARGETS.stormRatio,
    },
    {
      measure: 'Storm with composes: the same, sampled inside each observer’s own scripts (comparison: misses native work)',
      figure: ratio(s.observerRatio),
      target: '—',
      met: null,
    },
    {
      measure: 'Storm with composes: our extra main-thread time ÷ gmail-js’s (comparison: includes the browser’s own work, noisy)',
      figure: ratio(s.ratio),
      target: '—',
      met: null,
    },
  ];
}

const mark = (met: boolean | null) => (met === null ? '' : met ? '✓' : '✗');

/** A plain-text table for the terminal. */
export function textTable(f: Figures): string {
  return plainTable(rows(f), f.date, f.smoke, f.machine);
}

/** Only the storms' rows (npm run bench -- --only storm). */
export function stormOnlyRows(storm: StormFigures, composeStorm: StormFigures): Row[] {
  return [...stormRows(storm), ...composeStormRows(composeStorm)];
}

/** `list` as a plain-text table, under a heading naming the run and the machine. */
export function plainTable(list: Row[], date: string, smoke: boolean, m: Machine): string {
  const header = ['Measure', 'Figure', 'Target', ''];
  const cells = list.map((r) => [r.measure, r.figure, r.target, mark(r.met)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join('  ').trimEnd();
  return [
    `Thank-You Note benchmark${smoke ? ' (smoke sizes: figures are not meaningful)' : ''} — ${date}`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; ${m.browser}; Node ${m.node}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
  ].join('\n');
}

/** The same table in Markdown, for docs/benchmarks.md. */
export function markdownTable(f: Figures): string {
  return markdownRows(rows(f));
}

/** Rows as a Markdown table. */
export function markdownRows(list: Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| Measure | Figure | Target | |',
    '|---|---|---|---|',
    ...list.map((r) => `| ${esc(r.measure)} | ${esc(r.figure)} | ${esc(r.target)} | ${mark(r.met)} |`),
  ].join('\n');
}

/** One fixture's click to note in one browser (`npm run bench -- --only click`). */
export interface FixtureClicks {
  browser: string;
  webmail: string;
  fixture: string;
  figures: WebmailFigures;
}

/** The rows of the click-to-note run on every fixture, in both browsers. */
export function fixtureClickRows(results: readonly FixtureClicks[]): Row[] {
  const timing = (t: ClickTiming) =>
    `p50 ${ms(t.p50)} · p95 ${ms(t.p95)} · max ${ms(t.max)}${t.missed ? ` · ${t.missed} of ${t.clicks} missed` : ''}`;
  const met = (t: ClickTiming) => t.missed === 0 && t.p95 <= TARGETS.clickToNoteP95Ms;
  return results.flatMap(({ browser, fixture, figures }) => [
    {
      measure: `Click to note, ${browser}, ${fixture}: first click after a fresh load (${figures.first.clicks} loads, page quiet)`,
      figure: timing(figures.first),
      target: `p95 ≤ ${TARGETS.clickToNoteP95Ms} ms`,
      met: met(figures.first),
    },
    {
      measure: `Click to note, ${browser}, ${fixture}: later clicks (${figures.later.clicks})`,
      figure: timing(figures.later),
      target: `p95 ≤ ${TARGETS.clickToNoteP95Ms} ms`,
      met: met(figures.later),
    },
  ]);
}
