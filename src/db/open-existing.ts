/**
 * Plain IndexedDB opening of the collection as it is, without Dexie: for the
 * popup's quick first read (quick-read.ts) and for warming a page's connection
 * before Dexie opens it (`warmUpDatabase`).
 */

import { DEFAULT_DB_NAME } from './names';

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens the existing database as it is; never creates or upgrades it. */
export function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const req = factory.open(name);
    // Only a database that does not exist (deleted meanwhile) gets here: undo its creation.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    req.onblocked = () => resolve(null);
  });
}

/**
 * Opens the collection once and closes it again, first thing in a page that reads it through Dexie.
 * In Chromium a new document's first IndexedDB open took 140–290 ms on the full-tab page at 10,000
 * records (another open in a page that has one: about 1 ms), while loading the page's code took about
 * 100 ms: started here, the two overlap (docs/performance.md, finding 16). Never creates the database,
 * never holds it open (an upgrade in another tab is not blocked), never fails.
 */
export function warmUpDatabase(name: string = DEFAULT_DB_NAME, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<void> {
  if (!factory) return Promise.resolve();
  return openExisting(factory, name).then(
    (db) => db?.close(),
    () => undefined,
  );
}
