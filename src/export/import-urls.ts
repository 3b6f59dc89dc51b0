/**
 * An imported file's URLs in the form clipping stores them (normaliseUrl):
 * "…/?utm_source=newsletter", "…/#frage-3" or a portrait URL without its
 * trailing "/" find the clipped record instead of importing as a second one,
 * and a URL written raw ("|", "[", a stray "%") arrives percent-encoded.
 * Runs before validation, so two records that are one page are reported as
 * duplicates, and a value that is no URL at all is left for the validator to name.
 */

import { normaliseUrl } from '../extract/url';
import type { ImportFile } from '../record/migrate';

function withNormalisedUrl<T>(record: T): T {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return record;
  const url = (record as { url?: unknown }).url;
  if (typeof url !== 'string') return record;
  const normalised = normaliseUrl(url);
  // A copy only where the URL changes: most files hold URLs as stored, and 50,000 copies are heap and GC time.
  return normalised === url ? record : { ...record, url: normalised };
}

export function normaliseImportUrls(value: ImportFile): ImportFile {
  const records = value.file.records.map(withNormalisedUrl);
  if (value.kind === 'records') return { kind: 'records', file: { ...value.file, records } };
  const revisions = value.file.revisions.map((rev) =>
    rev && typeof rev === 'object' && 'record' in rev ? { ...rev, record: withNormalisedUrl(rev.record) } : rev,
  );
  return { kind: 'backup', file: { ...value.file, records, revisions } };
}
