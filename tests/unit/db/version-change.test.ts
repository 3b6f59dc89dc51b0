// Two connections at different schema versions, as when a tab with the old
// extension code stays open while an updated extension page upgrades the database.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeStorageError, type StorageError } from '../../../src/db/errors';
import { listRecords, saveClip } from '../../../src/db/records';
import { openClipperDB } from '../../../src/db/schema';
import { SCHEMA_VERSION } from '../../../src/db/names';
import { makeContent } from '../helpers/records';

/** The current stores plus one more table: what a future schema version could look like. */
function futureDb(name: string): Dexie {
  const next = new Dexie(name);
  next.version(SCHEMA_VERSION + 1).stores({
    records: 'id, &url, kind, capturedAt, *tags',
    revisions: 'id, recordId, [recordId+savedAt]',
    settings: 'key',
    searchShards: 'shard',
    future: 'id',
  });
  return next;
}

describe('another connection upgrading the database', () => {
  it('closes the old connection, reports it, and later calls fail with a clear message', async () => {
    const name = `vc-${crypto.randomUUID()}`;
    const old = openClipperDB(name);
    await saveClip(old, makeContent());
    const problems: StorageError[] = [];
    old.onStorageProblem((p) => problems.push(p));

    const next = futureDb(name);
    await next.open(); // resolves only because the old connection closed itself
    expect(next.verno).toBe(SCHEMA_VERSION + 1);
    expect(await next.table('records').count()).toBe(1);

    expect(problems.map((p) => p.kind)).toEqual(['closed']);
    expect(problems[0]!.message).toMatch(/Reload this page/);
    expect(old.isOpen()).toBe(false);
    // No silent reopen with the old schema: the page must be reloaded.
    const err = await listRecords(old).catch((e: unknown) => e);
    expect((err as StorageError).kind).toBe('closed');
    expect(describeStorageError(err)).toMatch(/another of its tabs upgraded the database\. Reload this page/);
    next.close();
    await Dexie.delete(name);
  });

  it('reports a blocked upgrade when an old connection does not close', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    // An old page at schema v1 that ignores the versionchange request.
    const stubborn = new Dexie(name);
    stubborn.version(1).stores({ records: 'id, &url, capturedAt' });
    await stubborn.open();
    stubborn.on('versionchange', () => false);
    const idb = stubborn.backendDB();
    idb.onversionchange = null; // keep the native connection open

    const db = openClipperDB(name);
    const problems: StorageError[] = [];
    db.onStorageProblem((p) => problems.push(p));
    const opening = db.open();
    await expect.poll(() => problems.length).toBe(1);
    expect(problems[0]!.kind).toBe('blocked');
    expect(problems[0]!.message).toMatch(/another open tab of the extension is blocking it/);

    stubborn.close();
    await opening;
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
    await Dexie.delete(name);
  });

  it('unsubscribes', async () => {
    const name = `unsub-${crypto.randomUUID()}`;
    const old = openClipperDB(name);
    await old.open();
    let calls = 0;
    const off = old.onStorageProblem(() => calls++);
    off();
    const next = futureDb(name);
    await next.open();
    expect(calls).toBe(0);
    next.close();
    await Dexie.delete(name);
  });
});
