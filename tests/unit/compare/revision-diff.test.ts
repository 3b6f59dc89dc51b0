import { describe, expect, it } from 'vitest';
import { diffContent, diffLines, summariseDiff, wordParts, type DiffPart } from '../../../src/compare/revision-diff';
import { revisionTimeline } from '../../../src/compare/revision-timeline';
import type { Answer } from '../../../src/record/types';
import { makeAnswers, makeContent, makeRecord } from '../helpers/records';

const withAnswer = (answers: Answer[], index: number, markdown: string): Answer[] =>
  answers.map((a, i) => (i === index ? { ...a, markdown, text: markdown.replace(/\s+/g, ' ') } : a));

const words = (parts: DiffPart[], change: DiffPart['change']) =>
  parts
    .filter((p) => p.change === change)
    .map((p) => p.text.trim())
    .join(' ');

describe('diffContent', () => {
  it('reports no change for equal content', () => {
    const diff = diffContent(makeContent(), makeContent());
    expect(diff.changed).toBe(false);
    expect(diff.fields).toEqual([]);
    expect(diff.questions.every((q) => q.change === 'same')).toBe(true);
  });

  it('treats whitespace-only and line-wrap changes as no change', () => {
    const answers = makeAnswers(3);
    const older = makeContent({ answers: withAnswer(answers, 1, 'Wir haben  viele\nKontakte geknüpft.') });
    const newer = makeContent({ answers: withAnswer(answers, 1, '  Wir haben viele Kontakte   geknüpft. '), title: 'Duisburg  – Kryvyi Rih ' });
    const diff = diffContent(older, newer);
    expect(diff.changed).toBe(false);
    expect(summariseDiff(diff).nothingVisible).toBe(true);
  });

  it('marks the words added and removed inside a changed answer', () => {
    const answers = makeAnswers(3);
    const older = makeContent({ answers: withAnswer(answers, 0, 'Der erste Kontakt kam über die Feuerwehr zustande.') });
    const newer = makeContent({ answers: withAnswer(answers, 0, 'Der erste Kontakt kam über das Rote Kreuz zustande.') });
    const diff = diffContent(older, newer);
    const q = diff.questions[0]!;
    expect(q.change).toBe('changed');
    expect(q.lines).toHaveLength(1);
    expect(words(q.lines[0]!.parts, 'removed')).toBe('die Feuerwehr');
    expect(words(q.lines[0]!.parts, 'added')).toBe('das Rote Kreuz');
    expect(q.lines[0]!.parts.map((p) => (p.change === 'removed' ? '' : p.text)).join('')).toBe('Der erste Kontakt kam über das Rote Kreuz zustande.');
    expect(diff.questions.slice(1).every((x) => x.change === 'same')).toBe(true);
  });

  it('shows a moved paragraph once, as moved, at its new place', () => {
    const answers = makeAnswers(2);
    const older = makeContent({ answers: withAnswer(answers, 1, 'Erster Absatz.\n\nZweiter Absatz.\n\nDritter Absatz.') });
    const newer = makeContent({ answers: withAnswer(answers, 1, 'Dritter Absatz.\n\nErster Absatz.\n\nZweiter Absatz.') });
    const q = diffContent(older, newer).questions[1]!;
    expect(q.change).toBe('changed');
    expect(q.lines.map((l) => [l.change, l.parts.map((p) => p.text).join('')])).toEqual([
      ['moved', 'Dritter Absatz.'],
      ['same', 'Erster Absatz.'],
      ['same', 'Zweiter Absatz.'],
    ]);
  });

  it('diffs list items one by one: an added item, a changed item, formatting ignored', () => {
    const answers = makeAnswers(1);
    const older = makeContent({ answers: withAnswer(answers, 0, '- Schulpartnerschaft\n- Feuerwehrfahrzeuge\n- **Stromgeneratoren**') });
    const newer = makeContent({
      answers: withAnswer(answers, 0, '* Schulpartnerschaft\n* Drei Feuerwehrfahrzeuge\n* Stromgeneratoren\n* Jugendaustausch'),
    });
    const q = diffContent(older, newer).questions[0]!;
    expect(q.lines.map((l) => l.change)).toEqual(['same', 'changed', 'same', 'added']);
    expect(words(q.lines[1]!.parts, 'added')).toBe('Drei');
    expect(q.lines[3]!.parts).toEqual([{ text: 'Jugendaustausch', change: 'added' }]);
  });

  it('marks questions added and dropped, and keeps a reordered question as one', () => {
    const [a, b, c, d] = makeAnswers(4);
    const older = makeContent({ answers: [a!, b!, c!] });
    const newer = makeContent({ answers: [a!, c!, d!] });
    const diff = diffContent(older, newer);
    expect(diff.questions.map((q) => [q.number, q.change])).toEqual([
      [1, 'same'],
      [2, 'removed'],
      [3, 'same'],
      [4, 'added'],
    ]);
    expect(diff.questions[1]!.lines[0]!.parts[0]!.change).toBe('removed');
    const summary = summariseDiff(diff);
    expect(summary.addedQuestions).toEqual([4]);
    expect(summary.removedQuestions).toEqual([2]);

    const reordered = diffContent(makeContent({ answers: [a!, b!] }), makeContent({ answers: [b!, a!] }));
    expect(reordered.questions.map((q) => [q.number, q.change])).toEqual([
      [2, 'same'],
      [1, 'same'],
    ]);
  });

  it('lists metadata changes with a word diff', () => {
    const older = makeContent();
    const newer = makeContent({ interviewee: { name: 'Lydia Steinhauer-Kraft', affiliation: 'Stadt Duisburg' }, kind: 'Projektpartnerschaft' });
    const diff = diffContent(older, newer);
    expect(diff.fields.map((f) => f.field)).toEqual(['kind', 'interviewee']);
    expect(diff.fields[1]!.before).toBe('Lydia Steinhauer (Stadt Duisburg)');
    expect(diff.fields[1]!.after).toBe('Lydia Steinhauer-Kraft (Stadt Duisburg)');
    expect(summariseDiff(diff).fields).toEqual(['kind', 'interviewee']);
  });

  it('notices a reworded question', () => {
    const [a] = makeAnswers(1);
    const q = diffContent(makeContent({ answers: [a!] }), makeContent({ answers: [{ ...a!, question: `${a!.question} Und heute?` }] })).questions[0]!;
    expect(q.change).toBe('changed');
    expect(words(q.questionParts!, 'added')).toBe('Und heute?');
  });
});

describe('wordParts', () => {
  it('joins neighbouring word changes into one removal and one addition', () => {
    expect(wordParts('Interview mit Erika Beispiel, Stadt Altenbruch', 'Interview mit Jana Neumann, Stadt Altenbruch')).toEqual([
      { text: 'Interview mit ', change: 'same' },
      { text: 'Erika Beispiel', change: 'removed' },
      { text: 'Jana Neumann', change: 'added' },
      { text: ', Stadt Altenbruch', change: 'same' },
    ]);
  });
});

describe('diffLines', () => {
  it('pairs a replaced block line by line and reports leftovers', () => {
    expect(diffLines(['a b', 'c d'], ['a x']).map((l) => l.change)).toEqual(['changed', 'removed']);
    expect(diffLines([], ['neu']).map((l) => l.change)).toEqual(['added']);
  });
});

describe('revisionTimeline', () => {
  const base = makeAnswers(12);
  const v1 = makeContent({ answers: base });
  const v2 = makeContent({ answers: withAnswer(withAnswer(base, 3, 'Neu vier.'), 8, 'Neu neun.'), interviewee: { name: 'Jan Muster', affiliation: null } });
  const v3 = { ...v2, answers: withAnswer(v2.answers, 0, 'Neu eins.') };

  it('gives each version its clip time, replacement time and what the next version changed', () => {
    const current = makeRecord({ ...v3, capturedAt: '2026-01-01T00:00:00.000Z' });
    const revisions = [
      { id: 'r2', savedAt: '2026-03-01T00:00:00.000Z', record: makeRecord(v2) },
      { id: 'r1', savedAt: '2026-02-01T00:00:00.000Z', record: makeRecord(v1) },
    ];
    const timeline = revisionTimeline(current, revisions);
    expect(timeline.currentClippedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(timeline.entries.map((e) => [e.revision.id, e.clippedAt, e.replacedAt])).toEqual([
      ['r2', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
      ['r1', '2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'],
    ]);
    expect(timeline.entries[1]!.nextChanged).toMatchObject({ changedAnswers: [4, 9], fields: ['interviewee'] });
    expect(timeline.entries[0]!.nextChanged).toMatchObject({ changedAnswers: [1], fields: [] });
  });

  it('dates a restored version by its original clip', () => {
    // v1 clipped Jan, replaced by v2 in Feb, v1 restored in March.
    const current = makeRecord({ ...v1, capturedAt: '2026-01-01T00:00:00.000Z' });
    const revisions = [
      { id: 'r1', savedAt: '2026-02-01T00:00:00.000Z', record: makeRecord(v1) },
      { id: 'r2', savedAt: '2026-03-01T00:00:00.000Z', record: makeRecord(v2) },
    ];
    const timeline = revisionTimeline(current, revisions);
    expect(timeline.currentClippedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(timeline.entries[0]!.clippedAt).toBe('2026-02-01T00:00:00.000Z');
  });
});
