/**
 * The first run: what the extension does, the name and sign-off every note
 * needs, and the way to the first capture. The popup cannot be opened by a
 * page in every browser, so the page says where its toolbar button is, and
 * "Capture your first interview" opens the same capture form here, in the tab.
 * Everything else stays on the options page.
 */
import { useEffect, useState } from 'preact/hooks';
import browser, { t } from '../shared/browser';
import type { Profile } from '../core/model';
import { useAppData } from '../ui/useAppData';
import { Notice } from '../ui/Notice';
import { ProfileFields } from '../ui/ProfileFields';
import { NEW_INTERVIEW_QUERY } from '../popup/new-interview-query';

/** The popup page, opened in this tab on a new interview. */
export function captureUrl(): string {
  return browser.runtime.getURL(`src/popup/index.html?${NEW_INTERVIEW_QUERY}`);
}

/** The shortcut that opens the popup, '' when none is set. */
function usePopupShortcut(): string {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === '_execute_action')?.shortcut ?? ''))
      .catch(() => undefined);
  }, []);
  return shortcut;
}

export function Welcome() {
  const { loaded, saveError, update } = useAppData();
  const shortcut = usePopupShortcut();
  const [askName, setAskName] = useState(false);
  /** The profile as typed: the stored one follows a moment later (autosave). */
  const [typed, setTyped] = useState<Profile | null>(null);
  const named = (typed ?? loaded?.data.profile)?.fullName.trim();

  const capture = async () => {
    if (!named) {
      setAskName(true);
      document.getElementById('welcome-profile')?.querySelector('input')?.focus();
      return;
    }
    // Stored before the page goes: an autosave still waiting would be lost with it.
    if (typed && !(await update((data) => void (data.profile = typed)))) return;
    location.assign(captureUrl());
  };

  return (
    <>
      <header class="page-header">
        <h1>{t('welcome_title')}</h1>
        <p>{t('welcome_what')}</p>
      </header>
      <main>
        {loaded === null ? (
          <p>{t('ui_loading')}</p>
        ) : (
          <>
            {saveError && <Notice kind="error">{saveError}</Notice>}
            <section aria-labelledby="welcome-profile-heading" id="welcome-profile">
              <h2 id="welcome-profile-heading">{t('welcome_profileHeading')}</h2>
              <p class="muted">{t('welcome_profileIntro')}</p>
              <ProfileFields
                profile={loaded.data.profile}
                readOnly={loaded.readOnly}
                update={update}
                onChange={setTyped}
              />
            </section>
            <section aria-labelledby="welcome-capture-heading">
              <h2 id="welcome-capture-heading">{t('welcome_captureHeading')}</h2>
              <p>{shortcut ? t('welcome_captureIntro', shortcut) : t('welcome_captureIntroNoKey')}</p>
              {askName && !named && <Notice kind="warning">{t('welcome_needName')}</Notice>}
              <div class="actions">
                <button type="button" class="primary" aria-describedby="welcome-capture-hint" onClick={() => void capture()}>
                  {t('welcome_capture')}
                </button>
              </div>
              <p id="welcome-capture-hint" class="hint">
                {t('welcome_captureHint')}
              </p>
            </section>
            <p>
              {t('welcome_settings')}{' '}
              <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
                {t('welcome_settingsLink')}
              </button>
            </p>
          </>
        )}
      </main>
    </>
  );
}
