// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { lazyModule, useLazyModule, type LazyModule } from '../../../src/ui/lazy';

afterEach(cleanup);

describe('a module loaded on first need', () => {
  it('imports once, however often it is asked for, and then has it at hand', async () => {
    const importer = vi.fn(async () => ({ answer: 42 }));
    const lazy = lazyModule(importer);
    expect(importer).not.toHaveBeenCalled();
    expect(lazy.current).toBeUndefined();
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).toBe(b);
    expect(lazy.current).toEqual({ answer: 42 });
    await lazy.load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed import', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new Error('fetch failed')).mockResolvedValueOnce({ ok: true });
    const lazy = lazyModule(importer as () => Promise<{ ok: boolean }>);
    await expect(lazy.load()).rejects.toThrow('fetch failed');
    expect(lazy.current).toBeUndefined();
    await expect(lazy.load()).resolves.toEqual({ ok: true });
    expect(importer).toHaveBeenCalledTimes(2);
  });

  function Show({ lazy, wanted }: { lazy: LazyModule<{ label: string }>; wanted: boolean }) {
    const module = useLazyModule(lazy, wanted);
    return <p>{module ? module.label : 'waiting'}</p>;
  }

  it('is loaded by the hook only when wanted, and the component re-renders when it arrives', async () => {
    const importer = vi.fn(async () => ({ label: 'loaded' }));
    const lazy = lazyModule(importer);
    // render() runs the component's effects before it returns: a load it started would have begun.
    const { rerender } = render(<Show lazy={lazy} wanted={false} />);
    rerender(<Show lazy={lazy} wanted={false} />);
    expect(importer).not.toHaveBeenCalled();
    expect(screen.getByText('waiting')).toBeTruthy();
    rerender(<Show lazy={lazy} wanted={true} />);
    expect(await screen.findByText('loaded')).toBeTruthy();
    expect(importer).toHaveBeenCalledTimes(1);
  });
});
