// Measures the ideas rules on held-out-5, the set written blind while the rules
// round on held-out-4's misses ran, the way quality.test.ts measures the earlier
// sets, and prints the figures and misses. Its blind figures after the fourth
// round (topics F1 0.744; organisations precision 0.920, recall 0.742, type 0.971,
// grouping 0.928) are in docs/ideas.md ("What to expect on new text"). The fifth
// round reads its misses, so it is TUNING DATA now: the floors say nothing about
// new text (held-out-6 does), and a rule it prompted is kept only if it helps
// another set or costs none (docs/ideas.md, "Generalisation check").
import { HELD_OUT_5 } from './fixtures/held-out-5';
import { describeHeldOutSet } from './held-out-checks';

describeHeldOutSet({
  number: 5,
  set: HELD_OUT_5,
  status: 'blind in the fourth round, tuning data in the fifth',
  provenance: 'written blind while the rules round on held-out-4 ran; tuning data since the fifth round read its misses',
  // Organisations at the targets, reached after the fifth round's organisation rules (1.000, 0.989, 1.000, 1.000);
  // topics F1 at its 0.85 target after the fifth round's topic rules (0.856, from 0.744).
  floors: { topicsF1: 0.85, precision: 0.9, recall: 0.9, typeAccuracy: 0.9, grouping: 0.9 },
});
