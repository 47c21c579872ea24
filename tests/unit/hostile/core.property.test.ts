// @vitest-environment happy-dom
/**
 * Every user field hostile (markup, script, handlers, javascript: URLs, bidi
 * and control characters, emoji, 100 KB strings): the note engine never
 * throws, its HTML holds only <p> and <br> without attributes when parsed by a
 * real HTML parser, and that HTML shows exactly the draft's text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  deadlines,
  draftCard,
  draftNote,
  emptyAppData,
  noteState,
  repairAppData,
  reviewNote,
  type AppData,
  type DraftOptions,
  type Tone,
} from '../../../src/core';
import { isReminderCurrent, parseReminderId, planReminders } from '../../../src/core/reminders';
import { matchRecipients, sameNameKey } from '../../../src/shared/choices';
import { hostileInterview, hostileProfile, hostileString, hugeString, shortHostile } from './arbitraries';
import { parseDraftHtml } from './allow-list';

const NOW = Date.parse('2026-03-10T15:00:00Z');
const tone = fc.constantFrom<Tone>('warm', 'formal', 'concise');

describe('the note engine with hostile fields', () => {
  it('drafts safe HTML that parses to the draft text, for every interviewer, and reviews it', () => {
    fc.assert(
      fc.property(hostileProfile(), hostileInterview(), tone, fc.boolean(), (profile, interview, t, tough) => {
        for (const person of interview.interviewers) {
          const draft = draftNote({ profile, interview, interviewerId: person.id, options: { tone: t, tough } });
          const parsed = parseDraftHtml(draft.html);
          expect(parsed.violations).toEqual([]);
          expect(parsed.text).toBe(draft.text);
          // The subject is one line of text.
          expect(draft.subject).not.toMatch(/[\r\n]/);
          expect(() => reviewNote({ profile, interview, interviewerId: person.id, subject: draft.subject, html: draft.html, now: NOW })).not.toThrow();
          expect(typeof draftCard({ profile, interview, interviewerId: person.id })).toBe('string');
        }
      }),
      { numRuns: 1200 },
    );
  }, 60_000);

  it('handles 100 KB in any one field: safe HTML, the same text, no exception', () => {
    const fields = ['company', 'role', 'stress', 'location', 'name', 'title', 'topics', 'looksFor', 'challenge', 'approach', 'personalDetail', 'promised', 'fullName', 'signOff'] as const;
    fc.assert(
      fc.property(hostileProfile(shortHostile), hostileInterview(shortHostile), fc.constantFrom(...fields), hugeString, (profile, interview, field, huge) => {
        const person = { ...interview.interviewers[0]! };
        if (field === 'fullName' || field === 'signOff') profile = { ...profile, [field]: huge };
        else if (field in person) Object.assign(person, { [field]: huge });
        else interview = { ...interview, [field]: huge };
        interview = { ...interview, interviewers: [person, ...interview.interviewers.slice(1)] };
        const draft = draftNote({ profile, interview, interviewerId: person.id });
        const parsed = parseDraftHtml(draft.html);
        expect(parsed.violations).toEqual([]);
        expect(parsed.text).toBe(draft.text);
        reviewNote({ profile, interview, interviewerId: person.id, subject: draft.subject, text: draft.text, now: NOW });
        draftCard({ profile, interview, interviewerId: person.id });
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('drafts from any options object (a message or an old export may carry anything) without throwing', () => {
    const options = fc.oneof(
      fc.record({ tone: fc.oneof(fc.anything(), fc.constantFrom('evil', 'constructor', '__proto__', 'toString')), tough: fc.anything(), offerCall: fc.anything() }, { requiredKeys: [] }),
      fc.dictionary(fc.string(), fc.anything()),
    );
    fc.assert(
      fc.property(hostileProfile(shortHostile), hostileInterview(shortHostile), options, (profile, interview, raw) => {
        const person = interview.interviewers[0]!;
        const draft = draftNote({ profile, interview, interviewerId: person.id, options: raw as Partial<DraftOptions> });
        expect(parseDraftHtml(draft.html).violations).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('reviews any hostile text or HTML typed by the user without throwing', () => {
    fc.assert(
      fc.property(hostileProfile(shortHostile), hostileInterview(shortHostile), hostileString, shortHostile, fc.boolean(), (profile, interview, body, subject, asHtml) => {
        const person = interview.interviewers[0]!;
        const input = { profile, interview, interviewerId: person.id, subject, now: NOW, ...(asHtml ? { html: body } : { text: body }) };
        const findings = reviewNote(input);
        expect(Array.isArray(findings)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('computes deadlines, note states and reminders from hostile dates and zones without throwing', () => {
    fc.assert(
      fc.property(hostileInterview(shortHostile), fc.integer({ min: 0, max: 4_102_444_800_000 }), shortHostile, (interview, now, zone) => {
        expect(deadlines(interview, now).interviewers).toHaveLength(interview.interviewers.length);
        for (const person of interview.interviewers) expect(typeof noteState(person)).toBe('string');
        // Stored data is always repaired on load, so reminders are planned from repaired data.
        const { data } = repairAppData({ ...emptyAppData(), interviews: [interview] });
        const stored = data.interviews[0]!;
        for (const reminder of planReminders(data, now, zone)) {
          // An alarm's name leads back to its interview and interviewer, whatever characters their ids hold.
          expect(reminder.id).not.toContain(':');
          const parsed = parseReminderId(reminder.id);
          expect(parsed?.interviewId).toBe(stored.id);
          if (parsed?.interviewerId) expect(stored.interviewers.map((p) => p.id)).toContain(parsed.interviewerId);
          expect(isReminderCurrent(data, reminder.id, now)?.id ?? reminder.id).toBe(reminder.id);
        }
        expect(() => parseReminderId(zone)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('repairs any stored value without throwing: nothing left to repair, hostile text kept as typed', () => {
    const storedValue = fc.oneof(
      fc.anything(),
      fc.record({ schemaVersion: fc.oneof(fc.constant(1), fc.anything()), profile: fc.anything(), settings: fc.anything(), interviews: fc.anything() }),
    );
    fc.assert(
      fc.property(storedValue, (raw) => {
        const { data, repaired } = repairAppData(raw);
        expect(Array.isArray(repaired)).toBe(true);
        // Repair reaches a fixed point: the repaired data needs no more repair.
        const again = repairAppData(data);
        expect(again.repaired).toEqual([]);
        expect(again.data).toEqual(data);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(hostileProfile(shortHostile), fc.array(hostileInterview(shortHostile), { maxLength: 3 }), (profile, interviews) => {
        const { data } = repairAppData({ ...emptyAppData(), profile, interviews });
        // Every interview and interviewer survives with its text exactly as typed (it is escaped on output, not on input).
        expect(data.profile).toEqual(profile);
        expect(data.interviews.map((i) => [i.company, i.role, i.stress])).toEqual(interviews.map((i) => [i.company, i.role, i.stress]));
        expect(data.interviews.flatMap((i) => i.interviewers.map((p) => [p.name, p.challenge, p.approach]))).toEqual(
          interviews.flatMap((i) => i.interviewers.map((p) => [p.name, p.challenge, p.approach])),
        );
        expect(repairAppData(data).repaired).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('matches recipients read from a hostile page only by exact email, or by name for a recipient with no address', () => {
    const recipient = fc.record({ name: shortHostile, email: fc.oneof(shortHostile, fc.constant('jane@acme.com'), fc.constant(' JANE@acme.com ')) });
    fc.assert(
      fc.property(hostileInterview(shortHostile), fc.array(recipient, { maxLength: 5 }), (interview, recipients) => {
        const data: AppData = { ...emptyAppData(), interviews: [interview] };
        const matched = matchRecipients(data, recipients);
        const wanted = new Set(recipients.map((r) => r.email.trim().toLowerCase()).filter(Boolean));
        const named = new Set(recipients.filter((r) => r.email.trim() === '').map((r) => sameNameKey(r.name)).filter(Boolean));
        for (const choice of matched) {
          const byEmail = wanted.has(choice.interviewer.email.trim().toLowerCase());
          expect(byEmail || named.has(sameNameKey(choice.interviewer.name))).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});
