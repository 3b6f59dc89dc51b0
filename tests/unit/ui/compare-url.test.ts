import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QUESTION_IDS } from '../../../src/questions/catalogue';
import { TOPIC_IDS } from '../../../src/ideas/topics';
import {
  comparePagePath,
  decodeCompareState,
  defaultCompareState,
  encodeCompareState,
  sameCompareState,
  type CompareUrlState,
} from '../../../src/ui/compare-url';

const state = (over: Partial<CompareUrlState>): CompareUrlState => ({ ...defaultCompareState(), ...over });

describe('encodeCompareState', () => {
  it('writes selection, view, lens question and query in a readable hash', () => {
    expect(encodeCompareState(state({ ids: ['a', 'b', 'c'], view: 'lens', question: 'funding-tips', find: 'Förder mittel' }))).toBe(
      'ids=a,b,c&view=lens&q=funding-tips&find=F%C3%B6rder%20mittel',
    );
  });

  it('keeps the lens topic, so a narrowed lens can be bookmarked; an unknown topic is dropped', () => {
    const hash = encodeCompareState(state({ view: 'lens', question: 'successes', topic: 'energy' }));
    expect(hash).toBe('view=lens&q=successes&topic=energy');
    expect(decodeCompareState(hash).topic).toBe('energy');
    expect(decodeCompareState('#view=lens&topic=astrology').topic).toBe('');
  });

  it('leaves defaults out, so the plain page has an empty hash', () => {
    expect(encodeCompareState(defaultCompareState())).toBe('');
    expect(encodeCompareState(state({ ids: ['x'] }))).toBe('ids=x');
  });

  it('drops duplicate and blank ids but keeps column order', () => {
    expect(encodeCompareState(state({ ids: ['b', 'a', 'b', ' ', 'c'] }))).toBe('ids=b,a,c');
  });

  it('escapes commas, ampersands and hashes inside values', () => {
    const hash = encodeCompareState(state({ ids: ['a,b', 'c&d'], find: 'x&view=compare#y' }));
    expect(hash).toBe('ids=a%2Cb,c%26d&find=x%26view%3Dcompare%23y');
    expect(decodeCompareState(hash)).toEqual(state({ ids: ['a,b', 'c&d'], find: 'x&view=compare#y' }));
  });
});

describe('decodeCompareState', () => {
  it('reads the example from the brief', () => {
    expect(decodeCompareState('#ids=a,b,c&view=lens&q=funding-tips&find=stadtwerke')).toEqual({
      ids: ['a', 'b', 'c'],
      view: 'lens',
      question: 'funding-tips',
      topic: '',
      find: 'stadtwerke',
    });
  });

  it('falls back to defaults for missing, unknown or malformed parts', () => {
    expect(decodeCompareState('')).toEqual(defaultCompareState());
    expect(decodeCompareState('#view=table&q=not-a-question&find=%E0%A4%A')).toEqual(
      state({ find: '%E0%A4%A' }),
    );
    expect(decodeCompareState('#ids=&view=')).toEqual(defaultCompareState());
  });

  it('treats "+" as a space, like a form-encoded query', () => {
    expect(decodeCompareState('#find=noch+nicht').find).toBe('noch nicht');
  });

  it('uses the search part as a fallback, the hash wins per key', () => {
    expect(decodeCompareState('#view=lens', '?ids=a,b&view=compare')).toEqual(state({ ids: ['a', 'b'], view: 'lens' }));
  });

  it('keeps the first value when a key repeats', () => {
    expect(decodeCompareState('#q=staffing&q=motives').question).toBe('staffing');
  });
});

describe('round trip', () => {
  const arbState = fc.record({
    ids: fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 8 }),
    view: fc.constantFrom('compare' as const, 'lens' as const),
    question: fc.constantFrom(...QUESTION_IDS),
    topic: fc.constantFrom('' as const, ...TOPIC_IDS),
    find: fc.string({ maxLength: 30 }),
  });

  it('decode(encode(state)) gives the normalised state back', () => {
    fc.assert(
      fc.property(arbState, (s) => {
        const ids = [...new Set(s.ids.map((id) => id.trim()).filter((id) => id !== ''))];
        expect(decodeCompareState(`#${encodeCompareState(s)}`)).toEqual({ ...s, ids });
      }),
    );
  });

  it('sameCompareState ignores duplicate ids but not order', () => {
    expect(sameCompareState(state({ ids: ['a', 'b', 'a'] }), state({ ids: ['a', 'b'] }))).toBe(true);
    expect(sameCompareState(state({ ids: ['a', 'b'] }), state({ ids: ['b', 'a'] }))).toBe(false);
  });
});

describe('comparePagePath', () => {
  it('points at the unlisted page, with a hash only when needed', () => {
    expect(comparePagePath(defaultCompareState())).toBe('/compare.html');
    expect(comparePagePath(state({ ids: ['a', 'b'], view: 'lens' }))).toBe('/compare.html#ids=a,b&view=lens');
  });
});

describe('the Ideas view in the URL', () => {
  it('round-trips view=ideas and falls back to the comparison for an unknown view', () => {
    const ideas = { ...defaultCompareState(), ids: ['a', 'b'], view: 'ideas' as const };
    expect(encodeCompareState(ideas)).toBe('ids=a,b&view=ideas');
    expect(decodeCompareState('#ids=a,b&view=ideas')).toEqual(ideas);
    expect(decodeCompareState('#view=heatmap').view).toBe('compare');
  });
});
