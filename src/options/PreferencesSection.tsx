import { t } from '../shared/browser';
import { TONES, type AppData, type Settings, type Tone, type Webmail } from '../core/model';
import { Checkbox, SelectField, TextField } from '../ui/Field';
import { useAutosavedCopy } from '../ui/useAutosavedCopy';
import { toneLabel } from '../ui/labels';

interface Props {
  settings: Settings;
  readOnly: boolean;
  update: (change: (data: AppData) => void) => Promise<AppData | null>;
}

export function PreferencesSection({ settings, readOnly, update }: Props) {
  const [value, setValue] = useAutosavedCopy(settings, (next) =>
    update((data) => {
      data.settings = next;
    }),
  );
  const reminders = value.reminders;
  return (
    <section aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">{t('options_preferencesHeading')}</h2>
      <SelectField<Tone>
        label={t('options_defaultTone')}
        value={value.defaultTone}
        options={TONES.map((tone) => ({ value: tone, label: toneLabel(tone) }))}
        onChange={(defaultTone) => setValue({ ...value, defaultTone })}
        disabled={readOnly}
      />
      <SelectField<Webmail>
        label={t('options_webmail')}
        value={value.webmail}
        options={[
          { value: 'gmail', label: t('options_webmailGmail') },
          { value: 'outlook', label: t('options_webmailOutlook') },
        ]}
        onChange={(webmail) => setValue({ ...value, webmail })}
        disabled={readOnly}
      />
      <fieldset>
        <legend>{t('options_remindersHeading')}</legend>
        <Checkbox
          label={t('options_remindersEnabled')}
          checked={reminders.enabled}
          onChange={(enabled) => setValue({ ...value, reminders: { ...reminders, enabled } })}
          disabled={readOnly}
        />
        <p class="muted">{t('options_quietHoursIntro')}</p>
        <div class="row">
          <TextField
            label={t('options_quietStart')}
            type="time"
            value={reminders.quietStart}
            onInput={(quietStart) => setValue({ ...value, reminders: { ...reminders, quietStart } })}
            disabled={readOnly || !reminders.enabled}
          />
          <TextField
            label={t('options_quietEnd')}
            type="time"
            value={reminders.quietEnd}
            onInput={(quietEnd) => setValue({ ...value, reminders: { ...reminders, quietEnd } })}
            disabled={readOnly || !reminders.enabled}
          />
        </div>
      </fieldset>
    </section>
  );
}
