/**
 * Capture form for one interview and its interviewers, built to be filled in
 * by keyboard in a minute. Every keystroke is autosaved (debounced, and at
 * once when the popup closes), so closing the popup loses nothing.
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
import { SelectField, TextField } from '../ui/Field';
import { useAutosavedCopy } from '../ui/useAutosavedCopy';
import { newId } from '../ui/ids';
import { isoToLocalInput, localInputToIso } from '../ui/time';
import { InterviewerFields } from './InterviewerFields';
import { fieldPreview } from './FieldPreview';
import { DeleteInterview } from './DeleteInterview';
import { WriteNotes } from './WriteNotes';
import { interviewTitle } from './InterviewList';
import type { View } from './view';

interface Props {
  interview: Interview;
  /** For the live previews: the note is signed with it. */
  profile: Profile;
  readOnly: boolean;
  update: (change: (data: AppData) => void) => Promise<AppData | null>;
  go: (view: View) => void;
  /** Called once the interview has been deleted from storage. */
  onDeleted?: () => void;
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

/** Removes one interview with its interviewers and their note statuses. */
export function deleteInterview(data: AppData, interviewId: string): void {
  data.interviews = data.interviews.filter((i) => i.id !== interviewId);
}

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
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    if (focusId === null) return;
    nameRefs.current.get(focusId)?.focus();
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
  const remove = (index: number) =>
    setValue({ ...value, interviewers: value.interviewers.filter((_, i) => i !== index) });

  const done = () => {
    // A form opened by mistake and left empty leaves nothing behind.
    if (isBlank(value) && !readOnly) void update((data) => deleteInterview(data, value.id));
    go({ screen: 'list' });
  };
  // The pending autosave that follows finds no interview to save into (saveInterview), so it cannot bring it back.
  const removeInterview = async () => {
    if (!(await update((data) => deleteInterview(data, value.id)))) return;
    // After go(), which clears any earlier confirmation.
    go({ screen: 'list' });
    onDeleted?.();
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
      <TextField
        label={t('popup_field_end')}
        type="datetime-local"
        value={isoToLocalInput(value.end)}
        // A cleared or half-typed value keeps the last full time: deadlines need one.
        onInput={(local) => {
          const iso = localInputToIso(local);
          if (iso) set('end')(iso);
        }}
        disabled={readOnly}
      />
      <TextField
        label={t('popup_field_decisionDate')}
        type="date"
        value={value.decisionDate}
        onInput={set('decisionDate')}
        hint={t('popup_field_decisionDateHint')}
        disabled={readOnly}
      />
      <TextField
        label={t('popup_field_stress')}
        value={value.stress}
        onInput={set('stress')}
        multiline
        disabled={readOnly}
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
          onRemove={() => remove(index)}
          onNext={() => next(index)}
        />
      ))}
      <div class="actions">
        <button type="button" onClick={addPerson} disabled={readOnly}>
          {t('popup_addInterviewer')}
        </button>
      </div>

      <details>
        <summary>{t('popup_moreDetails')}</summary>
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
      </details>

      <WriteNotes interview={value} go={go} />
      <DeleteInterview title={interviewTitle(value)} disabled={readOnly} onDelete={() => void removeInterview()} />
    </section>
  );
}
