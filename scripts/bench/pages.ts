/**
 * The pages the benchmark runs on: a Gmail-shaped and an Outlook-shaped
 * inbox, each with a compose template the in-page harness clones. They carry
 * the stable hooks the adapters key on (roles, g_editable, name=subjectbox,
 * data-testid) and the class names real Gmail uses, so gmail-js's `compose`
 * observer (which keys on the class `An`) would see the same composes.
 * The inbox is generated from a seed, so every run starts from the same DOM.
 */
import { mulberry32 } from './random.ts';

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';
export const OUTLOOK_URL = 'https://outlook.live.com/mail/0/';
/** Microsoft 365's Outlook host. */
export const M365_URL = 'https://outlook.cloud.microsoft/mail/';

const SENDERS = ['Jane Doe', 'Recruiting Team', 'Bob Stone', 'Calendar', 'Jobs Digest', 'Priya Raman', 'Newsletter', 'HR Portal'];
const SUBJECTS = ['Interview on Tuesday', 'Your application', 'Next steps', 'Weekly digest', 'Offer details', 'Schedule a call'];

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One inbox row, shaped like Gmail's (a dozen nested elements). */
export function gmailRow(index: number, random: () => number): string {
  const sender = SENDERS[Math.floor(random() * SENDERS.length)] ?? 'Sender';
  const subject = SUBJECTS[Math.floor(random() * SUBJECTS.length)] ?? 'Subject';
  return (
    `<tr class="zA ${random() < 0.3 ? 'zE' : 'yO'}" role="row" id=":r${index}">` +
    `<td class="oZ-x3"><div class="oZ-jc T-Jo J-J5-Ji" role="checkbox" aria-checked="false"></div></td>` +
    `<td class="apU xY"><span class="aXw T-KT" role="button" aria-label="Not starred"></span></td>` +
    `<td class="yX xY"><div class="afn"><span class="bA4"><span class="zF" email="${index}@example.com" name="${escape(sender)}">${escape(sender)}</span></span></div></td>` +
    `<td class="xY a4W"><div class="xS" role="link"><div class="y6"><span class="bog"><span>${escape(subject)}</span></span></div>` +
    `<span class="y2"> - a short snippet of the message number ${index}</span></div></td>` +
    `<td class="xW xY"><span title="Tue" aria-label="Tue">Tue</span></td></tr>`
  );
}

const GMAIL_COMPOSE = `<div class="nH nn" data-bench-compose><div class="AD"><div class="nH Hd" role="dialog" aria-label="New Message">
<div class="nH Hy aXJ"><table class="cf Ht"><tbody><tr><td><h2 class="a3E"><div class="aYF">New Message</div></h2></td><td class="Hm"><img class="Ha" alt="" aria-label="Save &amp; close" role="button" tabindex="1"></td></tr></tbody></table></div>
<div class="nH"><div class="aaZ"><div class="M9"><div class="aoI" role="region" aria-label="New Message">
<form enctype="multipart/form-data" method="POST">
<input type="hidden" name="composeid" value="1"><input type="hidden" name="subject" value=""><input type="hidden" name="draft" value="#msg-a:r-1"><input type="hidden" name="rt" value="">
<div class="aoD hl"><div class="afx"><span class="aBx">To</span><div class="aH9" name="to" role="listbox" aria-label="To" aria-multiselectable="true"><input class="agP aFw" role="combobox" aria-autocomplete="list" aria-label="To recipients" autocomplete="off"></div></div></div>
<div class="aoD az6"><input name="subjectbox" class="aoT" autocomplete="off" placeholder="Subject" aria-label="Subject" value=""></div>
</form>
<table class="iN"><tbody>
<tr><td class="I5"><table class="cf An"><tbody><tr><td class="Ap"><div class="Ar Au"><div class="Am aiL Al editable LW-avf" aria-label="Message Body" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true" tabindex="1"><br></div><textarea class="Ak aiL" aria-label="Message Body" tabindex="-1" style="display: none;"></textarea></div></td></tr></tbody></table></td></tr>
<tr><td class="HE"><table class="IZ" role="group"><tbody><tr class="btC">
<td class="gU Up"><div class="J-J5-Ji btA"><div class="dC"><div class="T-I J-J5-Ji aoO v7 T-I-atl L3" role="button" tabindex="1" aria-label="Send &#x202A;(Ctrl-Enter)&#x202C;">Send</div><div class="T-I J-J5-Ji hG T-I-atl L3" role="button" tabindex="1" aria-label="More send options" aria-haspopup="true"></div></div></div></td>
<td class="gU a0z"><div class="wG J-Z-I" command="Files" role="button" tabindex="1" aria-label="Attach files"></div></td>
<td class="gU az5"><div class="og T-I-J3" role="button" tabindex="1" aria-label="Discard draft"></div></td>
</tr></tbody></table></td></tr>
</tbody></table>
</div></div></div></div></div></div></div>`;

const OUTLOOK_COMPOSE = `<div id="docking_InitVisiblePart_0" class="compose-7hd2" data-bench-compose>
<div class="commandBar-1q2w" role="toolbar">
<div class="splitButton-k4r"><button type="button" class="ms-Button ms-Button--primary" data-testid="ComposeSendButton" aria-label="Send"><span class="ms-Button-label">Send</span></button><button type="button" class="ms-Button" aria-label="More send options" aria-haspopup="true">&#9662;</button></div>
<button type="button" class="ms-Button" aria-label="Discard">Discard</button>
</div>
<div class="wellRow-2kd"><div class="wellLabel-8s" role="button">To</div><div class="well-5jd" contenteditable="true" role="textbox" aria-label="To"></div></div>
<div class="subjectRow-fq2"><input type="text" autocomplete="off" maxlength="255" aria-label="Add a subject" placeholder="Add a subject" value=""></div>
<div id="editorParent_0" class="editorParent-0a1"><div class="body-cd83 elementToProof" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message body, press Alt+F10 to exit"><div><br></div></div></div>
</div>`;

/**
 * The Gmail-shaped page: navigation, an inbox of `rows` rows (the storm's
 * playground), the compose dock (`#bench-dock`) and the compose template.
 */
export function gmailPage(rows: number, seed = 1): string {
  const random = mulberry32(seed);
  const body = Array.from({ length: rows }, (_, i) => gmailRow(i, random)).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Inbox - Gmail</title>
<style>body{font:14px Arial,sans-serif;margin:0}.zA td{padding:4px 8px;border-bottom:1px solid #eee}.zE{font-weight:bold}.dw{position:fixed;bottom:0;right:16px}.AD{width:500px;background:#fff;box-shadow:0 0 8px #0004}[contenteditable]{min-height:80px}</style>
</head><body>
<div class="nH" role="navigation" aria-label="Labels"><a href="#inbox">Inbox</a> <span class="bsU" id="bench-counter" style="display:inline-block;contain:strict;width:40px;height:16px">0</span></div>
<div class="nH" role="main"><table class="F cf zt" role="grid"><tbody id="bench-inbox">
${body}
</tbody></table></div>
<div class="dw"><div class="nH"><div class="no" id="bench-dock"></div></div></div>
<template id="bench-compose">${GMAIL_COMPOSE}</template>
</body></html>`;
}

/** The Outlook-shaped page: a message list, the reading pane (`#bench-dock`) and the compose template. */
export function outlookPage(rows: number, seed = 1): string {
  const random = mulberry32(seed);
  const items = Array.from({ length: rows }, (_, i) => {
    const sender = SENDERS[Math.floor(random() * SENDERS.length)] ?? 'Sender';
    return `<div role="option" class="item-3kd" aria-selected="false" data-convid="c${i}"><span class="from-1s">${escape(sender)}</span><span class="subject-9d">Message ${i}</span></div>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mail - Outlook</title></head><body>
<div id="app">
<div role="navigation" aria-label="Folders"><div role="treeitem">Inbox</div></div>
<div role="listbox" aria-label="Message list" id="bench-inbox">${items}</div>
<div role="main" aria-label="Reading Pane" id="bench-dock"></div>
</div>
<template id="bench-compose">${OUTLOOK_COMPOSE}</template>
</body></html>`;
}
