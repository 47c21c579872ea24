import { describe, expect, it } from 'vitest';
import { putBack, removeById } from '../../../src/core/removal';

const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('removeById and putBack', () => {
  it('removes a record and puts it back in its place', () => {
    const { rest, removed } = removeById(list, 'b');
    expect(rest.map((r) => r.id)).toEqual(['a', 'c']);
    expect(removed).toEqual({ item: { id: 'b' }, index: 1 });
    expect(putBack(rest, removed!).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    // The list given is left as it was.
    expect(list.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('finds nothing to remove for an unknown id', () => {
    expect(removeById(list, 'x')).toEqual({ rest: list, removed: null });
  });

  it('puts back at the end when the list has become shorter meanwhile', () => {
    const { removed } = removeById(list, 'c');
    expect(putBack([{ id: 'a' }], removed!).map((r) => r.id)).toEqual(['a', 'c']);
    expect(putBack([], removed!).map((r) => r.id)).toEqual(['c']);
  });

  it('puts back nothing twice', () => {
    const { rest, removed } = removeById(list, 'a');
    const once = putBack(rest, removed!);
    expect(putBack(once, removed!).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
