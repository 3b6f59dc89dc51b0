/**
 * What the bulk-clip messages carry: the pages to clip and the job's progress
 * as the popup shows it. The queue that produces it is src/capture/bulk-queue.ts.
 */

export interface BulkItemInput {
  url: string;
  title: string;
}

export type BulkItemState =
  | 'pending'
  | 'running'
  | 'created'
  | 'updated'
  | 'unchanged'
  | 'not-portrait'
  | 'failed'
  | 'cancelled';

export interface BulkItem extends BulkItemInput {
  state: BulkItemState;
  /** Why it failed or is not a portrait (English, for logs). */
  reason?: string;
  /** The refusal code behind `reason`, which the UI translates (src/refusals/messages.ts). */
  code?: string;
  recordId?: string;
}

/** running → (cancelled | done); a retry makes a finished job running again. */
export type BulkPhase = 'running' | 'cancelled' | 'done';

export interface BulkSummary {
  created: number;
  updated: number;
  unchanged: number;
  notPortrait: number;
  failed: number;
  cancelled: number;
}

export interface BulkSnapshot {
  jobId: string;
  phase: BulkPhase;
  total: number;
  /** Items with a final outcome (anything but pending/running). */
  finished: number;
  /** Titles (or URLs) of the pages being fetched right now. */
  current: string[];
  /** Milliseconds left, estimated from this run's throughput; null until one item finished. */
  etaMs: number | null;
  items: BulkItem[];
  summary: BulkSummary;
  /** Clock time of the last change. */
  updatedAt: number;
}
