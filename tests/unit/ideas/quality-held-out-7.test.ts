// Measures the ideas rules on held-out-7, the blind set written while the sixth
// rules round (on held-out-6's misses) ran, the way quality-held-out-6.test.ts
// measures held-out-6, and prints the figures and misses. It was the estimate for
// new text after that round (the lead's blind figures are in docs/ideas.md); the
// seventh round read its topic misses, so it is TUNING DATA now: its floors say
// nothing about new text (held-out-8 does), and a rule it prompted is kept only if
// it helps another set or costs none.
import { describe } from 'vitest';
import { HELD_OUT_7 } from './fixtures/held-out-7';
import { checkSizeAndLegalForms, describeHeldOutSet } from './held-out-checks';

describeHeldOutSet({
  number: 7,
  set: HELD_OUT_7,
  status: 'tuning data since the seventh round',
  provenance: 'written blind while the rules round on held-out-6 ran; tuning data since the seventh round read its topic and organisation misses',
  // Organisations at the targets: 0.958 / 0.939 / 0.989 / 0.989 blind after the sixth round, held there since
  // the seventh round read its organisation misses. Topics under their 0.85 target, so held just under the measured
  // figure: 0.774 blind, 0.789 once the topics followed the written conventions, 0.825 after the seventh round's rules.
  floors: { topicsF1: 0.82, precision: 0.9, recall: 0.9, typeAccuracy: 0.9, grouping: 0.9 },
});

describe('held-out-7 beyond the shared checks', () => checkSizeAndLegalForms(HELD_OUT_7));
