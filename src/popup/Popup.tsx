/**
 * The toolbar popup: interviews most urgent first, the capture form, and each
 * interviewer's note. Which screen was open is remembered for the session, and
 * a compose addressed to an interviewer opens straight on that note.
 *
 * Start-up is on the path between a click on the toolbar icon and the list, so
 * the list renders as soon as the stored data and the remembered screen are
 * read; the open compose (a message to the webmail tab) is asked for meanwhile
 * and may switch to its note when it answers. The form and the note view (with
 * the draft writer and review) are loaded with import() when first shown, and
 * fetched in the background once the list is up.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import browser, { t } from '../shared/browser';
import { newInterview, newInterviewer } from '../core/factories';
import { rememberUiState } from '../storage/session';
import { useAppData } from '../ui/useAppData';
import { Notice } from '../ui/Notice';
import { UndoNotice } from '../ui/Undo';
import { newId } from '../ui/ids';
import { lazyModule, useLazyModule } from '../ui/lazy';
import type { ComposeTab } from './compose';
import { InterviewList, interviewTitle } from './InterviewList';
import { firstView, LIST, validView, type View } from './view';
import { startReads, VIEW_KEY, type Startup } from './startup';
import { FIRST_RENDER_MARK } from './first-render';
import { putBack, type Removed } from '../core/removal';
import type { Interview } from '../core/model';
import { wantsNewInterview } from './new-interview-query';
import { savedFocusTarget, useScreenFocus, type FocusTarget } from './useScreenFocus';


const noteViewModule = lazyModule(() => import('./NoteView'));
const interviewFormModule = lazyModule(() => import('./InterviewForm'));

/** The remembered screen: not read yet, or read (possibly nothing). */
type Saved = { read: false } | { read: true; value: unknown };

function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** `start`: the first reads, when the page already started them (see main.tsx). */
export function Popup(props: { start?: Startup }) {
  const [start] = useState(() => props.start ?? startReads());
  const { loaded, saveError, update } = useAppData(start.data);
  /** The screen the user picked; until then the first screen is derived, so a late compose answer can still pick a note. */
  const [chosen, setChosen] = useState<View | null>(null);
  const [saved, setSaved] = useState<Saved>({ read: false });
  /** Where focus was when the popup last closed: put back if the popup reopens on that screen. */
  const [savedFocus, setSavedFocus] = useState<FocusTarget | null>(null);
  /** undefined until the webmail tab answers (or does not). */
  const [composeTab, setComposeTab] = useState<ComposeTab | null | undefined>(undefined);
  const [now, setNow] = useState(() => new Date());
  /** The interview just deleted, offered back on the list ("Deleted “Acme”. Undo") until the next screen. */
  const [deleted, setDeleted] = useState<Removed<Interview> | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  // Layout effect: the answers are taken as they come, not a frame after the first render.
  useLayoutEffect(() => {
    let live = true;
    void Promise.all([start.savedView, start.savedFocus]).then(([value, focus]) => {
      if (!live) return;
      setSavedFocus(savedFocusTarget(focus));
      setSaved({ read: true, value });
    });
    void start.composeTab.then((tab) => live && setComposeTab(tab));
    return () => {
      live = false;
    };
  }, [start]);

  useEffect(() => {
    // Hours left are shown to the hour: a minute tick keeps them honest while the popup stays open.
    const tick = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(tick);
  }, []);

  const go = (next: View, spot: FocusTarget['spot'] = 'heading') => {
    setDeleted(null);
    setChosen(next);
    setFocusTarget({ view: next, spot });
    void rememberUiState(VIEW_KEY, next);
  };

  /** The form is gone: the list offers the interview back, with focus on Undo and the list right after it. */
  const onDeleted = (removed: Removed<Interview>) => {
    setDeleted(removed);
    setFocusTarget({ view: LIST, spot: { kind: 'button', text: t('ui_undo'), index: 0 } });
  };

  /** Puts the deleted interview back where it was and returns to its form, where the user was. */
  const undoDelete = async () => {
    if (!deleted) return;
    const removed = deleted;
    const restored = await update((data) => {
      data.interviews = putBack(data.interviews, removed);
    });
    if (restored) go({ screen: 'edit', interviewId: removed.item.id });
  };

  const createInterview = async () => {
    const interview = newInterview(new Date(), newId(), localTimeZone());
    interview.interviewers.push(newInterviewer(newId()));
    const saved = await update((data) => void data.interviews.push(interview));
    // A new interview starts at its first field.
    if (saved) go({ screen: 'edit', interviewId: interview.id }, { kind: 'label', text: t('popup_field_company'), index: 0 });
  };

  const data = loaded?.data;
  const readOnly = loaded?.readOnly ?? false;
  const view = chosen ?? (data && saved.read ? firstView(saved.value, data, composeTab) : null);
  const current = data && view ? validView(view, data) ?? LIST : null;
  const interview = current && current.screen !== 'list' ? data?.interviews.find((i) => i.id === current.interviewId) : undefined;
  // Opened with ?new (the welcome page's "Capture your first interview"): start a new interview, once.
  const startNew = Boolean(data) && saved.read && !readOnly && wantsNewInterview(location.search);
  useEffect(() => {
    if (!startNew) return;
    history.replaceState(null, '', location.pathname);
    void createInterview();
  }, [startNew]);
  const setFocusTarget = useScreenFocus(current, useCallback(() => document.querySelector('main'), []));
  useEffect(() => {
    if (savedFocus) setFocusTarget(savedFocus);
  }, [savedFocus, setFocusTarget]);
  const form = useLazyModule(interviewFormModule, current?.screen === 'edit');
  const note = useLazyModule(noteViewModule, current?.screen === 'note');

  const shown = current !== null;
  // Layout effect: runs right after the first screen is in the DOM, before the browser paints it.
  useLayoutEffect(() => {
    if (shown) performance.mark(FIRST_RENDER_MARK);
  }, [shown]);
  useEffect(() => {
    if (!shown) return;
    // The other screens are one click away: fetch them now that the first one is up.
    const prefetch = setTimeout(() => {
      void interviewFormModule.load().catch(() => undefined);
      void noteViewModule.load().catch(() => undefined);
    }, 0);
    return () => clearTimeout(prefetch);
  }, [shown]);

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
            {current.screen === 'list' && (
              <UndoNotice
                message={deleted ? t('popup_interviewDeleted', interviewTitle(deleted.item)) : ''}
                onUndo={() => void undoDelete()}
                buttonRef={undoRef}
              />
            )}
            {current.screen === 'list' && (
              <InterviewList interviews={data.interviews} now={now} readOnly={readOnly} go={go} onNew={() => void createInterview()} />
            )}
            {current.screen === 'edit' && interview && !form && <p>{t('ui_loading')}</p>}
            {current.screen === 'edit' && interview && form && (
              <form.InterviewForm
                key={interview.id}
                interview={interview}
                profile={data.profile}
                readOnly={readOnly}
                update={update}
                go={go}
                onDeleted={onDeleted}
              />
            )}
            {current.screen === 'note' && interview && !note && <p>{t('ui_loading')}</p>}
            {current.screen === 'note' && interview && note && (
              <note.NoteView
                data={data}
                interview={interview}
                interviewer={interview.interviewers.find((p) => p.id === current.interviewerId)!}
                composeTab={composeTab ?? null}
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
