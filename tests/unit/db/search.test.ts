import { describe, expect, it, vi } from 'vitest';
import { highlightRanges } from '../../../src/search/highlight';
import { saveClip, searchRecords, setTags } from '../../../src/db/records';
import { sampleContents } from '../helpers/records';
import { freshDb } from './helpers';

async function seeded() {
  const db = freshDb();
  const dates = ['2026-03-01T00:00:00Z', '2026-03-03T00:00:00Z', '2026-03-02T00:00:00Z'];
  const saved = [];
  for (const [i, c] of sampleContents().entries()) saved.push((await saveClip(db, c, new Date(dates[i]!))).record);
  return { db, saved };
}

const titles = (r: { records: Array<{ title: string }> }) => r.records.map((x) => x.title).sort();

describe('searchRecords', () => {
  it('finds Hürth by "hurth", "huerth", "Hürth" and "HÜRTH"', async () => {
    const { db } = await seeded();
    for (const q of ['hurth', 'huerth', 'Hürth', 'HÜRTH']) {
      expect(titles(await searchRecords(db, q)), q).toEqual(['Hürth – Peremyshlyany']);
    }
  });

  it('folds ß and matches words from answers and interviewees', async () => {
    const { db } = await seeded();
    expect(titles(await searchRecords(db, 'strasse'))).toEqual(['Oberhausen – Saporischschja']);
    expect(titles(await searchRecords(db, 'Straßenbahn'))).toEqual(['Oberhausen – Saporischschja']);
    expect(titles(await searchRecords(db, 'steinhauer'))).toEqual(['Duisburg – Kryvyi Rih']);
  });

  it('matches the word being typed as a prefix', async () => {
    const { db } = await seeded();
    expect(titles(await searchRecords(db, 'Sapor'))).toEqual(['Oberhausen – Saporischschja']);
    expect(titles(await searchRecords(db, 'Stadt O'))).toEqual(['Oberhausen – Saporischschja']);
    expect(titles(await searchRecords(db, 'zzzz'))).toEqual([]);
  });

  it('combines words with AND', async () => {
    const { db } = await seeded();
    // "Stadt" is in all three interviewees' affiliations.
    expect((await searchRecords(db, 'Stadt')).records).toHaveLength(3);
    expect(titles(await searchRecords(db, 'stadt duisburg'))).toEqual(['Duisburg – Kryvyi Rih']);
    expect(titles(await searchRecords(db, 'duisburg hürth'))).toEqual([]);
  });

  it('reads the search index and then only the matching records, never every record', async () => {
    const { db } = await seeded();
    const shards = vi.spyOn(db.searchShards, 'toArray');
    const toArray = vi.spyOn(db.records, 'toArray');
    const bulkGet = vi.spyOn(db.records, 'bulkGet');
    const found = await searchRecords(db, 'stadt duis');
    expect(shards).toHaveBeenCalledTimes(1);
    expect(toArray).not.toHaveBeenCalled();
    expect(bulkGet.mock.calls).toEqual([[found.records.map((r) => r.id)]]);
    expect(found.records).toHaveLength(1);
  });

  it('filters by kind and tag and sorts by title, partner or capture date', async () => {
    const { db, saved } = await seeded();
    await setTags(db, saved[0]!.id, ['Metall']);
    await setTags(db, saved[2]!.id, ['Metall']);
    expect(titles(await searchRecords(db, '', { kind: 'Kommunalpartnerschaft' }))).toEqual(['Hürth – Peremyshlyany']);
    expect(titles(await searchRecords(db, '', { tag: 'Metall' }))).toEqual(['Duisburg – Kryvyi Rih', 'Oberhausen – Saporischschja']);
    expect(titles(await searchRecords(db, 'stadt', { tag: 'Metall', kind: 'Städtepartnerschaft' }))).toEqual(['Oberhausen – Saporischschja']);

    const order = async (sort: 'title' | 'partner' | 'captured') => (await searchRecords(db, '', { sort })).records.map((r) => r.partners[0]);
    expect(await order('title')).toEqual(['Duisburg', 'Hürth', 'Oberhausen']);
    expect(await order('partner')).toEqual(['Duisburg', 'Hürth', 'Oberhausen']);
    expect(await order('captured')).toEqual(['Hürth', 'Oberhausen', 'Duisburg']);
  });

  it('returns a highlighter for the same query', async () => {
    const { db } = await seeded();
    const res = await searchRecords(db, 'huerth');
    const title = res.records[0]!.title;
    expect(res.highlight(title).map(([s, e]) => title.slice(s, e))).toEqual(['Hürth']);
  });
});

describe('highlightRanges', () => {
  const marked = (text: string, q: string) => highlightRanges(text, q).map(([s, e]) => text.slice(s, e));

  it('maps folded matches back to the original characters', () => {
    expect(marked('Hürth – Peremyshlyany', 'hue')).toEqual(['Hü']);
    expect(marked('Hürth – Peremyshlyany', 'hur')).toEqual(['Hür']);
    expect(marked('Die Straße', 'strass')).toEqual(['Straß']);
    expect(marked('Die Straße', 'strasse')).toEqual(['Straße']);
    expect(marked('Café Élan', 'cafe el')).toEqual(['Café', 'Él']);
  });

  it('marks every matching word and nothing else', () => {
    expect(highlightRanges('Stadt Duisburg, Stadtwerke', 'stadt')).toEqual([
      [0, 5],
      [16, 21],
    ]);
    expect(highlightRanges('Duisburg', '')).toEqual([]);
    expect(highlightRanges('Duisburg', 'burg')).toEqual([]);
  });
});
