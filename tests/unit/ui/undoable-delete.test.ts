import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeletedPayload } from '../../../src/db/records';
import { UndoableDelete, type UndoOffer } from '../../../src/ui/undoable-delete';

const payload = (id: string) => ({ records: [{ id }] }) as unknown as DeletedPayload;

describe('UndoableDelete', () => {
  let shown: (UndoOffer | null)[];
  const last = () => shown.at(-1) ?? null;
  beforeEach(() => {
    shown = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('offers the latest delete only, and undo restores exactly that one', async () => {
    const deletes = new UndoableDelete((offer) => shown.push(offer));
    await deletes.remove(async () => payload('a'));
    await deletes.remove(async () => payload('b'));
    const restored: DeletedPayload[] = [];
    await deletes.undo(async (p) => void restored.push(p));
    expect(restored).toEqual([payload('b')]);
    expect(last()).toBeNull();
    await deletes.undo(async (p) => void restored.push(p)); // nothing left to undo
    expect(restored).toHaveLength(1);
  });

  it('lets a timed offer expire, but not while its undo runs', async () => {
    const deletes = new UndoableDelete((offer) => shown.push(offer), 10_000);
    await deletes.remove(async () => payload('a'));
    vi.advanceTimersByTime(9_999);
    expect(last()).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(last()).toBeNull();

    await deletes.remove(async () => payload('b'));
    let finish!: () => void;
    const undoing = deletes.undo(() => new Promise<void>((resolve) => (finish = resolve)));
    vi.advanceTimersByTime(20_000);
    expect(last()).not.toBeNull(); // still offered: the restore has not finished
    await deletes.undo(async () => expect.unreachable('a second undo while one runs'));
    finish();
    await undoing;
    expect(last()).toBeNull();
  });

  it('keeps the offer when the undo fails, so the user can try again', async () => {
    const deletes = new UndoableDelete((offer) => shown.push(offer), 10_000);
    await deletes.remove(async () => payload('a'));
    await expect(deletes.undo(async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(last()?.payload).toEqual(payload('a'));
    vi.advanceTimersByTime(9_999);
    expect(last()).not.toBeNull(); // the time limit started again
    const restored: DeletedPayload[] = [];
    await deletes.undo(async (p) => void restored.push(p));
    expect(restored).toEqual([payload('a')]);
  });

  it('keeps the previous offer when a delete fails', async () => {
    const deletes = new UndoableDelete((offer) => shown.push(offer));
    await deletes.remove(async () => payload('a'));
    await expect(deletes.remove(async () => Promise.reject(new Error('locked')))).rejects.toThrow('locked');
    expect(last()?.payload).toEqual(payload('a'));
  });
});
