import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIdeasCommand } from '../../../src/cli/ideas-command';
import { buildRecordsFile, serialise } from '../../../src/export/json';
import type { PartnershipRecord } from '../../../src/record/types';
import { PORTRAITS } from '../ideas/fixtures/portraits';
import { makeRecord } from '../helpers/records';
import { env } from './memory-env';

const here = dirname(fileURLToPath(import.meta.url));
const read = (path: string): string => readFileSync(join(here, path), 'utf8');
const V1 = read('../export/fixtures/records-v1.json');
const V2 = read('../export/fixtures/records-v2.json');
const portraitPage = read('../../golden/fixtures/portrait--seed-paragraphs.html');
const newsPage = read('../../golden/fixtures/no-qa--news-article.html');

interface IdeasDocument {
  records: {
    url: string;
    title: string;
    answers: { questionId: string | null; topics: string[]; organisations: { name: string; type: string; text: string }[] }[];
    similar: { url: string; score: number; reasons: string; shared: { topics: string[]; organisations: string[] } }[];
  }[];
  organisations: { name: string; type: string; mentions: number; records: number }[];
  topics: Record<string, number>;
}

const run = (argv: string[], files: Record<string, string | Uint8Array>, folders: Record<string, string[]> = {}) => {
  const result = runIdeasCommand(argv, env(files, folders));
  return { ...result, doc: result.stdout ? (JSON.parse(result.stdout) as IdeasDocument) : null };
};

/** The annotated portraits as a records export: four clusters of similar partnerships. */
function clusteredExport(): string {
  const records: PartnershipRecord[] = PORTRAITS.map((p, i) =>
    makeRecord({
      id: `id-${i}`,
      url: `https://example.org/${p.key}/`,
      title: p.partners.join(' – '),
      partners: p.partners,
      answers: p.answers.map((a) => ({ number: null, questionId: a.q, question: a.q, markdown: a.text, text: a.text })),
    }),
  );
  return serialise(buildRecordsFile(records, new Date('2026-03-01T00:00:00Z')));
}

describe('ideas command', () => {
  it('reads a v2 export: topics and organisations per answer, the index and the topic counts', () => {
    const { code, stderr, doc } = run(['export.json'], { 'export.json': V2 });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(doc!.records.map((r) => r.title)).toEqual(['Lünen – Korosten', 'Brühl – Kolomyja']);
    expect(doc!.records[0]!.answers[1]).toEqual({
      questionId: 'funding-tips',
      topics: ['funding'],
      organisations: [
        { name: 'Engagement Global', type: 'funder', text: 'SKEW' },
        { name: 'Nachhaltige Kommunalentwicklung durch Partnerschaftsprojekte', type: 'funder', text: 'Nakopa' },
      ],
    });
    // Funders first, then the other types in their documented order.
    expect(doc!.organisations.map((o) => o.type)).toEqual(['funder', 'funder', 'association', 'company']);
    expect(doc!.organisations[0]).toMatchObject({ name: 'Engagement Global', mentions: 1, records: 1 });
    expect(Object.keys(doc!.topics)).toHaveLength(22);
    expect(doc!.topics).toMatchObject({ funding: 1, schools: 1, sport: 0 });
  });

  it('reads a v1 export the same way', () => {
    const { code, doc } = run(['old.json'], { 'old.json': V1 });
    expect(code).toBe(0);
    expect(doc!.records).toHaveLength(2);
    expect(doc!.records[0]!.answers).toHaveLength(2);
  });

  it('lists similar partnerships with their reasons, from the own cluster', () => {
    const { doc } = run(['all.json'], { 'all.json': clusteredExport() });
    doc!.records.forEach((record, i) => {
      const own = PORTRAITS[i]!.cluster;
      const best = record.similar[0]!;
      expect(PORTRAITS.find((p) => best.url.includes(p.key))!.cluster).toBe(own);
      expect(best.reasons).toMatch(/^both: /);
      expect(best.shared.topics.length).toBeGreaterThan(0);
      expect(record.similar.map((s) => s.url)).not.toContain(record.url);
    });
    const luenen = doc!.records.find((r) => r.url.includes('luenen'))!;
    expect(luenen.similar[0]!.reasons).toContain('both name');
  });

  it('reads saved pages and folders; a page without Q&A is reported, not fatal', () => {
    const { code, stderr, doc } = run(['pages'], { 'pages/a.html': portraitPage, 'pages/b.html': newsPage }, { pages: ['a.html', 'b.html'] });
    expect(code).toBe(0);
    expect(doc!.records).toHaveLength(1);
    expect(doc!.records[0]!.answers.length).toBeGreaterThan(5);
    expect(stderr).toContain('pages/b.html');
  });

  it('decodes a saved page by its own charset, as parse does', () => {
    const bytes = readFileSync(join(here, '../../golden/fixtures/accordion--latin1-path-as-written.html'));
    const { code, doc } = run(['faq.html'], { 'faq.html': new Uint8Array(bytes) });
    expect(code).toBe(0);
    // The title its golden expectation gives; read as UTF-8 the ä would be a replacement character.
    expect(doc!.records[0]!.title).toBe('Partnerschaft mit Dnipro: häufige Fragen');
  });

  it('exits 1 with a reason when no input gives a record', () => {
    const { code, stdout, stderr } = run(['news.html'], { 'news.html': newsPage });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('news.html');
  });

  it('exits 2 for unreadable input: a missing file, broken JSON, another format', () => {
    expect(run(['missing.json'], {})).toMatchObject({ code: 2, stderr: expect.stringContaining('missing.json') });
    expect(run(['broken.json'], { 'broken.json': '{"format":' })).toMatchObject({ code: 2, stderr: expect.stringContaining('not valid JSON') });
    expect(run(['other.json'], { 'other.json': '{"format":"something-else","version":1,"records":[]}' })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not a Partnership Clipper export'),
    });
    expect(run([], {})).toMatchObject({ code: 2 });
    expect(run(['--nope'], {})).toMatchObject({ code: 2 });
  });

  it('skips an invalid record in a file and says which', () => {
    const file = JSON.parse(V1) as { records: unknown[] };
    file.records.push({ url: 'https://example.org/x/' });
    const { code, stderr, doc } = run(['mixed.json'], { 'mixed.json': JSON.stringify(file) });
    expect(code).toBe(0);
    expect(doc!.records).toHaveLength(2);
    expect(stderr).toContain('record 2 skipped');
  });
});
