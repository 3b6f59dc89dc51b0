/**
 * Tags and note belong to the user, not to the page. Whenever content is
 * replaced (import, undo of a delete, backup merge) they are merged, never
 * overwritten: the tags are the union, the note is the local one unless it is
 * empty.
 */

import type { PartnershipRecord } from './types';

/** Trims, drops empty tags and case-insensitive duplicates (first spelling wins). */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLocaleLowerCase('de');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export type UserFields = Pick<PartnershipRecord, 'tags' | 'note'>;

/** The user fields after `incoming` replaces `local`'s content: local tags first, then the new ones. */
export function mergeUserFields(local: UserFields, incoming: UserFields): UserFields {
  return {
    tags: normaliseTags([...local.tags, ...incoming.tags]),
    note: local.note.trim() ? local.note : incoming.note,
  };
}
