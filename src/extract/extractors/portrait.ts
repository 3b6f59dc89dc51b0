/**
 * The portrait extractor: interview portraits of NRW–Ukrainian partnerships on
 * staedtepartnerschaftennrw.org. A portrait reads, in page order: title, subtitle
 * ("Porträt einer NRW-ukrainischen …partnerschaft"), a fixed intro sentence, the
 * interview line, twelve numbered catalogue questions with their answers, and
 * closing lines (src/extract/portrait-lines.ts recognises the fixed lines).
 */

import { escapeMarkdown } from '../../html-to-markdown/escape';
import { QUESTIONS } from '../../questions/catalogue';
import type { Answer, ClippedContent } from '../../record/types';
import { answerFromBlocks } from '../answer';
import { type Block, contentBlocks, findContentRoot } from '../blocks';
import { memoForRun } from '../../dom/run-cache';
import { textOf } from '../../dom/nodes';
import { isClosingLine, isEditorNote, isHeaderLine, isIntro, parseInterviewer, parseKind, parsePhotoCredit } from '../portrait-lines';
import { analysePortrait, portraitConfidence, type PortraitAnalysis } from '../portrait-score';
import { contentHeadingTitle, hasPartnerSeparator, metaTitle, partnersFromSlug, splitPartners } from '../title';
import type { ExtractResult, Extractor } from '../types';
import { canonicalUrlForRun, isKnownNonPortraitPageForRun } from '../url';

function analyse(doc: Document): PortraitAnalysis {
  return memoForRun(doc, 'portrait', () => analysePortrait(contentBlocks(doc)));
}

function detect(doc: Document, url: string): number {
  try {
    if (isKnownNonPortraitPageForRun(doc, url)) return 0;
    return portraitConfidence(analyse(doc));
  } catch {
    return 0;
  }
}

function titleAndPartners(doc: Document, url: string, a: PortraitAnalysis, warnings: string[]): { title: string; partners: string[] } {
  const beforeSubtitle = a.subtitle > 0 ? a.blocks[a.subtitle - 1]?.text : undefined;
  const fromContent =
    beforeSubtitle && beforeSubtitle.length <= 120 && hasPartnerSeparator(beforeSubtitle) && !isHeaderLine(beforeSubtitle)
      ? beforeSubtitle
      : contentHeadingTitle(doc, findContentRoot(doc));
  if (fromContent) return { title: fromContent, partners: splitPartners(fromContent) };
  const fromMeta = metaTitle(doc);
  if (fromMeta && hasPartnerSeparator(fromMeta)) return { title: fromMeta, partners: splitPartners(fromMeta) };
  const fromSlug = partnersFromSlug(url, textOf(doc.body ?? doc.documentElement));
  if (fromSlug) {
    warnings.push('title taken from the URL');
    return { title: fromSlug.join(' – '), partners: fromSlug };
  }
  if (fromMeta) return { title: fromMeta, partners: splitPartners(fromMeta) };
  warnings.push('no title found');
  return { title: '', partners: [] };
}

function answersFor(doc: Document, a: PortraitAnalysis, warnings: string[]): Answer[] {
  return a.hits.map((hit, k) => {
    const next = a.hits[k + 1];
    const end = next ? next.index : a.blocks.length;
    const candidates = a.blocks.slice(hit.index + 1, end);
    let body: Block[] = [];
    for (const [i, block] of candidates.entries()) {
      // Closing lines end the interview; skipped site chrome ends an answer too.
      if (isClosingLine(block.text) || ((i > 0 || hit.inlineAnswer) && block.gapBefore)) break;
      // Whatever follows the interview (related posts, widgets) is not an answer.
      if (!next && block.heading > 0) break;
      if (isEditorNote(block.text)) warnings.push(`editor's note on the page: ${block.text}`);
      body.push(block);
    }
    // Editor's notes around an answer are dropped; one inside it stays, so the
    // answer text remains one run of the page's text.
    while (!hit.inlineAnswer && body[0] && isEditorNote(body[0].text)) body = body.slice(1);
    while (body.length > 0 && isEditorNote((body[body.length - 1] as Block).text)) body = body.slice(0, -1);
    let { markdown, text } = answerFromBlocks(body, doc);
    if (hit.inlineAnswer) {
      markdown = [escapeMarkdown(hit.inlineAnswer), markdown].filter(Boolean).join('\n\n');
      text = [hit.inlineAnswer, text].filter(Boolean).join(' ');
    }
    const label = hit.number ?? `"${hit.question}"`;
    if (!text) warnings.push(`empty answer to question ${label}`);
    if (!hit.id) warnings.push(`unknown question ${label}: ${hit.question}`);
    return { number: hit.number, questionId: hit.id, question: hit.question, markdown, text };
  });
}

function extract(doc: Document, url: string): ExtractResult {
  try {
    const canonical = canonicalUrlForRun(doc, url);
    if (isKnownNonPortraitPageForRun(doc, url)) {
      return { ok: false, code: 'not-a-portrait', reason: 'This page of the portrait site is not a portrait.' };
    }
    const a = analyse(doc);
    if (!a.hits.some((h) => h.id)) {
      return { ok: false, code: 'not-a-portrait', reason: 'No portrait interview questions found on this page.' };
    }
    const warnings: string[] = [];
    const { title, partners } = titleAndPartners(doc, canonical, a, warnings);
    const firstQuestion = a.hits[0]?.index ?? a.blocks.length;
    const head = a.blocks.slice(0, firstQuestion);
    for (const b of head) if (isEditorNote(b.text)) warnings.push(`editor's note on the page: ${b.text}`);
    const subtitle = a.subtitle >= 0 ? a.blocks[a.subtitle] : undefined;
    const kind = subtitle ? parseKind(subtitle.text) : null;
    if (!kind) warnings.push('no partnership kind found');
    const answers = answersFor(doc, a, warnings);
    const withText = answers.filter((x) => x.text !== '').length;
    if (withText * 2 < answers.length) {
      return { ok: false, code: 'not-a-portrait', reason: 'The questions on this page have no answers.' };
    }
    const found = new Set(answers.map((x) => x.questionId));
    for (const q of QUESTIONS) if (!found.has(q.id)) warnings.push(`missing question ${q.number} (${q.id})`);
    const interviewer = a.blocks.map((b) => parseInterviewer(b.text)).find((x) => x !== null) ?? null;
    const photoCredit = a.blocks.map((b) => parsePhotoCredit(b.text)).find((x) => x !== null) ?? null;
    const content: ClippedContent = {
      url: canonical,
      title,
      partners,
      kind,
      interviewee: a.interviewee,
      interviewer,
      photoCredit,
      intro: head.find((b) => isIntro(b.text))?.text ?? null,
      answers,
      extractor: portraitExtractor.id,
      warnings,
    };
    return { ok: true, content, confidence: portraitConfidence(a) };
  } catch (error) {
    return { ok: false, code: 'internal-error', reason: `The portrait extractor failed: ${String(error)}` };
  }
}

export const portraitExtractor: Extractor = { id: 'portrait', detect, extract };
