// The cue index (src/ideas/cue-index.ts) must give exactly the cues a test of every cue gives, in the same order:
// it only saves time. Checked on every cue of the lexicon against the words the lexicon itself is written in, their
// inflections and compounds, and words that hold a cue's letter pair but not its part.
import { describe, expect, it } from 'vitest';
import { compileCue } from '../../../src/ideas/cues';
import { indexCues } from '../../../src/ideas/cue-index';
import { LEXICON } from '../../../src/ideas/lexicon';
import { tokenize } from '../../../src/ideas/tokens';

const cues = Object.values(LEXICON).flatMap(({ strong, weak = [] }) => [...strong, ...weak].map((c, i) => compileCue(c, i)));
const written = Object.values(LEXICON).flatMap(({ strong, weak = [], block = [] }) =>
  [...strong, ...weak, ...block].flatMap((c) => c.split(/[\s-]+/)).map((w) => w.replace(/^[=@*^_]+/, '')),
);
const words = [
  ...written,
  ...written.map((w) => `${w}en`),
  ...written.map((w) => `Partnerschafts${w.toLowerCase()}`),
  'Feuerwehrleute', 'Schulen', 'Zeitbudget', 'Kindertagesstätte', 'Katastrophe', 'Diplomat', 'aa', 'a', 'Wehr', 'THW', 'Ä',
];

describe('the cue index', () => {
  const candidates = indexCues(cues.map((cue) => ({ cue, item: cue })));

  it('finds for every word the cues that testing each cue finds, in the lexicon’s order', () => {
    let hits = 0;
    for (const token of tokenize(words.join(' '))) {
      const expected = cues.filter((cue) => cue.words[0]!(token));
      hits += expected.length;
      expect(candidates(token), token.text).toEqual(expected);
    }
    expect(hits).toBeGreaterThan(words.length); // the words do hit cues: the check is not empty
  });
});
