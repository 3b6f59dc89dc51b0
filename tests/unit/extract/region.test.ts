import { describe, expect, it } from 'vitest';
import { contentBlocks } from '../../../src/extract/blocks';
import { interviewLines } from '../../../src/extract/portrait-region';
import { majorityRegion } from '../../../src/extract/region';
import { QUESTIONS } from '../../../src/questions/catalogue';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const qa = (numbers: number[]) => numbers.map((n) => `<p>${n}. ${QUESTIONS[n - 1]!.text}</p><p>Antwort ${n}.</p>`).join('');
const teaser = (title: string) => `<div class="card"><h3>${title}</h3><p>1. ${QUESTIONS[0]!.text}</p><p>Anfang einer anderen Antwort …</p></div>`;

describe('majorityRegion', () => {
  it('walks down to the element holding more than half of the lines', () => {
    const doc = parse('<div id="a"><div id="b"><p id="1"></p><p id="2"></p></div><div id="c"><p id="3"></p></div></div>');
    const els = ['1', '2', '3'].map((id) => doc.getElementById(id) as Element);
    expect(majorityRegion(els)?.id).toBe('b');
    expect(majorityRegion([els[0]!, els[2]!])?.id).toBe('a');
  });
});

describe('interviewLines', () => {
  it('drops teaser boxes that repeat a question, before or after the interview, with all their lines', () => {
    const doc = parse(`<body><div class="entry-content">${teaser('Andere – Stadt')}${teaser('Noch – Eine')}<p>Interview mit A B, Stadt C</p>${qa([1, 2, 3, 4])}${teaser('Dritte – Stadt')}</div></body>`);
    const { blocks, hits } = interviewLines(contentBlocks(doc));
    expect(hits.map((h) => h.id)).toEqual(['first-contact', 'motives', 'prior-contacts', 'successes']);
    expect(blocks.map((b) => b.text).filter((t) => !/^(?:\d|Antwort)/.test(t))).toEqual(['Interview mit A B, Stadt C']);
  });

  it('keeps questions split over two sibling boxes that repeat nothing', () => {
    const doc = parse(`<body><div class="entry-content"><div>${qa([1, 2, 3, 4, 5, 6, 7])}</div><div>${qa([8, 9, 10])}</div></div></body>`);
    expect(interviewLines(contentBlocks(doc)).hits).toHaveLength(10);
  });

  it('ends the interview at the closing lines', () => {
    const doc = parse(`<body><div class="entry-content">${qa([1, 2, 3])}<p>Frau B, wir danken Ihnen für das Interview.</p><p>4. ${QUESTIONS[3]!.text}</p><p>Auszug</p></div></body>`);
    expect(interviewLines(contentBlocks(doc)).hits.map((h) => h.number)).toEqual([1, 2, 3]);
  });
});
