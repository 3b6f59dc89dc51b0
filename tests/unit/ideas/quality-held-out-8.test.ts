// Measures the ideas rules on held-out-8, the blind set written while the seventh
// rules round (on held-out-7's misses) ran, the way quality-held-out-7.test.ts
// measures held-out-7, and prints the figures and misses. It was the estimate for
// new text after that round (the lead's blind figures are in docs/ideas.md:
// organisations 0.87 / 0.82 / 0.97 / 0.99); the tenth round read its organisation
// misses, so for organisations it is TUNING DATA now: its floors say nothing about
// new text (held-out-9 and -10 do), and a rule it prompted is kept only if it
// helps another set or costs none.
import { describe } from 'vitest';
import { HELD_OUT_8 } from './fixtures/held-out-8';
import { checkSizeAndLegalForms, describeHeldOutSet } from './held-out-checks';

describeHeldOutSet({
  number: 8,
  set: HELD_OUT_8,
  status: 'tuning data for organisations since the tenth round',
  provenance:
    'written blind while the rules round on held-out-7 ran; tuning data for organisations since the tenth round read its organisation misses',
  // Organisations 1.000 on every figure after the tenth round (blind before it: 0.869 / 0.820 / 0.973 / 0.986), held
  // just under. Topics were never tuned on it by this round: held just under the measured 0.817.
  floors: { topicsF1: 0.81, precision: 0.98, recall: 0.98, typeAccuracy: 0.98, grouping: 0.98 },
});

describe('held-out-8 beyond the shared checks', () => checkSizeAndLegalForms(HELD_OUT_8));
