/**
 * The service worker (an event page in Firefox). It keeps no state of its own:
 * everything is derived from storage, so the browser may stop it at any time.
 * Every listener is registered synchronously at start, as MV3 requires.
 */
import { registerCommands, runCommand } from './commands';
import { registerInstall } from './install';
import { registerNoteHandlers } from './notes';
import { fireReminder, registerReminders, syncReminders } from './reminders';

registerInstall();
registerNoteHandlers();
registerCommands();
registerReminders();

// The same entry points the browser's events use, for end-to-end tests and
// debugging from the extension's own console (web pages cannot reach them).
(globalThis as { thankYouNote?: unknown }).thankYouNote = { runCommand, syncReminders, fireReminder };
