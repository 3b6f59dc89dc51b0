// Issue 17, item 3: whatever the extension writes, it reads back. A collection
// of 10,000 records with 1,000 revisions makes a backup over 50 MB (the old
// import ceiling); it must import whole, as the import page reads it: a File,
// in pieces.
import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../../src/export/backup';
import { applyImport, planImport } from '../../../src/export/import-plan';
import { serialiseParts } from '../../../src/export/json';
import type { Revision } from '../../../src/db/schema';
import { QUESTIONS } from '../../../src/questions/catalogue';
import { generateRecords } from '../../bench/generate';
import { freshDb } from '../db/helpers';
import { makeContent } from '../helpers/records';

const RECORDS = 10_000;
const REVISIONS = 1_000;
const NOW = new Date('2026-11-29T12:00:00.000Z');

/** A portrait-sized template: all 12 answers, one long sentence each (about 5 KB per record, like real ones). */
function fullTemplate() {
  const sentence = 'Die Zusammenarbeit der Stadtwerke begann mit einem Hilfstransport, später kamen Schulen und Vereine hinzu. ';
  return makeContent({
    answers: QUESTIONS.map((q) => ({ number: q.number, questionId: q.id, question: q.text, markdown: sentence, text: sentence })),
  });
}

describe('a backup over 50 MB', () => {
  it('of 10,000 records and 1,000 revisions round-trips through the import', { timeout: 240_000 }, async () => {
    const source = freshDb();
    const records = generateRecords([fullTemplate()], RECORDS, 23);
    await source.records.bulkAdd(records);
    const revisions: Revision[] = records.slice(0, REVISIONS).map((r, i) => ({
      id: `rev-${String(i).padStart(4, '0')}`,
      recordId: r.id,
      savedAt: '2026-11-01T00:00:00.000Z',
      record: { ...r, answers: r.answers.slice(0, 10), updatedAt: '2026-10-01T00:00:00.000Z' },
    }));
    await source.revisions.bulkAdd(revisions);

    const parts = serialiseParts(await buildBackup(source, NOW));
    const file = new Blob(parts, { type: 'application/json' });
    expect(file.size).toBeGreaterThan(50 * 1024 * 1024);

    const target = freshDb();
    const planned = await planImport(target, file);
    if (!planned.ok) throw new Error(planned.error);
    expect(planned.plan.summary).toMatchObject({ new: RECORDS, invalid: 0 });
    expect(planned.plan.revisions).toHaveLength(REVISIONS);
    expect(await applyImport(target, planned.plan, NOW)).toMatchObject({ ok: true, created: RECORDS });

    // The collection it makes writes the very same backup.
    const again = new Blob(serialiseParts(await buildBackup(target, NOW)));
    expect(again.size).toBe(file.size);
    expect(await again.text()).toBe(await file.text());
  });
});
