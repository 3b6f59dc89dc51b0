/**
 * The one stored form of a URL: the WHATWG serialisation (what `new URL(…).href`
 * gives), with the characters that serialisation leaves raw but RFC 3986 does
 * not allow ("|", "[", "]", "^", "{", "}", "`", "\" and a "%" that starts no
 * escape) percent-encoded. Both forms name the same resource for a browser, and
 * only the encoded one passes the record schema's `uri` format, so a stored URL
 * always exports and imports again.
 */

/** Characters RFC 3986 allows raw in a path, query or fragment (besides "%XX"). */
const ALLOWED = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/;
const ESCAPE = /^%[0-9A-Fa-f]{2}/;
/** A part made only of allowed characters and escapes: encodePart leaves it as it is. */
const ALREADY_ENCODED = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;

/** Only these schemes are stored: web pages, and saved files parsed by the CLI. */
export const STORED_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'file:']);

function encodePart(part: string): string {
  if (ALREADY_ENCODED.test(part)) return part;
  let out = '';
  for (let i = 0; i < part.length; i += 1) {
    const ch = part[i] as string;
    if (ALLOWED.test(ch) || (ch === '%' && ESCAPE.test(part.slice(i, i + 3)))) out += ch;
    else out += encodeURIComponent(ch);
  }
  return out;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** `url` in its stored form, or null if it is not an absolute URL. Idempotent. */
export function serialiseUrl(url: string): string | null {
  const u = parse(url);
  return u ? serialiseParsedUrl(u) : null;
}

/** serialiseUrl of a URL already parsed (for a web URL, parsing its href again gives the same URL). */
export function serialiseParsedUrl(u: URL): string {
  // Each getter serialises afresh: read each once.
  const { href, pathname, search, hash } = u;
  const tail = pathname + search + hash;
  // Opaque URLs (mailto:…) and others whose href does not end with path+query+hash are left as WHATWG gives them.
  if (!href.endsWith(tail)) return href;
  const head = href.slice(0, href.length - tail.length);
  const query = search ? `?${encodePart(search.slice(1))}` : '';
  const fragment = hash ? `#${encodePart(hash.slice(1))}` : '';
  return head + encodePart(pathname) + query + fragment;
}

function quoted(chars: Iterable<string>): string {
  return [...chars].map((c) => (c === ' ' ? 'a space' : `"${c}"`)).join(', ');
}

/**
 * What is wrong with a URL the record format refuses, in words: "is not an
 * absolute URL", "uses ftp:", or which characters must be percent-encoded.
 * Null when the URL is fine.
 */
export function urlProblem(url: string): string | null {
  if (url.trim() === '') return 'is empty';
  const u = parse(url);
  if (!u) return /^[a-z][a-z0-9+.-]*:/i.test(url) ? 'cannot be read as a URL' : 'is not an absolute URL (it must start with https://, http:// or file://)';
  if (!STORED_SCHEMES.has(u.protocol)) return `uses "${u.protocol}"; only https://, http:// and file:// URLs are stored`;
  if (!/^(https?|file):\/\//i.test(url)) return 'must start with https://, http:// or file://';
  const bad = new Set<string>();
  const after = url.replace(/^[a-z]+:\/\/[^/?#]*/i, '');
  for (let i = 0; i < after.length; i += 1) {
    const ch = after[i] as string;
    if (ch === '%' ? !ESCAPE.test(after.slice(i, i + 3)) : !ALLOWED.test(ch) && ch !== '#') bad.add(ch);
  }
  if ((after.match(/#/g) ?? []).length > 1) bad.add('#');
  if (bad.size > 0) {
    const stray = bad.delete('%') ? ['a "%" that starts no %XX escape (write %25)'] : [];
    const chars = bad.size ? [`${quoted(bad)}, which must be percent-encoded as ${[...bad].map(encodeURIComponent).join(', ')}`] : [];
    return `has ${[...chars, ...stray].join(' and ')}`;
  }
  if (/^[a-z]+:\/\/[^/?#]*[^a-z0-9\-._~%!$&'()*+,;=:@[\]/?#]/i.test(url)) return 'has a host name with characters a URL cannot hold';
  return null;
}
