/**
 * Reads a JSON file in pieces, so an import has no size ceiling below what
 * an export writes. Our files are one object whose big values are arrays
 * (records, revisions, settings, one entry per line, see
 * docs/record-format.md), so the reader walks the top-level object and its
 * arrays itself and hands each entry, a few KB, to JSON.parse. Any JSON
 * layout is accepted (whitespace is not part of the contract); a top-level
 * value that is not an object is parsed whole.
 *
 * Memory: the parsed entries plus the one being read, never the whole text
 * as one string.
 */

export class JsonSyntaxError extends Error {}

type State =
  | 'start' | 'whole' | 'key' | 'keyOrEnd' | 'colon' | 'value' | 'afterMember'
  | 'element' | 'elementOrEnd' | 'afterElement' | 'end';

interface Scan {
  /** Where the value starts in `buf`. */
  start: number;
  /** How far it has been read. */
  at: number;
  depth: number;
  inString: boolean;
  atom: boolean;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** A character that ends a number or literal. */
const endsAtom = (c: number) => isSpace(c) || c === 0x2c || c === 0x5d || c === 0x7d;

/**
 * Applied to each entry of a top-level array as soon as it is parsed (the object read so far is `root`):
 * what it drops is garbage while still young, instead of being held until the whole file is read.
 */
export type EntryTransform = (key: string, entry: unknown, root: Readonly<Record<string, unknown>>) => unknown;

export class JsonReader {
  constructor(private readonly transform?: EntryTransform) {}

  private buf = '';
  private pos = 0;
  private state: State = 'start';
  private scan: Scan | null = null;
  private readonly root: Record<string, unknown> = {};
  private key = '';
  private list: unknown[] = [];
  private started = false;
  /** Characters dropped from the front of `buf` so far, for error positions. */
  private dropped = 0;

  /** Adds the next piece of text (already decoded). */
  push(text: string): void {
    if (!this.started) {
      this.started = true;
      text = text.replace(/^\uFEFF/, '');
    }
    const keep = this.scan ? this.scan.start : this.pos;
    this.buf = this.buf.slice(keep) + text;
    this.dropped += keep;
    this.pos -= keep;
    if (this.scan) {
      this.scan.at -= keep;
      this.scan.start = 0;
    }
    this.run(false);
  }

  /** The parsed value, once every piece was pushed. Throws JsonSyntaxError. */
  finish(): unknown {
    this.run(true);
    if (this.state === 'whole') return parse(this.buf.slice(this.pos), 'the file');
    this.skipSpace();
    if (this.state !== 'end') throw new JsonSyntaxError('Unexpected end of the file (it was cut short?)');
    return this.root;
  }

  private run(final: boolean): void {
    for (;;) {
      if (this.state === 'whole') return;
      if (!this.skipSpace()) return;
      const c = this.buf.charCodeAt(this.pos);
      switch (this.state) {
        case 'start':
          if (c === 0x7b) {
            this.pos++;
            this.state = 'keyOrEnd';
          } else this.state = 'whole';
          break;
        case 'keyOrEnd':
        case 'key': {
          if (c === 0x7d && this.state === 'keyOrEnd') {
            this.pos++;
            this.state = 'end';
            break;
          }
          if (c !== 0x22) this.unexpected('a key in quotes');
          const end = this.scanValue(final);
          if (end < 0) return;
          this.key = parse(this.take(end), 'a key') as string;
          this.state = 'colon';
          break;
        }
        case 'colon':
          if (c !== 0x3a) this.unexpected('":"');
          this.pos++;
          this.state = 'value';
          break;
        case 'value': {
          if (c === 0x5b) {
            this.pos++;
            this.list = [];
            this.set(this.key, this.list);
            this.state = 'elementOrEnd';
            break;
          }
          const end = this.scanValue(final);
          if (end < 0) return;
          this.set(this.key, parse(this.take(end), `"${this.key}"`));
          this.state = 'afterMember';
          break;
        }
        case 'afterMember':
          if (c === 0x2c) this.state = 'key';
          else if (c === 0x7d) this.state = 'end';
          else this.unexpected('"," or "}"');
          this.pos++;
          break;
        case 'elementOrEnd':
        case 'element': {
          if (c === 0x5d && this.state === 'elementOrEnd') {
            this.pos++;
            this.state = 'afterMember';
            break;
          }
          const end = this.scanValue(final);
          if (end < 0) return;
          const entry = parse(this.take(end), `"${this.key}" entry ${this.list.length}`);
          this.list.push(this.transform ? this.transform(this.key, entry, this.root) : entry);
          this.state = 'afterElement';
          break;
        }
        case 'afterElement':
          if (c === 0x2c) this.state = 'element';
          else if (c === 0x5d) this.state = 'afterMember';
          else this.unexpected('"," or "]"');
          this.pos++;
          break;
        case 'end':
          this.unexpected('the end of the file');
      }
    }
  }

  /** Own property, even for "__proto__" (as JSON.parse does). */
  private set(key: string, value: unknown): void {
    Object.defineProperty(this.root, key, { value, writable: true, enumerable: true, configurable: true });
  }

  private take(end: number): string {
    const text = this.buf.slice(this.pos, end);
    this.pos = end;
    this.scan = null;
    return text;
  }

  /** Moves past whitespace; false when the buffer is used up. */
  private skipSpace(): boolean {
    while (this.pos < this.buf.length && isSpace(this.buf.charCodeAt(this.pos))) this.pos++;
    return this.pos < this.buf.length;
  }

  /**
   * The end (exclusive) of the value starting at `pos`, or -1 when it goes on
   * in the next piece. Resumable: a long value is not scanned twice.
   */
  private scanValue(final: boolean): number {
    const buf = this.buf;
    if (!this.scan) {
      const c = buf.charCodeAt(this.pos);
      this.scan = { start: this.pos, at: this.pos, depth: 0, inString: false, atom: c !== 0x7b && c !== 0x5b && c !== 0x22 };
    }
    const s = this.scan;
    if (s.atom) {
      while (s.at < buf.length && !endsAtom(buf.charCodeAt(s.at))) s.at++;
      return s.at < buf.length || final ? s.at : -1;
    }
    while (s.at < buf.length) {
      if (s.inString) {
        const quote = buf.indexOf('"', s.at);
        if (quote < 0) {
          s.at = buf.length;
          break;
        }
        let slashes = 0;
        for (let b = quote - 1; b >= s.start && buf.charCodeAt(b) === 0x5c; b--) slashes++;
        s.at = quote + 1;
        if (slashes % 2 === 0) {
          s.inString = false;
          if (s.depth === 0) return s.at;
        }
        continue;
      }
      const c = buf.charCodeAt(s.at++);
      if (c === 0x22) s.inString = true;
      else if (c === 0x7b || c === 0x5b) s.depth++;
      else if ((c === 0x7d || c === 0x5d) && --s.depth === 0) return s.at;
    }
    if (final) return buf.length;
    return -1;
  }

  private unexpected(expected: string): never {
    const found = this.buf.slice(this.pos, this.pos + 20);
    throw new JsonSyntaxError(`Expected ${expected} at character ${this.dropped + this.pos}, found ${JSON.stringify(found)}`);
  }
}

function parse(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new JsonSyntaxError(`${err instanceof Error ? err.message : String(err)} (in ${what})`);
  }
}

/** Size of one piece read from a file: large enough to be fast, small enough to stay light. */
export const READ_CHUNK_BYTES = 4 * 1024 * 1024;

export interface ReadOptions {
  /** Gets the bytes read so far and the file's size in bytes. */
  onProgress?: (read: number, total: number) => void;
  chunkBytes?: number;
  transform?: EntryTransform;
}

/** Parses a file (a Blob, so a File too) or a string piece by piece. */
export async function readJson(source: Blob | string, { onProgress, chunkBytes = READ_CHUNK_BYTES, transform }: ReadOptions = {}): Promise<unknown> {
  const reader = new JsonReader(transform);
  if (typeof source === 'string') {
    reader.push(source);
    return reader.finish();
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let at = 0; at < source.size; at += chunkBytes) {
    const bytes = new Uint8Array(await source.slice(at, at + chunkBytes).arrayBuffer());
    reader.push(decodePiece(decoder, bytes, true));
    onProgress?.(Math.min(source.size, at + chunkBytes), source.size);
  }
  reader.push(decodePiece(decoder, undefined, false));
  return reader.finish();
}

function decodePiece(decoder: TextDecoder, bytes: Uint8Array | undefined, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw new JsonSyntaxError('The file is not UTF-8 text');
  }
}
