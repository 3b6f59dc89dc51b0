// Measures the ideas rules on held-out-5, the blind set written while the rules
// round on held-out-4's misses ran, the way quality.test.ts measures the earlier
// sets, and prints the figures and misses. It asserts only that the annotations
// are sound (held-out-checks.ts): the floors are set after the rules round, from
// the figures measured then. Never tune a rule on this set.
import { describe } from 'vitest';
import { HELD_OUT_5 } from './fixtures/held-out-5';
import { annotationsOf, checkAnnotations } from './held-out-checks';
import { analyseAll, figureLines, measureOrganisations, measureTopics, missLines } from './measure';

describe('ideas quality on held-out-5 (blind, never tuned on)', () => {
  const set = analyseAll(HELD_OUT_5);
  const topics = measureTopics(set);
  const organisations = measureOrganisations(set);
  const answers = HELD_OUT_5.reduce((n, p) => n + p.answers.length, 0);

  console.log(
    [
      `held out 5 (${HELD_OUT_5.length} portraits, ${answers} answers, ${annotationsOf(HELD_OUT_5).length} named organisations; ` +
        'written blind while the rules round on held-out-4 ran, never tuned on):',
      ...figureLines(topics, organisations),
      ...missLines(topics.misses, organisations.misses),
    ].join('\n'),
  );

  checkAnnotations(HELD_OUT_5);
});
