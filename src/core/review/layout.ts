/** Where the greeting, body, sign-off and paragraphs of a note are. */
import type { Profile } from '../model';
import { countWords } from '../text';
import { normalName } from './names';
import { SALUTATION_RE, SIGN_OFF_RE } from '../salutations';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface Layout {
  greeting: TextSpan | null;
  body: TextSpan;
  closing: TextSpan | null;
  paragraphs: TextSpan[];
}

const GREETING_RE = new RegExp(`${SALUTATION_RE.source}[^\\n,]{0,80},?`, 'i');

/** Splits the note into greeting line, body and sign-off block. */
export function layout(text: string, profile: Profile): Layout {
  const lines: TextSpan[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: offset, end: offset + line.length, text: line });
    offset += line.length + 1;
  }
  const filled = lines.filter((l) => l.text.trim().length > 0);

  let greeting: Layout['greeting'] = null;
  const first = filled[0];
  if (first) {
    const lead = first.text.length - first.text.trimStart().length;
    const trimmed = first.text.trim();
    const match = GREETING_RE.exec(trimmed);
    if (match) {
      greeting = { start: first.start + lead, end: first.start + lead + match[0].length, text: match[0] };
    } else if (trimmed.endsWith(',') && countWords(trimmed) <= 6) {
      greeting = { start: first.start + lead, end: first.start + lead + trimmed.length, text: trimmed };
    }
  }

  let closing: Layout['closing'] = null;
  const ownSignOff = normalName(profile.signOff).toLowerCase().replace(/[,.!]$/, '');
  for (let i = filled.length - 1; i >= Math.max(1, filled.length - 5); i -= 1) {
    const line = filled[i];
    if (!line) continue;
    const trimmed = line.text.trim();
    const lower = trimmed.toLowerCase().replace(/[,.!]$/, '');
    const looksLikeSignOff =
      (SIGN_OFF_RE.test(trimmed) && trimmed.length <= 40 && (trimmed.endsWith(',') || countWords(trimmed) <= 3)) ||
      (ownSignOff.length > 0 && lower === ownSignOff);
    if (looksLikeSignOff) {
      closing = { start: line.start, end: text.length, text: text.slice(line.start) };
      break;
    }
  }
  if (!closing && profile.fullName.trim()) {
    const last = filled[filled.length - 1];
    if (last && last.text.includes(normalName(profile.fullName)) && countWords(last.text) <= 6) {
      closing = { start: last.start, end: text.length, text: text.slice(last.start) };
    }
  }

  const bodyStart = greeting ? greeting.end : 0;
  const bodyEnd = closing && closing.start >= bodyStart ? closing.start : text.length;
  const bodyText = text.slice(bodyStart, bodyEnd);
  const paragraphs: Layout['paragraphs'] = [];
  const re = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let match = re.exec(bodyText); match; match = re.exec(bodyText)) {
    paragraphs.push({ start: bodyStart + match.index, end: bodyStart + match.index + match[0].length, text: match[0] });
  }
  return { greeting, body: { start: bodyStart, end: bodyEnd, text: bodyText }, closing, paragraphs };
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
}

/** Every occurrence of `needle` in `text` as a whole word (case-insensitive unless told). */
export function findWord(text: string, needle: string, caseSensitive = false): [number, number][] {
  const result: [number, number][] = [];
  if (!needle) return result;
  const hay = caseSensitive ? text : text.toLowerCase();
  const pin = caseSensitive ? needle : needle.toLowerCase();
  for (let i = hay.indexOf(pin); i >= 0; i = hay.indexOf(pin, i + 1)) {
    if (!isWordChar(hay[i - 1]) && !isWordChar(hay[i + pin.length])) result.push([i, i + pin.length]);
  }
  return result;
}
