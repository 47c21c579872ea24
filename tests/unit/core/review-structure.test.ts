// The review stands apart from the writer, and its words come from _locales.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { message, reviewMessages, setMessageSource } from '../../../src/core';
import { timingMessage } from '../../../src/core/review-messages';
import { validationMessages } from '../../../src/core/validation-messages';

const SRC = resolve(import.meta.dirname, '../../../src/core');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const reviewFiles = [...filesUnder(join(SRC, 'review')), join(SRC, 'review-messages.ts'), join(SRC, 'locale.ts')];
const messageFiles = [...reviewFiles, join(SRC, 'validation-messages.ts')];

describe('the review stands apart from the writer', () => {
  it.each(reviewFiles.map((f) => [f.slice(SRC.length + 1), f]))('%s imports nothing of the writer', (_, file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] as string);
    const writer = imports.filter((path) => /(?:^|\/)(?:draft|phrases|fields|greeting|plan|nlp|informal)$/.test(path));
    expect(writer).toEqual([]);
  });
});

describe('review, repair and validation messages come from public/_locales', () => {
  const catalogue = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  afterEach(() => setMessageSource(null));

  it('every review_* and validation_* key the code uses is in the catalogue', () => {
    const used = new Set(
      messageFiles.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'((?:review|validation)_[A-Za-z]+)'/g)].map((m) => m[1] as string)),
    );
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter((key) => !catalogue[key])).toEqual([]);
  });

  it('fills placeholders the way browsers do', () => {
    expect(reviewMessages.nearCopy(62)).toBe(
      'This note shares 62% of its wording with another note for this interview. Make each note about that conversation.',
    );
    expect(reviewMessages.greetingMisspelled('Jon', 'John')).toBe('Check the name in the greeting: you wrote “Jon”, they spell it “John”.');
    expect(reviewMessages.checkIn('2026-03-10', '2026-03-17')).toMatch(/Tuesday, March 10.*Tuesday, March 17/);
    expect(timingMessage(30, false)).toBe('The interview ended 30 hours ago. Send the note now to stay within about a day.');
    expect(validationMessages.unknownChoice('The tone', 'loud')).toBe('The tone has an unknown value (“loud”).');
    expect(validationMessages.interviewerNeedsName(2)).toBe('Interviewer 2 needs a name.');
    expect(timingMessage(75, true)).toBe('The interview ended 3 days ago. Send this note today: a late note still beats no note.');
  });

  it('uses an installed source first, and English for keys it lacks', () => {
    setMessageSource((key, subs) => (key === 'review_slang' ? `«${subs[0] ?? ''}» est du langage de chat.` : ''));
    expect(reviewMessages.slang('lol')).toBe('«lol» est du langage de chat.');
    expect(reviewMessages.thanksLate()).toBe('Thank them in the first two sentences.');
    expect(message('no_such_key')).toBe('no_such_key');
  });
});
