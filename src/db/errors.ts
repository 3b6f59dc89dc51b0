/**
 * Storage failures the user must understand: a full disk, a closed
 * database, or an upgrade blocked by another open tab.
 */

export type StorageErrorKind = 'quota' | 'closed' | 'blocked' | 'newer' | 'unknown';

export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    'The browser has no storage space left for the collection. Free some disk space or delete records, then try again.',
  closed:
    'The collection database was closed, usually because the extension was updated or another of its tabs upgraded the database. Reload this page, then try again.',
  blocked:
    'The collection database is being upgraded but another open tab of the extension is blocking it. Close the other extension tabs and try again.',
  newer: 'The collection was saved by a newer version of the extension. Please update the extension.',
  unknown: 'The collection could not be read or saved',
};

/** The Dexie/IndexedDB error names in the chain (Dexie wraps native errors in `inner`). */
function errorNames(err: unknown): string[] {
  const names: string[] = [];
  let cur: unknown = err;
  for (let depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const e = cur as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof e.name === 'string') names.push(e.name);
    cur = e.inner ?? e.cause;
  }
  return names;
}

export function classifyStorageError(err: unknown): StorageErrorKind {
  if (err instanceof StorageError) return err.kind;
  const names = errorNames(err);
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.includes('DatabaseClosedError')) return 'closed';
  if (names.some((n) => n === 'VersionChangeError' || n === 'BlockedError')) return 'blocked';
  // The database on disk has a higher version than this code (the extension was downgraded).
  if (names.includes('VersionError')) return 'newer';
  return 'unknown';
}

/** A sentence for the user, whatever was thrown. */
export function describeStorageError(err: unknown): string {
  const kind = classifyStorageError(err);
  if (kind !== 'unknown') return MESSAGES[kind];
  if (err instanceof StorageError) return err.message;
  const detail = err instanceof Error ? err.message : String(err);
  return `${MESSAGES.unknown}: ${detail}`;
}

/** A StorageError of a known kind with its user message (for problems reported without a thrown error). */
export function storageProblem(kind: Exclude<StorageErrorKind, 'unknown'>): StorageError {
  return new StorageError(kind, MESSAGES[kind]);
}

export function toStorageError(err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  return new StorageError(classifyStorageError(err), describeStorageError(err), { cause: err });
}

/** Runs a database operation and rethrows storage failures as StorageError. Other errors pass through. */
export async function withStorageErrors<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    if (classifyStorageError(err) === 'unknown') throw err;
    throw toStorageError(err);
  }
}
