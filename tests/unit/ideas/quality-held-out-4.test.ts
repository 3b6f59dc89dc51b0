// Measures the ideas rules on held-out-4, the blind set written before the rules
// round of this session, the way quality.test.ts measures the earlier sets, and
// prints the figures and misses. It asserts only that the annotations are sound:
// the floors are set after the rules round, from the figures measured then.
// Never tune a rule on this set.
import { describe } from 'vitest';
import { HELD_OUT_4 } from './fixtures/held-out-4';
import { annotationsOf, checkAnnotations } from './held-out-checks';
import { analyseAll, figureLines, measureOrganisations, measureTopics, missLines } from './measure';

describe('ideas quality on held-out-4 (blind, never tuned on)', () => {
  const set = analyseAll(HELD_OUT_4);
  const topics = measureTopics(set);
  const organisations = measureOrganisations(set);
  const answers = HELD_OUT_4.reduce((n, p) => n + p.answers.length, 0);

  console.log(
    [
      `held out 4 (${HELD_OUT_4.length} portraits, ${answers} answers, ${annotationsOf(HELD_OUT_4).length} named organisations; ` +
        'written blind before the rules round of this session, never tuned on):',
      ...figureLines(topics, organisations),
      ...missLines(topics.misses, organisations.misses),
    ].join('\n'),
  );

  checkAnnotations(HELD_OUT_4);
});
