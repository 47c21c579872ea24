/**
 * The handwritten card for one interviewer: the text laid out like a card
 * (only the card prints), the day to mail it by, and "Mark card mailed".
 */
import { t } from '../shared/browser';
import { deadlines, draftCard, formatDay, type Interviewer } from '../core';
import { useAppData } from '../ui/useAppData';
import { Notice } from '../ui/Notice';

export interface CardAddress {
  interviewId: string;
  interviewerId: string;
}

export function cardAddress(search: string): CardAddress {
  const params = new URLSearchParams(search);
  return { interviewId: params.get('interview') ?? '', interviewerId: params.get('interviewer') ?? '' };
}

export function CardPage({ address, now = new Date() }: { address: CardAddress; now?: Date }) {
  const { loaded, saveError, update } = useAppData();
  if (!loaded) {
    return (
      <main>
        <p>{t('ui_loading')}</p>
      </main>
    );
  }
  const { data, readOnly } = loaded;
  const interview = data.interviews.find((i) => i.id === address.interviewId);
  const person = interview?.interviewers.find((p) => p.id === address.interviewerId);
  if (!interview || !person) {
    return (
      <main>
        <h1>{t('card_title')}</h1>
        <Notice kind="error">{t('card_notFound')}</Notice>
      </main>
    );
  }

  const text = draftCard({ profile: data.profile, interview, interviewerId: person.id });
  const mailBy = deadlines(interview, now).interviewers.find((p) => p.id === person.id)?.cardMailBy ?? '';
  const setMailed = (mailed: boolean) =>
    update((d) => {
      const target = d.interviews.find((i) => i.id === interview.id)?.interviewers.find((p) => p.id === person.id);
      if (target) target.note.cardMailedAt = mailed ? new Date().toISOString() : '';
    });
  const name = person.name || t('popup_unnamedInterviewer');

  return (
    <>
      <header class="no-print">
        <h1>{t('card_heading', name)}</h1>
        <p>{t('card_intro')}</p>
      </header>
      <main>
        {loaded.problems.map((problem) => (
          <Notice key={problem} kind="warning">
            {problem}
          </Notice>
        ))}
        {saveError && <Notice kind="error">{saveError}</Notice>}
        <article class="card" aria-label={t('card_cardLabel', name)}>
          {text.split(/\n+/).map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </article>
        <div class="no-print">
          <MailedStatus person={person} mailBy={mailBy} />
          <div class="actions">
            <button type="button" onClick={() => window.print()}>
              {t('card_print')}
            </button>
            {person.note.cardMailedAt ? (
              <button type="button" onClick={() => void setMailed(false)} disabled={readOnly}>
                {t('card_unmarkMailed')}
              </button>
            ) : (
              <button type="button" class="primary" onClick={() => void setMailed(true)} disabled={readOnly}>
                {t('card_markMailed')}
              </button>
            )}
          </div>
        </div>
      </main>
    </>
  );
}

function MailedStatus({ person, mailBy }: { person: Interviewer; mailBy: string }) {
  if (person.note.cardMailedAt) {
    return <Notice kind="ok">{t('card_mailedOn', formatDay(person.note.cardMailedAt.slice(0, 10)))}</Notice>;
  }
  return <p class="mail-by">{mailBy ? t('card_mailBy', formatDay(mailBy)) : t('card_mailSoon')}</p>;
}
