import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { openClipperDB, type ClipperDB } from '../../../src/db/schema';

const opened: ClipperDB[] = [];

/** A fresh database with a unique name; closed and deleted after the test. */
export function freshDb(): ClipperDB {
  const db = openClipperDB(`test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A database at schema v1 (as the first release left it) holding these rows; returns its name. */
export async function v1Database(rows: unknown[], prefix = 'v1'): Promise<string> {
  const name = `${prefix}-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores({ records: 'id, &url, capturedAt' });
  await v1.table('records').bulkAdd(rows);
  v1.close();
  return name;
}
