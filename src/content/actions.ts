/**
 * What happens on a click, a message or the shortcut (loaded on first use):
 * choose the interviewer, write the draft with the note engine, insert it,
 * and tell the background. Failures become a message in the page, never an
 * error in the page's console.
 */
import browser, { t } from '../shared/browser';
import type { InsertReply, ToBackground, ToContent } from '../shared/messages';
import type { AppData, DraftOptions } from '../core/model';
import { readData } from './data';
import { noteToSend } from '../core/index';
import { insertDraft } from '../mail/insert';
import { fallback, focusedEditable } from '../mail/fallback';
import { allChoices, findChoice, matchRecipients, type Choice } from './choices';
import { openPicker } from './picker';
import { showToast } from './toast';
import { trackSending } from './sent';
import { onDarkBackground } from './button';
import { activeRecord, type ComposeRecord, type ContentContext } from './records';

function notify(message: ToBackground): void {
  // The extension may have been updated meanwhile: then nobody listens, and that is fine.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

function fail(reason: Exclude<InsertReply, { ok: true }>['reason'], message: string, text?: string): InsertReply {
  showToast({ message, kind: 'error', ...(text ? { text } : {}) });
  return text ? { ok: false, reason, message, text } : { ok: false, reason, message };
}

/** Writes and inserts the note for `choice` into `record`'s compose. */
/** Compose bodies a draft is being inserted into right now. */
const inserting = new WeakSet<HTMLElement>();

export async function insertChoice(
  record: ComposeRecord,
  data: AppData,
  choice: Choice,
  options: Partial<DraftOptions> = {},
): Promise<InsertReply> {
  const { interview, interviewer } = choice;
  let draft;
  try {
    draft = noteToSend({
      profile: data.profile,
      interview,
      interviewerId: interviewer.id,
      options: { tone: data.settings.defaultTone, ...options },
    });
  } catch {
    return fail('no-interview', t('content_errorNoInterview'));
  }
  // A double click, or the shortcut during a click, must not put the note in twice.
  const body = record.compose.body;
  if (inserting.has(body)) return { ok: false, reason: 'insert-failed', message: t('content_insertBusy') };
  inserting.add(body);
  let outcome;
  try {
    outcome = await insertDraft(record.compose, draft, { email: interviewer.email, selection: record.selection });
  } catch {
    outcome = { ok: false as const };
  } finally {
    inserting.delete(body);
  }
  if (!outcome.ok) return fail('insert-failed', t('content_errorInsert'), draft.text);
  const ids = { interviewId: interview.id, interviewerId: interviewer.id };
  notify({ type: 'note:drafted', ...ids, at: new Date().toISOString() });
  trackSending(record, () => notify({ type: 'note:emailed', ...ids, at: new Date().toISOString() }));
  return { ok: true };
}

/**
 * The recipient-matched draft at once, else the picker, else a short
 * explanation. With `waitForPick` false (the shortcut), the reply comes as
 * soon as the picker is open, so the background is not kept waiting on the user.
 */
async function chooseAndInsert(record: ComposeRecord, anchor: Element | null, waitForPick = true): Promise<InsertReply> {
  const data = await readData();
  const choices = allChoices(data);
  if (choices.length === 0) {
    showToast({ message: t('content_nothingStored'), kind: 'notice' });
    return { ok: false, reason: 'no-interview', message: t('content_nothingStored') };
  }
  const matched = matchRecipients(data, record.compose.recipients());
  if (matched.length === 1 && matched[0]) return insertChoice(record, data, matched[0]);
  const picked = new Promise<InsertReply>((resolve) => {
    openPicker({
      choices,
      anchor,
      dark: onDarkBackground(anchor ?? record.compose.body),
      onPick: (choice) => void insertChoice(record, data, choice).then(resolve),
      onCancel: () => {
        (anchor instanceof HTMLElement ? anchor : record.compose.body).focus();
        resolve({ ok: false, reason: 'no-interview', message: t('content_pickerCancelled') });
      },
    });
  });
  return waitForPick ? picked : { ok: true, pending: 'picker' };
}

export async function onButton(_ctx: ContentContext, record: ComposeRecord, button: HTMLButtonElement): Promise<void> {
  try {
    await chooseAndInsert(record, button);
  } catch {
    showToast({ message: t('content_errorInsert'), kind: 'error' });
  }
}

/** A compose for the shortcut or the popup: the webmail's own, else any focused editable body. */
function targetRecord(ctx: ContentContext): ComposeRecord | null {
  const record = activeRecord(ctx);
  if (record) return record;
  const editable = focusedEditable(document);
  const compose = editable ? fallback.composeFor(editable) : null;
  if (!compose) return null;
  // The picker takes focus: keep the caret the user had in this editable.
  const range = document.getSelection()?.rangeCount ? document.getSelection()!.getRangeAt(0) : null;
  const selection = range && compose.body.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
  return { compose, controller: new AbortController(), host: null, selection, onClose: null };
}

export async function onShortcut(ctx: ContentContext): Promise<InsertReply> {
  try {
    const record = targetRecord(ctx);
    if (!record) return fail('no-compose', t('content_noCompose'));
    return await chooseAndInsert(record, record.host?.shadowRoot?.querySelector('button') ?? null, false);
  } catch {
    return fail('insert-failed', t('content_errorInsert'));
  }
}

export async function insertById(ctx: ContentContext, message: Extract<ToContent, { type: 'compose:insert' }>): Promise<InsertReply> {
  try {
    const record = targetRecord(ctx);
    if (!record) return fail('no-compose', t('content_noCompose'));
    const data = await readData();
    const choice = findChoice(data, message.interviewId, message.interviewerId);
    if (!choice) return fail('no-interview', t('content_errorNoInterview'));
    return await insertChoice(record, data, choice, message.options ?? {});
  } catch {
    return fail('insert-failed', t('content_errorInsert'));
  }
}
