/** The popup's question "is a compose open here, and to whom?" (loaded when asked). */
import type { ComposeQueryReply } from '../shared/replies';
import { focusedEditable } from '../mail/fallback';
import { toField } from '../mail/to-field';
import { activeRecord, type ContentContext } from './context';

export function queryCompose(ctx: ContentContext): ComposeQueryReply {
  const record = activeRecord(ctx);
  const editable = record ? null : focusedEditable(document);
  return {
    open: record !== null || editable !== null,
    webmail: ctx.adapter.name,
    recipients: record ? toField(record.compose).recipients() : [],
  };
}
