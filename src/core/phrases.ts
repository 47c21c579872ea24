/**
 * The sentences the draft writer chooses from. Every slot has six variants so
 * that interviewers 1..6 of one interview each get a different opening,
 * transition and closing (note-rules C7); the writer picks variant
 * `index % 6`, which keeps the output deterministic.
 *
 * Fields typed by the user are short phrases (see docs/data-format.md):
 * topics, looksFor, challenge, personalDetail, promised and stress are noun
 * phrases; approach is a verb phrase ("start with ...").
 */
import type { Tone } from './model';

export interface PhraseContext {
  name: string;
  company: string;
  /** "the Data Engineer role at Acme" (or without company / role when missing). */
  rolePhrase: string;
  /** " at Acme", or '' when the company is not known. */
  atCompany: string;
  /** "Acme", or "your team" when the company is not known. */
  companyOrTeam: string;
  topics: string;
  looksFor: string;
  challenge: string;
  approach: string;
  detail: string;
  promised: string;
  stress: string;
}

type Phrase = (c: PhraseContext) => string;
type ByTone = Record<Tone, readonly Phrase[]>;

export const GREETING: Record<Tone, (name: string) => string> = {
  warm: (name) => (name ? `Hi ${name},` : 'Hello,'),
  formal: (name) => (name ? `Dear ${name},` : 'Dear Sir or Madam,'),
  concise: (name) => (name ? `Hello ${name},` : 'Hello,'),
};

/** Always the first sentence: thanks and the role (C2, C5). */
export const THANKS: ByTone = {
  warm: [
    (c) => `Thank you so much for taking the time to talk with me about ${c.rolePhrase}.`,
    (c) => `Thanks again for meeting with me about ${c.rolePhrase}; I really enjoyed it.`,
    (c) => `I wanted to say thank you for our conversation about ${c.rolePhrase}.`,
    (c) => `Thank you for a great conversation about ${c.rolePhrase} and for your time.`,
    (c) => `Many thanks for making time to speak with me about ${c.rolePhrase}.`,
    (c) => `It was a pleasure to talk with you about ${c.rolePhrase}, and I am grateful for your time.`,
  ],
  formal: [
    (c) => `Thank you for taking the time to meet with me regarding ${c.rolePhrase}.`,
    (c) => `I am writing to thank you for interviewing me for ${c.rolePhrase}.`,
    (c) => `Thank you for the opportunity to discuss ${c.rolePhrase} with you.`,
    (c) => `Please accept my thanks for meeting with me about ${c.rolePhrase}.`,
    (c) => `I sincerely appreciate the time you took to discuss ${c.rolePhrase} with me.`,
    (c) => `Thank you for the time you gave me to discuss ${c.rolePhrase}.`,
  ],
  concise: [
    (c) => `Thank you for meeting with me about ${c.rolePhrase}.`,
    (c) => `Thanks for your time discussing ${c.rolePhrase}.`,
    (c) => `Thank you for interviewing me for ${c.rolePhrase}.`,
    (c) => `I appreciate you taking the time to discuss ${c.rolePhrase}.`,
    (c) => `Thank you for talking with me about ${c.rolePhrase}.`,
    (c) => `Many thanks for our conversation about ${c.rolePhrase}.`,
  ],
};

export const TOPICS: readonly Phrase[] = [
  (c) => `I especially enjoyed our conversation about ${c.topics}.`,
  (c) => `Our discussion of ${c.topics} has stayed with me since.`,
  (c) => `Hearing your perspective on ${c.topics} was a highlight of my day.`,
  (c) => `I found our exchange about ${c.topics} genuinely useful.`,
  (c) => `Talking through ${c.topics} with you gave me a much clearer picture of the work.`,
  (c) => `I keep coming back to what you said about ${c.topics}.`,
];

/** When no topic was noted: a natural sentence that invents nothing. */
export const GENERIC_CALLBACK: readonly Phrase[] = [
  (c) => `I enjoyed learning more about the team and the work ahead${c.atCompany}.`,
  () => `Our conversation gave me a clearer picture of the team and what the role involves.`,
  () => `I appreciated hearing how you see the team and the work ahead of it.`,
  () => `It was helpful to hear more about the team and how the role fits into it.`,
  () => `Learning about the work from your point of view was very helpful.`,
  () => `I came away with a much better sense of the team and the role.`,
];

/** Tough-interview mode: what you learned (founding article, rule 5). */
export const LEARNED_TOPICS: readonly Phrase[] = [
  (c) => `I learned a lot from our conversation about ${c.topics}.`,
  (c) => `Our discussion of ${c.topics} taught me a great deal about the role.`,
  (c) => `I came away knowing much more about ${c.topics} than I did before.`,
  (c) => `Talking about ${c.topics} with you showed me where I can still grow.`,
  (c) => `I have been reflecting on what I learned from you about ${c.topics}.`,
  (c) => `What you shared about ${c.topics} taught me something useful.`,
];

export const LEARNED_GENERIC: readonly Phrase[] = [
  () => `I learned a lot from our conversation about what the role really involves.`,
  () => `Our conversation taught me a great deal about how the team works.`,
  () => `I came away knowing much more about the role than I did before.`,
  () => `Our conversation showed me where I can still grow for this role.`,
  () => `I have been reflecting on what I learned from you about the team.`,
  (c) => `What you shared about the work${c.atCompany} taught me something useful.`,
];

export const DETAIL: readonly Phrase[] = [
  (c) => `I also enjoyed our chat about ${c.detail}.`,
  (c) => `It was a nice surprise to talk about ${c.detail} as well.`,
  (c) => `I appreciated our brief exchange about ${c.detail}, too.`,
  (c) => `Our conversation about ${c.detail} was a welcome moment in a busy day.`,
  (c) => `I was glad we found a few minutes for ${c.detail}.`,
  (c) => `I also liked hearing about ${c.detail}.`,
];

export const LOOKS_FOR: readonly Phrase[] = [
  (c) => `You mentioned that you look for ${c.looksFor}, and that is where I can help most.`,
  (c) => `When you said you value ${c.looksFor}, I recognised much of my own work.`,
  (c) => `You told me the team needs ${c.looksFor}; that matches what I have done so far.`,
  (c) => `I took note that you look for ${c.looksFor}, and I believe I bring exactly that.`,
  (c) => `Knowing that you value ${c.looksFor} makes me even more confident in my fit.`,
  (c) => `Your point that the role calls for ${c.looksFor} resonated with me.`,
];

export const STRESS: readonly Phrase[] = [
  (c) => `I am confident that ${c.stress} will help me contribute from the start.`,
  (c) => `I believe ${c.stress} would let me add value quickly.`,
  (c) => `I would bring ${c.stress} to the team.`,
  (c) => `My background, including ${c.stress}, fits these needs well.`,
  (c) => `I see ${c.stress} as the most useful thing I can offer the team.`,
  (c) => `With ${c.stress}, I am ready to take on this work.`,
];

/** Tough-interview mode: introduces your further thoughts on the challenge. */
export const TOUGH_INTRO: readonly Phrase[] = [
  () => `Having thought further about our conversation, I wanted to share how I would handle the role's challenges.`,
  () => `Since we spoke, I have given more thought to how I would approach the work.`,
  () => `I would like to add a few thoughts I did not fully express in the interview.`,
  () => `On reflection, I want to give you a clearer answer on how I would handle the job's challenges.`,
  () => `After our meeting I kept thinking about how I would tackle the role's challenges.`,
  () => `I have spent some time since our interview thinking about how I would take on this work.`,
];

export const CHALLENGE: readonly Phrase[] = [
  (c) => `You named ${c.challenge} as the biggest challenge for this role.`,
  (c) => `I have been thinking about ${c.challenge}, which you called the toughest part of the job.`,
  (c) => `You were candid that the biggest hurdle right now is ${c.challenge}.`,
  (c) => `I understand that the main challenge facing the team is ${c.challenge}.`,
  (c) => `You pointed to ${c.challenge} as the hardest problem in the role.`,
  (c) => `Since we spoke, I have reflected on ${c.challenge}, the challenge you highlighted.`,
];

export const APPROACH: readonly Phrase[] = [
  (c) => `My approach would be to ${c.approach}, which I am confident would deliver the results you want.`,
  (c) => `To meet it, I would ${c.approach}.`,
  (c) => `I would ${c.approach}, and I am confident that would deliver the results you need.`,
  (c) => `My first step would be to ${c.approach}.`,
  (c) => `I am confident I can overcome it; I would ${c.approach}.`,
  (c) => `My answer would be to ${c.approach}, with results you can measure.`,
];

/** A challenge was noted but no approach: say you would meet it, invent no specifics. */
export const NO_APPROACH: readonly Phrase[] = [
  () => `I am confident I can help the team overcome it and deliver the results you want.`,
  () => `It is exactly the kind of problem I enjoy, and I would welcome the chance to take it on.`,
  () => `I would be glad to bring my experience to bear on it.`,
  () => `I am confident I could help you meet it.`,
  () => `I would enjoy tackling it, and it is a large part of why this role appeals to me.`,
  () => `I would welcome the chance to help solve it with your team.`,
];

/** An approach without a named challenge. */
export const APPROACH_ONLY: readonly Phrase[] = [
  (c) => `In the role, I would ${c.approach}.`,
  (c) => `If I join, my first step would be to ${c.approach}.`,
  (c) => `Starting out, I would ${c.approach}.`,
  (c) => `Early on, I would ${c.approach}.`,
  (c) => `My plan would be to ${c.approach}.`,
  (c) => `Given the chance, I would ${c.approach}.`,
];

export const PROMISED: readonly Phrase[] = [
  (c) => `As promised, I will send you ${c.promised}.`,
  (c) => `I will follow up with ${c.promised}, as I promised.`,
  (c) => `As I mentioned, I will share ${c.promised} with you shortly.`,
  (c) => `You can expect ${c.promised} from me soon, as promised.`,
  (c) => `As we agreed, I will send ${c.promised} separately.`,
  (c) => `I will also send ${c.promised}, as we discussed.`,
];

/** The optional follow-up-call line (founding article, rule 5). */
export const CALL: readonly Phrase[] = [
  () => `If it would help, I would be glad to call in a day or so with a few follow-up questions.`,
  () => `I would welcome a short call in the next day or so to follow up on a few questions.`,
  () => `With your permission, I will call in a day or two with a couple of follow-up questions.`,
  () => `I have a few follow-up questions and would welcome a short call in a day or so.`,
  () => `I would appreciate the chance to call you in a day or so with some follow-up questions.`,
  () => `If you are open to it, I would like to call in a day or so to ask a few follow-up questions.`,
];

export const INTEREST: ByTone = {
  warm: [
    (c) => `I am very excited about the chance to join ${c.companyOrTeam}.`,
    () => `Our conversation made me even more enthusiastic about the role.`,
    () => `I would love to bring my energy to your team.`,
    (c) => `I am more interested than ever in joining the team${c.atCompany}.`,
    (c) => `I left our conversation even more eager to contribute${c.atCompany}.`,
    () => `I am genuinely keen to be part of what you are building.`,
  ],
  formal: [
    (c) => `I remain very interested in the position and in contributing to ${c.companyOrTeam}.`,
    () => `Our conversation has strengthened my interest in the role.`,
    () => `I would welcome the opportunity to contribute to your team.`,
    (c) => `I am keen to bring my experience to ${c.companyOrTeam}.`,
    (c) => `I am enthusiastic about the prospect of joining ${c.companyOrTeam}.`,
    (c) => `I am very interested in the role and hope to contribute to ${c.companyOrTeam}.`,
  ],
  concise: [
    () => `I am very interested in the role.`,
    () => `Our talk strengthened my interest in the position.`,
    (c) => `I would welcome the chance to join ${c.companyOrTeam}.`,
    (c) => `I am keen to contribute to ${c.companyOrTeam}.`,
    () => `I am excited about this opportunity.`,
    () => `I remain very interested in joining your team.`,
  ],
};

export const CLOSING: ByTone = {
  warm: [
    () => `Thank you again, and I hope to hear from you soon.`,
    () => `Thanks once more for your time; I look forward to staying in touch.`,
    () => `I look forward to hearing about the next steps.`,
    () => `Please let me know if I can share anything else.`,
    () => `Thank you again for a conversation I really enjoyed.`,
    () => `I hope we get to work together soon.`,
  ],
  formal: [
    () => `Thank you again for your time and consideration.`,
    () => `I look forward to hearing from you about the next steps.`,
    () => `Please do not hesitate to contact me if you need any further information.`,
    () => `Thank you once more for your consideration.`,
    () => `I look forward to the possibility of working with you.`,
    () => `I would be glad to provide anything else that may be useful.`,
  ],
  concise: [
    () => `Thank you again for your time.`,
    () => `I look forward to hearing from you.`,
    () => `Thanks again for your time and consideration.`,
    () => `I am happy to share anything else you need.`,
    () => `I look forward to the next steps.`,
    () => `Thank you for your consideration.`,
  ],
};

/** Added only to a very short note (little was captured), so it still reads as a complete email. */
export const EXTRA_OFFER: readonly Phrase[] = [
  () => `I would be glad to answer any other questions you may have.`,
  () => `If anything else would help your decision, I am happy to provide it.`,
  () => `Please let me know if you would like more detail on my experience.`,
  () => `I am happy to answer any further questions about my background.`,
  () => `If it helps, I can share examples of my past work.`,
  () => `Should you need anything further from me, I will gladly send it.`,
];

/** Handwritten card: three sentences at most, mentions the email (H1). */
export const CARD_THANKS: readonly Phrase[] = [
  (c) => `Thank you again for speaking with me about ${c.rolePhrase}.`,
  (c) => `A handwritten thank-you for your time on ${c.rolePhrase}.`,
  (c) => `Many thanks again for our conversation about ${c.rolePhrase}.`,
  (c) => `Thank you once more for meeting with me about ${c.rolePhrase}.`,
  (c) => `I wanted to thank you by hand, too, for discussing ${c.rolePhrase}.`,
  (c) => `Thank you for the time you gave me to discuss ${c.rolePhrase}.`,
];

export const CARD_CALLBACK: readonly ((c: PhraseContext, subject: string) => string)[] = [
  (_c, s) => `As I said in my email, I enjoyed our talk about ${s}.`,
  (_c, s) => `Following my email, I wanted to say again how much I valued hearing about ${s}.`,
  (_c, s) => `I wrote by email as well, and our talk about ${s} is still on my mind.`,
  (_c, s) => `As in my email, I want to say how much I enjoyed discussing ${s}.`,
  (_c, s) => `I sent an email too, but wanted to say by hand that I enjoyed hearing about ${s}.`,
  (_c, s) => `Further to my email, our conversation about ${s} stayed with me.`,
];

export const CARD_CALLBACK_GENERIC: readonly Phrase[] = [
  () => `As I said in my email, I enjoyed our conversation.`,
  () => `Following my email, I wanted to thank you by hand as well.`,
  () => `I wrote by email as well, and our conversation is still on my mind.`,
  () => `As in my email, I want to say how much I enjoyed meeting you.`,
  () => `I sent an email too, but wanted to thank you by hand.`,
  () => `Further to my email, our conversation stayed with me.`,
];

export const CARD_CLOSING: readonly Phrase[] = [
  (c) => `I hope to join you${c.atCompany} soon.`,
  () => `I look forward to hearing from you.`,
  () => `I remain very interested in the role.`,
  () => `I hope we will work together soon.`,
  (c) => `I would be glad to contribute${c.atCompany}.`,
  () => `I look forward to the next steps.`,
];

/** Picks the variant for the interviewer at `index` (0-based) of an interview. */
export function pick<T>(variants: readonly T[], index: number): T {
  const variant = variants[((index % variants.length) + variants.length) % variants.length];
  if (variant === undefined) throw new Error('empty phrase list');
  return variant;
}
