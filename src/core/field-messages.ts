/** What the capture form says under a field the writer could not phrase as typed (texts in _locales). */
import { message } from './locale';

export const fieldIssueMessages = {
  informal: (words: string) => message('field_issue_informal', words),
  pronounMismatch: (words: string) => message('field_issue_pronounMismatch', words),
  unclear: () => message('field_issue_unclear'),
  tooLong: () => message('field_issue_tooLong'),
  leftOut: () => message('field_issue_leftOut'),
  sensitive: (words: string) => message('field_issue_sensitive', words),
  private: (words: string) => message('field_issue_private', words),
};
