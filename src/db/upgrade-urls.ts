/**
 * Schema v5: every stored URL in its stored form (serialiseUrl). Before, a
 * URL with "|", "[", "]", "^" or a stray "%" in its path was stored raw, so the
 * record and every export holding it failed the record schema.
 *
 * Two rows can turn out to be one page ("a|b" and "a%7Cb"). The URL index is
 * unique, so they cannot both stay: the later-updated row keeps the URL, the
 * other becomes its revision, and its tags and note are merged in. Nothing is lost.
 */

import type { Transaction } from 'dexie';
import type { PartnershipRecord } from '../record/types';
import { serialiseUrl } from '../record/url-form';
import { mergeUserFields } from '../record/user-fields';
import { newId } from '../record/content';
import type { Revision } from './schema';

/** A URL that cannot be parsed (or a row without one) stays as it is: the validator names it on export. */
const storedForm = (url: unknown): unknown => (typeof url === 'string' ? (serialiseUrl(url) ?? url) : url);

/** `stored`: every row of `records` as it stands, when the caller has them (an upgrade that just wrote them); read otherwise. */
export async function upgradeStoredUrls(tx: Transaction, stored?: readonly PartnershipRecord[]): Promise<void> {
  const records = tx.table<PartnershipRecord, string>('records');
  const revisions = tx.table<Revision, string>('revisions');
  const now = new Date().toISOString();

  const rows = stored ?? (await records.toArray());
  const byUrl = new Map(rows.map((r) => [r.url, r]));
  const put = new Map<string, PartnershipRecord>();
  const gone: string[] = [];
  const merged: Revision[] = [];
  const movedRevisions = new Map<string, string>();
  for (const row of rows) {
    const url = storedForm(row.url);
    if (url === row.url || typeof url !== 'string') continue;
    byUrl.delete(row.url);
    const holder = byUrl.get(url);
    if (!holder) {
      const moved = { ...row, url };
      byUrl.set(url, moved);
      put.set(row.id, moved);
      continue;
    }
    const [keep, lose] = holder.updatedAt >= row.updatedAt ? [holder, { ...row, url }] : [{ ...row, url }, holder];
    const kept = { ...keep, ...mergeUserFields(keep, lose) };
    byUrl.set(url, kept);
    put.set(kept.id, kept);
    put.delete(lose.id);
    gone.push(lose.id);
    merged.push({ id: newId(), recordId: kept.id, savedAt: now, record: { ...lose, id: kept.id } });
    movedRevisions.set(lose.id, kept.id);
  }
  if (gone.length) await records.bulkDelete(gone);
  if (put.size) await records.bulkPut([...put.values()]);
  if (merged.length) await revisions.bulkAdd(merged);

  await revisions
    .filter((rev) => movedRevisions.has(rev.recordId) || (!!rev.record && storedForm(rev.record.url) !== rev.record.url))
    .modify((rev) => {
      if (rev.record) rev.record.url = storedForm(rev.record.url) as string;
      rev.recordId = movedRevisions.get(rev.recordId) ?? rev.recordId;
    });
}
