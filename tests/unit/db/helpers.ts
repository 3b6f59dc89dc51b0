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
