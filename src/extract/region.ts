/**
 * Which part of a page is the interview: the region that holds most of its
 * questions. Teaser cards of other portraits (a "Weitere Porträts" sidebar,
 * related posts in a page builder's column or inside the post) repeat the
 * standard questions; they lie in other subtrees than the interview's run.
 */

/** Is `node` `ancestor` or inside it? (Node.contains is not in every DOM we run on.) */
export function isInside(node: Node, ancestor: Node): boolean {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) if (cur === ancestor) return true;
  return false;
}

/** The deepest element that holds all of `nodes`. */
export function commonAncestor(nodes: readonly Element[]): Element | null {
  const first = nodes[0];
  if (!first) return null;
  const chain: Element[] = [];
  for (let cur: Element | null = first; cur; cur = cur.parentElement) chain.push(cur);
  let depth = 0;
  for (const node of nodes.slice(1)) {
    while (depth < chain.length && !isInside(node, chain[depth] as Element)) depth += 1;
  }
  return chain[depth] ?? null;
}

/** The child of `ancestor` on the way down to `node`, or null when `node` is `ancestor` (or outside it). */
export function childToward(ancestor: Node, node: Node): Element | null {
  for (let cur: Node | null = node; cur && cur.parentNode; cur = cur.parentNode) {
    if (cur.parentNode === ancestor) return cur.nodeType === 1 ? (cur as Element) : null;
  }
  return null;
}

/**
 * The deepest element that holds more than half of `elements`, walking down
 * from their common ancestor: the interview's own container, beside or above
 * the boxes of teasers.
 */
export function majorityRegion(elements: readonly Element[]): Element | null {
  let region = commonAncestor(elements);
  while (region) {
    const counts = new Map<Element, number>();
    for (const el of elements) {
      const child = childToward(region, el);
      if (child) counts.set(child, (counts.get(child) ?? 0) + 1);
    }
    let next: Element | null = null;
    for (const [child, n] of counts) if (n * 2 > elements.length) next = child;
    if (!next) return region;
    region = next;
  }
  return null;
}

/** The largest subtree around `node` that does not contain `region`: a teaser card's whole box. */
export function outsideBox(node: Element, region: Element): Element {
  let box = node;
  while (box.parentElement && !isInside(region, box.parentElement)) box = box.parentElement;
  return box;
}
