import { describe, expect, it } from 'vitest';
import { fitNoteToBody, greetsPerson, type BodyAround } from '../../../src/core/fit';
import { nameWords } from '../../../src/core/greeting';
import type { Profile } from '../../../src/core/model';

const PROFILE: Profile = { fullName: 'Sam Seeker', email: 'sam@example.com', phone: '+1 555 010 0199', signOff: 'Best regards' };
const MARCUS = { name: 'Marcus Delgado', greetAs: '' };
const NOTE = [
  'Hi Marcus,',
  '',
  'Thank you for walking me through the platform today.',
  '',
  'I look forward to hearing from you.',
  '',
  'Best regards,',
  'Sam Seeker',
  '+1 555 010 0199',
].join('\n');
const BODY_OF_NOTE = NOTE.split('\n').slice(2, 5).join('\n');

function around(before: string, after = ''): BodyAround {
  return { before, after };
}

describe('greetsPerson', () => {
  it('finds a greeting word followed by any of the person\'s name words', () => {
    expect(greetsPerson('Hi Marcus,', MARCUS)).toBe(true);
    expect(greetsPerson('Dear Mr. Delgado,', MARCUS)).toBe(true);
    expect(greetsPerson('Good morning marcus!', MARCUS)).toBe(true);
    expect(greetsPerson('Some words first\nHello Marcus Delgado - thanks again', MARCUS)).toBe(true);
  });

  it('uses how the user said to greet them, and ignores accents and case', () => {
    expect(greetsPerson('Hi Mark,', { name: 'Marcus Delgado', greetAs: 'Mark' })).toBe(true);
    expect(greetsPerson('Hola\nDear jose,', { name: 'José Luis Hernández García', greetAs: '' })).toBe(true);
  });

  it('is not fooled by a greeting to someone else, a name outside a greeting, titles or particles', () => {
    expect(greetsPerson('Hi Bob,', MARCUS)).toBe(false);
    expect(greetsPerson('Marcus asked me to write.', MARCUS)).toBe(false);
    expect(greetsPerson('Hi there, as Marcus said', MARCUS)).toBe(false);
    expect(greetsPerson('Dear Dr.,', { name: 'Dr. Helen Marsh', greetAs: '' })).toBe(false);
    expect(greetsPerson('Hi van,', { name: 'Ludwig van Beethoven', greetAs: '' })).toBe(false);
    expect(greetsPerson('Hi Marcus,', { name: '', greetAs: '' })).toBe(false);
  });

  it('reads name words from the greeting module (titles and particles left out)', () => {
    expect(nameWords('Dr. Ludwig van Beethoven', 'Lu')).toEqual(['Ludwig', 'Beethoven', 'Lu']);
  });
});

describe('fitNoteToBody', () => {
  it('leaves the note as written in an empty body', () => {
    expect(fitNoteToBody(NOTE, around(''), MARCUS, PROFILE)).toBe(NOTE);
  });

  it('adds no greeting when the user already greeted this person, above or below', () => {
    const fitted = fitNoteToBody(NOTE, around('Hi Marcus,'), MARCUS, PROFILE);
    expect(fitted.startsWith('Thank you for walking me')).toBe(true);
    expect(fitted).not.toMatch(/Hi Marcus/);
    expect(fitNoteToBody(NOTE, around('', 'Dear Marcus,'), MARCUS, PROFILE).startsWith('Thank you')).toBe(true);
  });

  it('keeps its greeting when the body greets someone else', () => {
    expect(fitNoteToBody(NOTE, around('Hi Bob,'), MARCUS, PROFILE)).toBe(NOTE);
  });

  it('keeps the sign-off but not the name and phone a signature below already holds', () => {
    const fitted = fitNoteToBody(NOTE, around('Hi Marcus,', '--\nSam Seeker\n+1 (555) 010-0199'), MARCUS, PROFILE);
    expect(fitted).toBe(`${BODY_OF_NOTE}\n\nBest regards,`);
  });

  it('keeps the name when the signature lacks it', () => {
    const fitted = fitNoteToBody(NOTE, around('', '--\nAcme Data Inc.'), MARCUS, PROFILE);
    expect(fitted).toBe(NOTE);
  });

  it('adds no sign-off block at all when the body signs off below', () => {
    const fitted = fitNoteToBody(NOTE, around('Hi Marcus,', 'Kind regards,\nSam Seeker\nData Engineer'), MARCUS, PROFILE);
    expect(fitted).toBe(BODY_OF_NOTE);
  });

  it('never reads a sign-off above the note as one below it', () => {
    expect(fitNoteToBody(NOTE, around('Thanks,\nSam Seeker'), MARCUS, PROFILE)).toBe(NOTE);
  });

  it('fits an edited note only where it repeats the body', () => {
    const edited = 'Hello Marcus!\n\nThanks again for today; it was great.\n\nCheers,\nSam';
    expect(fitNoteToBody(edited, around('Hi Marcus,', '-- \nSam Seeker'), MARCUS, PROFILE)).toBe(
      'Thanks again for today; it was great.\n\nCheers,\nSam',
    );
    expect(fitNoteToBody(edited, around('', 'Thanks,\nSam'), MARCUS, PROFILE)).toBe('Hello Marcus!\n\nThanks again for today; it was great.');
    // No greeting and no sign-off of its own: nothing to take out.
    const bare = 'Thanks again for today.';
    expect(fitNoteToBody(bare, around('Hi Marcus,', 'Best,\nSam Seeker'), MARCUS, PROFILE)).toBe(bare);
  });

  it('signs with the name alone when that is the note\'s last line, and drops it when the signature has it', () => {
    const note = 'Hi Marcus,\n\nThank you.\n\nSam Seeker';
    expect(fitNoteToBody(note, around('', '-- \nSam Seeker'), MARCUS, PROFILE)).toBe('Hi Marcus,\n\nThank you.');
  });

  it('never fits a note away entirely', () => {
    expect(fitNoteToBody('Hi Marcus,', around('Hi Marcus,'), MARCUS, PROFILE)).toBe('Hi Marcus,');
  });
});
