/**
 * The question an answer replies to, as a frame for reading it (docs/ideas.md,
 * "Question frames"). A portrait's staffing answer is about staffing even when it
 * says so in plain words ("Alles ehrenamtlich, ein paar Stunden im Monat"), and its
 * diaspora answer is about the community even when it only says who lives here.
 *
 * Inside the answer to a question:
 * - a weak cue of one of the question's home topics counts as a strong one;
 * - the frame's own cues count (strongly) for the topic they are listed under.
 * - where the frame lists `full` topics, every other topic's cues count weak (the staffing answer).
 * Elsewhere neither applies: "Stunden" alone in a success story is no staffing.
 * The frame never assigns a topic without words in the answer: each frame cue is
 * the chip's evidence like any cue, and denials still cancel it. Answers without a
 * known question (other Q&A pages) are read without a frame.
 *
 * Cue syntax as in lexicon.ts, plus "_" for any one word.
 */

import type { QuestionId } from '../questions/catalogue';
import type { TopicId } from './topics';

export interface QuestionFrame {
  /** Topics the question asks about: their weak cues count as strong in its answers. */
  home: TopicId[];
  /** Words that are evidence for a topic only inside this question's answers. */
  cues: Partial<Record<TopicId, string[]>>;
  /**
   * Topics whose cues count fully in this question's answers; every other topic's cues count weak.
   * Absent: all count as usual.
   */
  full?: TopicId[];
}

/** Who does the work and with how much time: roles, positions, hours, volunteers. */
const STAFFING_WORDS = [
  '^Stelle',
  '^Stellen',
  '*stellenant',
  '*halbtag',
  '*zustand',
  '@betreu',
  '*kummert',
  '^Kollegin',
  '^Kolleginnen',
  '^Kollege',
  '^Kollegen',
  '*beauftragt',
  '*honorarkraft',
  '*minijob',
  '*sachbearbeit',
  '*verwaltungskraft',
  '*burokraft',
  '*praktikant',
  '*freiwilligendienst',
  '=BFD',
  '*referent',
  'neben _ eigentlichen',
  'neben der _',
  'neben meiner _',
  'neben seiner _',
  'neben ihrer _',
  '*nebenbei',
  // Seventh round ("Volunteers in the staffing answer"): saying that volunteers or the staff do the work in
  // their spare time, or who is employed, is an answer about staffing too.
  '*ehrenamt',
  '*freiwill',
  '*freizeit',
  '*feierabend',
  '*arbeitskreis',
  '^Vorstand',
  '*festangestellt',
  '*schreibtisch',
  // Tenth round: the association's own offices, and "I do it" said as such.
  '*vorsitz',
  '*kassenwart',
  '*schriftfuhr',
  '*geschaftsfuhr',
  '*vorstandsmitglied',
  'mache ich',
  'machen wir',
  'macht das',
];

/** Volunteers doing the partnership's work, said in the staffing answer: civil society as well. */
const VOLUNTEER_WORDS = ['*freiwill', 'in ihrer Freizeit', 'in seiner Freizeit', 'in unserer Freizeit', 'nach Feierabend'];

/** People from Ukraine who live here now: the community, and those who fled. */
const COMMUNITY_WORDS = ['@ukrainer', '*landsleut', '@ukrainisch _ =Gemeinde', 'Menschen aus', '*muttersprach'];
// "Menschen aus der Ukraine" is the community (a convention of docs/ideas.md), so the
// refugees topic blocks "Menschen" as a cue's first word (lexicon.ts).
// Seventh round: people who came since the war, said by the year or the war's start ("die 2022 gekommen sind",
// "lebt seit 2022 in Mühlbeck"), in the answer that asks about refugees.
const NEWCOMER_WORDS = [
  '_ aus der =Ukraine',
  '*neuankomm',
  '*ankunft',
  '*angekomm',
  'seit =2022',
  '=2022 gekommen',
  '=2023 gekommen',
  '=2022 kam',
  'seit *kriegsbeginn',
  'seit Beginn des *krieg',
];

export const QUESTION_FRAMES: Partial<Record<QuestionId, QuestionFrame>> = {
  // Eleventh round: the staffing answer says who does the work and where they sit ("eine Kollegin aus der
  // Wirtschaftsförderung", "die Stabsstelle Wirtschaft und Klima", "zwei pensionierte Krankenschwestern"); a
  // field word there is weak, a field needs two (extra topics in the staffing answer of every set).
  staffing: {
    home: ['staffing'],
    cues: { staffing: STAFFING_WORDS, 'civil-society': VOLUNTEER_WORDS },
    full: ['staffing', 'civil-society', 'funding'],
  },
  'funding-tips': { home: ['funding'], cues: { funding: ['*sponsor', '*zuwendung', '*spender', '*preisgeld'] } },
  'diaspora-refugees': {
    home: ['refugees', 'diaspora'],
    cues: { diaspora: COMMUNITY_WORDS, refugees: NEWCOMER_WORDS },
  },
  'civil-society': {
    home: ['civil-society'],
    cues: {
      'civil-society': ['*grupp', '*landfrau', '*kolping', '*burgerschaft', '*helferkreis', '*helfer'],
      diaspora: ['@ukrainer', '@ukrainisch _ =Gemeinde'],
    },
  },
  // The question asks about emergency aid ("Leisten Sie Nothilfe …?").
  'prior-contacts': { home: ['humanitarian-aid'], cues: {} },
  'municipal-utilities': { home: ['administration'], cues: {} },
};
