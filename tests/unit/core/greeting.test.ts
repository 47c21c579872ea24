/**
 * How a person is greeted (src/core/greeting.ts), by kind of name: what a
 * person would write, never a title dropped, an initial or a family name
 * taken for a given name.
 */
import { describe, expect, it } from 'vitest';
import { greetingGuess, greetingLine } from '../../../src/core/greeting';

const line = (name: string, tone: 'warm' | 'formal' = 'warm', email = '') => greetingLine(tone, greetingGuess(name, email, ''), '');

describe('greeting by kind of name', () => {
  it('greets a plain given name and surname by the given name', () => {
    expect(line('Helen Marsh')).toBe('Hi Helen,');
    expect(line('Jean-Luc Picard')).toBe('Hi Jean-Luc,');
  });

  it.each([
    ['Dr. Helen Marsh', 'Dear Dr. Marsh,'],
    ['Prof. Ingrid Holm', 'Dear Prof. Holm,'],
    ['Capt. Rosa Delgado', 'Dear Captain Delgado,'],
    ['Dr. Ana María Ruiz Soto', 'Dear Dr. Ruiz,'],
  ])('keeps a title typed before the full name, in every tone: %s', (name, expected) => {
    expect(line(name)).toBe(expected);
    expect(line(name, 'formal')).toBe(expected);
    expect(greetingGuess(name).certain).toBe(true);
  });

  it('never greets by an initial, and asks', () => {
    expect(line('K. Farrow')).toBe('Dear K. Farrow,');
    expect(greetingGuess('K. Farrow')).toMatchObject({ certain: false, reason: 'initial' });
  });

  it.each([
    ['Tran Thi Mai', 'Hi Mai,', 'Dear Mai Tran,'],
    ['Pham Văn Duc', 'Hi Duc,', 'Dear Duc Pham,'],
    ['Park Min-jun', 'Hi Min-jun,', 'Dear Min-jun Park,'],
  ])('reads a name written family name first by its shape, and asks: %s', (name, warm, formal) => {
    expect(line(name)).toBe(warm);
    expect(line(name, 'formal')).toBe(formal);
    expect(greetingGuess(name)).toMatchObject({ certain: false, reason: 'family-first' });
  });

  it('does not take a Dutch particle or a hyphenated surname for those shapes', () => {
    expect(line('Ludwig van Beethoven')).toBe('Hi Ludwig,');
    expect(line('Mary Smith-Jones')).toBe('Hi Mary,');
  });
});
