/**
 * The text of a saved HTML file, decoded as a browser would: a byte order mark
 * first, then the page's own declaration (`<meta charset>` or `<meta
 * http-equiv="Content-Type" content="…; charset=…">`, looked for in the first
 * bytes, as the HTML standard's prescan does), then UTF-8. A page saved as
 * iso-8859-1 keeps its umlauts instead of turning them into "�".
 */

/** How far the declaration is looked for: the standard says 1024 bytes; saved pages often put scripts first. */
const PRESCAN_BYTES = 4096;

const BOMS: ReadonlyArray<readonly [number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return { encoding, skip: bom.length };
  }
  return null;
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.replace(/^<meta/i, '').matchAll(/([^\s=>/]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = (m[1] as string).toLowerCase();
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** The charset a <meta> in the first bytes declares, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const attrs = attributes(tag);
    const charset = attrs.get('charset')?.trim();
    if (charset) return charset;
    if (attrs.get('http-equiv')?.trim().toLowerCase() === 'content-type') {
      const fromContent = /charset\s*=\s*["']?([^"';\s]+)/i.exec(attrs.get('content') ?? '');
      if (fromContent) return fromContent[1] as string;
    }
  }
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    const decoder = new TextDecoder(label);
    // A page that says UTF-16 in ASCII bytes cannot be UTF-16 (the standard reads it as UTF-8).
    return decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder;
  } catch {
    return null; // an unknown label: fall back to UTF-8
  }
}

export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "windows-1252" for a page declaring iso-8859-1. */
  encoding: string;
}

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom) {
    const decoder = new TextDecoder(bom.encoding);
    return { text: decoder.decode(bytes.subarray(bom.skip)), encoding: decoder.encoding };
  }
  const declared = declaredCharset(bytes);
  const decoder = (declared && decoderFor(declared)) || new TextDecoder('utf-8');
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}
