import { describe, expect, it } from 'vitest';
import { alignRecords } from '../../../src/compare/align';
import { comparisonGrid, comparisonToCsv, comparisonToMarkdown, markdownCell } from '../../../src/compare/table-export';
import { csvField } from '../../../src/export/csv';
import { answer, extraAnswer, makeRecord } from './factory';

const duisburg = makeRecord({
  title: 'Duisburg – Kryvyi Rih',
  partners: ['Duisburg', 'Kryvyi Rih'],
  url: 'https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/',
  answers: [
    answer('successes', 'Erster Austausch im März. Planung einer Ausstellung', {
      markdown: 'Erster persönlicher Austausch im März in Duisburg\n\nPlanung einer Ausstellung',
    }),
    answer('funding-tips', 'Tipps: "Augenhöhe", Geduld; Kontakte', { markdown: 'Tipps: "Augenhöhe", Geduld; Kontakte' }),
  ],
});
const lippe = makeRecord({
  title: 'Kreis Lippe – Lutsk',
  partners: ['Kreis Lippe', 'Lutsk'],
  answers: [
    answer('successes', 'Spenden | Sachhilfe', { markdown: '- **Spenden** | Sachhilfe\n- <b>Schulkontakte</b>' }),
    extraAnswer('Was wünschen Sie sich?', '=SUMME(A1:A9)'),
  ],
});
const matrix = alignRecords([duisburg, lippe]);

/** A minimal RFC 4180 parser, to check the CSV round-trips. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('comparisonGrid', () => {
  it('has header, 6 meta rows, 12 standard rows and the extra rows', () => {
    const grid = comparisonGrid(matrix);
    expect(grid).toHaveLength(1 + 6 + 12 + 1);
    expect(grid[0]).toEqual([['Question'], ['Duisburg – Kryvyi Rih'], ['Kreis Lippe – Lutsk']]);
    expect(grid[7]?.[0]).toEqual(['1. First contact']);
    expect(grid[19]?.[0]).toEqual(['Was wünschen Sie sich?']);
    expect(grid.every((r) => r.length === 3)).toBe(true);
  });

  it('keeps answer lines, strips Markdown syntax, and can use the German question', () => {
    const grid = comparisonGrid(matrix, { questionStyle: 'question' });
    const successes = grid[7 + 3]!;
    expect(successes[0]).toEqual(['4. Was waren bisherige Erfolge Ihrer Partnerschaft?']);
    expect(successes[1]).toEqual(['Erster persönlicher Austausch im März in Duisburg', 'Planung einer Ausstellung']);
    expect(successes[2]).toEqual(['Spenden | Sachhilfe', '<b>Schulkontakte</b>']);
  });
});

describe('comparisonToCsv', () => {
  it('starts with a BOM, uses CRLF and round-trips through an RFC 4180 parser', () => {
    const csv = comparisonToCsv(matrix);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(20);
    expect(rows[0]).toEqual(['Question', 'Duisburg – Kryvyi Rih', 'Kreis Lippe – Lutsk']);
    expect(rows.find((r) => r[0] === 'Source')?.[1]).toBe(duisburg.url);
    const successes = rows.find((r) => r[0] === '4. Successes')!;
    expect(successes[1]).toBe('Erster persönlicher Austausch im März in Duisburg\nPlanung einer Ausstellung');
    expect(rows.find((r) => r[0] === '5. Funding tips')?.[1]).toBe('Tipps: "Augenhöhe", Geduld; Kontakte');
    expect(rows.find((r) => r[0] === '6. Staffing')).toEqual(['6. Staffing', '', '']);
  });

  it('supports another delimiter and no BOM', () => {
    const csv = comparisonToCsv(matrix, { delimiter: ';', bom: false, missing: '(keine Antwort)' });
    expect(csv.startsWith('Question;')).toBe(true);
    const rows = parseCsv(csv, ';');
    expect(rows.find((r) => r[0] === '5. Funding tips')?.[1]).toBe('Tipps: "Augenhöhe", Geduld; Kontakte');
    expect(rows.find((r) => r[0] === '6. Staffing')).toEqual(['6. Staffing', '(keine Antwort)', '(keine Antwort)']);
    expect(() => comparisonToCsv(matrix, { delimiter: '"' })).toThrow();
  });

  it('defuses spreadsheet formulas from clipped text', () => {
    expect(csvField('=SUMME(A1:A9)')).toBe("'=SUMME(A1:A9)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('Stadt, Kreis')).toBe('"Stadt, Kreis"');
    expect(csvField('schlicht')).toBe('schlicht');
    const rows = parseCsv(comparisonToCsv(matrix).slice(1));
    expect(rows.at(-1)?.[2]).toBe("'=SUMME(A1:A9)");
  });
});

describe('comparisonToMarkdown', () => {
  const md = comparisonToMarkdown(matrix);
  const lines = md.trimEnd().split('\n');

  it('is a GFM table with one line per row and a delimiter row', () => {
    expect(lines).toHaveLength(1 + 1 + 6 + 12 + 1);
    expect(lines[0]).toBe('| Question | Duisburg – Kryvyi Rih | Kreis Lippe – Lutsk |');
    expect(lines[1]).toBe('| --- | --- | --- |');
    // Every row has the same number of unescaped pipes.
    const pipes = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    expect(new Set(lines.map(pipes)).size).toBe(1);
  });

  it('joins lines with " / ", escapes pipes and HTML, marks missing cells', () => {
    const successes = lines.find((l) => l.startsWith('| 4. Successes'))!;
    expect(successes).toContain('Erster persönlicher Austausch im März in Duisburg / Planung einer Ausstellung');
    expect(successes).toContain('Spenden \\| Sachhilfe / &lt;b&gt;Schulkontakte&lt;/b&gt;');
    expect(lines.find((l) => l.startsWith('| 6. Staffing'))).toBe('| 6. Staffing | — | — |');
  });

  it('escapes cells on their own', () => {
    expect(markdownCell(['a|b', '', 'c\nd'])).toBe('a\\|b / c d');
    expect(markdownCell(['C:\\Pfad'])).toBe('C:\\\\Pfad');
  });
});
