/**
 * The toolbar popup: interviews most urgent first, the capture form, and each
 * interviewer's note. Which screen was open is remembered for the session, and
 * a compose addressed to an interviewer opens straight on that note.
 */
import { useEffect, useState } from 'preact/hooks';
import browser, { t } from '../shared/browser';
import { newInterview, newInterviewer } from '../core';
import { loadData, recallUiState, rememberUiState } from '../storage';
import { useAppData } from '../ui/useAppData';
import { Notice } from '../ui/Notice';
import { newId } from '../ui/ids';
import { queryComposeTab, matchRecipient, type ComposeTab } from './compose';
import { InterviewList } from './InterviewList';
import { InterviewForm } from './InterviewForm';
import { NoteView } from './NoteView';
import { LIST, validView, type View } from './view';

const VIEW_KEY = 'popupView';

function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function Popup() {
  const { loaded, saveError, update } = useAppData();
  const [view, setView] = useState<View | null>(null);
  const [composeTab, setComposeTab] = useState<ComposeTab | null>(null);
  const [now, setNow] = useState(() => new Date());
  /** A one-off confirmation shown on the next screen ("Interview deleted."). */
  const [flash, setFlash] = useState('');

  useEffect(() => {
    let live = true;
    void Promise.all([recallUiState(VIEW_KEY), queryComposeTab(), loadData()]).then(([saved, tab, { data }]) => {
      if (!live) return;
      setComposeTab(tab);
      const restored = validView(saved, data);
      const match = tab?.compose.open ? matchRecipient(data.interviews, tab.compose.recipients) : null;
      // Continuing an unfinished form wins; otherwise an open compose picks its interviewer.
      if (restored?.screen === 'edit') setView(restored);
      else if (match) setView({ screen: 'note', ...match });
      else setView(restored ?? LIST);
    });
    // Hours left are shown to the hour: a minute tick keeps them honest while the popup stays open.
    const tick = setInterval(() => setNow(new Date()), 60_000);
    return () => {
      live = false;
      clearInterval(tick);
    };
  }, []);

  const go = (next: View) => {
    setFlash('');
    setView(next);
    void rememberUiState(VIEW_KEY, next);
  };

  const createInterview = async () => {
    const interview = newInterview(new Date(), newId(), localTimeZone());
    interview.interviewers.push(newInterviewer(newId()));
    const saved = await update((data) => void data.interviews.push(interview));
    if (saved) go({ screen: 'edit', interviewId: interview.id });
  };

  const data = loaded?.data;
  const readOnly = loaded?.readOnly ?? false;
  const current = data && view ? validView(view, data) ?? LIST : null;
  const interview = current && current.screen !== 'list' ? data?.interviews.find((i) => i.id === current.interviewId) : undefined;

  return (
    <>
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_settings')}
        </button>
      </header>
      <main>
        {!data || !current ? (
          <p>{t('ui_loading')}</p>
        ) : (
          <>
            {loaded.problems.map((problem) => (
              <Notice key={problem} kind={readOnly ? 'warning' : 'info'}>
                {problem}
              </Notice>
            ))}
            {saveError && <Notice kind="error">{saveError}</Notice>}
            {!data.profile.fullName.trim() && (
              <Notice>
                {t('popup_firstRun')}{' '}
                <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
                  {t('popup_firstRunLink')}
                </button>
              </Notice>
            )}
            {flash && <Notice kind="ok">{flash}</Notice>}
            {current.screen === 'list' && (
              <InterviewList interviews={data.interviews} now={now} readOnly={readOnly} go={go} onNew={() => void createInterview()} />
            )}
            {current.screen === 'edit' && interview && (
              <InterviewForm
                key={interview.id}
                interview={interview}
                readOnly={readOnly}
                update={update}
                go={go}
                onDeleted={() => setFlash(t('popup_interviewDeleted'))}
              />
            )}
            {current.screen === 'note' && interview && (
              <NoteView
                data={data}
                interview={interview}
                interviewer={interview.interviewers.find((p) => p.id === current.interviewerId)!}
                composeTab={composeTab}
                readOnly={readOnly}
                now={now}
                update={update}
                go={go}
              />
            )}
          </>
        )}
      </main>
    </>
  );
}
