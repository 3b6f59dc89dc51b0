/**
 * Topics of one answer, with the words that triggered each (docs/ideas.md).
 */

import { clausesOf } from './clauses';
import { compileCue, matchesAt, compileWord, type CompiledCue, type WordTest } from './cues';
import { LEXICON } from './lexicon';
import { tokenize, type Token } from './tokens';
import { TOPIC_IDS, type TopicId } from './topics';

/** A span of the answer's text that the UI highlights. */
export interface Evidence {
  start: number;
  end: number;
  /** The words as written. */
  text: string;
}

export interface TopicMatch {
  id: TopicId;
  evidence: Evidence[];
}

interface CompiledTopic {
  id: TopicId;
  cues: CompiledCue[];
  blocks: WordTest[];
}

/** A cue whose first word matched a word: the topic and the cue, to check the rest of a phrase. */
interface WordHit {
  topic: number;
  cue: CompiledCue;
}

const WEAK = 0.5;
let compiled: CompiledTopic[] | null = null;
/** Per distinct word as written: which cues start there. Words repeat a lot, so each is tested once. */
const hitsByWord = new Map<string, WordHit[]>();
const NO_HITS: WordHit[] = [];

function topicsCompiled(): CompiledTopic[] {
  compiled ??= TOPIC_IDS.map((id) => {
    const { strong, weak = [], block = [] } = LEXICON[id];
    return {
      id,
      cues: [...strong.map((c) => compileCue(c, 1)), ...weak.map((c) => compileCue(c, WEAK))],
      blocks: block.map(compileWord),
    };
  });
  return compiled;
}

/** The first matching cue of each topic whose cue starts with this word, blocked words left out. */
function hitsOf(token: Token): WordHit[] {
  let hits = hitsByWord.get(token.text);
  if (hits) return hits;
  hits = [];
  topicsCompiled().forEach((topic, t) => {
    if (topic.blocks.some((b) => b(token))) return;
    for (const cue of topic.cues) if (cue.words[0]!(token)) hits!.push({ topic: t, cue });
  });
  if (hits.length === 0) hits = NO_HITS;
  if (hitsByWord.size > 100_000) hitsByWord.clear();
  hitsByWord.set(token.text, hits);
  return hits;
}

function evidenceOf(text: string, tokens: readonly Token[], from: number, length: number): Evidence {
  const start = tokens[from]!.start;
  const end = tokens[from + length - 1]!.end;
  return { start, end, text: text.slice(start, end) };
}

/** Evidence from outside the lexicon, weighed like a cue: a named funder is a weak cue for funding. */
export interface TopicHint {
  id: TopicId;
  weight: number;
  evidence: Evidence;
}

/**
 * Topics found in the text, in catalogue order, each with its evidence in text order.
 * Words inside `silent` spans are no cues: the field in an organisation's name ("Bundesamt
 * für Migration und Flüchtlinge") says what the body does, not what the answer reports.
 */
export function detectTopics(
  text: string,
  tokens: readonly Token[] = tokenize(text),
  hints: readonly TopicHint[] = [],
  silent: readonly { start: number; end: number }[] = [],
): TopicMatch[] {
  const inClause = new Uint8Array(tokens.length);
  for (const clause of clausesOf(text, tokens)) if (!clause.negated) inClause.fill(1, clause.from, clause.to);
  const isCounted = (offset: number) => {
    const i = tokens.findIndex((t) => t.end > offset);
    return i >= 0 && inClause[i] === 1;
  };
  let counted = inClause;
  if (silent.length > 0) {
    counted = inClause.slice();
    tokens.forEach((t, i) => {
      if (silent.some((s) => t.start >= s.start && t.end <= s.end)) counted[i] = 0;
    });
  }

  const topics = topicsCompiled();
  const weight = new Float64Array(topics.length);
  // Most answers have a few topics: evidence lists are made only for topics met.
  const evidence: (Evidence[] | undefined)[] = new Array(topics.length);
  const seenCues = new Set<CompiledCue>();
  const nextFree = new Int32Array(topics.length);
  for (let i = 0; i < tokens.length; i++) {
    if (!counted[i]) continue;
    for (const { topic, cue } of hitsOf(tokens[i]!)) {
      if (i < nextFree[topic]!) continue;
      if (cue.words.length > 1 && (!matchesAt(cue, tokens, i) || !counted[i + cue.words.length - 1])) continue;
      (evidence[topic] ??= []).push(evidenceOf(text, tokens, i, cue.words.length));
      if (!seenCues.has(cue)) weight[topic]! += cue.weight;
      seenCues.add(cue);
      nextFree[topic] = i + cue.words.length;
    }
  }
  for (const hint of hints) {
    const t = TOPIC_IDS.indexOf(hint.id);
    if (!isCounted(hint.evidence.start)) continue;
    weight[t]! += hint.weight;
    (evidence[t] ??= []).push(hint.evidence);
  }
  const found: TopicMatch[] = [];
  topics.forEach((topic, t) => {
    if (weight[t]! < 1) return;
    found.push({ id: topic.id, evidence: (evidence[t] ?? []).sort((a, b) => a.start - b.start) });
  });
  return found;
}
