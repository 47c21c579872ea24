/**
 * What happens on a click, a message or the shortcut (loaded on first use):
 * choose the interviewer, write the draft with the note engine, insert it,
 * and tell the background. Failures become a message in the page, never an
 * error in the page's console.
 */
import browser, { t } from '../shared/browser';
import type { ContentToBackground, PopupToContent } from '../shared/messages';
import type { InsertFailure, InsertReply } from '../shared/replies';
import type { AppData, DraftOptions } from '../core/model';
import { peekData } from '../storage/store';
import { fitNoteToBody, noteToSend } from '../core/index';
import { insertDraft } from '../mail/insert';
import { BODY_MARKERS } from '../mail/body-markers';
import { fallback, focusedEditable } from '../mail/fallback';
import { toField } from '../mail/to-field';
import { allChoices, findChoice, interviewerFor, type Choice } from '../shared/choices';
import { onDarkBackground, openPicker } from './picker';
import { showToast } from './toast';
import { trackSending } from './sent';
import { activeRecord, newRecord, type ComposeRecord, type ContentContext } from './context';

function notify(message: ContentToBackground): void {
  // The extension may have been updated meanwhile: then nobody listens, and that is fine.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

async function storedData(): Promise<AppData> {
  return (await peekData()).data;
}

function failed(reason: InsertFailure, message: string, text?: string): InsertReply {
  return text ? { ok: false, reason, message, text } : { ok: false, reason, message };
}

/** A failure the user should see: shown in the page as well as replied. */
function fail(ctx: ContentContext, reason: InsertFailure, message: string, text?: string): InsertReply {
  showToast(ctx, { message, kind: 'error', ...(text ? { text } : {}) });
  return failed(reason, message, text);
}

/** Writes and inserts the note for `choice` into `record`'s compose. */
export async function insertChoice(
  ctx: ContentContext,
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
    return fail(ctx, 'no-interview', t('content_errorNoInterview'));
  }
  // A double click, or the shortcut during a click, must not put the note in twice.
  const body = record.compose.body;
  if (ctx.inserting.has(body)) return failed('busy', t('content_insertBusy'));
  ctx.inserting.add(body);
  let outcome;
  try {
    outcome = await insertDraft(record.compose, draft, {
      email: interviewer.email,
      selection: record.selection,
      markers: BODY_MARKERS[ctx.adapter.name],
      // A greeting, sign-off or signature the body already has is not written twice.
      fit: (around) => fitNoteToBody(draft.text, around, interviewer, data.profile),
      signal: record.controller.signal,
    });
  } catch {
    outcome = { ok: false as const };
  } finally {
    ctx.inserting.delete(body);
  }
  if (!outcome.ok) return fail(ctx, 'insert-failed', t('content_errorInsert'), draft.text);
  const ids = { interviewId: interview.id, interviewerId: interviewer.id };
  notify({ type: 'note:drafted', ...ids, at: new Date().toISOString() });
  trackSending(record, () => notify({ type: 'note:emailed', ...ids, at: new Date().toISOString() }));
  return { ok: true };
}

/**
 * The interviewer this compose is for at once, else the picker, else a short
 * explanation. With `waitForPick` false (the shortcut), the reply comes as
 * soon as the picker is open, so the background is not kept waiting on the user.
 */
async function chooseAndInsert(ctx: ContentContext, record: ComposeRecord, anchor: Element | null, waitForPick = true): Promise<InsertReply> {
  const data = await storedData();
  const choices = allChoices(data);
  if (choices.length === 0) {
    showToast(ctx, { message: t('content_nothingStored'), kind: 'notice' });
    return failed('no-interview', t('content_nothingStored'));
  }
  const matched = interviewerFor(data, toField(record.compose).recipients());
  if (matched) return insertChoice(ctx, record, data, matched);
  const picked = new Promise<InsertReply>((resolve) => {
    openPicker(ctx, {
      choices,
      anchor,
      // Behind our button, not the button itself (its tint is see-through).
      dark: onDarkBackground(record.mounted?.host.parentElement ?? record.compose.body),
      onPick: (choice) => void insertChoice(ctx, record, data, choice).then(resolve),
      onCancel: () => {
        (anchor instanceof HTMLElement ? anchor : record.compose.body).focus();
        resolve(failed('cancelled', t('content_pickerCancelled')));
      },
    });
  });
  return waitForPick ? picked : failed('picker-open', '');
}

export async function onButton(ctx: ContentContext, record: ComposeRecord, button: HTMLButtonElement): Promise<InsertReply> {
  try {
    return await chooseAndInsert(ctx, record, button);
  } catch {
    return fail(ctx, 'insert-failed', t('content_errorInsert'));
  }
}

/** A compose for the shortcut or the popup: the webmail's own, else any focused editable body. */
function targetRecord(ctx: ContentContext): ComposeRecord | null {
  const record = activeRecord(ctx);
  if (record) return record;
  const editable = focusedEditable(document);
  const compose = editable ? fallback.composeFor(editable) : null;
  if (!compose) return null;
  const fallbackRecord = newRecord(ctx, compose);
  // The picker takes focus: keep the caret the user had in this editable.
  const range = document.getSelection()?.rangeCount ? document.getSelection()!.getRangeAt(0) : null;
  fallbackRecord.selection = range && compose.body.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
  return fallbackRecord;
}

export async function onShortcut(ctx: ContentContext): Promise<InsertReply> {
  try {
    const record = targetRecord(ctx);
    if (!record) return fail(ctx, 'no-compose', t('content_noCompose'));
    return await chooseAndInsert(ctx, record, record.mounted?.button ?? null, false);
  } catch {
    return fail(ctx, 'insert-failed', t('content_errorInsert'));
  }
}

export async function insertById(ctx: ContentContext, message: Extract<PopupToContent, { type: 'compose:insert' }>): Promise<InsertReply> {
  try {
    const record = targetRecord(ctx);
    if (!record) return fail(ctx, 'no-compose', t('content_noCompose'));
    const data = await storedData();
    const choice = findChoice(data, message.interviewId, message.interviewerId);
    if (!choice) return fail(ctx, 'no-interview', t('content_errorNoInterview'));
    return await insertChoice(ctx, record, data, choice, message.options ?? {});
  } catch {
    return fail(ctx, 'insert-failed', t('content_errorInsert'));
  }
}
