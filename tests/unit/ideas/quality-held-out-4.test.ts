// Measures the ideas rules on held-out-4, the blind set written before the rules
// round of this session, the way quality.test.ts measures the earlier sets, and
// prints the figures and misses. It asserts only that the annotations are sound:
// the floors are set after the rules round, from the figures measured then.
// Never tune a rule on this set.
import { HELD_OUT_4 } from './fixtures/held-out-4';
import { describeBlindSet } from './held-out-checks';

describeBlindSet(4, HELD_OUT_4, 'written blind before the rules round of this session, never tuned on');
