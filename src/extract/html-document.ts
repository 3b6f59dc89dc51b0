/**
 * A Document from HTML text where there is no DOMParser (the CLI in Node, the
 * MV3 service worker): linkedom, passed in so each side bundles the build it
 * can run (`linkedom` in Node, `linkedom/worker` in the service worker).
 */

export type ParseHTML = (html: string) => { document: unknown };

/** linkedom needs an <html>/<body> skeleton; a saved fragment gets one. */
export function documentFromHtml(parseHTML: ParseHTML, html: string): Document {
  const doc = parseHTML(html).document as Document;
  // Check documentElement first: linkedom's body getter throws without one.
  if (doc.documentElement?.nodeName.toUpperCase() === 'HTML' && doc.body) return doc;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as Document;
}
