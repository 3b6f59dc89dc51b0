// Measures the ideas rules on held-out-9, the blind set written while the rules
// round on held-out-8 ran, the way quality-held-out-8.test.ts measures held-out-8,
// and prints the figures and misses. It was the estimate for new text after the
// tenth round (the lead's blind figures are in docs/ideas.md). The eleventh round
// read its topic misses, so it is TOPIC TUNING DATA now: its topic figure says
// nothing about new text (held-out-10 and -11 do), and a rule it prompted is kept
// only if it helps two other sets or costs none.
import { describe } from 'vitest';
import { HELD_OUT_9 } from './fixtures/held-out-9';
import { checkSizeAndLegalForms, describeHeldOutSet } from './held-out-checks';

describeHeldOutSet({
  number: 9,
  set: HELD_OUT_9,
  status: 'tuning data for topics since the eleventh round',
  provenance:
    'written blind while the rules round on held-out-8 ran; tuning data for topics since the eleventh round read its topic misses',
});

describe('held-out-9 beyond the shared checks', () => checkSizeAndLegalForms(HELD_OUT_9));
