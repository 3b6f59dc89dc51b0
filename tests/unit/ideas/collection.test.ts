// The collection's ideas: the topic matrix, the organisation index and its search.
import { describe, expect, it } from 'vitest';
import { collectionIdeas, searchOrganisations } from '../../../src/ideas/collection';
import { TOPIC_IDS } from '../../../src/ideas/topics';

const record = (partners: string[], ...texts: string[]) => ({
  partners,
  answers: texts.map((text) => ({ questionId: null, text })),
});

describe('collection ideas', () => {
  const ideas = collectionIdeas([
    record(['Hamm', 'Irpin'], 'Die SKEW hat Generatoren gefördert.', 'Die Feuerwehr bekam ein Löschfahrzeug.', 'Die Stadtwerke Hamm liefern Strom.'),
    record(['Unna', 'Smila'], 'Engagement Global und die Servicestelle Kommunen in der Einen Welt beraten uns.', 'Ein Schüleraustausch mit der Gesamtschule Unna.'),
  ]);

  it('counts answers per record and topic, and records per topic', () => {
    const energy = TOPIC_IDS.indexOf('energy');
    expect(ideas.matrix[0]![energy]).toBe(2);
    expect(ideas.matrix[1]![energy]).toBe(0);
    expect(ideas.topicCounts.energy).toBe(1);
    expect(ideas.topicCounts.schools).toBe(1);
  });

  it('indexes organisations across records, funders first, with every place they are named', () => {
    expect(ideas.organisations.map((o) => [o.name, o.type, o.records])).toEqual([
      ['Engagement Global', 'funder', 2],
      ['Stadtwerke Hamm', 'company', 1],
      ['Gesamtschule Unna', 'education', 1],
    ]);
    const eg = ideas.organisations[0]!;
    expect(eg.occurrences.map((o) => [o.record, o.answer, o.mentions.map((m) => m.text)])).toEqual([
      [0, 0, ['SKEW']],
      [1, 0, ['Engagement Global', 'Servicestelle Kommunen in der Einen Welt']],
    ]);
  });

  it('finds one entry by its name, acronym, long form or any spelling, folded', () => {
    for (const query of ['Engagement', 'skew', 'Servicestelle', 'einen welt', 'ENGAGEMENT global']) {
      expect(searchOrganisations(ideas.organisations, query).map((o) => o.name)).toEqual(['Engagement Global']);
    }
    expect(searchOrganisations(ideas.organisations, '')).toHaveLength(3);
    expect(searchOrganisations(ideas.organisations, 'Sparkasse')).toEqual([]);
  });
});
