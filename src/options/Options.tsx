import { t } from '../shared/browser';
import { useAppData } from '../ui/useAppData';
import { Notice } from '../ui/Notice';
import { ProfileSection } from './ProfileSection';
import { PreferencesSection } from './PreferencesSection';
import { ShortcutsSection } from './ShortcutsSection';
import { DataSection } from './DataSection';

export function Options() {
  const { loaded, saveError, update } = useAppData();
  return (
    <>
      <header class="page-header">
        <h1>{t('options_title')}</h1>
        <p class="muted">{t('options_privacy')}</p>
      </header>
      <main>
        {loaded === null ? (
          <p>{t('ui_loading')}</p>
        ) : (
          <>
            {loaded.problems.map((problem) => (
              <Notice key={problem} kind={loaded.readOnly ? 'warning' : 'info'}>
                {problem}
              </Notice>
            ))}
            {saveError && <Notice kind="error">{saveError}</Notice>}
            <ProfileSection profile={loaded.data.profile} readOnly={loaded.readOnly} update={update} />
            <PreferencesSection settings={loaded.data.settings} readOnly={loaded.readOnly} update={update} />
            <ShortcutsSection />
            <DataSection readOnly={loaded.readOnly} />
          </>
        )}
      </main>
    </>
  );
}
