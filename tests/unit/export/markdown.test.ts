import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/export/filename';
import { recordsToCombinedMarkdown, recordsToMarkdownZip, recordToMarkdown } from '../../../src/export/markdown';
import { makeAnswers, makeRecord } from '../helpers/records';

function frontMatter(md: string): string {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m) throw new Error('no front matter');
  return m[1]!;
}

describe('recordToMarkdown', () => {
  it('writes YAML front matter with quoted strings and lists', () => {
    const md = recordToMarkdown(
      makeRecord({ title: 'Hürth: "Peremyshlyany" # 1', tags: ['yes', '- dash'], kind: null, capturedAt: '2026-01-10T09:00:00.000Z' }),
    );
    const fm = frontMatter(md);
    expect(fm).toContain('title: "Hürth: \\"Peremyshlyany\\" # 1"');
    expect(fm).toContain('partners:\n  - "Duisburg"\n  - "Kryvyi Rih"');
    expect(fm).toContain('kind: null');
    expect(fm).toContain('url: "https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/"');
    expect(fm).toContain('tags:\n  - "yes"\n  - "- dash"');
    expect(fm).toContain('captured: "2026-01-10T09:00:00.000Z"');
    expect(fm).toContain('interviewee: "Lydia Steinhauer"');
    // Every value line is a key followed by a JSON-quoted scalar, null, [] or a list.
    for (const line of fm.split('\n')) expect(line).toMatch(/^([a-zA-Z]+:( "(?:[^"\\]|\\.)*"| null| \[\])?|  - "(?:[^"\\]|\\.)*")$/);
  });

  it('credits the photo in the front matter and in the combined file', () => {
    const record = makeRecord({ photoCredit: 'Foto: Stadt Duisburg / "Archiv"', interviewer: 'Beate Brockmann' });
    expect(frontMatter(recordToMarkdown(record))).toContain('photoCredit: "Foto: Stadt Duisburg / \\"Archiv\\""');
    expect(frontMatter(recordToMarkdown(makeRecord({ photoCredit: null })))).toContain('photoCredit: null');
    const combined = recordsToCombinedMarkdown([record]);
    expect(combined).toContain('- Photo: Foto: Stadt Duisburg / "Archiv"');
    expect(combined).toContain('- Interviewer: Beate Brockmann');
  });

  it('adds the topics as Obsidian tags and lists the organisations named', () => {
    const answers = [
      { ...makeAnswers(1)[0]!, text: 'Die SKEW hat zwei Löschfahrzeuge für die Feuerwehr gefördert.' },
      { ...makeAnswers(7)[6]!, text: 'Die Stadtwerke sind bisher nicht eingebunden.' },
      { ...makeAnswers(8)[7]!, text: 'Der Freundeskreis Duisburg e.V. sammelt Spenden.' },
    ];
    const record = makeRecord({ tags: ['Ruhr'], answers });
    const fm = frontMatter(recordToMarkdown(record));
    expect(fm).toContain('tags:\n  - "Ruhr"\n  - "topic/civil-protection"\n  - "topic/civil-society"\n  - "topic/funding"\n');
    expect(fm).not.toContain('topic/energy');
    expect(fm).toContain('organisations:\n  - "Engagement Global"\n  - "Freundeskreis Duisburg e.V."');
    const combined = recordsToCombinedMarkdown([record]);
    expect(combined).toContain('- Topics: #topic/civil-protection #topic/civil-society #topic/funding');
    expect(combined).toContain('- Organisations: Engagement Global; Freundeskreis Duisburg e.V.');
  });

  it('writes the questions as numbered headings followed by the answer Markdown', () => {
    const answers = makeAnswers(2);
    answers.push({ number: null, questionId: null, question: 'Eine\nZusatzfrage?', markdown: '- Punkt', text: 'Punkt' });
    const md = recordToMarkdown(makeRecord({ answers }));
    expect(md).toContain(`## 1. ${answers[0]!.question}\n\n${answers[0]!.markdown}`);
    expect(md).toContain(`## 2. ${answers[1]!.question}`);
    expect(md).toContain('## Eine Zusatzfrage?\n\n- Punkt');
    expect(md.indexOf('## 1.')).toBeLessThan(md.indexOf('## 2.'));
  });
});

describe('Markdown zip and combined file', () => {
  it('zips one file per record with safe, unique names', () => {
    const records = [
      makeRecord({ title: 'Hürth – Peremyshlyany' }),
      makeRecord({ title: 'Hürth – Peremyshlyany' }),
      makeRecord({ title: '../../etc/passwd' }),
      makeRecord({ title: '' }),
    ];
    const files = unzipSync(recordsToMarkdownZip(records));
    expect(Object.keys(files).sort()).toEqual(['etc-passwd.md', 'huerth-peremyshlyany-2.md', 'huerth-peremyshlyany.md', 'record.md']);
    expect(strFromU8(files['huerth-peremyshlyany.md']!)).toBe(recordToMarkdown(records[0]!));
  });

  it('slugifies German and Ukrainian names', () => {
    expect(slugify('Oberhausen – Saporischschja')).toBe('oberhausen-saporischschja');
    expect(slugify('Köln – Straße')).toBe('koeln-strasse');
    expect(slugify('a'.repeat(200))).toHaveLength(80);
  });

  it('combines all records into one document', () => {
    const a = makeRecord({ title: 'Duisburg – Kryvyi Rih' });
    const b = makeRecord({ title: 'Kreis Lippe – Lutsk', partners: ['Kreis Lippe', 'Lutsk'] });
    const md = recordsToCombinedMarkdown([a, b]);
    expect(md.match(/^# /gm)).toHaveLength(2);
    expect(md).toContain('- Partners: Kreis Lippe – Lutsk');
    expect(md).toContain('\n---\n');
    expect(md.startsWith('---')).toBe(false);
  });
});
