/**
 * The sentence frames the writer chooses from. Each frame fits one form of
 * what the user typed (a noun phrase, a clause with its own subject, a verb
 * phrase…), so the sentence is grammatical whatever form was typed. The
 * writer picks a variant from the interviewer's place in a content-derived
 * order (see draft.ts), so notes of one panel differ sentence by sentence.
 */
import type { Tone } from './model';
import { capitalize } from './text';

export interface Slots {
  /** "the Data Engineer role at Acme" (or without company / role when missing). */
  role: string;
  /** " at Acme", or '' when the company is not known. */
  atCompany: string;
  /** "Acme", or "your team" when the company is not known. */
  companyOrTeam: string;
}

export type Frame = (x: string, c: Slots) => string;
type Fixed = (c: Slots) => string;

export const THANKS: Record<Tone, readonly Fixed[]> = {
  warm: [
    (c) => `Thank you so much for taking the time to talk with me about ${c.role}.`,
    (c) => `Thank you for meeting with me about ${c.role}; I enjoyed our conversation.`,
    (c) => `I wanted to say thank you for our conversation about ${c.role}.`,
    (c) => `Thank you for a great conversation about ${c.role}.`,
    (c) => `Many thanks for making time to speak with me about ${c.role}.`,
    (c) => `It was a pleasure to talk with you about ${c.role}, and I am grateful for your time.`,
    (c) => `Thank you for walking me through ${c.role}.`,
    (c) => `I really appreciated the time you spent with me discussing ${c.role}.`,
    (c) => `Thanks again for our talk about ${c.role}.`,
    (c) => `I am grateful you took the time to talk with me about ${c.role}.`,
  ],
  formal: [
    (c) => `Thank you for taking the time to meet with me regarding ${c.role}.`,
    (c) => `I am writing to thank you for interviewing me for ${c.role}.`,
    (c) => `Thank you for the opportunity to discuss ${c.role} with you.`,
    (c) => `Please accept my thanks for meeting with me about ${c.role}.`,
    (c) => `I sincerely appreciate the time you took to discuss ${c.role} with me.`,
    (c) => `Thank you for the time you gave me to discuss ${c.role}.`,
    (c) => `I am grateful for the opportunity to speak with you about ${c.role}.`,
    (c) => `Thank you for your time and for our conversation about ${c.role}.`,
    (c) => `I would like to thank you for meeting with me to discuss ${c.role}.`,
    (c) => `Thank you for considering me for ${c.role} and for the time you gave me.`,
  ],
  concise: [
    (c) => `Thank you for meeting with me about ${c.role}.`,
    (c) => `Thanks for your time discussing ${c.role}.`,
    (c) => `Thank you for interviewing me for ${c.role}.`,
    (c) => `I appreciate you taking the time to discuss ${c.role}.`,
    (c) => `Thank you for talking with me about ${c.role}.`,
    (c) => `Many thanks for our conversation about ${c.role}.`,
    (c) => `Thanks for speaking with me about ${c.role}.`,
    (c) => `Thank you for discussing ${c.role} with me.`,
    (c) => `I am grateful for our talk about ${c.role}.`,
    (c) => `Thank you for the conversation about ${c.role}.`,
  ],
};

/** What you talked about, by the form it was typed in. */
export const RECALL = {
  /** A phrase the tagger could not vouch for as a noun phrase: a colon fits a noun phrase and a clause alike. */
  unsure: [
    (x) => `Much of what we discussed has stayed with me: ${x}.`,
    (x) => `I keep thinking about what we discussed: ${x}.`,
    (x) => `I especially valued what we covered: ${x}.`,
  ] as readonly Frame[],
  noun: [
    (x) => `I especially enjoyed our conversation about ${x}.`,
    (x) => `Our discussion of ${x} has stayed with me.`,
    (x) => `I found our exchange about ${x} genuinely useful.`,
    (x) => `It was useful to talk through ${x}.`,
    (x) => `I keep coming back to our talk about ${x}.`,
    (x) => `I appreciated our exchange on ${x}.`,
    (x) => `I learned a lot from talking through ${x}.`,
    (x) => `Our conversation about ${x} was especially helpful.`,
    (x) => `I valued the chance to talk with you about ${x}.`,
    (x) => `I enjoyed hearing more about ${x}.`,
  ] as readonly Frame[],
  /** A past event the interviewer did: "you explained how you triage walk-ins". */
  readerPast: [
    (x) => `I especially appreciated it when ${x}.`,
    (x) => `It was very helpful when ${x}.`,
    (x) => `I was glad that ${x}.`,
    (x) => `I especially valued the moment when ${x}.`,
    (x) => `It was especially useful when ${x}.`,
    (x) => `I learned a lot when ${x}.`,
  ] as readonly Frame[],
  /** Something the candidate did: "I told you about rebuilding the returns process". Claims no reaction the user did not note. */
  selfPast: [
    (x) => `Thank you for listening when ${x}.`,
    (x) => `Thank you for hearing me out when ${x}.`,
    (x) => `I appreciated your time when ${x}.`,
  ] as readonly Frame[],
  /** A state of things: "you still file most forms on paper". */
  fact: [
    (x) => `I was interested to hear that ${x}.`,
    (x) => `It was useful to learn that ${x}.`,
    (x) => `I was struck to hear that ${x}.`,
    (x) => `I noted with interest that ${x}.`,
    (x) => `It was interesting to hear that ${x}.`,
    (x) => `I took note when you said that ${x}.`,
  ] as readonly Frame[],
};

/** Tough-interview mode: what you learned (founding article, rule 5). */
export const LEARNED: readonly Frame[] = [
  (x) => `I learned a lot from our conversation about ${x}.`,
  (x) => `What you shared about ${x} taught me a great deal.`,
  (x) => `Much of what I learned came from our talk about ${x}.`,
  (x) => `I took a lot away from our discussion of ${x}.`,
]

/** Tough-interview mode with no topic noted. */
export const LEARNED_GENERIC: readonly Fixed[] = [
  () => `I learned a good deal from our conversation about what the role involves.`,
  () => `Our conversation taught me a lot about how the team works.`,
  () => `I came away understanding the role much better than before.`,
  () => `I learned a lot from your questions and from what you told me about the work.`,
];

/** When no topic was noted: a natural sentence that invents nothing. */
export const GENERIC_RECALL: readonly Fixed[] = [
  () => `I appreciated the chance to learn more about the role.`,
  () => `I came away with a much better sense of the role.`,
  () => `I enjoyed our conversation and learning more about the role.`,
  () => `It was good to hear more about the role from you.`,
  () => `Thank you for telling me more about the role.`,
  () => `I appreciated your openness about the role.`,
]

export const DETAIL = {
  unsure: [(x) => `I also enjoyed our chat about life outside work: ${x}.`] as readonly Frame[],
  noun: [
    (x) => `I also enjoyed our chat about ${x}.`,
    (x) => `It was a nice surprise to talk about ${x} as well.`,
    (x) => `I appreciated our brief exchange about ${x}, too.`,
    (x) => `I was glad we found a few minutes for ${x}.`,
    (x) => `I also liked hearing about ${x}.`,
  ] as readonly Frame[],
  /** "you foster kittens for a shelter", "we both learned to sail as kids". */
  clause: [
    (x) => `It was lovely to hear that ${x}.`,
    (x) => `It was a nice surprise to learn that ${x}.`,
    (x) => `I enjoyed finding out that ${x}.`,
    (x) => `It was a pleasure to learn that ${x}.`,
    (x) => `I smiled when I learned that ${x}.`,
  ] as readonly Frame[],
  self: [(x) => `I was glad to share that ${x}.`, (x) => `It was good to mention that ${x}.`] as readonly Frame[],
};

/** What they said they look for. */
export const LOOKS_FOR = {
  unsure: [(x) => `You were clear about what you look for: ${x}.`, (x) => `I noted what you said you need: ${x}.`] as readonly Frame[],
  noun: [
    (x) => `You said you look for ${x}.`,
    (x) => `You mentioned that you value ${x}.`,
    (x) => `You told me the role calls for ${x}.`,
    (x) => `I noted that you look for ${x}.`,
    (x) => `You said the team needs ${x}.`,
  ] as readonly Frame[],
  clause: [
    (x) => `You told me that ${x}.`,
    (x) => `You mentioned that ${x}.`,
    (x) => `I took note when you said that ${x}.`,
    (x) => `You made it clear that ${x}.`,
    (x) => `I understood from you that ${x}.`,
  ] as readonly Frame[],
};

/** What you want to stress about yourself. */
export const STRESS = {
  unsure: [(x) => `My background includes this: ${x}.`] as readonly Frame[],
  noun: [
    (x) => `I would bring ${x}.`,
    (x) => `My background includes ${x}.`,
    (x) => `I hope ${x} will help me contribute from the start.`,
    (x) => `I would build on ${x}.`,
  ] as readonly Frame[],
  gerund: [
    (x) => `My experience ${x} would help here.`,
    (x) => `I would build on my experience ${x}.`,
    (x) => `I would bring my experience ${x}.`,
    (x) => `My background in ${x} is relevant here.`,
  ] as readonly Frame[],
  past: [
    (x) => `I would bring relevant experience, as I ${x}.`,
    (x) => `It may help that I ${x}.`,
    (x) => `I ${x}, which I hope will help me contribute from the start.`,
  ] as readonly Frame[],
  clause: [
    (x) => `I would bring relevant experience, as ${x}.`,
    (x) => `It may help that ${x}.`,
    (x) => `${capitalize(x)}, which I hope will help me contribute from the start.`,
  ] as readonly Frame[],
};

export const CHALLENGE = {
  unsure: [
    (x) => `You were clear about the biggest challenge in the role: ${x}.`,
    (x) => `I have been thinking about the challenge you named: ${x}.`,
    (x) => `You were candid about the hardest part of the job: ${x}.`,
  ] as readonly Frame[],
  noun: [
    (x) => `You named ${x} as the biggest challenge in the role.`,
    (x) => `You said the biggest challenge right now is ${x}.`,
    (x) => `You were candid that the toughest part of the job is ${x}.`,
    (x) => `I understand the main challenge facing the team is ${x}.`,
    (x) => `You pointed to ${x} as the hardest problem in the role.`,
    (x) => `I have been thinking about ${x}, the challenge you highlighted.`,
  ] as readonly Frame[],
  /** Ends on the noun, so a colon and its detail can follow. */
  nounWithDetail: [
    (x) => `You named ${x} as the biggest challenge`,
    (x) => `You said the biggest challenge right now is ${x}`,
    (x) => `You were candid that the toughest part of the job is ${x}`,
    (x) => `I understand the main challenge facing the team is ${x}`,
  ] as readonly Frame[],
  clause: [
    (x) => `You said the biggest challenge is that ${x}.`,
    (x) => `You told me the hardest part right now is that ${x}.`,
    (x) => `As you explained, the main challenge is that ${x}.`,
    (x) => `I understand the biggest hurdle is that ${x}.`,
    (x) => `You were candid that the toughest part of the job is that ${x}.`,
    (x) => `You explained that the biggest problem right now is that ${x}.`,
  ] as readonly Frame[],
};

/** How you would meet it. */
export const APPROACH = {
  unsure: [(x) => `My answer would be this: ${x}.`, (x) => `Here is what I would put in place: ${x}.`] as readonly Frame[],
  verb: [
    (x) => `To meet that challenge, I would ${x}.`,
    (x) => `My first step would be to ${x}.`,
    (x) => `To address that, I would ${x}.`,
    (x) => `My plan would be to ${x}.`,
    (x) => `In the role, I would ${x}.`,
    (x) => `My approach would be to ${x}.`,
  ] as readonly Frame[],
  noun: [
    (x) => `My answer would be ${x}.`,
    (x) => `I would propose ${x}.`,
    (x) => `What I would put in place is ${x}.`,
    (x) => `I would suggest ${x}.`,
  ] as readonly Frame[],
  clause: [(x) => `Here is how I would approach it: ${x}.`, (x) => `My thinking is this: ${x}.`] as readonly Frame[],
};

/** An approach typed without a challenge. */
export const APPROACH_ONLY = {
  verb: [
    (x) => `In the role, I would ${x}.`,
    (x) => `My first step would be to ${x}.`,
    (x) => `Starting out, I would ${x}.`,
    (x) => `Given the chance, I would ${x}.`,
  ] as readonly Frame[],
  noun: [(x) => `In the role, I would propose ${x}.`, (x) => `Given the chance, I would suggest ${x}.`] as readonly Frame[],
};

/** A challenge was noted but no approach: say you would take it on, invent no specifics. */
export const NO_APPROACH: readonly Fixed[] = [
  () => `I would welcome the chance to take it on.`,
  () => `It is the kind of problem I would be glad to work on.`,
  () => `I would be glad to help the team with it.`,
  () => `I would like to help solve it.`,
  () => `It is a large part of why the role appeals to me.`,
];

/** Tough-interview mode: comes just before the approach, which always follows it. */
export const TOUGH_INTRO: readonly Fixed[] = [
  () => `Since we spoke, I have thought more about how I would handle it.`,
  () => `I have given it more thought since the interview.`,
  () => `I would like to add a thought on how I would handle it.`,
  () => `I have thought further about it since we spoke.`,
];

export const PROMISED = {
  unsure: [(x) => `As promised, I will follow up with this: ${x}.`] as readonly Frame[],
  noun: [
    (x) => `As promised, I will send you ${x}.`,
    (x) => `I will send ${x} separately, as promised.`,
    (x) => `As I said, I will send you ${x} shortly.`,
    (x) => `I will send you ${x}, as I said I would.`,
    (x) => `As we discussed, I will send you ${x}.`,
    (x) => `I will follow up with ${x}, as promised.`,
  ] as readonly Frame[],
  verb: [
    (x) => `As promised, I will ${x}.`,
    (x) => `I will ${x}, as I promised.`,
    (x) => `As I said I would, I will ${x} shortly.`,
    (x) => `As we agreed, I will ${x}.`,
    (x) => `I will ${x} soon, as we discussed.`,
  ] as readonly Frame[],
};

/** The optional follow-up-call line (founding article, rule 5). */
export const CALL: readonly Fixed[] = [
  () => `I would be glad to call in a day or so with a few follow-up questions, if that suits you.`,
  () => `I would welcome a short call in the next day or so to follow up on a few questions.`,
  () => `With your permission, I will call in a day or two with a couple of follow-up questions.`,
  () => `I have a few follow-up questions and would welcome a short call in a day or so.`,
  () => `If you are open to it, I would like to call in a day or so to ask a few follow-up questions.`,
];

export const INTEREST: Record<Tone, readonly Fixed[]> = {
  warm: [
    (c) => `I am very excited about the chance to join ${c.companyOrTeam}.`,
    () => `Our conversation made me even more enthusiastic about the role.`,
    () => `I would love to be part of your team.`,
    (c) => `I am more interested than ever in joining the team${c.atCompany}.`,
    (c) => `I left our conversation even more eager to contribute${c.atCompany}.`,
    () => `I am genuinely keen to be part of what you are building.`,
    () => `The role feels like a great fit for me.`,
    (c) => `I would be glad to bring my skills to ${c.companyOrTeam}.`,
    () => `I came away even more keen on the role.`,
    (c) => `I would be delighted to join ${c.companyOrTeam}.`,
  ],
  formal: [
    (c) => `I remain very interested in the position and in contributing to ${c.companyOrTeam}.`,
    () => `Our conversation has strengthened my interest in the role.`,
    () => `I would welcome the opportunity to contribute to your team.`,
    (c) => `I am keen to bring my experience to ${c.companyOrTeam}.`,
    (c) => `I am enthusiastic about the prospect of joining ${c.companyOrTeam}.`,
    (c) => `I am very interested in the role and hope to contribute to ${c.companyOrTeam}.`,
    () => `The position is one I would be proud to hold.`,
    (c) => `I would value the chance to serve ${c.companyOrTeam} in this role.`,
    () => `My interest in the role is stronger now than it was before we met.`,
    () => `I would be glad to contribute to the work you described.`,
  ],
  concise: [
    () => `I am very interested in the role.`,
    () => `Our talk strengthened my interest in the position.`,
    (c) => `I would welcome the chance to join ${c.companyOrTeam}.`,
    (c) => `I am keen to contribute to ${c.companyOrTeam}.`,
    () => `I am excited about this opportunity.`,
    () => `I remain very interested in joining your team.`,
    () => `I would be glad to join the team.`,
    () => `The role appeals to me even more now.`,
    (c) => `I would welcome the chance to work at ${c.companyOrTeam}.`,
    () => `I am keen on the role.`,
  ],
};

export const CLOSING: Record<Tone, readonly Fixed[]> = {
  warm: [
    () => `Thank you again, and I hope to hear from you soon.`,
    () => `Thanks once more for your time; I look forward to staying in touch.`,
    () => `I look forward to hearing about the next steps.`,
    () => `Please let me know if I can share anything else.`,
    () => `Thank you again for a conversation I really enjoyed.`,
    () => `I look forward to staying in touch.`,
    () => `Thanks again, and have a great rest of the week.`,
    () => `I look forward to hearing from you.`,
    () => `Thank you again for your time.`,
    () => `I would be happy to answer any other questions.`,
  ],
  formal: [
    () => `Thank you again for your time and consideration.`,
    () => `I look forward to hearing from you about the next steps.`,
    () => `Please do not hesitate to contact me if you need any further information.`,
    () => `Thank you once more for your consideration.`,
    () => `I look forward to the possibility of working with you.`,
    () => `I would be glad to provide anything else that may be useful.`,
    () => `I look forward to hearing from you.`,
    () => `I look forward to learning about the next steps.`,
    () => `I would be pleased to answer any further questions.`,
    () => `I hope to hear from you soon.`,
  ],
  concise: [
    () => `Thank you again for your time.`,
    () => `I look forward to hearing from you.`,
    () => `Thanks again for your time and consideration.`,
    () => `I am happy to share anything else you need.`,
    () => `I look forward to the next steps.`,
    () => `Thank you for your consideration.`,
    () => `Thanks again.`,
    () => `I hope to hear from you soon.`,
    () => `I am happy to answer any other questions.`,
    () => `Thank you once more.`,
  ],
};

/** Added only to a very short note (little was captured), so it still reads as a complete email. */
export const EXTRA_OFFER: readonly Fixed[] = [
  () => `I would be glad to answer any other questions you may have.`,
  () => `If anything else would help your decision, I am happy to provide it.`,
  () => `Please let me know if you would like more detail on my experience.`,
  () => `I am happy to answer any further questions about my background.`,
  () => `Should you need anything further from me, I will gladly send it.`,
];

/** Handwritten card: three sentences at most, mentions the email (H1). */
export const CARD_THANKS: readonly Fixed[] = [
  (c) => `Thank you again for speaking with me about ${c.role}.`,
  (c) => `Many thanks again for our conversation about ${c.role}.`,
  (c) => `Thank you once more for meeting with me about ${c.role}.`,
  (c) => `Thank you for discussing ${c.role} with me.`,
  (c) => `Thank you for the time you gave me to discuss ${c.role}.`,
  (c) => `I am grateful for our conversation about ${c.role}.`,
  (c) => `Thank you for taking the time to discuss ${c.role} with me.`,
];

export const CARD_CALLBACK: readonly Frame[] = [
  (x) => `Following up on my email, I wanted to thank you by hand for our talk about ${x}.`,
  (x) => `I sent an email as well, but wanted to thank you by card for our talk about ${x}.`,
  (x) => `After my email, I wanted to thank you by hand, too, for our conversation about ${x}.`,
  (x) => `Along with my email, this card is to thank you for our talk about ${x}.`,
  (x) => `Our talk about ${x} stayed with me, so I wanted to add a handwritten thanks to my email.`,
];

export const CARD_CALLBACK_GENERIC: readonly Fixed[] = [
  () => `I sent an email as well, but wanted to thank you by hand too.`,
  () => `Following up on my email, I wanted to add a handwritten thanks.`,
  () => `Along with my email, this card is to thank you once more.`,
  () => `I wrote by email as well, but a handwritten thanks felt right.`,
];

export const CARD_CLOSING: readonly Fixed[] = [
  () => `I look forward to hearing from you.`,
  () => `I remain very interested in the role.`,
  (c) => `I would be glad to contribute${c.atCompany}.`,
  () => `I hope to speak with you again soon.`,
  () => `I am very keen on the role.`,
  () => `I hope to be in touch again soon.`,
];

/** The variant at `key`, wrapping round the list. */
export function pick<T>(variants: readonly T[], key: number): T {
  const variant = variants[((key % variants.length) + variants.length) % variants.length];
  if (variant === undefined) throw new Error('empty phrase list');
  return variant;
}
