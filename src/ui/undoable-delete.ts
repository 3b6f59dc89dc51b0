/**
 * A delete the user can take back: the popup's "Delete selected" and the
 * collection page's "Clear the collection" both keep what they removed and
 * offer "Undo". One rule for both: only the latest delete can be undone (a
 * second delete replaces the first's offer); an offer with a time limit
 * expires by itself, but never while its undo runs; and an undo that fails
 * keeps the offer (its time limit starts again), so nothing is lost and the
 * user can try once more.
 */

import type { DeletedPayload } from '../db/records';

export interface UndoOffer {
  payload: DeletedPayload;
}

export class UndoableDelete {
  private offer: UndoOffer | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private restoring = false;

  /**
   * @param changed called with the offer to show, or null when there is none any more.
   * @param keepMs how long an offer stays; without it, until the next delete or undo.
   */
  constructor(
    private readonly changed: (offer: UndoOffer | null) => void,
    private readonly keepMs?: number,
  ) {}

  /** Runs `remove` and offers to undo what it removed. Errors reach the caller; the previous offer then stays. */
  async remove(remove: () => Promise<DeletedPayload>): Promise<DeletedPayload> {
    const payload = await remove();
    this.show({ payload });
    return payload;
  }

  /** Puts the latest removal back with `restore`; nothing without an offer or while an undo runs. Errors reach the caller. */
  async undo(restore: (payload: DeletedPayload) => Promise<void>): Promise<void> {
    const offer = this.offer;
    if (!offer || this.restoring) return;
    this.restoring = true;
    clearTimeout(this.timer);
    try {
      await restore(offer.payload);
      if (this.offer === offer) this.show(null);
    } catch (error) {
      if (this.offer === offer) this.show(offer);
      throw error;
    } finally {
      this.restoring = false;
    }
  }

  /** Drops the offer (the page goes away, or the user moved on). */
  dismiss(): void {
    this.show(null);
  }

  private show(offer: UndoOffer | null): void {
    clearTimeout(this.timer);
    this.offer = offer;
    if (offer && this.keepMs !== undefined) this.timer = setTimeout(() => this.show(null), this.keepMs);
    this.changed(offer);
  }
}
