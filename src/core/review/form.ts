/** L1–L7 and L9: length, paragraphs, subject, placeholders, formatting, tone, sign-off. */
import { reviewMessages as m } from '../review-messages';
import { countWords } from '../text';
import type { Layout } from './layout';
import { coreRole, normalName } from './names';
import type { Findings, ReviewInput, RuleId, Severity } from './types';
import { SENSITIVE_TOPIC_RE } from '../sensitive';

const PLACEHOLDER_RES: RegExp[] = [
  /\[[^\]\n]{1,40}\]/g,
  /\{\{[^}\n]*\}\}/g,
  /\{[A-Za-z_ ]{1,30}\}/g,
  /<[A-Z][A-Z_ ]{1,30}>/g,
  /\bX{3,}\b/g,
  /\bTBD\b/g,
  /\b(?:Hi|Hello|Dear|Hey)\s+,/g,
  /\bundefined\b/g,
  /\bnull\b/g,
  /\bNaN\b/g,
];

const PLEADING_RE =
  /\b(please (?:hire|pick|choose|consider) me|any updates?\b|i really need (?:this|the) job|i'?m begging|desperate(?:ly)?|give me a chance)/gi;
// Emoji; ©, ® and ™ are pictographic too but belong in company names.
const EMOJI_RE = /(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}/gu;

function addAll(out: Findings, re: RegExp, text: string, rule: RuleId, severity: Severity, message: (found: string) => string): void {
  re.lastIndex = 0;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    out.add(rule, severity, message(match[0]), [match.index, match.index + match[0].length]);
  }
}

export function checkForm(input: ReviewInput, text: string, lay: Layout, out: Findings): void {
  // L1: length.
  const words = countWords(text);
  if (words > 250) out.add('L1', 'error', m.wayTooLong(words));
  else if (words > 200) out.add('L1', 'warning', m.tooLong(words));
  else if (words < 50) out.add('L1', 'warning', m.tooShort(words));
  else if (words < 90 || words > 180) out.add('L1', 'info', m.outsideTarget(words));

  // L2: at most three short paragraphs.
  if (lay.paragraphs.length > 3) out.add('L2', 'warning', m.tooManyParagraphs(lay.paragraphs.length));
  for (const p of lay.paragraphs) {
    if (countWords(p.text) > 100) out.add('L2', 'warning', m.longParagraph(), [p.start, p.end]);
  }

  // L3: subject.
  const subject = normalName(input.subject);
  const role = normalName(input.interview.role);
  const fullName = normalName(input.profile.fullName);
  if (!subject) {
    out.add('L3', 'error', m.subjectMissing());
  } else {
    if (subject.length > 60) out.add('L3', 'error', m.subjectTooLong(subject.length));
    if (!/thank/i.test(subject)) out.add('L3', 'error', m.subjectNoThanks());
    const lower = subject.toLowerCase();
    const core = coreRole(role).toLowerCase();
    const roleStart = core.split(' ').slice(0, 2).join(' ');
    const hasRole =
      role.length > 0 &&
      (lower.includes(role.toLowerCase()) || (core && lower.includes(core)) || (core.includes(' ') && lower.includes(roleStart)));
    const hasName = fullName.length > 0 && lower.includes(fullName.toLowerCase());
    if (!hasRole && !hasName) out.add('L3', 'error', m.subjectNoRole());
  }

  // L4: leftover placeholders, in the text and in the subject.
  for (const re of PLACEHOLDER_RES) {
    addAll(out, re, text, 'L4', 'error', m.placeholder);
    re.lastIndex = 0;
    const inSubject = re.exec(subject);
    if (inSubject) out.add('L4', 'error', m.placeholderInSubject(inSubject[0]));
    re.lastIndex = 0;
  }

  // L5: uniform formatting (only visible in HTML).
  if (input.html !== undefined && (/<font\b/i.test(input.html) || /style\s*=\s*["'][^"']*(font|color|background)/i.test(input.html))) {
    out.add('L5', 'warning', m.mixedFormatting());
  }

  // L6: no emoji, at most one "!", no "Hey".
  EMOJI_RE.lastIndex = 0;
  const emoji = EMOJI_RE.exec(text);
  if (emoji) out.add('L6', 'warning', m.emoji(), [emoji.index, emoji.index + emoji[0].length]);
  const bangs = [...text.matchAll(/!/g)];
  const second = bangs[1];
  if (second?.index !== undefined) out.add('L6', 'warning', m.exclamations(), [second.index, second.index + 1]);
  addAll(out, /\bhey\b/gi, text, 'L6', 'warning', m.hey);

  // L7: no salary talk, no pleading.
  addAll(out, SENSITIVE_TOPIC_RE, text, 'L7', 'warning', m.salary);
  addAll(out, PLEADING_RE, text, 'L7', 'warning', m.pleading);

  // L9: a sign-off with your full name.
  if (!fullName) out.add('L9', 'warning', m.profileNameMissing());
  else if (!lay.closing || !lay.closing.text.toLowerCase().includes(fullName.toLowerCase())) {
    out.add('L9', 'warning', m.signOffMissing(fullName));
  }
}
