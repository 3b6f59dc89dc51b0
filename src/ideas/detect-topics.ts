/**
 * Topics of one answer, with the words that triggered each (docs/ideas.md).
 */

import { clausesOf } from './clauses';
import { compileCue, matchEnd, compileWord, type CompiledCue, type WordTest } from './cues';
import { indexCues } from './cue-index';
import { LEXICON } from './lexicon';
import { QUESTION_FRAMES } from './question-frames';
import { collectingGroups, fledUkrainians, isChurchVenue, isJob } from './roles';
import type { QuestionId } from '../questions/catalogue';
import { fold } from '../text/fold';
import { memoBy } from './memo';
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

/** The lexicon compiled once: its topics, every cue filed by what its first word may match, and the office cues. */
interface CompiledLexicon {
  topics: CompiledTopic[];
  /** The cues whose first word may match a word (cue-index.ts). */
  candidatesOf: (token: Token) => WordHit[];
  /** The cues written with an office itself ("*sozialamt"): the only ones an office's name may start (isOffice). */
  officeCues: Set<CompiledCue>;
}

/** A cue whose first word matched a word: the topic and the cue, to check the rest of a phrase. */
interface WordHit {
  topic: number;
  cue: CompiledCue;
}

const WEAK = 0.5;
/** A job says who does the work, which is the staffing topic's own matter (roles.ts). */
const STAFFING = TOPIC_IDS.indexOf('staffing');
/** The community's own association is `diaspora`, not also `civil-society` (docs/ideas.md, the Ukrainian community's associations). */
const DIASPORA = TOPIC_IDS.indexOf('diaspora');
const CIVIL_SOCIETY = TOPIC_IDS.indexOf('civil-society');
/** A funder's name is evidence of funding; its other field words are weak (detectTopics). */
const FUNDING = TOPIC_IDS.indexOf('funding');
const within = (spans: readonly { start: number; end: number }[], t: Token) =>
  spans.some((s) => t.start >= s.start && t.end <= s.end);
/** What a collecting group does is these topics; only its own field is weak (roles.ts). */
const COLLECTING_TOPICS = new Set(['civil-society', 'funding', 'humanitarian-aid'].map((id) => TOPIC_IDS.indexOf(id as TopicId)));
let compiled: CompiledLexicon | null = null;
const NO_HITS: WordHit[] = [];

function lexiconCompiled(): CompiledLexicon {
  if (compiled) return compiled;
  const topics = TOPIC_IDS.map((id): CompiledTopic => {
    const { strong, weak = [], block = [] } = LEXICON[id];
    const cues = [...strong.map((c) => compileCue(c, 1)), ...weak.map((c) => compileCue(c, WEAK))];
    return { id, cues, blocks: block.map(compileWord) };
  });
  const all = topics.flatMap((topic, t) => topic.cues.map((cue) => ({ cue, item: { topic: t, cue } })));
  compiled = {
    topics,
    candidatesOf: indexCues(all),
    officeCues: new Set(all.filter(({ cue }) => isOffice(fold(cue.source))).map(({ cue }) => cue)),
  };
  return compiled;
}

const topicsCompiled = () => lexiconCompiled().topics;

/**
 * A unit of an administration named by its field ("Sportamt", "Kulturbüro", "Sozialdezernat",
 * "Jugendhilfeausschuss") says who does something, not what is done: it is no cue for its
 * field, only for cues written with the unit itself ("*sozialamt"). So is a council or board named
 * by its field ("Integrationsrat", "Jugendrat", "Landesmusikrat"; eleventh round), not "Gerät" or "Vorrat".
 */
const OFFICE_HEAD = /.(amt|amts|amter|amtern|buro|buros|dezernat|dezernats|referat|referats|abteilung|ausschuss|ausschusses|leitung|[^er]rat|[^er]rats|[^er]rate|[^er]raten)$/;
const isOffice = (word: string) => OFFICE_HEAD.test(word);

/**
 * The cues of each topic whose first word matches this word, blocked words left out. Per distinct word as
 * written: words repeat a lot, so each is tested once.
 */
const hitsOf = memoBy(
  (token: Token) => token.text,
  (token): WordHit[] => {
    const { topics, candidatesOf, officeCues } = lexiconCompiled();
    const candidates = candidatesOf(token);
    if (candidates.length === 0) return NO_HITS;
    const office = isOffice(token.folded);
    // 0 not yet asked, 1 blocked, 2 free: a topic's blocks are tested once per word, and only for topics with a hit.
    const blocked = new Uint8Array(topics.length);
    const hits = candidates.filter(({ topic, cue }) => {
      if (office && !officeCues.has(cue)) return false;
      blocked[topic] ||= topics[topic]!.blocks.some((b) => b(token)) ? 1 : 2;
      return blocked[topic] === 2;
    });
    return hits.length === 0 ? NO_HITS : hits;
  },
);

/** A question frame compiled: its home topics, and the hits of a word in its answers (frameHitsOf), once per word. */
interface CompiledFrame {
  home: Uint8Array;
  /** 1 for topics whose cues count weak in the frame's answers (QuestionFrame.full). */
  weakened: Uint8Array;
  hitsOf: (token: Token) => WordHit[];
}

const compiledFrames = new Map<QuestionId, CompiledFrame | null>();

function frameOf(questionId: QuestionId | null): CompiledFrame | null {
  if (questionId === null) return null;
  let frame = compiledFrames.get(questionId);
  if (frame !== undefined) return frame;
  const source = QUESTION_FRAMES[questionId];
  frame = null;
  if (source) {
    const home = new Uint8Array(TOPIC_IDS.length);
    for (const id of source.home) home[TOPIC_IDS.indexOf(id)] = 1;
    const weakened = new Uint8Array(TOPIC_IDS.length);
    if (source.full) TOPIC_IDS.forEach((id, t) => (weakened[t] = source.full!.includes(id) ? 0 : 1));
    const cues: WordHit[] = [];
    for (const [id, words] of Object.entries(source.cues) as [TopicId, string[]][]) {
      for (const word of words) cues.push({ topic: TOPIC_IDS.indexOf(id), cue: compileCue(word, 1) });
    }
    frame = { home, weakened, hitsOf: memoBy((token: Token) => token.text, (token) => frameHitsOf(cues, token)) };
  }
  compiledFrames.set(questionId, frame);
  return frame;
}

/** The lexicon's hits of this word and the frame's own cues', blocked words left out as for the lexicon. */
function frameHitsOf(frameCues: readonly WordHit[], token: Token): WordHit[] {
  const topics = topicsCompiled();
  const own = frameCues.filter(({ topic, cue }) => cue.words[0]!(token) && !topics[topic]!.blocks.some((b) => b(token)));
  // The frame's own cues first: one word gives a topic one cue, and the frame's counts strongly.
  return own.length === 0 ? hitsOf(token) : [...own, ...hitsOf(token)];
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
 * `questionId` is the question the text answers: its frame (question-frames.ts) lowers
 * the bar for the question's own topics. Words inside `funders` spans (the names of funders
 * and programmes) count only weakly for any topic but funding: "Kommunale Klimapartnerschaften"
 * or "Stiftung Wohlfahrtspflege" name where money comes from, not the field the answer reports.
 */
export function detectTopics(
  text: string,
  tokens: readonly Token[] = tokenize(text),
  hints: readonly TopicHint[] = [],
  silent: readonly { start: number; end: number }[] = [],
  questionId: QuestionId | null = null,
  funders: readonly { start: number; end: number }[] = [],
): TopicMatch[] {
  const frame = frameOf(questionId);
  const inClause = new Uint8Array(tokens.length);
  for (const clause of clausesOf(text, tokens)) if (!clause.negated) inClause.fill(1, clause.from, clause.to);
  // Tokens are in text order: the token at an offset by binary search (an answer may carry a hint per sentence).
  const isCounted = (offset: number) => {
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (tokens[mid]!.end > offset) high = mid;
      else low = mid + 1;
    }
    return low < tokens.length && inClause[low] === 1;
  };
  let counted = inClause;
  if (silent.length > 0) {
    counted = inClause.slice();
    tokens.forEach((t, i) => {
      if (within(silent, t)) counted[i] = 0;
    });
  }

  const topics = topicsCompiled();
  const weight = new Float64Array(topics.length);
  // Most answers have a few topics: evidence lists are made only for topics met.
  const evidence: (Evidence[] | undefined)[] = new Array(topics.length);
  // What each cue has given so far: a cue met first as a job or a collecting group's name (weak) gives
  // the rest of its weight when it is met again in another role.
  const given = new Map<CompiledCue, number>();
  const nextFree = new Int32Array(topics.length);
  let groups: Uint8Array | undefined;
  let fled: Uint8Array | undefined;
  let communityUntil = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!counted[i]) continue;
    const hits = frame ? frame.hitsOf(tokens[i]!) : hitsOf(tokens[i]!);
    if (hits.length === 0) continue;
    const job = isJob(tokens[i]!);
    for (const { topic, cue } of hits) {
      if (i < nextFree[topic]!) continue;
      const end = cue.words.length === 1 ? i + 1 : matchEnd(cue, tokens, i, text);
      if (end < 0 || !counted[end - 1]) continue;
      if (topic === CIVIL_SOCIETY && (i < communityUntil || isChurchVenue(tokens, i))) continue;
      if (topic === DIASPORA && (fled ??= fledUkrainians(text, tokens))[i]) continue;
      if (topic === DIASPORA && cue.words.length > 1) communityUntil = end;
      (evidence[topic] ??= []).push(evidenceOf(text, tokens, i, end - i));
      let w = frame?.home[topic] ? 1 : cue.weight;
      if (w > WEAK && ((job && topic !== STAFFING) || frame?.weakened[topic])) w = WEAK;
      if (w > WEAK && topic !== FUNDING && funders.length > 0 && within(funders, tokens[i]!)) w = WEAK;
      if (w > WEAK && !COLLECTING_TOPICS.has(topic) && (groups ??= collectingGroups(text, tokens))[i]) w = WEAK;
      const before = given.get(cue) ?? 0;
      if (w > before) {
        weight[topic]! += w - before;
        given.set(cue, w);
      }
      // Words inside a gap are the phrase's object or subject: they may be cues of their own.
      nextFree[topic] = cue.gapBefore ? i + 1 : end;
    }
  }
  for (const hint of hints) {
    const t = TOPIC_IDS.indexOf(hint.id);
    // A denial anywhere in the span cancels it ("war im Mai, anders als geplant, nicht in Kupjansk").
    if (!isCounted(hint.evidence.start) || !isCounted(hint.evidence.end - 1)) continue;
    weight[t]! += frame?.home[t] ? 1 : hint.weight;
    (evidence[t] ??= []).push(hint.evidence);
  }
  const found: TopicMatch[] = [];
  topics.forEach((topic, t) => {
    if (weight[t]! < 1) return;
    found.push({ id: topic.id, evidence: (evidence[t] ?? []).sort((a, b) => a.start - b.start) });
  });
  return found;
}
