/** C1–C7: what the note says about this company, this role and this conversation. */
import type { Interviewer } from '../model';
import { reviewMessages as m } from '../review-messages';
import { normalWords, sentences, shingleOverlap } from '../text';
import { findWord, layout, type Layout } from './layout';
import { coreRole, normalName } from './names';
import { NEAR_COPY_SHARE, type Findings, type ReviewInput } from './types';

const STOP_WORDS = new Set(
  'about after also from have into just more most much over some such than that their them then they this what when which while with will would your able been being both could each were where ours ourselves there these those very only other really through'.split(
    ' ',
  ),
);

const INTEREST_RE =
  /\b(interest|interested|excited|enthusias\w*|eager|keen|look forward|would love|welcome the (?:chance|opportunity)|hope to (?:join|contribute|work)|want to join|appeals? to me)\b/i;
const THANKS_RE = /\b(thank|thanks|grateful|gratitude|appreciate|appreciated)\b/i;
const PLAN_RE = /\b(i would|i'd|i will|i'll|i could|i can|my (?:plan|approach|first step|answer))\b/i;

const FIELD_KEYS = ['topics', 'looksFor', 'challenge', 'approach', 'personalDetail', 'promised'] as const;

/** What the user typed about an interviewer, one string per field that is filled in. */
export function fieldsOf(interviewer: Interviewer): string[] {
  return FIELD_KEYS.map((key) => normalName(interviewer[key])).filter(Boolean);
}

function contentWords(text: string, exclude: Set<string>): string[] {
  return [...new Set(normalWords(text))].filter((w) => w.length >= 4 && !STOP_WORDS.has(w) && !exclude.has(w));
}

/** True when enough of a field's distinctive words appear in the note (tolerates rewording). */
function mentions(words: Set<string>, field: string, exclude: Set<string>): boolean {
  const needed = contentWords(field, exclude);
  if (needed.length === 0) return false;
  const hits = needed.filter((w) => words.has(w)).length;
  return hits >= Math.min(2, needed.length) && hits * 2 >= Math.min(needed.length, 4);
}

export function checkContent(
  input: ReviewInput,
  text: string,
  lay: Layout,
  interviewer: Interviewer,
  others: Interviewer[],
  out: Findings,
): void {
  const { interview } = input;
  const company = normalName(interview.company);
  const role = normalName(interview.role);
  const name = normalName(interviewer.name);
  const lowerText = text.toLowerCase();
  const bodyWords = new Set(normalWords(lay.body.text));

  // C1: company named; no leftovers from other companies or other interviewers.
  if (company && !lowerText.includes(company.toLowerCase())) out.add('C1', 'error', m.companyMissing(company));
  const ownContext = [...fieldsOf(interviewer), interview.stress, role, company, name].join(' \n ').toLowerCase();
  const seenCompanies = new Set<string>([company.toLowerCase()]);
  for (const other of input.otherInterviews ?? []) {
    const otherCompany = normalName(other.company);
    const key = otherCompany.toLowerCase();
    if (other.id === interview.id || !otherCompany || seenCompanies.has(key) || ownContext.includes(key)) continue;
    seenCompanies.add(key);
    for (const range of findWord(text, otherCompany)) out.add('C1', 'error', m.otherCompany(otherCompany), range);
  }
  const ownNameParts = new Set(name.split(' '));
  // Leftovers are looked for above the sign-off: your own name there may equal another interviewer's.
  const aboveSignOff = text.slice(0, lay.closing ? lay.closing.start : text.length);
  const yourName = normalName(input.profile.fullName);
  for (const other of others) {
    const otherName = normalName(other.name);
    if (!otherName || otherName === yourName) continue;
    const full = findWord(aboveSignOff, otherName, true);
    for (const range of full) out.add('C1', 'error', m.otherInterviewerName(otherName), range);
    const firstName = otherName.split(' ')[0] ?? '';
    if (full.length === 0 && firstName.length >= 3 && !ownNameParts.has(firstName) && !ownContext.includes(firstName.toLowerCase())) {
      for (const range of findWord(aboveSignOff, firstName, true)) {
        out.add('C1', 'warning', m.otherInterviewerFirstName(firstName, otherName), range);
      }
    }
    for (const detail of fieldsOf(other)) {
      const key = detail.toLowerCase().replace(/[\s.,;:]+$/, '');
      if (key.length < 12 || ownContext.includes(key)) continue;
      const at = lowerText.indexOf(key);
      if (at >= 0) out.add('C1', 'error', m.otherInterviewerDetail(otherName || 'another interviewer'), [at, at + key.length]);
    }
  }

  // C2: the role is named (its main part is enough).
  if (role) {
    const core = coreRole(role).toLowerCase();
    if (!lowerText.includes(role.toLowerCase()) && !(core && lowerText.includes(core))) out.add('C2', 'warning', m.roleMissing(role));
  }

  // C3: something specific from this conversation.
  const exclude = new Set([...normalWords(company), ...normalWords(role), ...normalWords(name)]);
  const specifics = [interviewer.topics, interviewer.looksFor, interviewer.challenge, interviewer.personalDetail, interviewer.promised]
    .map(normalName)
    .filter((f) => contentWords(f, exclude).length > 0);
  if (specifics.length === 0) {
    out.add('C3', 'warning', m.nothingCaptured(name || 'this interviewer'));
  } else if (!specifics.some((f) => mentions(bodyWords, f, exclude))) {
    out.add('C3', 'error', m.nothingSpecific(name || 'this interviewer'));
  }

  // C4: the challenge is named, with what you would do about it.
  const challenge = normalName(interviewer.challenge);
  if (challenge && contentWords(challenge, exclude).length > 0) {
    if (!mentions(bodyWords, challenge, exclude)) out.add('C4', 'warning', m.challengeMissing(challenge));
    else if (!PLAN_RE.test(lay.body.text)) out.add('C4', 'warning', m.challengeWithoutPlan());
  }

  // C5: thanks within the first two sentences after the greeting.
  const firstTwo = sentences(lay.body.text).slice(0, 2).map((s) => s.text).join(' ');
  if (!THANKS_RE.test(firstTwo)) out.add('C5', 'warning', m.thanksLate());

  // C6: interest reaffirmed.
  if (!INTEREST_RE.test(lay.body.text)) out.add('C6', 'warning', m.interestMissing());

  // C7: not a near copy of another note of this interview (greeting and sign-off aside).
  for (const other of input.otherNotes ?? []) {
    const otherBody = layout(other, input.profile).body.text;
    const share = shingleOverlap(lay.body.text, otherBody);
    if (share > NEAR_COPY_SHARE) {
      out.add('C7', 'error', m.nearCopy(Math.round(share * 100)));
      break;
    }
  }
}
