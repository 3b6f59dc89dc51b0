/**
 * Segmentation, shared by every extractor: the content root becomes a flat list
 * of lines ("blocks"). Both <br> and block elements end a line, so it does not
 * matter whether a page uses paragraphs or one big <br>-separated run. Each
 * block remembers its source nodes, so answer Markdown is built from the
 * original HTML (lists stay lists).
 */

import { CHROME_LINE, isChromeElement } from './chrome';
import { collapseWhitespace, isBlockElement, isElement, isNonContent, perRun, tagOf, TEXT_NODE, visibleText } from '../dom/nodes';
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
const ROOT_SELECTORS = ['.entry-content', '[itemprop="articleBody"]', '.post-content', 'article', 'main', '[role="main"]', '#content', '#main'];
/** A root candidate must hold at least this share of the page's main text (teaser cards and comments do not). */
const MIN_ROOT_SHARE = 1 / 3;

/**
 * Characters of visible text outside site chrome: the page's main text. A
 * teaser card, a related post or a reader comment holds a small share of it;
 * the article holds most.
 */
export function mainTextLength(node: Node): number {
  if (node.nodeType === TEXT_NODE) return (node.nodeValue ?? '').replace(/\s+/g, '').length;
  if (!isElement(node) && node.nodeType !== 9) return 0;
  return perRun('mainText', node, () => {
    if (isElement(node) && (isNonContent(node) || isChromeElement(node))) return 0;
    let length = 0;
    for (let child = node.firstChild; child; child = child.nextSibling) length += mainTextLength(child);
    return length;
  });
}

/**
 * The root is chosen by text density across the page, not by the first
 * match: the most specific CMS container that holds a fair share of the main
 * text, else the body. A teaser card, a related post or a reader comment never
 * holds that share. The root is not narrowed further: a page builder may split
 * one interview over several boxes, and the extractors find the interview's
 * own region inside the root (portrait-region.ts, heading-qa.ts).
 */
/** `el` or an ancestor below the body is chrome (Drupal's body class "sidebar-first" says nothing about the content). */
function insideChrome(el: Element, body: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== body; cur = cur.parentElement) if (isChromeElement(cur)) return true;
  return false;
}

function findContentRootNow(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  // From the body's children: a saved page may hide its body until scripts ran (anti-flicker styles).
  let total = 0;
  for (let child = body.firstChild; child; child = child.nextSibling) total += mainTextLength(child);
  const longest = (selector: string, outsideChrome: boolean): [Element | null, number] => {
    let best: Element | null = null;
    let bestLength = 0;
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      if (outsideChrome ? insideChrome(el, body) : isChromeElement(el)) continue;
      const length = mainTextLength(el);
      if (length > bestLength) [best, bestLength] = [el, length];
    }
    return [best, bestLength];
  };
  for (const selector of ROOT_SELECTORS) {
    const [best, length] = longest(selector, true);
    if (best && length > 0 && length >= total * MIN_ROOT_SHARE) return best;
  }
  // Some themes wrap the post itself in a box that looks like chrome (Blogger's
  // "widget Blog"): a container inside such a box serves when it holds more
  // text than everything outside chrome together (a reader comment does not).
  for (const selector of ROOT_SELECTORS) {
    const [best, length] = longest(selector, false);
    if (best && length > total) return best;
  }
  return body;
}

function isBoldElement(el: Element): boolean {
  if (BOLD_TAGS.has(tagOf(el))) return true;
  const style = (el.getAttribute('style') || '').toLowerCase().replace(/\s+/g, '');
  return /font-weight:(bold|[6-9]00)/.test(style);
}

function boldAncestor(node: Node, stop: Element): boolean {
  for (let cur: Node | null = node; cur && cur !== stop; cur = cur.parentNode) {
    if (isElement(cur) && isBoldElement(cur)) return true;
  }
  return false;
}

/** Characters of visible text, split into bold and total. */
function countBold(node: Node, inBold: boolean, acc: { bold: number; total: number }): void {
  if (node.nodeType === TEXT_NODE) {
    const n = (node.nodeValue ?? '').replace(/\s+/g, '').length;
    acc.total += n;
    if (inBold) acc.bold += n;
    return;
  }
  if (!isElement(node) || isNonContent(node)) return;
  const bold = inBold || isBoldElement(node);
  for (const child of Array.from(node.childNodes)) countBold(child, bold, acc);
}

function headingLevel(container: Element): number {
  for (let cur: Element | null = container; cur; cur = cur.parentElement) {
    const m = /^H([1-6])$/.exec(tagOf(cur));
    if (m) return Number(m[1]);
    if (isBlockElement(cur) && !/^(SPAN|A)$/.test(tagOf(cur))) break;
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
  const acc = { bold: 0, total: 0 };
  countBold(items[0] as Element, false, acc);
  return acc.total > 0 && acc.bold === acc.total;
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
  return el.querySelector('br, p, div, h1, h2, h3, h4, h5, h6, ul, ol, table, pre, blockquote, li, section, article, dl, dt, dd, figure, header, footer, nav, aside') !== null;
}

export function segmentBlocks(root: Element, options: SegmentOptions = {}): Block[] {
  const skip = options.skip ?? isChromeElement;
  const blocks: Block[] = [];
  const containers: Element[] = [root];
  let line: Node[] = [];
  let gap = false;
  let afterChrome = false;

  const makeBlock = (nodes: Node[], container: Element, atomic: boolean): Block | null => {
    const text = collapseWhitespace(nodes.map(visibleText).join(''));
    if (text === '' || CHROME_LINE.test(text)) return null;
    const heading = atomic ? 0 : headingLevel(container);
    const acc = { bold: 0, total: 0 };
    for (const n of nodes) countBold(n, boldAncestor(n.parentNode ?? n, container), acc);
    return { text, nodes, container, heading, bold: heading > 0 || (acc.total > 0 && acc.bold === acc.total), atomic, gapBefore: false, chromeAfter: null, itemNumber: null };
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
    const container = containers[containers.length - 1] ?? root;
    // "<strong>Question?</strong> Answer" on one line: split after the bold question.
    let split = 0;
    let prefix = '';
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i] as Node;
      const text = visibleText(node);
      if (text.trim() === '') continue;
      const acc = { bold: 0, total: 0 };
      countBold(node, boldAncestor(node.parentNode ?? node, container), acc);
      if (acc.total === 0 || acc.bold !== acc.total) break;
      prefix += text;
      if (/\?\s*$/.test(prefix)) split = i + 1;
    }
    const rest = nodes.slice(split);
    if (split > 0 && rest.some((n) => visibleText(n).trim() !== '')) {
      push(makeBlock(nodes.slice(0, split), container, false));
      push(makeBlock(rest, container, false));
    } else {
      push(makeBlock(nodes, container, false));
    }
  };

  const walk = (node: Node) => {
    if (isElement(node) && (tagOf(node) === 'INPUT' || tagOf(node) === 'TEXTAREA')) {
      flush();
      markChromeAfter(node);
    }
    if (isNonContent(node)) return;
    if (node.nodeType === TEXT_NODE) {
      line.push(node);
      return;
    }
    if (!isElement(node)) return;
    if (skip(node)) {
      flush();
      if (visibleText(node).trim() !== '') gap = true;
      markChromeAfter(node);
      return;
    }
    const tag = tagOf(node);
    if (tag === 'BR') {
      flush();
      return;
    }
    if (ATOMIC_TAGS.has(tag) && !isStructuredList(node) && !((tag === 'UL' || tag === 'OL') && isSetOffLine(node))) {
      flush();
      push(makeBlock([node], containers[containers.length - 1] ?? root, true));
      return;
    }
    if (isBlockElement(node)) {
      flush();
      containers.push(node);
      for (const child of Array.from(node.childNodes)) walk(child);
      flush();
      containers.pop();
      return;
    }
    // Inline element: keep it whole unless a line break hides inside it.
    if (!breaksLines(node)) {
      line.push(node);
      return;
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };

  for (const child of Array.from(root.childNodes)) walk(child);
  flush();
  return blocks;
}

/** The blocks of the document's content root. */
export function contentBlocks(doc: Document): Block[] {
  return memoForRun(doc, 'blocks', () => segmentBlocks(findContentRoot(doc)));
}
