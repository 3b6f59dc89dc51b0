// Measures the ideas rules on held-out-4, the way quality.test.ts measures the
// earlier sets, and prints the figures and misses. Held-out-4 was written blind
// before the third rules round; its blind figures (after that round: topics F1
// 0.732, organisations precision 0.905, recall 0.697) are in docs/ideas.md. The
// fourth round tuned on its misses, so it is TUNING DATA now: the floors below
// hold the figures measured after that round (the targets where reached,
// just under the measured figure where not), and say nothing about new text.
import { HELD_OUT_4 } from './fixtures/held-out-4';
import { describeHeldOutSet } from './held-out-checks';

describeHeldOutSet({
  number: 4,
  set: HELD_OUT_4,
  status: 'blind before the third round, tuned on in the fourth',
  provenance: 'written blind before the third rules round; tuning data since its misses guided the fourth',
  // The targets where the rounds reached them (organisations after the fourth: 0.972, 0.963, 1.000,
  // 0.990; topics F1 0.856 after the fifth round's topic rules, from 0.839).
  floors: { topicsF1: 0.85, precision: 0.9, recall: 0.9, typeAccuracy: 0.9, grouping: 0.9 },
});
