// The journeys only the record's partners reveal (src/ideas/journeys.ts), through analyseRecord as the
// pages and exports call it: invented sentences, from no fixture, with the partners given.
import { describe, expect, it } from 'vitest';
import { analyseRecord } from '../../../src/ideas/analyse';

const PARTNERS = ['Stadt Heelbruch', 'Kupjansk'];
const topicsOf = (text: string, questionId: 'successes' | 'diaspora-refugees' = 'successes') =>
  analyseRecord({ partners: PARTNERS, answers: [{ questionId, text }] }).answers[0]!.topics.map((t) => t.id);

describe('journeys to a partner town', () => {
  it('counts a group that was in the partner town, the verb and the place apart', () => {
    expect(topicsOf('Der Kirchenchor war im letzten Sommer für eine Woche in Kupjansk.')).toContain('visits');
  });

  it('does not count a denial anywhere between the verb and the place', () => {
    expect(topicsOf('Die Gruppe war im Mai, anders als geplant, nicht in Kupjansk.')).not.toContain('visits');
  });

  it('does not count how things were in the partner town', () => {
    for (const text of [
      'Der Strom war in Kupjansk tagelang weg.',
      'Die Lage war in Kupjansk schwierig.',
      'Das Geld war in Kupjansk schnell verbraucht.',
    ]) {
      expect(topicsOf(text), text).not.toContain('visits');
    }
  });
});

describe('camps with the partner town’s people', () => {
  it('counts a camp for children from the partner town as a journey', () => {
    expect(topicsOf('Im August gab es ein Zeltlager für Kinder aus Kupjansk am Möhnesee.')).toContain('visits');
  });

  it('does not count helpers who fled, however the flight is written', () => {
    for (const fled of ['geflohen', 'geflüchtet']) {
      const text = `Zwei Frauen, die aus Kupjansk ${fled} sind, kochen im Zeltlager unseres Jugendrings.`;
      expect(topicsOf(text), fled).not.toContain('visits');
    }
  });
});

describe('Ukrainians who fled are the refugees, not the community', () => {
  it('reads every way of saying it in the relative clause', () => {
    for (const clause of ['die hierher geflohen sind', 'die als Flüchtlinge kamen', 'die hier Schutz gesucht haben']) {
      const text = `Zwei Ukrainerinnen, ${clause}, übersetzen bei jedem Besuch.`;
      expect(topicsOf(text, 'diaspora-refugees'), clause).not.toContain('diaspora');
    }
  });
});
