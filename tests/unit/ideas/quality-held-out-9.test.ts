// Measures the ideas rules on held-out-9, the blind set written while the rules
// round on held-out-8 ran, the way quality-held-out-8.test.ts measures held-out-8,
// and prints the figures and misses. It is the estimate for new text after that
// round. No floors yet: the lead sets them once the round is measured. Until then
// only the set's soundness is asserted. Never tune a rule on this set.
import { describe } from 'vitest';
import { HELD_OUT_9 } from './fixtures/held-out-9';
import { checkSizeAndLegalForms, describeHeldOutSet } from './held-out-checks';

describeHeldOutSet({
  number: 9,
  set: HELD_OUT_9,
  status: 'blind, never tuned on',
  provenance: 'written blind while the rules round on held-out-8 ran, never tuned on',
});

describe('held-out-9 beyond the shared checks', () => checkSizeAndLegalForms(HELD_OUT_9));
