/**
 * Capture form for one interview and its interviewers, built to be filled in
 * by keyboard in a minute. Every keystroke is autosaved (debounced, and at
 * once when the popup closes), so closing the popup loses nothing. Removing
 * an interviewer, or the interview, asks nothing and can be undone.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/browser';
import {
  newInterviewer,
  previewFields,
  type AppData,
  type FieldPreview,
  type Interview,
  type Interviewer,
  type InterviewFormat,
  type Profile,
} from '../core';
import { INTERVIEW_FORMATS } from '../core/model';
import { putBack, removeById, type Removed } from '../core/removal';
import { SelectField, TextField } from '../ui/Field';
import { useAutosavedCopy } from '../ui/useAutosavedCopy';
import { newId } from '../ui/ids';
import { UndoNotice } from '../ui/Undo';
import { EndField } from './EndField';
import { InterviewerFields } from './InterviewerFields';
import { fieldPreview } from './FieldPreview';
import { DeleteInterview } from './DeleteInterview';
import { WriteNotes } from './WriteNotes';
import type { View } from './view';

interface Props {
  interview: Interview;
  /** For the live previews: the note is signed with it. */
  profile: Profile;
  readOnly: boolean;
  update: (change: (data: AppData) => void) => Promise<AppData | null>;
  go: (view: View) => void;
  /** Called once the interview has been deleted from storage, with what it takes to put it back. */
  onDeleted?: (removed: Removed<Interview>) => void;
}



/**
 * Stores the form's copy. Note statuses, the edited note and the tough-interview
 * choice are taken from storage, as the note view and other pages change them;
 * an interview deleted meanwhile (here or in another page) stays deleted.
 */
export function saveInterview(data: AppData, edited: Interview, now: Date): void {
  const index = data.interviews.findIndex((i) => i.id === edited.id);
  const stored = data.interviews[index];
  if (!stored) return;
  const merged: Interview = {
    ...edited,
    updatedAt: now.toISOString(),
    interviewers: edited.interviewers.map((person) => {
      const mine = stored.interviewers.find((p) => p.id === person.id);
      return mine ? { ...person, note: mine.note, edited: mine.edited, tough: mine.tough } : person;
    }),
  };
  data.interviews[index] = merged;
}

export function isBlank(interview: Interview): boolean {
  return (
    !interview.company.trim() &&
    !interview.role.trim() &&
    !interview.stress.trim() &&
    interview.interviewers.every((p) => !p.name.trim() && !p.email.trim() && !p.topics.trim())
  );
}

/** Removes one interview with its interviewers and their note statuses; returns it as it was stored, for undo. */
export function deleteInterview(data: AppData, interviewId: string): Removed<Interview> | null {
  const { rest, removed } = removeById(data.interviews, interviewId);
  data.interviews = rest;
  return removed;
}

/** The interview's text fields behind "More details": the disclosure opens when one has content. */
const MORE_DETAILS = ['companyDomain', 'location', 'postingUrl', 'decisionDate'] as const;

/**
 * Each interviewer's live previews, by interviewer id. The writer must never
 * take the form down with it: on an error the previews are simply left out.
 */
export function formPreviews(profile: Profile, interview: Interview): Map<string, FieldPreview[]> {
  const previews = new Map<string, FieldPreview[]>();
  for (const person of interview.interviewers) {
    try {
      previews.set(person.id, previewFields({ profile, interview, interviewerId: person.id }));
    } catch (error) {
      console.error(error);
    }
  }
  return previews;
}

/** Previews wait for a pause in typing: writing every note of a large panel takes longer than a keystroke may. */
export const PREVIEW_DELAY_MS = 200;

/**
 * The live previews: written just after the form first shows (the first use
 * of the engine warms it up, which must not hold the form back), then shortly
 * after each pause in typing.
 */
function useFormPreviews(profile: Profile, interview: Interview): Map<string, FieldPreview[]> {
  const [previews, setPreviews] = useState<Map<string, FieldPreview[]>>(() => new Map());
  const first = useRef(true);
  useEffect(() => {
    const delay = first.current ? 0 : PREVIEW_DELAY_MS;
    first.current = false;
    const timer = setTimeout(() => setPreviews(formPreviews(profile, interview)), delay);
    return () => clearTimeout(timer);
  }, [profile, interview]);
  return previews;
}

/** The interview's own field (stress) reads the same for everyone: shown from the first note that uses it. */
function stressPreview(interview: Interview, previews: Map<string, FieldPreview[]>): FieldPreview | undefined {
  const all = interview.interviewers.map((p) => previews.get(p.id)?.find((f) => f.field === 'stress'));
  return all.find((p) => p?.sentence) ?? all.find(Boolean);
}

export function InterviewForm({ interview, profile, readOnly, update, go, onDeleted }: Props) {
  const [value, setValue] = useAutosavedCopy(
    interview,
    (edited) => update((data) => saveInterview(data, edited, new Date())),
    `interview.${interview.id}`,
  );
  const nameRefs = useRef(new Map<string, HTMLInputElement | HTMLTextAreaElement>());
  const stressRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  /** An interviewer's id, or '' for the "Add interviewer" button. */
  const [focusId, setFocusId] = useState<string | null>(null);
  const [removed, setRemoved] = useState<Removed<Interviewer> | null>(null);
  const moreFilled = MORE_DETAILS.filter((key) => value[key].trim() !== '').length;
  const [moreOpen, setMoreOpen] = useState(moreFilled > 0);

  useEffect(() => {
    if (focusId === null) return;
    (focusId === '' ? addRef.current : nameRefs.current.get(focusId))?.focus();
    setFocusId(null);
  }, [focusId, value.interviewers.length]);

  const set = <K extends keyof Interview>(key: K) => (next: Interview[K]) => setValue({ ...value, [key]: next });
  const setPerson = (index: number, person: Interviewer) =>
    setValue({ ...value, interviewers: value.interviewers.map((p, i) => (i === index ? person : p)) });
  const addPerson = () => {
    const person = newInterviewer(newId());
    setValue({ ...value, interviewers: [...value.interviewers, person] });
    setFocusId(person.id);
  };
  const next = (index: number) => {
    const following = value.interviewers[index + 1];
    if (following) setFocusId(following.id);
    else addPerson();
  };
  // Focus goes to the interviewer before (or else after) the one removed, or to "Add interviewer".
  const remove = (id: string) => {
    const { rest, removed: out } = removeById(value.interviewers, id);
    if (!out) return;
    // Note statuses and the edited note as stored: the form's copy does not follow them.
    const stored = interview.interviewers.find((p) => p.id === id);
    const person = stored ? { ...out.item, note: stored.note, edited: stored.edited, tough: stored.tough } : out.item;
    setRemoved({ item: person, index: out.index });
    setValue({ ...value, interviewers: rest });
    setFocusId((rest[out.index - 1] ?? rest[out.index])?.id ?? '');
  };
  const undoRemove = () => {
    if (!removed) return;
    setValue({ ...value, interviewers: putBack(value.interviewers, removed) });
    setRemoved(null);
    setFocusId(removed.item.id);
  };

  const done = () => {
    // A form opened by mistake and left empty leaves nothing behind.
    if (isBlank(value) && !readOnly) void update((data) => void deleteInterview(data, value.id));
    go({ screen: 'list' });
  };
  // The form's latest copy is stored with it, so an undo brings back every character typed. The pending
  // autosave that follows finds no interview to save into (saveInterview), so it cannot bring it back.
  const removeInterview = async () => {
    const out: { deleted: Removed<Interview> | null } = { deleted: null };
    const saved = await update((data) => {
      saveInterview(data, value, new Date());
      out.deleted = deleteInterview(data, value.id);
    });
    if (!saved || !out.deleted) return;
    // After go(), which clears any earlier notice.
    go({ screen: 'list' });
    onDeleted?.(out.deleted);
  };
  const previews = useFormPreviews(profile, value);

  return (
    <section aria-labelledby="form-heading" class="interview-form">
      <div class="list-header">
        <h2 id="form-heading">{t('popup_formHeading')}</h2>
        <button type="button" onClick={done}>
          {t('popup_done')}
        </button>
      </div>
      <p class="hint muted">{t('popup_formHint')}</p>
      <TextField label={t('popup_field_company')} value={value.company} onInput={set('company')} disabled={readOnly} />
      <TextField label={t('popup_field_role')} value={value.role} onInput={set('role')} disabled={readOnly} />
      <EndField value={value.end} onChange={set('end')} onMoveOn={() => stressRef.current?.focus()} disabled={readOnly} />
      <TextField
        label={t('popup_field_stress')}
        value={value.stress}
        onInput={set('stress')}
        multiline
        disabled={readOnly}
        inputRef={stressRef}
        below={fieldPreview(stressPreview(value, previews), value.stress)}
      />
      <SelectField
        label={t('popup_field_outcome')}
        value={value.outcome}
        options={[
          { value: 'went-well', label: t('popup_outcome_wentWell') },
          { value: 'tough', label: t('popup_outcome_tough') },
        ]}
        onChange={set('outcome')}
        disabled={readOnly}
      />

      <h3>{t('popup_interviewersHeading')}</h3>
      {value.interviewers.map((person, index) => (
        <InterviewerFields
          key={person.id}
          person={person}
          index={index}
          company={value.company}
          previews={previews.get(person.id) ?? []}
          disabled={readOnly}
          nameRef={(element: HTMLInputElement | HTMLTextAreaElement | null) => {
            if (element) nameRefs.current.set(person.id, element);
            else nameRefs.current.delete(person.id);
          }}
          onChange={(p) => setPerson(index, p)}
          onRemove={() => remove(person.id)}
          onNext={() => next(index)}
        />
      ))}
      <UndoNotice
        message={removed ? t('popup_interviewerRemoved', removed.item.name.trim() || t('popup_unnamedInterviewer')) : ''}
        onUndo={undoRemove}
        disabled={readOnly}
      />
      <div class="actions">
        <button type="button" ref={addRef} onClick={addPerson} disabled={readOnly}>
          {t('popup_addInterviewer')}
        </button>
      </div>

      <details open={moreOpen} onToggle={(event) => setMoreOpen(event.currentTarget.open)}>
        <summary>
          {t('popup_moreDetails')}
          {!moreOpen && moreFilled > 0 && <span class="muted"> {t('popup_moreFilled', String(moreFilled))}</span>}
        </summary>
        <TextField
          label={t('popup_field_companyDomain')}
          value={value.companyDomain}
          onInput={set('companyDomain')}
          hint={t('popup_field_companyDomainHint')}
          disabled={readOnly}
        />
        <SelectField<InterviewFormat>
          label={t('popup_field_format')}
          value={value.format}
          options={INTERVIEW_FORMATS.map((format) => ({ value: format, label: t(`popup_format_${format.replace('-', '_')}`) }))}
          onChange={set('format')}
          disabled={readOnly}
        />
        <TextField label={t('popup_field_location')} value={value.location} onInput={set('location')} disabled={readOnly} />
        <TextField label={t('popup_field_postingUrl')} type="url" value={value.postingUrl} onInput={set('postingUrl')} disabled={readOnly} />
      <TextField
        label={t('popup_field_decisionDate')}
        type="date"
        value={value.decisionDate}
        onInput={set('decisionDate')}
        hint={t('popup_field_decisionDateHint')}
        disabled={readOnly}
      />
      </details>

      <WriteNotes interview={value} go={go} />
      <DeleteInterview disabled={readOnly} onDelete={() => void removeInterview()} />
    </section>
  );
}
