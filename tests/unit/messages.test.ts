import { describe, expect, it } from 'vitest';
import { isMessage } from '../../src/shared/messages';

describe('isMessage', () => {
  it('accepts the known message shapes', () => {
    expect(isMessage({ type: 'compose:query' })).toBe(true);
    expect(isMessage({ type: 'compose:insert', interviewId: 'i1', interviewerId: 'p1' })).toBe(true);
    expect(isMessage({ type: 'note:emailed', interviewId: 'i1', interviewerId: 'p1', at: '2026-01-01T00:00:00Z' })).toBe(true);
  });

  it('rejects anything else', () => {
    for (const bad of [
      null,
      'compose:query',
      [],
      { type: 'unknown' },
      { type: 'compose:insert', interviewId: 'i1' },
      { type: 'compose:insert', interviewId: '', interviewerId: 'p1' },
      { type: 'compose:insert', interviewId: 'i1', interviewerId: 5 },
      { type: 'compose:insert', interviewId: 'i1', interviewerId: 'p1', options: 'x' },
      { type: 'note:emailed', interviewId: 'i1', interviewerId: 'p1', at: 'x'.repeat(300) },
    ]) {
      expect(isMessage(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
