/**
 * Segmentation, shared by every extractor: the content root becomes a flat list
 * of lines ("blocks"). Both <br> and block elements end a line, so it does not
 * matter whether a page uses paragraphs or one big <br>-separated run. Each
 * block remembers its source nodes, so answer Markdown is built from the
 * original HTML (lists stay lists).
 */

import { CHROME_LINE, isChromeElement, isChromeTagged } from './chrome';
import {
  collapseWhitespace, countNonSpace, ELEMENT_NODE, hasVisibleText, isBlockTag, isElement, isNonContentElement, runCacheOf, tagOf, TEXT_NODE, visibleText,
} from '../dom/nodes';
import { memoForRun } from '../dom/run-cache';

export interface Block {
  /** Visible text of the line, whitespace collapsed. */
  text: string;
  /** The nodes the line is made of, in page order (whole elements where possible). */
  nodes: Node[];
  /** Nearest block-level element around the line. */
  container: Element;
  /** 1–6 when the line is a heading, else 0. */
  heading: number;
  /** Every visible character of the line is bold (strong, b, font-weight) or it is a heading. */
  bold: boolean;
  /** A list, table or pre kept whole. */
  atomic: boolean;
  /** The item number when the line opens an item of an ordered list (<ol><li>), else null. */
  itemNumber: number | null;
  /** Skipped chrome lies between this line and the previous one, so their texts are not adjacent in the page. */
  gapBefore: boolean;
  /** Skipped chrome or a form field that follows this line before any other text (a sign-up form under a call to action). */
  chromeAfter: Element | null;
}

const ATOMIC_TAGS = new Set(['UL', 'OL', 'TABLE', 'PRE']);
const BOLD_TAGS = new Set(['STRONG', 'B']);

export interface SegmentOptions {
  /** Subtrees to skip; defaults to site chrome. */
  skip?: (el: Element) => boolean;
}

/** The element most likely to hold the page's main content. */
export function findContentRoot(doc: Document): Element {
  return memoForRun(doc, 'content-root', () => findContentRootNow(doc));
}

/** Where CMSs put the main content, most specific first. */
/** mainTextLength remembers only elements these can match (with an attribute, or an article or main). */
const ROOT_SELECTORS = ['.entry-content', '[itemprop="articleBody"]', '.post-content', 'article', 'main', '[role="main"]', '#content', '#main'];
/** A root candidate must hold at least this share of the page's main text (teaser cards and comments do not). */
const MIN_ROOT_SHARE = 1 / 3;

/**
 * Characters of visible text outside site chrome: the page's main text. A
 * teaser card, a related post or a reader comment holds a small share of it;
 * the article holds most.
 */
export function mainTextLength(node: Node): number {
  const type = node.nodeType;
  if (type === TEXT_NODE) return countNonSpace(node.nodeValue ?? '');
  if (type !== ELEMENT_NODE && type !== 9) return 0;
  const tag = type === ELEMENT_NODE ? tagOf(node) : '';
  // Only what a root selector can match is asked again: an element with
  // attributes, an <article> or a <main> (and the document).
  const cache = type !== ELEMENT_NODE || tag === 'ARTICLE' || tag === 'MAIN' || (node as Element).hasAttributes() ? runCacheOf('mainText') : undefined;
  let length = cache?.get(node);
  if (length !== undefined) return length;
  length = 0;
  if (!(type === ELEMENT_NODE && (isNonContentElement(node as Element, tag) || isChromeTagged(node as Element, tag)))) {
    for (let child = node.firstChild; child; child = child.nextSibling) length += mainTextLength(child);
  }
  cache?.set(node, length);
  return length;
}

/** `el` or an ancestor below the body is chrome (Drupal's body class "sidebar-first" says nothing about the content). */
function insideChrome(el: Element, body: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== body; cur = cur.parentElement) if (isChromeElement(cur)) return true;
  return false;
}

/** Main text of `node` outside `inner`'s subtree; `seen.inner` is set when `inner` lies in counted text. */
function mainTextOutside(node: Node, inner: Element, seen: { inner: boolean }): number {
  if (node === inner) {
    seen.inner = true;
    return 0;
  }
  if (node.nodeType !== ELEMENT_NODE) return mainTextLength(node);
  const tag = tagOf(node);
  if (isNonContentElement(node as Element, tag) || isChromeTagged(node as Element, tag)) return 0;
  let length = 0;
  for (let child = node.firstChild; child; child = child.nextSibling) length += mainTextOutside(child, inner, seen);
  return length;
}

/**
 * Counts `node`'s main text (as mainTextLength) until `enough(count)` holds;
 * returns the count then, or the whole length when it never does.
 */
function mainTextUntil(node: Node, enough: (count: number) => boolean, state = { count: 0, done: false }): number {
  const type = node.nodeType;
  if (type === TEXT_NODE) {
    state.count += countNonSpace(node.nodeValue ?? '');
    state.done = enough(state.count);
  } else if (type === ELEMENT_NODE) {
    const tag = tagOf(node);
    if (isNonContentElement(node as Element, tag) || isChromeTagged(node as Element, tag)) return state.count;
    for (let child = node.firstChild; child && !state.done; child = child.nextSibling) mainTextUntil(child, enough, state);
  }
  return state.count;
}

/**
 * Does the one candidate of a selector hold a fair share of the main text?
 * The same verdict as comparing its whole length with the page's total, but
 * the text around it is counted first, and its own text only until the share
 * is reached: an article holds most of a page, so most of it is never counted.
 * (The share test only grows true as the candidate's count grows.)
 */
function holdsFairShare(candidate: Element, body: Element): boolean {
  const seen = { inner: false };
  let around = 0;
  // From the body's children: a saved page may hide its body until scripts ran (anti-flicker styles).
  for (let child = body.firstChild; child; child = child.nextSibling) around += mainTextOutside(child, candidate, seen);
  const fair = (length: number) => length > 0 && length >= (seen.inner ? length + around : around) * MIN_ROOT_SHARE;
  return fair(mainTextUntil(candidate, fair));
}

/**
 * The root is chosen by text density across the page, not by the first
 * match: the most specific CMS container that holds a fair share of the main
 * text, else the body. A teaser card, a related post or a reader comment never
 * holds that share. The root is not narrowed further: a page builder may split
 * one interview over several boxes, and the extractors find the interview's
 * own region inside the root (portrait-region.ts, heading-qa.ts).
 */
function findContentRootNow(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  let totalKnown: number | null = null;
  const total = (): number => {
    if (totalKnown === null) {
      totalKnown = 0;
      for (let child = body.firstChild; child; child = child.nextSibling) totalKnown += mainTextLength(child);
    }
    return totalKnown;
  };
  const longest = (candidates: readonly Element[]): [Element | null, number] => {
    let best: Element | null = null;
    let bestLength = 0;
    for (const el of candidates) {
      const length = mainTextLength(el);
      if (length > bestLength) [best, bestLength] = [el, length];
    }
    return [best, bestLength];
  };
  for (const selector of ROOT_SELECTORS) {
    const candidates = Array.from(doc.querySelectorAll(selector)).filter((el) => !insideChrome(el, body));
    // One candidate (the usual case) needs no lengths to compare, only its share.
    if (candidates.length === 1) {
      if (holdsFairShare(candidates[0] as Element, body)) return candidates[0] as Element;
      continue;
    }
    const [best, length] = longest(candidates);
    if (best && length > 0 && length >= total() * MIN_ROOT_SHARE) return best;
  }
  // Some themes wrap the post itself in a box that looks like chrome (Blogger's
  // "widget Blog"): a container inside such a box serves when it holds more
  // text than everything outside chrome together (a reader comment does not).
  for (const selector of ROOT_SELECTORS) {
    const [best, length] = longest(Array.from(doc.querySelectorAll(selector)).filter((el) => !isChromeElement(el)));
    if (best && length > total()) return best;
  }
  return body;
}

function isBoldElement(el: Element, tag = tagOf(el)): boolean {
  if (BOLD_TAGS.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  const style = (el.getAttribute('style') || '').toLowerCase().replace(/\s+/g, '');
  return /font-weight:(bold|[6-9]00)/.test(style);
}

function boldAncestor(node: Node, stop: Element): boolean {
  for (let cur: Node | null = node; cur && cur !== stop; cur = cur.parentNode) {
    if (isElement(cur) && isBoldElement(cur)) return true;
  }
  return false;
}

/** Flags of what a node's visible text holds: some bold character, some plain (not bold) one. */
const BOLD = 1;
const PLAIN = 2;

const NON_SPACE = /\S/;

/** BOLD and/or PLAIN for `node`'s visible text; stops looking once a plain character settles "not all bold". */
function scanBold(node: Node, inBold: boolean): number {
  if (node.nodeType === TEXT_NODE) return textBoldness(node.nodeValue ?? '', inBold);
  if (!isElement(node)) return 0;
  const tag = tagOf(node);
  if (isNonContentElement(node, tag)) return 0;
  const bold = inBold || isBoldElement(node, tag);
  let flags = 0;
  for (let child = node.firstChild; child && !(flags & PLAIN); child = child.nextSibling) flags |= scanBold(child, bold);
  return flags;
}

function textBoldness(text: string, inBold: boolean): number {
  if (!NON_SPACE.test(text)) return 0;
  return inBold ? BOLD : PLAIN;
}

/** The boldness of one node of a line inside `container` (bold ancestors up to it count); `text` is its visible text. */
function boldnessOf(node: Node, container: Element, text?: string): number {
  if (node.nodeType === TEXT_NODE) {
    // A text node needs its ancestors asked only when it shows something.
    const value = text ?? node.nodeValue ?? '';
    return NON_SPACE.test(value) ? textBoldness(value, boldAncestor(node.parentNode ?? node, container)) : 0;
  }
  return scanBold(node, boldAncestor(node.parentNode ?? node, container));
}

/** Every visible character of these nodes is bold (and there is one): their flags together are exactly BOLD. */
function allBold(marks: readonly number[]): boolean {
  let flags = 0;
  for (const mark of marks) flags |= mark;
  return flags === BOLD;
}

const HEADING_LEVELS = new Map([['H1', 1], ['H2', 2], ['H3', 3], ['H4', 4], ['H5', 5], ['H6', 6]]);

function headingLevel(container: Element): number {
  for (let cur: Element | null = container; cur; cur = cur.parentElement) {
    const tag = tagOf(cur);
    const level = HEADING_LEVELS.get(tag);
    if (level !== undefined) return level;
    if (isBlockTag(tag)) break;
  }
  return 0;
}

/**
 * A list whose items are themselves "question <br> answer" units (an interview
 * written as an <ol>) is segmented like any container; other lists stay whole.
 */
function isStructuredList(list: Element): boolean {
  if (tagOf(list) !== 'UL' && tagOf(list) !== 'OL') return false;
  const items = Array.from(list.children).filter((c) => tagOf(c) === 'LI');
  const structured = items.filter((li) => li.querySelector('br, p, div, h2, h3, h4, h5, h6') !== null && visibleText(li).includes('?'));
  return structured.length >= 2 && structured.length * 2 >= items.length;
}

/**
 * A one-item list whose whole text is bold is a set-off line (a question
 * written as "<ul><li><strong>…?</strong></li></ul>"), not a list.
 */
function isSetOffLine(list: Element): boolean {
  const items = Array.from(list.children).filter((c) => tagOf(c) === 'LI');
  if (items.length !== 1 || list.children.length !== 1) return false;
  return scanBold(items[0] as Element, false) === BOLD;
}

const isTypingInput = (input: Element): boolean => /^(?:email|text|)$/i.test(input.getAttribute('type') ?? '');

/** A field a reader types into, or an element holding one: what a sign-up or contact call to action ends in. */
export function asksForInput(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return isTypingInput(el);
  // Tag lookups, not a selector: this runs for every skipped piece of chrome.
  return el.getElementsByTagName('textarea').length > 0 || Array.from(el.getElementsByTagName('input')).some(isTypingInput);
}

/** Does the subtree hold something that ends a line (a <br> or block element)? */
function breaksLines(el: Element): boolean {
  // Most inline elements (<strong>, <a>, <em>) hold only text.
  if (el.firstElementChild === null) return false;
  return el.querySelector('br, p, div, h1, h2, h3, h4, h5, h6, ul, ol, table, pre, blockquote, li, section, article, dl, dt, dd, figure, header, footer, nav, aside') !== null;
}

/** Every node is a text node without a visible character: its line would collapse to nothing. */
function blankText(nodes: readonly Node[]): boolean {
  for (const node of nodes) if (node.nodeType !== TEXT_NODE || hasVisibleText(node)) return false;
  return true;
}

export function segmentBlocks(root: Element, options: SegmentOptions = {}): Block[] {
  // The walk has read each element's tag already; the default test takes it.
  const { skip: custom } = options;
  const skip = custom ? (el: Element) => custom(el) : isChromeTagged;
  const blocks: Block[] = [];
  const containers: Element[] = [root];
  let line: Node[] = [];
  let gap = false;
  let afterChrome = false;

  /** `texts` and `marks`: each node's visible text and boldness, when the caller has them already. */
  const makeBlock = (nodes: Node[], container: Element, atomic: boolean, texts?: readonly string[], marks?: readonly number[]): Block | null => {
    const text = collapseWhitespace(texts ? texts.join('') : nodes.length === 1 ? visibleText(nodes[0] as Node) : nodes.map(visibleText).join(''));
    if (text === '' || CHROME_LINE.test(text)) return null;
    const heading = atomic ? 0 : headingLevel(container);
    const bold = heading > 0 || allBold(marks ?? nodes.map((n) => boldnessOf(n, container)));
    return { text, nodes, container, heading, bold, atomic, gapBefore: false, chromeAfter: null, itemNumber: null };
  };

  const numberedItems = new Set<Element>();
  /** The number of the <ol> item this line opens, if it is the item's first line. */
  const itemNumberFor = (container: Element): number | null => {
    for (let cur: Element | null = container; cur && cur !== root; cur = cur.parentElement) {
      if (tagOf(cur) !== 'LI') continue;
      const list = cur.parentElement;
      if (!list || tagOf(list) !== 'OL' || numberedItems.has(cur)) return null;
      numberedItems.add(cur);
      const items = Array.from(list.children).filter((c) => tagOf(c) === 'LI');
      const start = Number(list.getAttribute('start') || '1');
      return (Number.isFinite(start) ? start : 1) + items.indexOf(cur);
    }
    return null;
  };

  /** The first skipped element after the last line is remembered; asking what it holds is left to whoever cares. */
  const markChromeAfter = (el: Element) => {
    const last = blocks[blocks.length - 1];
    if (last && last.chromeAfter === null && !afterChrome) last.chromeAfter = el;
    afterChrome = true;
  };

  const push = (block: Block | null) => {
    if (!block) return;
    if (!block.atomic) block.itemNumber = itemNumberFor(block.container);
    block.gapBefore = gap;
    gap = false;
    afterChrome = false;
    blocks.push(block);
  };

  const flush = () => {
    if (line.length === 0) return;
    const nodes = line;
    line = [];
    // Only blank text (the line breaks between block elements, most lines of a page) makes no block: not worth a look.
    if (blankText(nodes)) return;
    const container = containers[containers.length - 1] ?? root;
    const texts = nodes.map(visibleText);
    const marks = nodes.map((node, i) => boldnessOf(node, container, texts[i]));
    // "<strong>Question?</strong> Answer" on one line: split after the bold question.
    let split = 0;
    let prefix = '';
    for (let i = 0; i < nodes.length; i += 1) {
      const text = texts[i] as string;
      if (text.trim() === '') continue;
      if (marks[i] !== BOLD) break;
      prefix += text;
      if (/\?\s*$/.test(prefix)) split = i + 1;
    }
    if (split > 0 && texts.slice(split).some((t) => t.trim() !== '')) {
      push(makeBlock(nodes.slice(0, split), container, false, texts.slice(0, split), marks.slice(0, split)));
      push(makeBlock(nodes.slice(split), container, false, texts.slice(split), marks.slice(split)));
    } else {
      push(makeBlock(nodes, container, false, texts, marks));
    }
  };

  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      line.push(node);
      return;
    }
    // Comments and other nodes carry no text.
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (tag === 'INPUT' || tag === 'TEXTAREA') {
      flush();
      markChromeAfter(node);
    }
    if (isNonContentElement(node, tag)) return;
    if (skip(node, tag)) {
      flush();
      if (visibleText(node).trim() !== '') gap = true;
      markChromeAfter(node);
      return;
    }
    if (tag === 'BR') {
      flush();
      return;
    }
    if (ATOMIC_TAGS.has(tag) && !isStructuredList(node) && !((tag === 'UL' || tag === 'OL') && isSetOffLine(node))) {
      flush();
      push(makeBlock([node], containers[containers.length - 1] ?? root, true));
      return;
    }
    if (isBlockTag(tag)) {
      flush();
      containers.push(node);
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
      flush();
      containers.pop();
      return;
    }
    // Inline element: keep it whole unless a line break hides inside it.
    if (!breaksLines(node)) {
      line.push(node);
      return;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };

  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  flush();
  return blocks;
}

/** The blocks of the document's content root. */
export function contentBlocks(doc: Document): Block[] {
  return memoForRun(doc, 'blocks', () => segmentBlocks(findContentRoot(doc)));
}
