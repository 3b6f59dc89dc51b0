/**
 * The `parse` command as a pure function: argv and a file reader in, stdout,
 * stderr and exit code out. main.ts only wires it to the real process.
 */

import { parseHTML } from 'linkedom';
import { extractPage } from '../extract/registry';
import type { PartnershipRecord } from '../record/types';
import { newRecord } from '../record/content';
import { decodeHtml } from './html-bytes';

export const HELP = `Usage: npm run --silent parse -- <file.html | folder>... [--url <page URL>]

Parses saved portrait pages and prints records in the v1 record format
(partnership-clipper/records) as pretty-printed JSON on stdout.

  <file.html>        one saved page: prints ONE record object
  several files,     prints a JSON ARRAY of the records that could be
  or a folder        extracted (a folder means every *.html file in it)
  --url <URL>        the page's real URL (only with a single file). Without it
                     the page's <link rel="canonical"> is used, else file://.
  -h, --help         show this help

Exit codes:
  0  every page gave a record
  1  at least one page has no questions and answers: one line per such page
     on stderr (for a single file nothing is printed on stdout)
  2  usage error, or a file or folder could not be read
`;

export interface FileSystem {
  /** A file as UTF-8 text (the ideas command's JSON). */
  readFile(path: string): string;
  /** A file's bytes: a saved page is decoded by its own charset (decodeHtml). */
  readBytes(path: string): Uint8Array;
  isDirectory(path: string): boolean;
  readDir(path: string): string[];
  /** Absolute path, for file:// URLs. */
  resolve(path: string): string;
}

export interface CommandEnv {
  fs: FileSystem;
  now: () => string;
  uuid: () => string;
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  code: number;
}

interface Args {
  inputs: string[];
  url: string | null;
  help: boolean;
  error: string | null;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { inputs: [], url: null, help: false, error: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--url') {
      const value = argv[i + 1];
      if (value === undefined) args.error = '--url needs a value';
      else args.url = value;
      i += 1;
    } else if (arg.startsWith('--url=')) args.url = arg.slice('--url='.length);
    else if (arg.startsWith('-')) args.error = `unknown option ${arg}`;
    else args.inputs.push(arg);
  }
  if (!args.help && !args.error && args.inputs.length === 0) args.error = 'no input file given';
  return args;
}

export function fileUrl(absolute: string): string {
  return `file://${absolute.split('/').map(encodeURIComponent).join('/')}`;
}

/** Expands folders into their *.html files; throws a readable message if a path cannot be read. */
export function expandInputs(inputs: string[], fs: FileSystem): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let dir: boolean;
    try {
      dir = fs.isDirectory(input);
    } catch (error) {
      throw new Error(`cannot read ${input}: ${reason(error)}`);
    }
    if (!dir) {
      files.push(input);
      continue;
    }
    const html = fs.readDir(input).filter((f) => /\.html?$/i.test(f)).sort();
    files.push(...html.map((f) => `${input.replace(/\/+$/, '')}/${f}`));
  }
  return files;
}

/** linkedom needs an <html>/<body> skeleton; a saved fragment gets one. */
export function parseDocument(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  // Check documentElement first: linkedom's body getter throws without one.
  if (doc.documentElement?.nodeName.toUpperCase() === 'HTML' && doc.body) return doc;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

export function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && (error as { code: unknown }).code === 'ENOENT') return 'no such file or directory';
  if (error && typeof error === 'object' && 'code' in error && (error as { code: unknown }).code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export function runParseCommand(argv: readonly string[], env: CommandEnv): CommandResult {
  const args = parseArgs(argv);
  if (args.help) return { stdout: HELP, stderr: '', code: 0 };
  if (args.error) return { stdout: '', stderr: `parse: ${args.error} (see --help)\n`, code: 2 };

  let files: string[];
  try {
    files = expandInputs(args.inputs, env.fs);
  } catch (error) {
    return { stdout: '', stderr: `parse: ${reason(error)}\n`, code: 2 };
  }
  const single = args.inputs.length === 1 && files.length === 1 && files[0] === args.inputs[0];
  if (args.url !== null && !single) return { stdout: '', stderr: 'parse: --url works with a single file only\n', code: 2 };
  if (files.length === 0) return { stdout: '', stderr: 'parse: no .html files found\n', code: 2 };

  const records: PartnershipRecord[] = [];
  const errors: string[] = [];
  let code = 0;
  for (const file of files) {
    let html: string;
    try {
      html = decodeHtml(env.fs.readBytes(file)).text;
    } catch (error) {
      errors.push(`parse: cannot read ${file}: ${reason(error)}`);
      code = 2;
      continue;
    }
    const doc = parseDocument(html);
    const pageUrl = args.url ?? fileUrl(env.fs.resolve(file));
    const result = extractPage(doc, pageUrl);
    if (result.ok) records.push(newRecord(result.content, env.uuid(), env.now()));
    else {
      errors.push(`${file}: ${result.reason}`);
      code = Math.max(code, 1);
    }
  }
  const stderr = errors.map((e) => `${e}\n`).join('');
  if (single) {
    const record = records[0];
    return record ? { stdout: `${JSON.stringify(record, null, 2)}\n`, stderr, code } : { stdout: '', stderr, code };
  }
  return { stdout: `${JSON.stringify(records, null, 2)}\n`, stderr, code };
}
