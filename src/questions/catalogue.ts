/**
 * The 12 standard questions of every NRW–Ukrainian partnership portrait.
 * The ids are part of the public record format: never change them.
 */

export const QUESTIONS = [
  {
    number: 1,
    id: 'first-contact',
    label: 'First contact',
    text: 'Wie sind Sie zusammengekommen, woher stammte der Erstkontakt?',
  },
  {
    number: 2,
    id: 'motives',
    label: 'Motives',
    text: 'Was waren die Auswahlkriterien und Motive? Gab bzw. gibt es Ansätze für gemeinsame Projekte?',
  },
  {
    number: 3,
    id: 'prior-contacts',
    label: 'Prior contacts & emergency aid',
    text: 'Hatten Sie im Vorfeld Kontakt mit anderen Kommunen / sonstigen Akteuren? Leisten Sie Nothilfe und sind darüber hinaus eine Solidaritätspartnerschaft eingegangen?',
  },
  { number: 4, id: 'successes', label: 'Successes', text: 'Was waren bisherige Erfolge Ihrer Partnerschaft?' },
  {
    number: 5,
    id: 'funding-tips',
    label: 'Funding tips',
    text: 'Ihr Tipp an andere Kommunen und Kreise: was sind gute Wege, um Fördermittel / Spenden zu erhalten?',
  },
  {
    number: 6,
    id: 'staffing',
    label: 'Staffing',
    text: 'Wie steht es mit den personellen Mitteln für die Partnerschaftsbetreuung?',
  },
  {
    number: 7,
    id: 'municipal-utilities',
    label: 'Municipal utilities',
    text: 'Inwieweit sind kommunale Versorger in die Partnerschaft eingebunden?',
  },
  {
    number: 8,
    id: 'civil-society',
    label: 'Civil society',
    text: 'Wie ist die Zivilgesellschaft Ihrer Kommune eingebunden?',
  },
  {
    number: 9,
    id: 'nrw-synergies',
    label: 'NRW synergies',
    text: 'Konnten Sie im Rahmen von Kooperationen mit anderen NRW-Kommunen/ Kreisen Synergien nutzen oder planen Sie solche?',
  },
  {
    number: 10,
    id: 'international-partnerships',
    label: 'Other international partnerships',
    text: 'Inwieweit sind Ihre anderen internationalen Partnerschaften in die Partnerschaft mit der Ukraine eingebunden?',
  },
  {
    number: 11,
    id: 'diaspora-refugees',
    label: 'Diaspora & refugees',
    text: 'Sind auf Seiten Ihrer Stadt Personen aus der ukrainischen Auslands-Community und / oder Geflüchtete aus der Ukraine in der Partnerschaft aktiv?',
  },
  {
    number: 12,
    id: 'other-actors',
    label: 'Further actors',
    text: 'Gibt es weitere Akteure in der Partnerschaft, oder weitere Bereiche, in denen Kontakte bestehen und Austausch stattfindet (z.B. zwischen Schulen, Hochschulen, Kliniken, Unternehmen, im Bereich Kultur, Sport etc.)?',
  },
] as const;

export type StandardQuestion = (typeof QUESTIONS)[number];
export type QuestionId = StandardQuestion['id'];

export const QUESTION_IDS: readonly QuestionId[] = QUESTIONS.map((q) => q.id);

const byId = new Map<string, StandardQuestion>(QUESTIONS.map((q) => [q.id, q]));

export function questionById(id: string): StandardQuestion | undefined {
  return byId.get(id);
}

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && byId.has(value);
}
