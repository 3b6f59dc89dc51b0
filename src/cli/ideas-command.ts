/**
 * The `ideas` command as a pure function: records from an export file or saved
 * pages in, one JSON document out with every record's topics, organisations and
 * similar partnerships (with reasons), the organisation index and topic counts.
 * Same exit codes as `parse`. main-ideas.ts wires it to the real process.
 */

import { collectionIdeas } from '../ideas/collection';
import { formatReasons, similarTo, type SimilarityReasons } from '../ideas/similarity';
import { extractPage } from '../extract/registry';
import type { QuestionId } from '../questions/catalogue';
import { migrateImportFile } from '../record/migrate';
import { validateRecord } from '../record/validate';
import type { PartnershipRecord } from '../record/types';
import { newRecord } from '../record/content';
import { type CommandEnv, type CommandResult, expandInputs, fileUrl, parseDocument, reason } from './parse-command';
import { decodeHtml } from './html-bytes';

export const IDEAS_HELP = `Usage: npm run --silent ideas -- <export.json | folder | file.html>...

Finds the topics, named organisations and similar partnerships of a collection
and prints them as one JSON document on stdout:

  records[]        url, title, answers[] of {questionId, topics[],
                   organisations[{name, type, text}]} (name: canonical,
                   text: as written), similar[] of {url, score, reasons, shared}
  organisations[]  canonical name, type, how often named (mentions), records
  topics           topic id -> number of records reporting it

Inputs: a records export or backup (.json, versions 1 and 2), saved portrait
pages (.html), or folders of them.

Exit codes:
  0  every input gave its records
  1  no input gave a record (the reasons are on stderr)
  2  usage error, or an input could not be read
`;

const SIMILAR_LIMIT = 5;

interface Source {
  url: string;
  title: string;
  partners: readonly string[];
  answers: readonly { questionId: QuestionId | null; text: string }[];
}

function recordsFromJson(path: string, text: string, errors: string[]): Source[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    errors.push(`ideas: ${path} is not valid JSON`);
    return null;
  }
  const file = migrateImportFile(json);
  if (!file.ok) {
    errors.push(`ideas: ${path}: ${file.error}`);
    return null;
  }
  const records: Source[] = [];
  file.value.file.records.forEach((record, index) => {
    const problems = validateRecord(record);
    if (problems.length > 0) errors.push(`${path}: record ${index} skipped: ${problems[0]}`);
    else records.push(record);
  });
  return records;
}

function similarEntry(sources: readonly Source[], s: { index: number; score: number; reasons: SimilarityReasons }) {
  return { url: sources[s.index]!.url, score: s.score, reasons: formatReasons(s.reasons), shared: s.reasons };
}

export function runIdeasCommand(argv: readonly string[], env: CommandEnv): CommandResult {
  if (argv.includes('-h') || argv.includes('--help')) return { stdout: IDEAS_HELP, stderr: '', code: 0 };
  const unknown = argv.find((a) => a.startsWith('-'));
  if (unknown) return { stdout: '', stderr: `ideas: unknown option ${unknown} (see --help)\n`, code: 2 };
  if (argv.length === 0) return { stdout: '', stderr: 'ideas: no input given (see --help)\n', code: 2 };

  let files: string[];
  try {
    files = expandInputs([...argv], env.fs);
  } catch (error) {
    return { stdout: '', stderr: `ideas: ${reason(error)}\n`, code: 2 };
  }
  if (files.length === 0) return { stdout: '', stderr: 'ideas: no .html files found\n', code: 2 };

  const sources: Source[] = [];
  const errors: string[] = [];
  let unreadable = false;
  for (const file of files) {
    const json = /\.json$/i.test(file);
    let text: string;
    try {
      // A saved page is decoded by its own charset, as `parse` does; exports are UTF-8 JSON.
      text = json ? env.fs.readFile(file) : decodeHtml(env.fs.readBytes(file)).text;
    } catch (error) {
      errors.push(`ideas: cannot read ${file}: ${reason(error)}`);
      unreadable = true;
      continue;
    }
    if (json) {
      const records = recordsFromJson(file, text, errors);
      if (records === null) unreadable = true;
      else sources.push(...records);
      continue;
    }
    const result = extractPage(parseDocument(text), fileUrl(env.fs.resolve(file)));
    if (result.ok) sources.push(newRecord(result.content, env.uuid(), env.now()) satisfies PartnershipRecord);
    else errors.push(`${file}: ${result.reason}`);
  }

  const stderr = errors.map((e) => `${e}\n`).join('');
  if (sources.length === 0) return { stdout: '', stderr: stderr || 'ideas: no input gave a record\n', code: unreadable ? 2 : 1 };

  const ideas = collectionIdeas(sources);
  const all = ideas.records;
  const records = sources.map((source, i) => ({
    url: source.url,
    title: source.title,
    answers: all[i]!.answers.map((a) => ({
      questionId: a.questionId,
      topics: a.topics.map((t) => t.id),
      organisations: a.organisations.map(({ name, type, text }) => ({ name, type, text })),
    })),
    similar: similarTo(ideas.similarity, i, SIMILAR_LIMIT).map((s) => similarEntry(sources, s)),
  }));
  const organisations = ideas.organisations.map((o) => ({
    name: o.name,
    type: o.type,
    mentions: o.occurrences.reduce((n, occurrence) => n + occurrence.mentions.length, 0),
    records: o.records,
  }));
  const document = { records, organisations, topics: ideas.topicCounts };
  return { stdout: `${JSON.stringify(document, null, 2)}\n`, stderr, code: unreadable ? 2 : 0 };
}
