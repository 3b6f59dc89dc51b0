/** The download of rows an upgrade kept aside (src/db/quarantine.ts), so they can be mended by hand. */

import { QUARANTINE_FORMAT, type QuarantinedRow } from '../db/quarantine';
import type { ClipperDB } from '../db/schema';
import { withStorageErrors } from '../db/errors';

export interface QuarantineFileV1 {
  format: typeof QUARANTINE_FORMAT;
  version: 1;
  exportedAt: string;
  rows: Array<Omit<QuarantinedRow, 'seq'>>;
}

export function buildQuarantineFile(db: ClipperDB, now: Date = new Date()): Promise<QuarantineFileV1> {
  return withStorageErrors(async () => ({
    format: QUARANTINE_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    rows: (await db.quarantine.toArray()).map(({ table, version, reason, quarantinedAt, row }) => ({ table, version, reason, quarantinedAt, row })),
  }));
}
