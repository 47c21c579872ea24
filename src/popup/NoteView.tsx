/**
 * One interviewer's note: the draft with its choices, the review beside it,
 * and the ways to get it into an email. The user may edit the note: the edit
 * is stored with the interviewer (interviewer.edited) and is what every way of
 * sending it uses, the in-page button and the shortcut included, until "Back
 * to the written note" clears it. The review reads the note that will be sent.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser, { t } from '../shared/browser';
import {
  deadlines,
  draftNote,
  isNamed,
  missingForNotes,
  noteState,
  noteToSend,
  resolveOptions,
  reviewNote,
  TONES,
  type AppData,
  type EditedNote,
  type Interview,
  type Interviewer,
  type Tone,
} from '../core';
import { Checkbox, SelectField, TextField } from '../ui/Field';
import { useAutosavedCopy } from '../ui/useAutosavedCopy';
import { Notice } from '../ui/Notice';
import { missingText, noteStateLabel, toneLabel } from '../ui/labels';
import { Findings } from './Findings';
import { insertIntoCompose, type ComposeTab } from './compose';
import { newEmailUrl } from './new-email-url';
import { changeInterviewer, markDrafted, markEmailed, unmarkEmailed } from './noteActions';
import { interviewTitle } from './InterviewList';
import { windowText } from './urgency';
import type { View } from './view';

interface Props {
  data: AppData;
  interview: Interview;
  interviewer: Interviewer;
  composeTab: ComposeTab | null;
  readOnly: boolean;
  now: Date;
  update: (change: (data: AppData) => void) => Promise<AppData | null>;
  go: (view: View) => void;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function cardPageUrl(interviewId: string, interviewerId: string): string {
  const query = new URLSearchParams({ interview: interviewId, interviewer: interviewerId });
  return browser.runtime.getURL(`src/card/index.html?${query.toString()}`);
}

/** The interview with one interviewer's edited note replaced: what the note to send is worked out from. */
function withEdit(interview: Interview, interviewerId: string, edited: EditedNote): Interview {
  return { ...interview, interviewers: interview.interviewers.map((p) => (p.id === interviewerId ? { ...p, edited } : p)) };
}

const NOT_EDITED: EditedNote = { subject: '', text: '' };

/** The subject and the body as one text to paste: what "Copy with subject" puts on the clipboard. */
export function withSubject(subject: string, text: string): string {
  return `${t('popup_subjectLabel')} ${subject}\n\n${text}`;
}

export function NoteView(props: Props) {
  // The tone stays as chosen while switching between interviewers; everything else is per note.
  const [tone, setTone] = useState<Tone>(props.data.settings.defaultTone);
  const missing = missingForNotes(props.interview);
  if (!isNamed(props.interviewer) && !missing.includes('interviewer')) missing.push('interviewer');
  if (missing.length > 0) return <NotReady {...props} message={missingText(missing)} />;
  return <OneNote key={`${props.interview.id}/${props.interviewer.id}`} {...props} tone={tone} setTone={setTone} />;
}

/** A draft interview (core/ready.ts) has no note yet: say what is missing rather than write to nobody. */
function NotReady({ interview, go, message }: Props & { message: string }) {
  return (
    <section aria-labelledby="note-heading" class="note-view">
      <h2 id="note-heading">{t('popup_writeNotes')}</h2>
      <Notice kind="warning">{message}</Notice>
      <div class="actions">
        <button type="button" class="primary" onClick={() => go({ screen: 'edit', interviewId: interview.id })}>
          {t('popup_finishInterview')}
        </button>
        <button type="button" onClick={() => go({ screen: 'list' })}>
          {t('popup_backToList')}
        </button>
      </div>
    </section>
  );
}

function OneNote({
  data,
  interview,
  interviewer,
  composeTab,
  readOnly,
  now,
  update,
  go,
  tone,
  setTone,
}: Props & { tone: Tone; setTone: (tone: Tone) => void }) {
  const [status, setStatus] = useState<Status>(null);
  const [editing, setEditing] = useState(false);
  const saveEdit = (edited: EditedNote) =>
    readOnly ? Promise.resolve(null) : update(changeInterviewer(interview.id, interviewer.id, (person) => void (person.edited = edited)));
  const [edit, setEdit] = useAutosavedCopy(interviewer.edited, saveEdit, `edited.${interview.id}.${interviewer.id}`);
  const options = resolveOptions(interview, interviewer, { tone });
  const { profile } = data;

  const written = useMemo(
    () => draftNote({ profile, interview, interviewerId: interviewer.id, options: { tone } }),
    [profile, interview, interviewer.id, tone],
  );
  const draft = useMemo(
    () => noteToSend({ profile, interview: withEdit(interview, interviewer.id, edit), interviewerId: interviewer.id, options: { tone } }),
    [profile, interview, interviewer.id, tone, edit],
  );
  const showEditor = editing || edit.text !== '';
  const noteBox = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  // The edited note grows with its text, so it reads in the page's own scroll (no scroll box inside it).
  useLayoutEffect(() => {
    const box = noteBox.current;
    if (!box) return;
    box.style.height = 'auto';
    box.style.height = `${box.scrollHeight + box.offsetHeight - box.clientHeight}px`;
  }, [edit.text, showEditor]);
  const composeOpen = composeTab?.compose.open === true;
  // Apart from the findings: the other notes do not change while this one is edited.
  const otherNotes = useMemo(
    () =>
      interview.interviewers
        .filter((p) => p.id !== interviewer.id)
        .map((p) => noteToSend({ profile, interview, interviewerId: p.id, options: { tone } }).text),
    [profile, interview, interviewer.id, tone],
  );
  const findings = useMemo(
    () =>
      reviewNote({
        profile,
        interview,
        interviewerId: interviewer.id,
        subject: draft.subject,
        text: draft.text,
        now,
        otherNotes,
        otherInterviews: data.interviews.filter((i) => i.id !== interview.id),
        offerCall: interviewer.offerCall,
        recipients: composeOpen ? composeTab?.compose.recipients : undefined,
      }),
    [draft, otherNotes, data.interviews, profile, interview, interviewer, now, composeOpen, composeTab],
  );

  const change = (fn: (person: Interviewer) => void) => update(changeInterviewer(interview.id, interviewer.id, fn));
  const drafted = () => {
    if (!readOnly) void change(markDrafted(new Date()));
  };

  const copy = async (subjectToo: boolean) => {
    try {
      await navigator.clipboard.writeText(subjectToo ? withSubject(draft.subject, draft.text) : draft.text);
      setStatus({ kind: 'ok', text: t(subjectToo ? 'popup_copiedWithSubject' : 'popup_copied') });
      drafted();
    } catch {
      setStatus({ kind: 'error', text: t('popup_copyFailed') });
    }
  };

  const openNewEmail = async () => {
    await browser.tabs.create({ url: newEmailUrl(data.settings.webmail, interviewer.email, draft.subject, draft.text) });
    drafted();
  };

  const startEditing = () => {
    setEditing(true);
    setEdit({ subject: written.subject, text: written.text });
  };
  const backToWritten = () => {
    setEditing(false);
    setEdit(NOT_EDITED);
  };

  const insert = async () => {
    if (!composeTab) return;
    // The page writes the note from storage: the edit on screen is stored first, not left to the autosave.
    if (!readOnly && JSON.stringify(edit) !== JSON.stringify(interviewer.edited) && !(await saveEdit(edit))) return;
    const reply = await insertIntoCompose(composeTab.tabId, interview.id, interviewer.id, options);
    if (reply.ok) {
      setStatus({ kind: 'ok', text: t('popup_inserted') });
      drafted();
    } else {
      setStatus({ kind: 'error', text: reply.message || t('popup_insertFailed') });
    }
  };

  const state = noteState(interviewer);
  const emailed = state === 'emailed' || state === 'card-mailed';
  const due = deadlines(interview, now);
  const noAddress = !interviewer.email.trim();

  return (
    <section aria-labelledby="note-heading" class="note-view">
      <div class="list-header">
        <button type="button" class="link" onClick={() => go({ screen: 'list' })}>
          {t('popup_backToList')}
        </button>
        <button type="button" class="link" onClick={() => go({ screen: 'edit', interviewId: interview.id })}>
          {t('popup_editInterview')}
        </button>
      </div>
      <h2 id="note-heading">{t('popup_noteHeading', [interviewer.name || t('popup_unnamedInterviewer'), interviewTitle(interview)])}</h2>
      <p class="window">
        {windowText(interview, now)} · {t('popup_statusIs', noteStateLabel(state))}
      </p>
      {due.timingMessage && !emailed && <Notice kind={due.timingSeverity === 'error' ? 'error' : 'warning'}>{due.timingMessage}</Notice>}

      {interview.interviewers.length > 1 && (
        <nav aria-label={t('popup_interviewersNav')} class="switcher">
          {interview.interviewers.map((p) => (
            <button
              key={p.id}
              type="button"
              aria-current={p.id === interviewer.id ? 'true' : undefined}
              onClick={() => go({ screen: 'note', interviewId: interview.id, interviewerId: p.id })}
            >
              {p.name || t('popup_unnamedInterviewer')}
            </button>
          ))}
        </nav>
      )}

      <section aria-labelledby="preview-heading" class="preview">
        <h3 id="preview-heading">{t(showEditor ? 'popup_editedHeading' : 'popup_previewHeading')}</h3>
        {showEditor ? (
          <>
            <Notice kind="info">{t('popup_editedNotice')}</Notice>
            <TextField
              label={t('popup_editSubject')}
              value={edit.subject}
              placeholder={written.subject}
              disabled={readOnly}
              onInput={(subject) => setEdit({ ...edit, subject })}
            />
            <TextField
              label={t('popup_editText')}
              value={edit.text}
              multiline
              rows={12}
              inputRef={noteBox}
              disabled={readOnly}
              onInput={(text) => setEdit({ ...edit, text })}
            />
            <div class="actions">
              <button type="button" onClick={backToWritten} disabled={readOnly}>
                {t('popup_backToWritten')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p class="subject">
              <span class="muted">{t('popup_subjectLabel')}</span> <span data-testid="preview-subject">{draft.subject}</span>
            </p>
            <div class="preview-body" data-testid="preview-body" tabIndex={0} aria-label={t('popup_bodyLabel')}>
              {draft.text}
            </div>
            <div class="actions">
              <button type="button" onClick={startEditing} disabled={readOnly}>
                {t('popup_editNote')}
              </button>
            </div>
          </>
        )}
      </section>

      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      <div class="actions">
        {composeOpen && (
          <button type="button" class="primary" onClick={() => void insert()}>
            {t('popup_insert')}
          </button>
        )}
        <button type="button" class={composeOpen ? '' : 'primary'} onClick={() => void copy(false)}>
          {t('popup_copy')}
        </button>
        <button type="button" onClick={() => void copy(true)}>
          {t('popup_copyWithSubject')}
        </button>
        <button type="button" aria-describedby={noAddress ? 'no-address' : undefined} onClick={() => void openNewEmail()}>
          {t('popup_openNewEmail')}
        </button>
        {emailed ? (
          <button type="button" onClick={() => void change(unmarkEmailed())} disabled={readOnly}>
            {t('popup_unmarkEmailed')}
          </button>
        ) : (
          <button type="button" onClick={() => void change(markEmailed(new Date()))} disabled={readOnly}>
            {t('popup_markEmailed')}
          </button>
        )}
        <button type="button" onClick={() => void browser.tabs.create({ url: cardPageUrl(interview.id, interviewer.id) })}>
          {t('popup_card')}
        </button>
      </div>
      {noAddress && (
        <p id="no-address" class="hint muted">
          {t('popup_noAddress', interviewer.name)}
        </p>
      )}

      <fieldset class="draft-options">
        <legend>{t('popup_draftOptions')}</legend>
        <SelectField<Tone>
          label={t('popup_tone')}
          value={tone}
          options={TONES.map((value) => ({ value, label: toneLabel(value) }))}
          onChange={setTone}
        />
        <Checkbox
          label={t('popup_tough')}
          checked={options.tough}
          disabled={readOnly}
          onChange={(tough) => void change((person) => void (person.tough = tough ? 'on' : 'off'))}
        />
        <Checkbox
          label={t('popup_offerCall')}
          checked={interviewer.offerCall}
          disabled={readOnly}
          onChange={(offerCall) => void change((person) => void (person.offerCall = offerCall))}
        />
      </fieldset>
      <Findings findings={findings} />
    </section>
  );
}
