/**
 * The ideas of one record, recomputed from its answers' text every time, so a
 * fix to the rules applies to records clipped before it.
 */

import type { QuestionId } from '../questions/catalogue';
import { detectOrganisations, localNamesOf, type OrganisationMention } from './detect-organisations';
import { detectTopics, type Evidence, type TopicHint, type TopicMatch } from './detect-topics';
import type { OrganisationType } from './org-types';
import { groupEventsWith, journeysTo, partnerPlaces } from './journeys';
import { findPatternNames } from './patterns';
import { tokenize, type Token } from './tokens';
import type { TopicId } from './topics';

/** One organisation an answer names, with every place it is named. */
export interface NamedOrganisation {
  name: string;
  type: OrganisationType;
  /** The first spelling in this answer, exactly as written. */
  text: string;
  mentions: Evidence[];
}

export interface AnswerIdeas {
  /** Index of the answer in the record's answers. */
  index: number;
  questionId: QuestionId | null;
  topics: TopicMatch[];
  organisations: NamedOrganisation[];
}

export interface RecordIdeas {
  answers: AnswerIdeas[];
  /** The record's topics and organisations: the union over its answers. */
  topics: TopicId[];
  organisations: { name: string; type: OrganisationType }[];
}

/** The least a record needs for its ideas: the export, the CLI and the pages all have this. */
export interface IdeasSource {
  partners: readonly string[];
  answers: readonly { questionId: QuestionId | null; text: string }[];
}

function groupMentions(mentions: OrganisationMention[]): NamedOrganisation[] {
  const byName = new Map<string, NamedOrganisation>();
  for (const m of mentions) {
    const evidence = { start: m.start, end: m.end, text: m.text };
    const known = byName.get(m.name);
    if (known) known.mentions.push(evidence);
    else byName.set(m.name, { name: m.name, type: m.type, text: m.text, mentions: [evidence] });
  }
  return [...byName.values()];
}

/** A named funder says money is involved, but only together with another funding word. */
function funderHints(mentions: readonly OrganisationMention[]): TopicHint[] {
  const first = mentions.find((m) => m.type === 'funder');
  return first ? [{ id: 'funding', weight: 0.5, evidence: { start: first.start, end: first.end, text: first.text } }] : [];
}

/**
 * The answer to the civil-society question that names an association, a club, a charity or a faith group
 * reports civil society acting, in whatever words it says what they do ("Der Rotary Club … hat die Ausflüge
 * bezahlt"). Only there: elsewhere a club only named is no evidence (the fifth and seventh rounds found
 * that a named association counted everywhere costs more than it finds).
 * People who were in one of the partner towns made a journey between the partners (journeys.ts).
 */
function hintsOf(
  mentions: readonly OrganisationMention[],
  questionId: QuestionId | null,
  text: string,
  tokens: readonly Token[],
  places: readonly string[][],
): TopicHint[] {
  const hints = funderHints(mentions);
  for (const evidence of journeysTo(text, tokens, places)) hints.push({ id: 'visits', weight: 1, evidence });
  // The camp counts, the people of the partner town are shown beside it.
  for (const [event, people] of groupEventsWith(text, tokens, places)) {
    hints.push({ id: 'visits', weight: 1, evidence: event }, { id: 'visits', weight: 0, evidence: people });
  }
  const group = questionId === 'civil-society' ? mentions.find((m) => m.type === 'association') : undefined;
  if (group) hints.push({ id: 'civil-society', weight: 1, evidence: { start: group.start, end: group.end, text: group.text } });
  return hints;
}

/** Where the answer names a funder or a programme: a field word there names the source of money (detectTopics). */
const fundersOf = (mentions: readonly OrganisationMention[]) => mentions.filter((m) => m.type === 'funder');

/**
 * The field part of organisation names, from "für" to the name's end: "Gesellschaft für
 * Wirtschaft und Wissenschaft" names a society, it does not report business or research.
 * The rest of a name still counts ("Landesfeuerwehrverband NRW" is about fire services).
 */
function fieldsOf(mentions: readonly OrganisationMention[]): { start: number; end: number }[] {
  const fields: { start: number; end: number }[] = [];
  for (const m of mentions) {
    const at = m.text.indexOf(' für ');
    if (at >= 0) fields.push({ start: m.start + at + 1, end: m.end });
  }
  return fields;
}

export function analyseRecord(record: IdeasSource): RecordIdeas {
  const prepared = record.answers.map((a) => {
    const text = typeof a.text === 'string' ? a.text : '';
    const tokens = tokenize(text);
    return { text, tokens, patterns: findPatternNames(text, tokens) };
  });
  const local = localNamesOf(prepared, record.partners);
  const places = partnerPlaces(record.partners);
  const answers = prepared.map(({ text, tokens, patterns }, index): AnswerIdeas => {
    const mentions = detectOrganisations(text, { partners: record.partners, local }, tokens, patterns);
    const questionId = record.answers[index]!.questionId ?? null;
    return {
      index,
      questionId,
      topics: detectTopics(text, tokens, hintsOf(mentions, questionId, text, tokens, places), fieldsOf(mentions), questionId, fundersOf(mentions)),
      organisations: groupMentions(mentions),
    };
  });
  const topics = new Set<TopicId>();
  const organisations = new Map<string, OrganisationType>();
  for (const a of answers) {
    for (const t of a.topics) topics.add(t.id);
    for (const o of a.organisations) if (!organisations.has(o.name)) organisations.set(o.name, o.type);
  }
  return {
    answers,
    topics: [...topics],
    organisations: [...organisations].map(([name, type]) => ({ name, type })),
  };
}
