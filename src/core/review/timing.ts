/** T1–T3 and H1: when to send, when to check in, a call nobody asked for, a handwritten card. */
import { addBusinessDays, deadlines, isDate, localDate, safeTimeZone, toMs } from '../deadlines';
import type { Interviewer } from '../model';
import { reviewMessages as m } from '../review-messages';
import type { Layout } from './layout';
import type { Findings, ReviewInput } from './types';

const CALL_RE =
  /\b(?:call|phone|ring)\b[^.?!\n]{0,60}\b(?:day or so|day or two|tomorrow|this week|next few days|couple of days|next week)\b|\b(?:day or so|day or two|tomorrow)\b[^.?!\n]{0,40}\b(?:call|phone|ring)\b/gi;

export function checkTiming(input: ReviewInput, interviewer: Interviewer, lay: Layout, out: Findings): void {
  const { interview } = input;
  const nowMs = toMs(input.now);
  const due = deadlines(interview, nowMs);

  // T1: within 24 hours.
  if (due.timingSeverity) out.add('T1', due.timingSeverity, due.timingMessage);

  // T2: when to check in.
  out.add('T2', 'info', m.checkIn(due.checkIns[0], due.checkIns[1]));

  // T3: a call promised that was not offered.
  const offerCall = input.offerCall ?? interviewer.offerCall;
  if (!offerCall) {
    CALL_RE.lastIndex = 0;
    const call = CALL_RE.exec(lay.body.text);
    if (call) out.add('T3', 'warning', m.uninvitedCall(), [lay.body.start + call.index, lay.body.start + call.index + call[0].length]);
  }

  // H1: suggest a handwritten card when the decision is a week or more away.
  const zone = safeTimeZone(interview.timeZone);
  const mailBy = addBusinessDays(localDate(nowMs, zone), 1);
  if (isDate(interview.decisionDate)) {
    const daysAway = (Date.parse(`${interview.decisionDate}T00:00:00Z`) - Date.parse(`${localDate(nowMs, zone)}T00:00:00Z`)) / 86_400_000;
    if (daysAway >= 7) out.add('H1', 'info', m.handwrittenCard(mailBy));
  } else {
    out.add('H1', 'info', m.handwrittenCardUnknownDate(mailBy));
  }
}
