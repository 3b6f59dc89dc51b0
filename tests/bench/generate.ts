/**
 * Deterministic synthetic collections for the benchmarks: records are built
 * from the golden fixtures' extracted content, with partners, people, answers,
 * tags and dates varied per record, so no two records are copies of one.
 * Runs in the browser (bundled into the bench IIFE) and in Node.
 */
import type { Answer, ClippedContent, PartnershipRecord } from '../../src/record/types';
import { prng } from '../unit/helpers/prng';

const NRW = [
  'Aachen', 'Bielefeld', 'Bochum', 'Bonn', 'Bottrop', 'Dortmund', 'Duisburg', 'Düren', 'Düsseldorf', 'Essen',
  'Gelsenkirchen', 'Gütersloh', 'Hagen', 'Hamm', 'Herne', 'Hürth', 'Iserlohn', 'Köln', 'Krefeld', 'Leverkusen',
  'Lünen', 'Marl', 'Moers', 'Mönchengladbach', 'Mülheim an der Ruhr', 'Münster', 'Neuss', 'Oberhausen', 'Paderborn',
  'Recklinghausen', 'Remscheid', 'Siegen', 'Solingen', 'Wuppertal', 'Kreis Borken', 'Kreis Lippe', 'Kreis Soest',
  'Bedburg', 'Velbert', 'Witten',
];
const UKRAINE = [
  'Kryvyi Rih', 'Saporischschja', 'Mykolajiw', 'Schytomyr', 'Peremyshlyany', 'Kamjanez-Podilskyj', 'Bila Zerkwa',
  'Winnyzja', 'Poltawa', 'Tscherkasy', 'Tscherniwzi', 'Kolomyja', 'Lutsk', 'Tscherkassy', 'Odessa', 'Charkiw',
  'Lwiw', 'Dnipro', 'Riwne', 'Ternopil', 'Uschhorod', 'Chmelnyzkyj', 'Sumy', 'Irpin', 'Butscha', 'Browary',
];
const KINDS = ['Städtepartnerschaft', 'Solidaritätspartnerschaft', 'Kommunalpartnerschaft', 'Projektpartnerschaft'];
const FIRST = ['Anna', 'Jonas', 'Lydia', 'Mehmet', 'Olena', 'Petra', 'Taras', 'Sabine', 'Dmytro', 'Katrin', 'Iryna', 'Stefan'];
const LAST = ['Becker', 'Schulz', 'Kovalenko', 'Wagner', 'Shevchenko', 'Hoffmann', 'Bondarenko', 'Krüger', 'Melnyk', 'Lange'];
const TAGS = ['schulen', 'energie', 'wasser', 'kultur', 'jugend', 'wiederaufbau', 'medizin', 'feuerwehr'];
const WORDS = [
  'Generator', 'Feuerwehrfahrzeug', 'Schulpartnerschaft', 'Krankenhaus', 'Trinkwasser', 'Solaranlage', 'Jugendaustausch',
  'Bürgerstiftung', 'Hilfstransport', 'Stadtwerke', 'Fördermittel', 'Wärmestube', 'Bibliothek', 'Sportverein',
  'Verwaltungsbesuch', 'Kläranlage', 'Orchester', 'Rathaus', 'Straßenbahn', 'Kindergarten', 'Ehrenamt', 'Delegation',
];


function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function uuid(rand: () => number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * `count` records from `templates` (extracted portrait contents). Record 0 is
 * the newest capture; answers for each question come from a random template
 * and get one varied sentence, so full-text terms differ between records.
 */
export function generateRecords(templates: readonly ClippedContent[], count: number, seed = 7): PartnershipRecord[] {
  return [...recordStream(templates, count, seed)];
}

/** The records of generateRecords one by one, so 50,000 of them need not be in memory at once. */
export function* recordStream(templates: readonly ClippedContent[], count: number, seed = 7): Generator<PartnershipRecord> {
  if (templates.length === 0) throw new Error('generateRecords needs at least one template');
  const rand = prng(seed);
  const byQuestion = new Map<string, Answer[]>();
  for (const t of templates) for (const a of t.answers) if (a.questionId) byQuestion.set(a.questionId, [...(byQuestion.get(a.questionId) ?? []), a]);
  const newest = Date.UTC(2026, 10, 1);
  for (let i = 0; i < count; i++) {
    const base = pick(rand, templates);
    const de = pick(rand, NRW);
    const ua = pick(rand, UKRAINE);
    const person = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
    const answers = base.answers.map((a) => {
      const donor = a.questionId ? pick(rand, byQuestion.get(a.questionId) ?? [a]) : a;
      const extra = `${de} und ${ua}: ${pick(rand, WORDS)}, ${pick(rand, WORDS)} (${1990 + Math.floor(rand() * 36)}).`;
      return { ...donor, number: a.number, markdown: `${donor.markdown}\n\n${extra}`, text: `${donor.text} ${extra}` };
    });
    const captured = new Date(newest - i * 3_600_000 - Math.floor(rand() * 3_000_000)).toISOString();
    const tags = [...new Set(Array.from({ length: Math.floor(rand() * 3) }, () => pick(rand, TAGS)))];
    yield {
      ...base,
      id: uuid(rand),
      url: `https://staedtepartnerschaftennrw.org/${slug(de)}-${slug(ua)}-${i}/`,
      title: `${de} – ${ua}`,
      partners: [de, ua],
      kind: base.extractor === 'portrait' ? pick(rand, KINDS) : base.kind,
      interviewee: { name: person, affiliation: `Stadt ${de}` },
      answers,
      capturedAt: captured,
      updatedAt: captured,
      tags,
      note: rand() < 0.1 ? `Nachfassen wegen ${pick(rand, WORDS)}` : '',
    };
  }
}
