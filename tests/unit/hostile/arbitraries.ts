/**
 * Hostile text for property tests: markup, script, event handlers,
 * javascript: URLs, bidi overrides, zero-width and control characters, emoji,
 * lone surrogates and very long strings, mixed with ordinary words.
 */
import fc from 'fast-check';
import { emptyNoteStatus, type Interview, type Interviewer, type Profile } from '../../../src/core/model';

export const ATTACKS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "'><svg onload=alert(1)>",
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(document.cookie)',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  '</p><p onclick="x()">',
  '<br onmouseover=alert(1)>',
  '<style>*{display:none}</style>',
  '<!-- comment --><![CDATA[x]]>',
  '&lt;b&gt; &amp;amp; &#60;script&#62; &quot;',
  '${interviewer.name} {{name}} %s %1$s',
  '\u202Eevil\u202C \u202Dltr\u202C \u2066iso\u2069 \u200F\u200E',
  'zero\u200Bwidth\u200C\u200D\uFEFF',
  'ctrl\u0000\u0001\u0007\u0008\u001B\u007F\u0085\u2028\u2029end',
  'line\r\nbreak\rand\ttab\n\n\nmore',
  '😀👩🏽‍💻🇩🇪 ❤️‍🔥',
  'lone \uD800 surrogate \uDFFF',
  '   ',
  '',
  'Jane <jane@evil.example>, "x@y.z" <a@b.c>',
  'a'.repeat(300),
  'O\'Brien "The Boss" & Co. <Ltd>',
  'pipe|in|reminder|name',
  'colon:%25:%7C',
  '__proto__',
  'constructor',
];

const word = fc.constantFrom('Jane', 'pipelines', 'Acme', 'the migration', 'and', 'Björn', 'São Paulo', '.', ',', '—');

/** One hostile string of up to a few hundred characters. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.oneof(fc.constantFrom(...ATTACKS), word, fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 6 }).map((parts) => parts.join(' ')) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 3, arbitrary: fc.constantFrom(...ATTACKS) },
);

/** About 100 KB of one attack repeated, cut at an arbitrary point. */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ATTACKS.filter(Boolean)), fc.integer({ min: 0, max: 50 }))
  .map(([attack, cut]) => attack.repeat(Math.ceil(100_000 / attack.length)).slice(0, 100_000 - cut));

/** Short hostile strings only: for properties with many runs where the long ones add nothing but time. */
export const shortHostile: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ATTACKS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.oneof(fc.constantFrom(...ATTACKS), word), { maxLength: 4 }).map((p) => p.join(' ')),
);

export function hostileProfile(s: fc.Arbitrary<string> = hostileString): fc.Arbitrary<Profile> {
  return fc.record({ fullName: s, email: s, phone: s, signOff: s });
}

export function hostileInterviewer(s: fc.Arbitrary<string> = hostileString): fc.Arbitrary<Interviewer> {
  return fc.record({
    id: s,
    name: s,
    title: s,
    email: s,
    topics: s,
    looksFor: s,
    challenge: s,
    approach: s,
    personalDetail: s,
    promised: s,
    offerCall: fc.boolean(),
    greetAs: s,
    edited: fc.oneof(fc.constant({ subject: '', text: '' }), fc.record({ subject: s, text: s })),
    tough: fc.constantFrom('auto' as const, 'on' as const, 'off' as const),
    note: fc.oneof(fc.constant(emptyNoteStatus()), fc.record({ draftedAt: s, emailedAt: s, cardMailedAt: s })),
  });
}

/** An interview whose every text field is hostile; the dates are valid or hostile too. */
export function hostileInterview(s: fc.Arbitrary<string> = hostileString): fc.Arbitrary<Interview> {
  const date = fc.oneof(fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), s);
  return fc
    .record({
      id: s,
      company: s,
      companyDomain: s,
      role: s,
      start: date,
      end: date,
      timeZone: fc.oneof(fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kathmandu'), s),
      format: fc.constantFrom('on-site' as const, 'video' as const, 'phone' as const),
      location: s,
      decisionDate: fc.oneof(fc.constant('2026-04-01'), s),
      postingUrl: s,
      stress: s,
      outcome: fc.constantFrom('went-well' as const, 'tough' as const),
      interviewers: fc.array(hostileInterviewer(s), { minLength: 1, maxLength: 3 }),
      createdAt: date,
      updatedAt: date,
    })
    // Ids must be unique to address an interviewer; their content stays hostile. (A copy: fast-check reuses values when shrinking.)
    .map((interview) => ({ ...interview, interviewers: interview.interviewers.map((p, i) => ({ ...p, id: `${p.id}#${i}` })) }));
}
