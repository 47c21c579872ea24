/**
 * The user's name, sign-off (and, on the options page, phone): autosaved as
 * typed. Shared by the welcome page, which asks for the two things every note
 * needs, and the options page. The stored profile also holds an email address
 * from earlier versions; no note uses it, so no page asks for it, and saving
 * keeps whatever is stored.
 */
import { t } from '../shared/browser';
import type { AppData, Profile } from '../core/model';
import { TextField } from './Field';
import { useAutosavedCopy } from './useAutosavedCopy';

interface Props {
  profile: Profile;
  readOnly: boolean;
  update: (change: (data: AppData) => void) => Promise<AppData | null>;
  /** The options page also asks for a phone number for the signature. */
  withPhone?: boolean;
  /** Told every change as typed (before it is saved). */
  onChange?: (profile: Profile) => void;
}

export function ProfileFields({ profile, readOnly, update, withPhone = false, onChange }: Props) {
  const [value, setValue] = useAutosavedCopy(
    profile,
    (next) =>
      update((data) => {
        data.profile = next;
      }),
    'profile',
  );
  const field = (key: keyof Profile) => (text: string) => {
    const next = { ...value, [key]: text };
    setValue(next);
    onChange?.(next);
  };
  return (
    <>
      <TextField label={t('options_fullName')} value={value.fullName} onInput={field('fullName')} autoComplete="name" disabled={readOnly} />
      {withPhone && (
        <TextField label={t('options_phone')} type="tel" value={value.phone} onInput={field('phone')} autoComplete="tel" hint={t('options_phoneHint')} disabled={readOnly} />
      )}
      <TextField label={t('options_signOff')} value={value.signOff} onInput={field('signOff')} hint={t('options_signOffHint')} disabled={readOnly} />
    </>
  );
}
