/**
 * One interviewer's note: the draft with its choices, the review beside it,
 * and the ways to get it into an email.
 */
import { useMemo, useState } from 'preact/hooks';
import browser, { t } from '../shared/browser';
import {
  deadlines,
  draftNote,
  noteState,
  reviewNote,
  TONES,
  type AppData,
  type DraftOptions,
  type Interview,
  type Interviewer,
  type Tone,
} from '../core';
import { Checkbox, SelectField } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { noteStateLabel, toneLabel } from '../ui/labels';
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

export function NoteView({ data, interview, interviewer, composeTab, readOnly, now, update, go }: Props) {
  const [tone, setTone] = useState<Tone>(data.settings.defaultTone);
  const [tough, setTough] = useState(interview.outcome === 'tough');
  const [status, setStatus] = useState<Status>(null);
  const options: DraftOptions = { tone, tough, offerCall: interviewer.offerCall };
  const { profile } = data;

  const draft = useMemo(
    () => draftNote({ profile, interview, interviewerId: interviewer.id, options }),
    [profile, interview, interviewer.id, tone, tough, interviewer.offerCall],
  );
  const composeOpen = composeTab?.compose.open === true;
  const findings = useMemo(() => {
    const otherNotes = interview.interviewers
      .filter((p) => p.id !== interviewer.id)
      .map((p) => draftNote({ profile, interview, interviewerId: p.id, options: { tone } }).text);
    return reviewNote({
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
    });
  }, [draft, data.interviews, profile, interview, interviewer, now, composeOpen, composeTab, tone]);

  const change = (fn: (person: Interviewer) => void) => update(changeInterviewer(interview.id, interviewer.id, fn));
  const drafted = () => {
    if (!readOnly) void change(markDrafted(new Date()));
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(draft.text);
      setStatus({ kind: 'ok', text: t('popup_copied') });
      drafted();
    } catch {
      setStatus({ kind: 'error', text: t('popup_copyFailed') });
    }
  };

  const openNewEmail = async () => {
    await browser.tabs.create({ url: newEmailUrl(data.settings.webmail, interviewer.email, draft.subject, draft.text) });
    drafted();
  };

  const insert = async () => {
    if (!composeTab) return;
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

      <fieldset class="draft-options">
        <legend>{t('popup_draftOptions')}</legend>
        <SelectField<Tone>
          label={t('popup_tone')}
          value={tone}
          options={TONES.map((value) => ({ value, label: toneLabel(value) }))}
          onChange={setTone}
        />
        <Checkbox label={t('popup_tough')} checked={tough} onChange={setTough} />
        <Checkbox
          label={t('popup_offerCall')}
          checked={interviewer.offerCall}
          disabled={readOnly}
          onChange={(offerCall) => void change((person) => void (person.offerCall = offerCall))}
        />
      </fieldset>

      <div class="note-columns">
        <section aria-labelledby="preview-heading" class="preview">
          <h3 id="preview-heading">{t('popup_previewHeading')}</h3>
          <p class="subject">
            <span class="muted">{t('popup_subjectLabel')}</span> <span data-testid="preview-subject">{draft.subject}</span>
          </p>
          <div class="preview-body" data-testid="preview-body" tabIndex={0} aria-label={t('popup_bodyLabel')}>
            {draft.text}
          </div>
        </section>
        <Findings findings={findings} />
      </div>

      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      <div class="actions">
        {composeOpen && (
          <button type="button" class="primary" onClick={() => void insert()}>
            {t('popup_insert')}
          </button>
        )}
        <button type="button" class={composeOpen ? '' : 'primary'} onClick={() => void copy()}>
          {t('popup_copy')}
        </button>
        <button type="button" onClick={() => void openNewEmail()}>
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
    </section>
  );
}
