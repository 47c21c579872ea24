// @vitest-environment happy-dom
/**
 * The selector tables: for each selector, markup it must match and markup it
 * must not match (read-only views, look-alikes, localized or renamed labels).
 */
import { describe, expect, it } from 'vitest';
import { GMAIL } from '../../../src/mail/gmail-selectors';
import { GMAIL_TO, OUTLOOK_TO } from '../../../src/mail/recipient-selectors';
import { OUTLOOK } from '../../../src/mail/outlook-selectors';

interface Row {
  selector: string;
  name: string;
  match: string[];
  noMatch: string[];
}

/** The first element of `html` (the one the row is about is marked with data-target when nested). */
function target(html: string): Element {
  const template = document.createElement('template');
  template.content.append(document.createRange().createContextualFragment(html));
  const holder = document.createElement('div');
  holder.append(template.content);
  return holder.querySelector('[data-target]') ?? holder.firstElementChild!;
}

const GMAIL_ROWS: Row[] = [
  {
    name: 'Gmail body',
    selector: GMAIL.body,
    match: [
      '<div g_editable="true" role="textbox" contenteditable="true" aria-label="Message Body"></div>',
      '<div g_editable="true" role="textbox" contenteditable="true" aria-label="Cuerpo del mensaje" class="Am-x9"></div>',
    ],
    noMatch: [
      '<textarea aria-label="Message Body"></textarea>',
      '<div class="a3s aiL" role="document">read-only message</div>',
      '<div g_editable="true" role="textbox" contenteditable="false"></div>',
      '<div role="textbox" contenteditable="true" aria-label="Message Body"></div>',
    ],
  },
  {
    name: 'Gmail subject',
    selector: GMAIL.subject,
    match: ['<input name="subjectbox" aria-label="Subject">', '<input name="subjectbox" placeholder="Asunto" class="aoT-r7q">'],
    noMatch: ['<input type="hidden" name="subject" value="Re: x">', '<input aria-label="Subject">'],
  },
  {
    name: 'Gmail To field (2021+)',
    selector: GMAIL_TO.toField,
    match: ['<div name="to" role="listbox"></div>', '<div class="aH9-r7q" name="to"></div>'],
    noMatch: ['<textarea name="to"></textarea>', '<input type="hidden" name="to">', '<div name="cc"></div>'],
  },
  {
    name: 'Gmail recipient chip',
    selector: GMAIL_TO.toChip,
    match: ['<div role="option" data-hovercard-id="a@b.com" data-name="A"></div>'],
    noMatch: ['<div role="option">A</div>', '<span email="a@b.com" name="A"></span>', '<div data-hovercard-id="a@b.com"></div>'],
  },
  {
    name: 'Gmail recipient input',
    selector: GMAIL_TO.toInput,
    match: ['<input role="combobox" aria-autocomplete="list" aria-label="To recipients">', '<input role="combobox" aria-autocomplete="list" aria-label="Destinatarios en Para">'],
    noMatch: ['<input aria-label="To recipients">', '<input role="combobox" aria-autocomplete="none">'],
  },
  {
    name: 'Gmail quote and signature',
    selector: GMAIL.quote,
    match: ['<div class="gmail_quote"></div>', '<div class="gmail_signature"></div>', '<div data-smartmail="gmail_signature"></div>', '<blockquote></blockquote>'],
    noMatch: ['<div class="gmail_attr_x"></div>', '<div>-- </div>'],
  },
  {
    name: 'Gmail compose boundary',
    selector: GMAIL.boundary,
    match: ['<div role="dialog"></div>', '<div class="M9"></div>', '<div role="main"></div>'],
    noMatch: ['<div role="navigation"></div>', '<div class="M9x"></div>', '<div class="ip adB"></div>'],
  },
  {
    name: 'Gmail pre-2021 To field',
    selector: GMAIL_TO.legacyTo,
    match: ['<textarea name="to"></textarea>', '<input type="hidden" name="to" value="Jane <jane@acme.com>">'],
    noMatch: ['<div name="to"></div>', '<input name="to">', '<textarea name="cc"></textarea>'],
  },
  {
    name: 'Gmail pre-2021 recipient chip',
    selector: GMAIL_TO.legacyChip,
    match: ['<span email="jane@acme.com" name="Jane">Jane</span>', '<div class="vR-r7q" email="a@b.com"></div>'],
    noMatch: ['<span data-hovercard-id="jane@acme.com"></span>', '<span title="jane@acme.com"></span>'],
  },
  {
    name: 'Gmail button in the send row',
    selector: GMAIL.sendInRow,
    match: ['<div role="button" tabindex="1">Send</div>', '<div role="button" data-tooltip="Enviar"></div>', '<button type="button" aria-label="Send">Send</button>'],
    noMatch: [
      '<div role="menuitem"></div>',
      // "Send + Archive" and the schedule-send menu arrow beside Send.
      '<div role="button" class="T-I Uo">Send + Archive</div>',
      '<button class="Uo">Send + Archive</button>',
      '<div role="button" aria-haspopup="true" aria-label="More send options"></div>',
    ],
  },
  {
    name: 'Gmail Send (hint, when the row has no role)',
    selector: GMAIL.sendHint,
    match: [
      '<div class="btC"><div data-target role="button">Send</div></div>',
      '<div role="button" class="T-I aoO">Send</div>',
      '<div class="btC"><button data-target>Send</button></div>',
      '<button class="aoO">Send</button>',
    ],
    noMatch: [
      '<div class="btC"><div data-target>Send</div></div>',
      '<div role="button" class="T-I">Send</div>',
      '<div class="btC"><div data-target role="button" class="Uo">Send + Archive</div></div>',
      '<div class="btC"><div data-target role="button" aria-haspopup="true"></div></div>',
    ],
  },
  {
    name: 'Gmail collapsed To row chip',
    selector: GMAIL_TO.collapsedChip,
    match: ['<div class="az9"><span data-target email="jane@acme.com" data-hovercard-id="jane@acme.com">Jane</span></div>'],
    noMatch: ['<div class="az9"><span data-target>Jane</span></div>', '<div class="gD"><span data-target email="jane@acme.com">Jane</span></div>'],
  },
  {
    name: 'Gmail compose dialog',
    selector: GMAIL.dialog,
    match: ['<div role="dialog" aria-label="New Message"></div>', '<div class="nH Hd-r7q" role="dialog"></div>'],
    noMatch: ['<div class="M9"></div>', '<div role="main"></div>', '<div role="alertdialog"></div>'],
  },
  {
    name: 'Gmail pre-2021 To input',
    selector: GMAIL_TO.legacyToInput,
    match: ['<textarea name="to" aria-label="To"></textarea>', '<textarea name="to" class="vO-r7q"></textarea>'],
    noMatch: ['<input type="hidden" name="to">', '<div name="to"></div>', '<textarea name="cc"></textarea>'],
  },
  {
    name: 'Gmail send row',
    selector: GMAIL.sendRow,
    match: ['<table role="group"></table>', '<table class="IZ-r7q" role="group"></table>'],
    noMatch: ['<table class="IZ"></table>', '<div role="toolbar"></div>'],
  },
];

const OUTLOOK_ROWS: Row[] = [
  {
    name: 'Outlook body',
    selector: OUTLOOK.body,
    match: [
      '<div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message body, press Alt+F10 to exit"></div>',
      '<div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Cuerpo del mensaje"></div>',
    ],
    noMatch: [
      '<div role="document" aria-label="Message body">read-only</div>',
      '<div contenteditable="true" role="textbox" aria-label="To"></div>',
      '<div role="textbox" aria-multiline="true"></div>',
    ],
  },
  {
    name: 'Outlook compose boundary',
    selector: OUTLOOK.boundary,
    match: ['<div role="main"></div>', '<div data-app-section="Form_Content"></div>', '<div id="docking_InitVisiblePart_2"></div>'],
    noMatch: ['<div role="navigation"></div>', '<div id="docking_Other"></div>'],
  },
  {
    name: 'Outlook recipient well',
    selector: OUTLOOK_TO.well,
    match: [
      '<div contenteditable="true" role="textbox" aria-label="To"></div>',
      '<div contenteditable="true"></div>',
      // A docked reply's well, editable only once focused.
      '<div contenteditable="false" role="textbox" aria-label="To" tabindex="0"></div>',
    ],
    noMatch: [
      '<div contenteditable="true" aria-multiline="true"></div>',
      '<div role="textbox" aria-label="To"></div>',
      '<div contenteditable="false" role="textbox" aria-multiline="true"></div>',
      '<span contenteditable="false">Jane Doe</span>',
    ],
  },
  {
    name: 'Outlook Send (test id, on the button or on its wrapper)',
    selector: OUTLOOK.send,
    match: [
      '<button data-testid="ComposeSendButton" aria-label="Enviar"></button>',
      '<div data-testid="ComposeSendButton"><button>Send</button></div>',
    ],
    noMatch: ['<button aria-label="Send"></button>', '<button data-testid="ComposeDiscardButton"></button>', '<div data-testid="ComposeSendMenu"></div>'],
  },
  {
    name: 'Outlook Send by role (no test id)',
    selector: OUTLOOK.sendByRole,
    match: ['<div role="toolbar"><button data-target type="button">Send</button></div>', '<div role="toolbar"><div><span data-target role="button">Enviar</span></div></div>'],
    noMatch: [
      '<div role="toolbar"><button data-target aria-haspopup="true">More send options</button></div>',
      '<div role="toolbar"><button data-target aria-expanded="false">More</button></div>',
      '<div role="region"><button data-target>Send</button></div>',
    ],
  },
  {
    name: 'Outlook subject',
    selector: OUTLOOK.subject,
    match: ['<input type="text" autocomplete="off" aria-label="Add a subject">', '<input type="text" autocomplete="off" placeholder="Agregar un asunto">'],
    noMatch: ['<input type="search" autocomplete="off">', '<input type="text" aria-label="Add a subject">'],
  },
  {
    name: 'Outlook pop-out form',
    selector: OUTLOOK.popOut,
    match: ['<div data-app-section="Form_Content"></div>'],
    noMatch: ['<div role="main"></div>', '<div id="docking_InitVisiblePart_0"></div>', '<div data-app-section="MessageList"></div>'],
  },
  {
    name: 'Outlook assets (custom domains)',
    selector: OUTLOOK.assets,
    match: [
      '<script src="https://res.cdn.office.net/owamail/20261101.01/scripts/boot.worker.js"></script>',
      '<link rel="stylesheet" href="/owamail/20261101.01/resources/styles/fonts.css">',
      '<script src="https://r4.res.cdn.office.net/files/boot.js"></script>',
    ],
    noMatch: ['<script src="https://mail.google.com/_/scs/mail-static/_/js/k=gmail.main.en.js"></script>', '<link rel="stylesheet" href="/owa.css">'],
  },
  {
    name: 'Outlook reply markers',
    selector: OUTLOOK.replyMarker,
    match: ['<div id="appendonsend"></div>', '<div id="divRplyFwdMsg"></div>'],
    noMatch: ['<div id="Signature"></div>', '<blockquote></blockquote>', '<div id="x_divRplyFwdMsg"></div>'],
  },
  {
    name: 'Outlook reply markers and signature',
    selector: OUTLOOK.quote,
    match: ['<div id="appendonsend"></div>', '<div id="divRplyFwdMsg"></div>', '<div id="Signature"></div>', '<div id="Signature_1"></div>'],
    noMatch: ['<div id="x_appendonsend_not"></div>', '<hr>'],
  },
];

for (const [adapter, rows] of [
  ['Gmail', GMAIL_ROWS],
  ['Outlook', OUTLOOK_ROWS],
] as const) {
  describe(`${adapter} selector table`, () => {
    for (const row of rows) {
      for (const html of row.match) it(`${row.name} matches ${html}`, () => expect(target(html).matches(row.selector)).toBe(true));
      for (const html of row.noMatch) it(`${row.name} does not match ${html}`, () => expect(target(html).matches(row.selector)).toBe(false));
    }
  });
}

describe('every selector has its rows', () => {
  for (const [adapter, selectors, rows] of [
    ['Gmail', { ...GMAIL, ...GMAIL_TO }, GMAIL_ROWS],
    ['Outlook', { ...OUTLOOK, ...OUTLOOK_TO }, OUTLOOK_ROWS],
  ] as const) {
    it(`${adapter}: each selector in its modules is tested by a row`, () => {
      const tested = new Set(rows.map((row) => row.selector));
      const untested = Object.entries(selectors).filter(([, selector]) => !tested.has(selector));
      expect(untested.map(([name]) => name)).toEqual([]);
    });
  }
});

describe('selectors never depend on localized text', () => {
  it('uses no aria-label, title, placeholder or tooltip values', () => {
    for (const selector of [GMAIL, GMAIL_TO, OUTLOOK, OUTLOOK_TO].flatMap((module) => Object.values(module))) {
      expect(selector).not.toMatch(/aria-label|title=|placeholder|data-tooltip/);
    }
  });
});
