// Measures the ideas rules on held-out-5, the blind set written while the rules
// round on held-out-4's misses ran, the way quality.test.ts measures the earlier
// sets, and prints the figures and misses. It asserts only that the annotations
// are sound (held-out-checks.ts): the floors are set after the rules round, from
// the figures measured then. Never tune a rule on this set.
import { HELD_OUT_5 } from './fixtures/held-out-5';
import { describeHeldOutSet } from './held-out-checks';

describeHeldOutSet({
  number: 5,
  set: HELD_OUT_5,
  status: 'blind, never tuned on',
  provenance: 'written blind while the rules round on held-out-4 ran, never tuned on',
});
