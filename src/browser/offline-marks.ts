/**
 * Records whose page a check for updates found gone (404/410), by record id.
 * Kept apart from updates.ts so the popup's details read it without loading
 * the extractors. The record itself is never deleted.
 */

import { storage } from 'wxt/utils/storage';

export interface OfflineMark {
  /** When a check first found the page gone. */
  since: string;
  status: number;
}

export const offlineMarksItem = storage.defineItem<Record<string, OfflineMark>>('local:updates.offline', { fallback: {} });
