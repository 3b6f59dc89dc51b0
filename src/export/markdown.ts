/**
 * Markdown for note apps: one document per record with YAML front matter,
 * the questions as "## N. Question" headings and the stored answer Markdown.
 * The front matter's `tags` add the record's topics as Obsidian tags
 * (`topic/energy`), and `organisations` lists the organisations it names.
 * Records may have come in through an import rather than a clip, so answers
 * pass defuseMarkdown and plain-text fields escapeMarkdown on the way out:
 * a note app that renders raw HTML gets nothing the clipper would not write.
 */

import { strToU8, zipSync } from 'fflate';
import { answerIdeasOf, recordIdeasFromAnswers, topicTag, type AnswerIdeasSource } from '../ideas/summary';
import { questionById } from '../questions/catalogue';
import type { Answer, PartnershipRecord } from '../record/types';
import { escapeMarkdown } from '../html-to-markdown/escape';
import { uniqueNamer } from './filename';
import { defuseMarkdown } from './markdown-safety';
import { yamlFrontMatter } from './yaml';

function answerNumber(a: Answer): number | null {
  return a.number ?? (a.questionId ? (questionById(a.questionId)?.number ?? null) : null);
}

/** Plain text on one line, as Markdown text (headings and list items must stay on one line). */
function oneLine(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}

function answersMarkdown(record: PartnershipRecord, level: '##' | '###'): string {
  return record.answers
    .map((a) => {
      const n = answerNumber(a);
      const heading = `${level} ${n === null ? '' : `${n}. `}${oneLine(a.question)}`;
      return `${heading}\n\n${defuseMarkdown(a.markdown.trim())}`;
    })
    .join('\n\n');
}

/** Each record's per-answer ideas: analysed from the text unless the caller has them (the pages: from the ideas cache). */
type IdeasOption = AnswerIdeasSource<PartnershipRecord>;

function frontMatter(r: PartnershipRecord, ideasOf: IdeasOption): string {
  const ideas = recordIdeasFromAnswers(ideasOf(r));
  return yamlFrontMatter([
    ['title', r.title],
    ['partners', r.partners],
    ['kind', r.kind],
    ['url', r.url],
    ['tags', [...r.tags, ...ideas.topics.map(topicTag)]],
    ['organisations', ideas.organisations],
    ['captured', r.capturedAt],
    ['updated', r.updatedAt],
    ['interviewee', r.interviewee?.name ?? null],
    ['affiliation', r.interviewee?.affiliation ?? null],
    ['interviewer', r.interviewer],
    // Whoever took the portrait's photo is credited wherever the text travels.
    ['photoCredit', r.photoCredit],
    ['note', r.note],
    ['id', r.id],
  ]);
}

export function recordToMarkdown(record: PartnershipRecord, ideasOf: IdeasOption = answerIdeasOf): string {
  const parts = [frontMatter(record, ideasOf), `# ${oneLine(record.title)}`];
  if (record.intro) parts.push(escapeMarkdown(record.intro.trim()));
  if (record.answers.length) parts.push(answersMarkdown(record, '##'));
  return `${parts.join('\n\n')}\n`;
}

/** All records in one document; front matter only works once per file, so metadata becomes a list. */
export function recordsToCombinedMarkdown(records: readonly PartnershipRecord[], ideasOf: IdeasOption = answerIdeasOf): string {
  return `${records
    .map((r) => {
      const ideas = recordIdeasFromAnswers(ideasOf(r));
      const meta = [
        `- Partners: ${oneLine(r.partners.join(' – '))}`,
        r.kind ? `- Kind: ${oneLine(r.kind)}` : null,
        r.interviewee ? `- Interviewee: ${oneLine(r.interviewee.name)}${r.interviewee.affiliation ? `, ${oneLine(r.interviewee.affiliation)}` : ''}` : null,
        r.interviewer ? `- Interviewer: ${oneLine(r.interviewer)}` : null,
        r.photoCredit ? `- Photo: ${oneLine(r.photoCredit)}` : null,
        `- URL: <${r.url}>`,
        `- Captured: ${oneLine(r.capturedAt)}`,
        r.tags.length ? `- Tags: ${oneLine(r.tags.join(', '))}` : null,
        ideas.topics.length ? `- Topics: ${ideas.topics.map((t) => `#${topicTag(t)}`).join(' ')}` : null,
        ideas.organisations.length ? `- Organisations: ${oneLine(ideas.organisations.join('; '))}` : null,
        r.note ? `- Note: ${oneLine(r.note)}` : null,
      ].filter((l) => l !== null);
      return [`# ${oneLine(r.title)}`, meta.join('\n'), answersMarkdown(r, '##')].filter(Boolean).join('\n\n');
    })
    .join('\n\n---\n\n')}\n`;
}

export interface ZipOptions {
  /** Fixed modification time for reproducible archives (default: now). */
  mtime?: Date;
  ideas?: IdeasOption;
}

/** One .md file per record, named after the title, in one .zip archive. */
export function recordsToMarkdownZip(records: readonly PartnershipRecord[], opts: ZipOptions = {}): Uint8Array {
  const name = uniqueNamer('md');
  const files: Record<string, Uint8Array> = {};
  for (const r of records) files[name(r.title)] = strToU8(recordToMarkdown(r, opts.ideas));
  return zipSync(files, { mtime: opts.mtime ?? new Date() });
}
