/**
 * The normalizer (src/core/informal.ts), by kind of input: what people type in
 * a hurry is spelled out, cased or left out before any sentence frame sees it,
 * and each change is listed so the form can say what it did.
 */
import { describe, expect, it } from 'vitest';
import { cleanInformal } from '../../../src/core/informal';
import { readField } from '../../../src/core/fields';

const clean = (text: string) => cleanInformal(text).text;

describe('the normalizer, by kind of input', () => {
  it.each([
    ['units of time, as typed', 'four yrs on nights, two wks of training, 12 hrs a shift', 'four years on nights, two weeks of training, 12 hours a shift'],
    ['a unit after more than one is plural', 'it takes 3 mo to get a laptop', 'it takes 3 months to get a laptop'],
    ['a count and a unit before a noun describe it', 'a 30 min call and 10 hr shifts', 'a 30-minute call and 10-hour shifts'],
    ['office shorthand', 'every dept mgr, about 40 ppl, asked q\'s', 'every department manager, about 40 people, asked questions'],
    ['ordinals up to ninth', 'the 2nd round on the 3rd floor', 'the second round on the third floor'],
    ['thousands', 'about 12k members and a 1.5k budget', 'about 12,000 members and a 1,500 budget'],
    ['a range of thousands', 'between 40-45k a year', 'between 40,000–45,000 a year'],
    ['"like" before a figure means about', 'like 30 tickets a day', 'about 30 tickets a day'],
    ['hedges before a word', 'a kinda slow rollout that is sort of stuck', 'a slow rollout that is stuck'],
    ['"so" opening a thought', 'so we mostly covered hiring. ok so then the budget', 'we mostly covered hiring. then the budget'],
    ['asides in brackets, the user’s notes to self', 'the tracker I built (tidy it up first) and the rota', 'the tracker I built and the rota'],
    ['product names and days typed in lower case', 'our excel reports and github repos, due friday', 'our Excel reports and GitHub repos, due Friday'],
  ])('%s', (_kind, typed, expected) => {
    expect(clean(typed)).toBe(expected);
  });

  it.each([
    ['a figure in brackets is part of what was said', 'plans to grow (about 40% by 2027)'],
    ['"min" that is not after a count (a minimum)', 'two site visits a week min'],
    ['a unit-like name', 'Mo ran the session'],
    ['words that are products too but everyday words first', 'go over the outlook for zoom meetings'],
    ['"kind of a" is a noun, not a hedge', 'what kind of a team it is'],
  ])('leaves alone %s', (_kind, typed) => {
    expect(clean(typed)).toBe(typed);
  });

  it('keeps the punctuation after a spelled-out word, and an abbreviation’s own period goes with it', () => {
    expect(clean('it took 5 min. then 3 mo, maybe more')).toBe('it took 5 minutes. then 3 months, maybe more');
    expect(clean('approx. 40 ppl, esp. at night')).toBe('about 40 people, especially at night');
  });

  it('lists what it changed, as typed, so the form can say so', () => {
    expect(cleanInformal('six yrs (ask about pay) w/ 2nd shift').informal).toEqual(['(ask about pay)', 'yrs', 'w/', '2nd']);
  });
});

describe('the field reader after the normalizer', () => {
  const reader = { gender: null };

  it('keeps thousands whole in a list', () => {
    const read = readField('about 12k members, mostly retirees', 'topics', reader);
    expect(read.parts.map((p) => p.text)).toEqual(['about 12,000 members, mostly retirees']);
  });

  it('sends a promised thing with its article, and never takes its capitalised name for a verb', () => {
    const read = readField('Gantt chart from my last job', 'promised', reader);
    expect(read.parts.map((p) => [p.form, p.text])).toEqual([['noun', 'the Gantt chart from my last job']]);
    expect(readField('Email you the deck', 'promised', reader).parts[0]?.form).toBe('verb');
    expect(readField('Email references', 'promised', reader).parts[0]?.form).toBe('verb');
  });
});
