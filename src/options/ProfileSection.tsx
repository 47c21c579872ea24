import { t } from '../shared/browser';
import type { AppData, Profile } from '../core/model';
import { TextField } from '../ui/Field';
import { useAutosavedCopy } from '../ui/useAutosavedCopy';

interface Props {
  profile: Profile;
  readOnly: boolean;
  update: (change: (data: AppData) => void) => Promise<AppData | null>;
}

export function ProfileSection({ profile, readOnly, update }: Props) {
  const [value, setValue] = useAutosavedCopy(
    profile,
    (next) =>
      update((data) => {
        data.profile = next;
      }),
    'profile',
  );
  const field = (key: keyof Profile) => (text: string) => setValue({ ...value, [key]: text });
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('options_profileHeading')}</h2>
      <p class="muted">{t('options_profileIntro')}</p>
      <TextField label={t('options_fullName')} value={value.fullName} onInput={field('fullName')} autoComplete="name" disabled={readOnly} />
      <TextField label={t('options_email')} type="email" value={value.email} onInput={field('email')} autoComplete="email" disabled={readOnly} />
      <TextField label={t('options_phone')} type="tel" value={value.phone} onInput={field('phone')} autoComplete="tel" hint={t('options_phoneHint')} disabled={readOnly} />
      <TextField label={t('options_signOff')} value={value.signOff} onInput={field('signOff')} hint={t('options_signOffHint')} disabled={readOnly} />
    </section>
  );
}
