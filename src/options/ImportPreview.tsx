/**
 * What an import would do, shown before anything changes: interviews to be
 * added, and for every conflict a choice between what is stored and the file.
 * "Keep mine" is preselected, so nothing is overwritten unless asked.
 */
import { t } from '../shared/browser';
import type { Interview } from '../core/model';
import { planChangesSomething, type ImportChoices, type ImportPlan } from '../storage';

interface Props {
  plan: ImportPlan;
  choices: ImportChoices;
  onChoices: (choices: ImportChoices) => void;
  onApply: () => void;
  onCancel: () => void;
}

function title(interview: Interview): string {
  const parts = [interview.company, interview.role].filter(Boolean);
  return parts.length > 0 ? parts.join(' — ') : t('ui_untitledInterview');
}

function KeepOrReplace(props: { legend: string; name: string; replace: boolean; onChange: (replace: boolean) => void }) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <label class="check">
        <input type="radio" name={props.name} checked={!props.replace} onChange={() => props.onChange(false)} />
        {t('options_importKeepMine')}
      </label>
      <label class="check">
        <input type="radio" name={props.name} checked={props.replace} onChange={() => props.onChange(true)} />
        {t('options_importUseFile')}
      </label>
    </fieldset>
  );
}

export function ImportPreview({ plan, choices, onChoices, onApply, onCancel }: Props) {
  const changes = planChangesSomething(plan);
  const toggleInterview = (id: string, replace: boolean) =>
    onChoices({
      ...choices,
      replaceInterviews: replace
        ? [...choices.replaceInterviews.filter((x) => x !== id), id]
        : choices.replaceInterviews.filter((x) => x !== id),
    });
  return (
    <section aria-labelledby="import-preview-heading" class="import-preview">
      <h3 id="import-preview-heading">{t('options_importPreviewHeading')}</h3>
      {!changes && <p>{t('options_importNothing')}</p>}
      {plan.added.length > 0 && (
        <>
          <p>{t('options_importAdded', String(plan.added.length))}</p>
          <ul>
            {plan.added.map((interview) => (
              <li key={interview.id}>{title(interview)}</li>
            ))}
          </ul>
        </>
      )}
      {plan.unchanged > 0 && <p class="muted">{t('options_importUnchanged', String(plan.unchanged))}</p>}
      {plan.profile === 'fill' && <p>{t('options_importProfileFill')}</p>}
      {plan.settings === 'fill' && <p>{t('options_importSettingsFill')}</p>}
      {(plan.changed.length > 0 || plan.profile === 'conflict' || plan.settings === 'conflict') && (
        <p>{t('options_importConflictsIntro')}</p>
      )}
      {plan.changed.map(({ current }) => (
        <KeepOrReplace
          key={current.id}
          legend={t('options_importConflictInterview', title(current))}
          name={`conflict-${current.id}`}
          replace={choices.replaceInterviews.includes(current.id)}
          onChange={(replace) => toggleInterview(current.id, replace)}
        />
      ))}
      {plan.profile === 'conflict' && (
        <KeepOrReplace
          legend={t('options_importConflictProfile')}
          name="conflict-profile"
          replace={choices.replaceProfile}
          onChange={(replaceProfile) => onChoices({ ...choices, replaceProfile })}
        />
      )}
      {plan.settings === 'conflict' && (
        <KeepOrReplace
          legend={t('options_importConflictSettings')}
          name="conflict-settings"
          replace={choices.replaceSettings}
          onChange={(replaceSettings) => onChoices({ ...choices, replaceSettings })}
        />
      )}
      <div class="actions">
        {changes && (
          <button type="button" class="primary" onClick={onApply}>
            {t('options_importApply')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {changes ? t('ui_cancel') : t('ui_close')}
        </button>
      </div>
    </section>
  );
}
