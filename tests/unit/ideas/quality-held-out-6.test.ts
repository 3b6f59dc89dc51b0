// Measures the ideas rules on held-out-6, the blind set written while the rules
// round on held-out-5's misses ran, the way quality-held-out-5.test.ts measures
// held-out-5, and prints the figures and misses. It was the estimate for new text
// after that round (blind figures in docs/ideas.md); the sixth round read its
// misses, so it is TUNING DATA now: its floors say nothing about new text
// (held-out-7 does), and a rule it prompted is kept only if it helps another set
// or costs none.
import { describe } from 'vitest';
import { HELD_OUT_6 } from './fixtures/held-out-6';
import { checkSizeAndLegalForms, describeHeldOutSet } from './held-out-checks';

describeHeldOutSet({
  number: 6,
  set: HELD_OUT_6,
  status: 'tuning data since the sixth round',
  provenance: 'written blind while the rules round on held-out-5 ran; tuning data since the sixth round read its misses',
});

describe('held-out-6 beyond the shared checks', () => checkSizeAndLegalForms(HELD_OUT_6));
