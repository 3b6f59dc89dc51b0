import { memoForRun } from './run-cache';

/**
 * Clipping must never run or load anything in the page. A live page's nodes
 * belong to a document with a browsing context: a copy of an <img> made there
 * starts loading, and its onerror/onload handlers run in the page again. So
 * the extractors work on an inert copy, a document without a browsing context
 * (images do not load, handlers and scripts do not run, custom elements are
 * not upgraded), and every tree they build lives in that copy.
 */

/**
 * A deep copy of `doc` in a fresh document without a browsing context. The
 * copy is node for node the live tree (importNode clones; it does not
 * re-parse), so it sees what the page shows now, scripts' changes included.
 * DOMs without `implementation.createHTMLDocument` (linkedom) load nothing
 * anyway; there `doc` itself is returned.
 */
export function inertCopy(doc: Document): Document {
  const implementation = doc.implementation as DOMImplementation | undefined;
  if (typeof implementation?.createHTMLDocument !== 'function' || !doc.documentElement) return doc;
  const copy = implementation.createHTMLDocument('');
  const root = copy.importNode(doc.documentElement, true);
  copy.removeChild(copy.documentElement);
  copy.appendChild(root);
  return copy;
}

/**
 * A fresh, empty document without a browsing context, to build trees in
 * (answer Markdown, parsed JSON-LD HTML). linkedom has no
 * `createHTMLDocument` and loads nothing: there `doc` itself serves.
 */
export function scratchDocument(doc: Document): Document {
  const implementation = doc.implementation as DOMImplementation | undefined;
  return typeof implementation?.createHTMLDocument === 'function' ? implementation.createHTMLDocument('') : doc;
}

/**
 * The scratch document trees are built in during a registry run: never the
 * page's document itself, so that even a live page passed by mistake loads
 * and runs nothing.
 */
export function scratchDocumentForRun(doc: Document): Document {
  return memoForRun(doc, 'scratch-document', () => scratchDocument(doc));
}
