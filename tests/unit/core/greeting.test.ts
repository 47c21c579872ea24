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

  it.each([
    ['Zhou Ling', 'Hi Ling,', 'Dear Ling Zhou,'],
    ['Ito Haruka', 'Hi Haruka,', 'Dear Haruka Ito,'],
    ['Nguyễn Linh', 'Hi Linh,', 'Dear Linh Nguyễn,'],
    ['Choi Jisoo', 'Hi Jisoo,', 'Dear Jisoo Choi,'],
  ])('reads a common East Asian family name in front as the family name, and asks: %s', (name, warm, formal) => {
    expect(line(name)).toBe(warm);
    expect(line(name, 'formal')).toBe(formal);
    expect(greetingGuess(name)).toMatchObject({ certain: false, reason: 'family-first' });
  });

  it.each([
    ['Kim Taylor', 'Hi Kim,'],
    ['Lee Anderson', 'Hi Lee,'],
    ['Wang Wei', 'Hi Wang,'],
  ])('asks, keeping the order typed, when either order is possible: %s', (name, warm) => {
    expect(line(name)).toBe(warm);
    expect(greetingGuess(name)).toMatchObject({ certain: false, reason: 'family-first' });
  });

  it('lets the address settle the order of a name a list would question', () => {
    expect(greetingGuess('Zhou Ling', 'zhou.ling@example.com')).toMatchObject({ greetAs: 'Zhou', certain: true });
    expect(greetingGuess('Zhou Ling', 'ling.zhou@example.com')).toMatchObject({ greetAs: 'Ling', certain: false, reason: 'family-first' });
  });

  it.each([
    ['Mary Ann Lopez', 'Hi Mary,'],
    ['José Antonio Ruiz', 'Hi José,'],
  ])('asks whether a name has two given names: %s', (name, warm) => {
    expect(line(name)).toBe(warm);
    expect(greetingGuess(name)).toMatchObject({ certain: false, reason: 'two-given-names' });
  });

  it('leaves a hyphenated given name and a middle initial alone', () => {
    expect(greetingGuess('Mary-Ann Lopez')).toMatchObject({ greetAs: 'Mary-Ann', certain: true });
    expect(greetingGuess('Anna B. Lopez')).toMatchObject({ greetAs: 'Anna', certain: true });
  });
});
