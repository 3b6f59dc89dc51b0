/**
 * What makes a line a question, shared by every extractor: it ends with a
 * question mark (closing quotes and brackets allowed), it is not longer than
 * a question gets, and it stands on its own: a question quoted inside a
 * sentence of prose ("Auf die Frage „…?“ antwortete sie …") is not one.
 */

/** Longer than this, a line is prose, not a question (the longest standard question has about 200 characters). */
export const MAX_QUESTION_LENGTH = 600;

const ENDS_WITH_QUESTION_MARK = /\?["“”»«‚‘’')]*\s*$/u;

/** ENDS_WITH_QUESTION_MARK.test(line), with a fast look for any "?" first: most lines are answers without one. */
export function endsWithQuestionMark(line: string): boolean {
  return line.includes('?') && ENDS_WITH_QUESTION_MARK.test(line);
}

const QUOTE = /["„“”»«]/gu;
const NUMBERING = /^\s*(?:frage\s*)?\d{1,2}\s*[.):]{1,2}\s*/iu;

/**
 * True when the question mark at `end` lies inside a quotation that has other
 * words of the sentence before or after it. A line that is only the quoted
 * question („Wie geht es weiter?“) stands on its own; quotes inside a question
 * (Was bedeutet „Partnerschaft“ für Sie?) are closed before the mark.
 */
export function isQuotedInSentence(line: string, end: number): boolean {
  const before = line.slice(0, end);
  const quotes = before.match(QUOTE)?.length ?? 0;
  if (quotes % 2 === 0) return false;
  const firstQuote = before.search(QUOTE);
  const lead = before.slice(0, firstQuote).replace(NUMBERING, '').trim();
  const rest = line.slice(end + 1).replace(/^["“”»«‚‘’')\s]+/u, '').trim();
  return lead !== '' || rest !== '';
}

/** A whole line that is a question standing on its own. */
export function isQuestionLine(line: string): boolean {
  return line.length <= MAX_QUESTION_LENGTH && endsWithQuestionMark(line) && !isQuotedInSentence(line, line.lastIndexOf('?'));
}
