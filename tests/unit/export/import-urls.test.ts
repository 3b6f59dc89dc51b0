import { describe, expect, it } from 'vitest';
import { listRecords, saveClip } from '../../../src/db/records';
import { buildBackup } from '../../../src/export/backup';
import { applyImport, planImport } from '../../../src/export/import-plan';
import { buildRecordsFile, serialise } from '../../../src/export/json';
import { normaliseUrl } from '../../../src/extract/url';
import type { PartnershipRecord } from '../../../src/record/types';
import { freshDb } from '../db/helpers';
import { makeContent, makeRecord } from '../helpers/records';

const PAGE = 'https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/';
const fileOf = (records: PartnershipRecord[]) => serialise(buildRecordsFile(records));

describe('import folds URL variants exactly as clipping does', () => {
  it.each([
    ['a tracking parameter', `${PAGE}?utm_source=newsletter`],
    ['a hash', `${PAGE}#frage-3`],
    ['a missing trailing slash on the portrait site', PAGE.replace(/\/$/, '')],
    ['an AMP variant', `${PAGE}amp/`],
  ])('%s finds the clipped page instead of importing as "1 new"', async (_, variant) => {
    const db = freshDb();
    const clipped = (await saveClip(db, makeContent({ url: variant }))).record;
    expect(clipped.url).toBe(PAGE);
    const res = await planImport(db, fileOf([{ ...clipped, id: crypto.randomUUID(), url: variant }]));
    expect(res.ok && res.plan.summary.text).toBe('0 new, 0 updated, 0 older (kept as history), 1 unchanged, 0 invalid');
    // Clipping and import give the one same form.
    expect(normaliseUrl(variant)).toBe(PAGE);
  });

  it('stores an imported URL with raw "|", "[", "^" or a stray "%" percent-encoded, as a clip would', async () => {
    const db = freshDb();
    const record = makeRecord({ url: 'https://x.example/liste|2024/[neu]^/100%' });
    const res = await planImport(db, fileOf([record]));
    if (!res.ok) throw new Error(res.error);
    expect(res.plan.summary.new).toBe(1);
    await applyImport(db, res.plan);
    const [stored] = await listRecords(db);
    expect(stored?.url).toBe('https://x.example/liste%7C2024/%5Bneu%5D%5E/100%25');
    // A re-clip of the raw URL finds it.
    expect((await saveClip(db, makeContent({ url: 'https://x.example/liste|2024/[neu]^/100%' }))).record.id).toBe(stored?.id);
  });

  it('a clip of a URL with "|", "[", "]", "^" or a stray "%" exports a file that imports again (issue 17.4)', async () => {
    const db = freshDb();
    const { record } = await saveClip(db, makeContent({ url: 'https://x.example/termine|2025/[alt]^/50%' }));
    expect(record.url).toBe('https://x.example/termine%7C2025/%5Balt%5D%5E/50%25');
    const res = await planImport(freshDb(), fileOf(await listRecords(db)));
    if (!res.ok) throw new Error(res.error);
    expect(res.plan.messages).toEqual([]);
    expect(res.plan.summary.new).toBe(1);
  });

  it('reports two records of one page in a file as duplicates, not as two new records', async () => {
    const db = freshDb();
    const a = makeRecord({ url: PAGE });
    const b = makeRecord({ url: `${PAGE}?utm_campaign=x` });
    const res = await planImport(db, fileOf([a, b]));
    if (!res.ok) throw new Error(res.error);
    expect(res.plan.messages).toEqual([`record 2 ("Duisburg – Kryvyi Rih"): url is the same as record 1 ("Duisburg – Kryvyi Rih")'s`]);
  });

  it('leaves no URL for the validator to misname: a relative one is refused with its value', async () => {
    const db = freshDb();
    const res = await planImport(db, fileOf([makeRecord({ url: '/duisburg-kryvyi-rih/' })]));
    if (!res.ok) throw new Error(res.error);
    expect(res.plan.messages).toEqual(['record 1 ("Duisburg – Kryvyi Rih"): url "/duisburg-kryvyi-rih/" is not an absolute URL (it must start with https://, http:// or file://)']);
  });

  it('finds a record an older version stored with a "/" added to another site\'s path', async () => {
    const db = freshDb();
    const legacy = makeRecord({ url: 'https://www.stadt-koeln.example/partnerschaft-dnipro/faq/' });
    await db.records.add(legacy);
    const incoming = { ...legacy, id: crypto.randomUUID(), url: 'https://www.stadt-koeln.example/partnerschaft-dnipro/faq' };
    const res = await planImport(db, fileOf([incoming]));
    expect(res.ok && res.plan.summary.unchanged + res.plan.summary.updated + res.plan.summary.older).toBe(1);
  });

  it('a backup\'s revisions get the stored URL form too', async () => {
    const db = freshDb();
    await saveClip(db, makeContent({ url: PAGE }));
    await saveClip(db, makeContent({ url: PAGE, title: 'neu' }));
    const backup = await buildBackup(db);
    const raw = JSON.parse(serialise(backup)) as { revisions: Array<{ record: { url: string } }> };
    raw.revisions[0]!.record.url = `${PAGE}#frage-3`;
    const res = await planImport(freshDb(), JSON.stringify(raw));
    if (!res.ok) throw new Error(res.error);
    expect(res.plan.revisions[0]?.record.url).toBe(PAGE);
  });
});
