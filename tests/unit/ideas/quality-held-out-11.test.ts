// Measures the ideas rules on held-out-11, the blind set written while the
// rules round on held-out-9's misses ran, and prints the figures and misses. Until
// the lead measures it after that round, only the set's soundness is asserted: no
// floors (docs/ideas.md, "Held-out figures").
import { describe } from 'vitest';
import { HELD_OUT_11 } from './fixtures/held-out-11';
import { checkSizeAndLegalForms, describeHeldOutSet } from './held-out-checks';

describeHeldOutSet({
  number: 11,
  set: HELD_OUT_11,
  status: 'blind, never tuned on',
  provenance: 'written blind while the rules round on held-out-9 ran; no floors until the lead measures it',
});

describe('held-out-11 beyond the shared checks', () => checkSizeAndLegalForms(HELD_OUT_11));
