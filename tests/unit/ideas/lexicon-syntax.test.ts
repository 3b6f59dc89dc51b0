// The cue syntax as written in the reviewed data (src/ideas/lexicon.ts explains it): a mistyped gap would compile
// silently into a word that never matches, and more than one gap per cue would let the matcher's work grow
// (cues.ts bounds it at ten words per gap). Every cue of the lexicon and of the question frames is checked.
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../../src/ideas/lexicon';
import { QUESTION_FRAMES } from '../../../src/ideas/question-frames';

const lexiconCues = Object.entries(LEXICON).flatMap(([topic, { strong, weak = [] }]) =>
  [...strong, ...weak].map((cue) => ({ where: `lexicon ${topic}`, cue })),
);
const frameCues = Object.entries(QUESTION_FRAMES).flatMap(([question, frame]) =>
  Object.entries(frame?.cues ?? {}).flatMap(([topic, cues]) => (cues as string[]).map((cue) => ({ where: `frame ${question}/${topic}`, cue }))),
);

describe('cue syntax in the lexicon and the question frames', () => {
  const all = [...lexiconCues, ...frameCues];

  it('has cues to check', () => {
    expect(lexiconCues.length).toBeGreaterThan(1000);
    expect(frameCues.length).toBeGreaterThan(10);
    expect(all.some(({ cue }) => cue.includes('…'))).toBe(true);
  });

  it('writes a gap as a word of its own, between two words, at most once per cue', () => {
    for (const { where, cue } of all) {
      const words = cue.split(/[\s-]+/).filter(Boolean);
      const gaps = words.filter((w) => w === '…').length;
      expect(gaps, `${where}: "${cue}"`).toBeLessThanOrEqual(1);
      if (!cue.includes('…')) continue;
      expect(words.some((w) => w.includes('…') && w !== '…'), `${where}: "${cue}" (gap glued to a word)`).toBe(false);
      expect(words[0], `${where}: "${cue}" (gap first)`).not.toBe('…');
      expect(words.at(-1), `${where}: "${cue}" (gap last)`).not.toBe('…');
    }
  });

  it('lists each cue once per topic, and no "^" cue beside a "*" cue of the same word and weight that already covers it', () => {
    for (const [topic, { strong, weak = [] }] of Object.entries(LEXICON)) {
      const cues = [...strong, ...weak];
      const twice = cues.filter((cue, k) => cues.indexOf(cue) !== k);
      expect(twice, topic).toEqual([]);
      // "^X" is the word X (compileWord), "*X" any word holding it: with the same weight, the first never adds a thing.
      for (const list of [strong, weak]) {
        const parts = new Set(list.filter((c) => c.startsWith('*')).map((c) => c.slice(1).toLowerCase()));
        const covered = list.filter((c) => c.startsWith('^') && !c.includes(' ') && parts.has(c.slice(1).toLowerCase()));
        expect(covered, topic).toEqual([]);
      }
    }
  });

  it('never writes three dots for a gap', () => {
    for (const { where, cue } of all) expect(cue, where).not.toContain('...');
  });
});
