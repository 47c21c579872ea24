import { t } from '../shared/browser';
import type { Interview } from '../core/model';
import { noteStatus } from '../ui/labels';
import { byUrgency, windowText } from './urgency';
import type { View } from './view';

export function interviewTitle(interview: Interview): string {
  const parts = [interview.company, interview.role].filter(Boolean);
  return parts.length > 0 ? parts.join(' — ') : t('ui_untitledInterview');
}

interface Props {
  interviews: readonly Interview[];
  now: Date;
  readOnly: boolean;
  go: (view: View) => void;
  onNew: () => void;
}

export function InterviewList({ interviews, now, readOnly, go, onNew }: Props) {
  return (
    <section aria-labelledby="interviews-heading">
      <div class="list-header">
        <h2 id="interviews-heading">{t('popup_interviewsHeading')}</h2>
        <button type="button" class="primary" onClick={onNew} disabled={readOnly}>
          {t('popup_newInterview')}
        </button>
      </div>
      {interviews.length === 0 && <p class="muted">{t('popup_noInterviews')}</p>}
      <ul class="interviews">
        {byUrgency(interviews, now).map((interview) => (
          <li key={interview.id} class="interview">
            <div class="interview-head">
              <h3>{interviewTitle(interview)}</h3>
              <button
                type="button"
                class="link"
                aria-label={t('popup_editInterviewNamed', interviewTitle(interview))}
                onClick={() => go({ screen: 'edit', interviewId: interview.id })}
              >
                {t('popup_editInterview')}
              </button>
            </div>
            <p class="window">{windowText(interview, now)}</p>
            {interview.interviewers.length > 0 && (
              <ul class="people" aria-label={t('popup_interviewersOf', interviewTitle(interview))}>
                {interview.interviewers.map((person) => {
                  const status = noteStatus(interview, person);
                  return (
                    <li key={person.id}>
                      <button
                        type="button"
                        class="person"
                        onClick={() => go({ screen: 'note', interviewId: interview.id, interviewerId: person.id })}
                      >
                        <span>{person.name || t('popup_unnamedInterviewer')}</span>
                        <span class={`state state-${status.className}`}>{status.label}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
