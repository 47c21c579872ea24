import { t } from '../shared/browser';
import type { AppData, Profile } from '../core/model';
import { ProfileFields } from '../ui/ProfileFields';

interface Props {
  profile: Profile;
  readOnly: boolean;
  update: (change: (data: AppData) => void) => Promise<AppData | null>;
}

export function ProfileSection(props: Props) {
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('options_profileHeading')}</h2>
      <p class="muted">{t('options_profileIntro')}</p>
      <ProfileFields {...props} withPhone />
    </section>
  );
}
