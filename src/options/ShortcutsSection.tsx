/**
 * The keyboard shortcuts as the browser reports them. Chrome and Edge only let
 * the user change them on their own shortcuts page; Firefox lets the extension
 * set them (commands.update), so there each gets an input.
 */
import { useEffect, useState } from 'preact/hooks';
import browser, { t } from '../shared/browser';
import { TextField } from '../ui/Field';
import { Notice } from '../ui/Notice';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

type CommandsApi = {
  getAll: () => Promise<Command[]>;
  update?: (detail: { name: string; shortcut: string }) => Promise<void>;
};

function commandsApi(): CommandsApi {
  return browser.commands as unknown as CommandsApi;
}

function describe(command: Command): string {
  if (command.name === '_execute_action') return t('options_shortcutOpenPopup');
  return command.description || command.name || '';
}

export function ShortcutsSection() {
  const [commands, setCommands] = useState<Command[] | null>(null);
  const canUpdate = typeof commandsApi().update === 'function';

  const refresh = () =>
    commandsApi()
      .getAll()
      .then(setCommands)
      .catch(() => setCommands([]));
  useEffect(() => {
    void refresh();
  }, []);

  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('options_shortcutsHeading')}</h2>
      {commands === null ? (
        <p>{t('ui_loading')}</p>
      ) : (
        <ul class="shortcuts">
          {commands.map((command) => (
            <li key={command.name}>
              <span>{describe(command)}</span>: <kbd>{command.shortcut || t('options_shortcutNone')}</kbd>
              {canUpdate && command.name && (
                <ShortcutEditor name={command.name} label={describe(command)} current={command.shortcut ?? ''} onSaved={refresh} />
              )}
            </li>
          ))}
        </ul>
      )}
      {!canUpdate && (
        <div class="actions">
          <button type="button" onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}>
            {t('options_changeShortcuts')}
          </button>
        </div>
      )}
    </section>
  );
}

function ShortcutEditor(props: { name: string; label: string; current: string; onSaved: () => void }) {
  const [value, setValue] = useState(props.current);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await commandsApi().update?.({ name: props.name, shortcut: value.trim() });
      setMessage({ kind: 'ok', text: t('options_shortcutSaved') });
      props.onSaved();
    } catch (error) {
      setMessage({ kind: 'error', text: t('options_shortcutInvalid', error instanceof Error ? error.message : String(error)) });
    }
  };
  return (
    <form class="shortcut-editor" onSubmit={save}>
      <TextField label={t('options_shortcutFor', props.label)} value={value} onInput={setValue} hint={t('options_shortcutHint')} />
      <button type="submit">{t('options_shortcutSave')}</button>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </form>
  );
}
