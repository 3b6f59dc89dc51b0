/**
 * The full-tab compare page keeps its state in the URL hash, so a comparison
 * can be bookmarked, reloaded and shared between tabs:
 *
 *   compare.html#ids=<id>,<id>,…&view=lens&q=funding-tips&topic=energy&find=<query>   (view: lens or ideas)
 *
 * Pure: no DOM, no browser APIs. Defaults are left out of the hash to keep
 * links short; unknown or malformed parts fall back to the defaults instead
 * of failing, because a bookmark may outlive a question id or a record.
 */

import { QUESTION_IDS, type QuestionId } from '../questions/catalogue';
import { isTopicId, type TopicId } from '../ideas/topics';

export type CompareView = 'compare' | 'lens' | 'ideas';

export interface CompareUrlState {
  /** Selected record ids, in column order, without duplicates. */
  ids: string[];
  view: CompareView;
  /** The lens question. */
  question: QuestionId;
  /** The lens narrowed to answers reporting this topic ('' for every answer). */
  topic: TopicId | '';
  /** The lens search query, as typed. */
  find: string;
}

export const DEFAULT_LENS_QUESTION: QuestionId = QUESTION_IDS[0]!;

export function defaultCompareState(): CompareUrlState {
  return { ids: [], view: 'compare', question: DEFAULT_LENS_QUESTION, topic: '', find: '' };
}

export function isQuestionId(value: string): value is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(value);
}

function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of ids) {
    const id = raw.trim();
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

/** decodeURIComponent that treats "+" as a space (form style) and never throws. */
function decodePart(value: string): string {
  const spaced = value.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** "a=1&b=2" → map of the first value per key. */
function parsePairs(source: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const part of source.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decodePart(eq === -1 ? part : part.slice(0, eq));
    const value = eq === -1 ? '' : part.slice(eq + 1);
    if (!pairs.has(key)) pairs.set(key, value);
  }
  return pairs;
}

/** The state as a hash string without the leading "#" (empty for the defaults). */
export function encodeCompareState(state: CompareUrlState): string {
  const parts: string[] = [];
  const ids = uniqueIds(state.ids);
  // Each id is percent-encoded on its own, so a comma inside an id cannot split it.
  if (ids.length > 0) parts.push(`ids=${ids.map(encodeURIComponent).join(',')}`);
  if (state.view !== 'compare') parts.push(`view=${state.view}`);
  if (state.question !== DEFAULT_LENS_QUESTION && isQuestionId(state.question)) {
    parts.push(`q=${encodeURIComponent(state.question)}`);
  }
  if (isTopicId(state.topic)) parts.push(`topic=${state.topic}`);
  if (state.find !== '') parts.push(`find=${encodeURIComponent(state.find)}`);
  return parts.join('&');
}

/**
 * Reads the state from a URL's hash (with or without "#"); `search` (the "?…"
 * part) is a fallback for links written by hand, the hash wins per key.
 */
export function decodeCompareState(hash: string, search = ''): CompareUrlState {
  const fromHash = parsePairs(hash.replace(/^#/, ''));
  const fromSearch = parsePairs(search.replace(/^\?/, ''));
  const get = (key: string): string | undefined => fromHash.get(key) ?? fromSearch.get(key);

  const state = defaultCompareState();
  const ids = get('ids');
  if (ids !== undefined) state.ids = uniqueIds(ids.split(',').map(decodePart));
  const view = decodePart(get('view') ?? '');
  if (view === 'lens' || view === 'ideas') state.view = view;
  const question = decodePart(get('q') ?? '');
  if (isQuestionId(question)) state.question = question;
  const topic = decodePart(get('topic') ?? '');
  if (isTopicId(topic)) state.topic = topic;
  state.find = decodePart(get('find') ?? '');
  return state;
}

/** Path of the full-tab page for a state, e.g. for browser.runtime.getURL(). */
export function comparePagePath(state: CompareUrlState): string {
  const hash = encodeCompareState(state);
  return hash === '' ? '/compare.html' : `/compare.html#${hash}`;
}

export function sameCompareState(a: CompareUrlState, b: CompareUrlState): boolean {
  return encodeCompareState(a) === encodeCompareState(b);
}
