import { withNodeCaches } from './nodes';

/**
 * Segmenting and analysing are the costly steps and several extractors need
 * them: during one registry run each is computed once per document. Outside a
 * run nothing is cached, so a live page that changes is always read afresh.
 */
let runCache: WeakMap<Document, Map<string, unknown>> | null = null;

export function withRunCache<T>(fn: () => T): T {
  const previous = runCache;
  runCache = new WeakMap();
  try {
    return withNodeCaches(fn);
  } finally {
    runCache = previous;
  }
}

/** `compute()`, remembered under `key` for this document during a registry run. */
export function memoForRun<T>(doc: Document, key: string, compute: () => T): T {
  if (!runCache) return compute();
  let entries = runCache.get(doc);
  if (!entries) runCache.set(doc, (entries = new Map()));
  if (entries.has(key)) return entries.get(key) as T;
  const value = compute();
  entries.set(key, value);
  return value;
}
