// Measures the ideas rules on held-out-6, the blind set written while the rules
// round on held-out-5's misses ran, the way quality-held-out-5.test.ts measures
// held-out-5, and prints the figures and misses. It was the estimate for new text
// after that round (blind figures in docs/ideas.md); the sixth round read its
// misses, so it is TUNING DATA now: its floors say nothing about new text
// (held-out-7 does), and a rule it prompted is kept only if it helps another set
// or costs none.
import { describe, expect, it } from 'vitest';
import { HELD_OUT_6 } from './fixtures/held-out-6';
import { annotationsOf, describeHeldOutSet } from './held-out-checks';

describeHeldOutSet({
  number: 6,
  set: HELD_OUT_6,
  status: 'tuning data since the sixth round',
  provenance: 'written blind while the rules round on held-out-5 ran; tuning data since the sixth round read its misses',
  // Organisations at the targets, reached after the sixth round's organisation rules (from 0.893 / 0.787 /
  // 0.970 / 0.980 blind). Topics F1 just under its figure when these floors were set (0.825): topics6 may raise it.
  floors: { topicsF1: 0.8, precision: 0.9, recall: 0.9, typeAccuracy: 0.9, grouping: 0.9 },
});

/** Legal forms a company's canonical name drops (docs/ideas.md, "Annotation conventions"). */
const LEGAL_FORM = /\s(?:GmbH & Co\. KG|gGmbH|GmbH|mbH|AG|KG|SE|eG)$/;

describe('held-out-6 beyond the shared checks', () => {
  it('has at least 10 portraits of 9 to 12 answers each', () => {
    expect(HELD_OUT_6.length).toBeGreaterThanOrEqual(10);
    for (const p of HELD_OUT_6) {
      expect(p.answers.length, p.key).toBeGreaterThanOrEqual(9);
      expect(p.answers.length, p.key).toBeLessThanOrEqual(12);
    }
  });

  it('gives no canonical name a legal form, so mentions with and without it join', () => {
    for (const { where, raw, parts } of annotationsOf(HELD_OUT_6)) {
      expect(parts[0], `${where}: ${raw}`).not.toMatch(LEGAL_FORM);
    }
  });

  it('the legal-form check catches the forms it is meant to', () => {
    for (const name of ['Elektro Brüggemann GmbH & Co. KG', 'Volksbank Rödinghoven eG', 'Werk mbH', 'Solar AG']) {
      expect(name).toMatch(LEGAL_FORM);
    }
    for (const name of ['Stadtwerke Hollwede', 'Verein der Ukrainer in Kerpenrath e.V.', 'KfW']) {
      expect(name).not.toMatch(LEGAL_FORM);
    }
  });
});
