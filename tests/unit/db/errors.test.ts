import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError, describeStorageError, StorageError, withStorageErrors } from '../../../src/db/errors';
import { listRecords } from '../../../src/db/records';
import { openClipperDB } from '../../../src/db/schema';

describe('storage errors', () => {
  it('recognises quota errors, also when Dexie wraps them', () => {
    const native = new DOMException('full', 'QuotaExceededError');
    expect(classifyStorageError(native)).toBe('quota');
    const wrapped = new Dexie.AbortError('aborted', native);
    expect(classifyStorageError(wrapped)).toBe('quota');
    expect(describeStorageError(wrapped)).toMatch(/no storage space left/);
  });

  it('describes blocked upgrades and closed databases', () => {
    expect(describeStorageError(new Dexie.VersionChangeError('x'))).toMatch(/another open tab/);
    expect(describeStorageError(new Dexie.DatabaseClosedError('x'))).toMatch(/closed/);
    expect(describeStorageError(new Dexie.VersionError('x'))).toMatch(/newer version of the extension/);
    expect(describeStorageError(new Error('boom'))).toBe('The collection could not be read or saved: boom');
  });

  it('turns a closed database into a StorageError from the public functions', async () => {
    const db = openClipperDB(`closed-${crypto.randomUUID()}`);
    await db.open();
    db.close();
    const err = await listRecords(db).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).kind).toBe('closed');
    await db.delete();
  });

  it('lets ordinary errors through unchanged', async () => {
    const plain = new Error('not storage');
    await expect(withStorageErrors(() => Promise.reject(plain))).rejects.toBe(plain);
  });
});
