/**
 * Recognisers for the fixed lines of a portrait page: subtitle, intro,
 * interview line, editor's notes and the closing lines.
 */

import type { Interviewee } from '../record/types';
import { collapseWhitespace } from '../dom/nodes';

const SUBTITLE = /^Portr(?:ä|ae|ai)t\s+einer\s+NRW[-\s]?ukrainischen\s+([\p{L}-]*partnerschaft)\b/iu;
const INTRO = /^Die\s+Kurzportr(?:ä|ae)ts\s+nordrhein-westf(?:ä|ae)lisch-ukrainischer\s+Partnerschaften/iu;
const INTERVIEW = /^Interview\s+mit:?\s+(.+)$/iu;
const EDITOR_NOTE = /^Hinweis\s*:/iu;
const THANKS = /(?:wir\s+danken\s+(?:Ihnen|Dir|euch)\b.*\b|vielen\s+Dank\s+|herzlichen\s+Dank\s+)f(?:ü|ue)r\s+das\s+(?:Interview|Gespr(?:ä|ae)ch)/iu;
const INTERVIEWER = /^(?:(?:Das\s+)?(?:Interview|Gespr(?:ä|ae)ch)\s+f(?:ü|ue)hrte|Die\s+Fragen\s+stellte):?\s+(.+)$/iu;
const PHOTO = /^(?:Fotos?|Bilder?|Bildnachweise?|Fotonachweise?|Bildquellen?)\s*(?:©\s*)?:\s*(.+)$/iu;
/** Footer headings of the site: the content has certainly ended here. */
const FOOTER = /^(?:Über uns|Mehr über uns|Kontakt|Impressum|Datenschutz|Impressum\s*Datenschutz|Ähnliche Beiträge|Verwandte Beiträge|Kommentar verfassen|Schreibe einen Kommentar|Teilen mit:?)$/iu;

/** "Porträt einer NRW-ukrainischen Städtepartnerschaft ??" → "Städtepartnerschaft". */
export function parseKind(line: string): string | null {
  const m = SUBTITLE.exec(collapseWhitespace(line));
  const kind = m?.[1];
  if (!kind) return null;
  return kind[0]!.toUpperCase() + kind.slice(1).toLowerCase();
}

export const isSubtitle = (line: string): boolean => SUBTITLE.test(line);
export const isIntro = (line: string): boolean => INTRO.test(line);
export const isEditorNote = (line: string): boolean => EDITOR_NOTE.test(line);
/** What every thanks line holds (same flags, so the same case folding): most lines are ruled out by this alone. */
const THANKS_PART = /f(?:ü|ue)r\s+das\s/iu;
export const isThanks = (line: string): boolean => THANKS_PART.test(line) && THANKS.test(line);
export const isFooterLine = (line: string): boolean => FOOTER.test(line);

export function parseInterviewee(line: string): Interviewee | null {
  const m = INTERVIEW.exec(line);
  const rest = m?.[1]?.trim().replace(/[.:]$/, '');
  if (!rest) return null;
  const comma = rest.indexOf(',');
  if (comma < 0) return { name: rest, affiliation: null };
  const affiliation = rest.slice(comma + 1).trim();
  return { name: rest.slice(0, comma).trim(), affiliation: affiliation || null };
}

export function parseInterviewer(line: string): string | null {
  const m = INTERVIEWER.exec(line);
  if (!m?.[1]) return null;
  // "… führte Beate Brockmann. Fotos: pixabay" on one line: stop before the credit.
  const name = m[1].split(/[.;,]?\s+(?:Fotos?|Bilder?)\s*:/iu)[0] ?? m[1];
  return name.trim().replace(/\.$/, '') || null;
}

export function parsePhotoCredit(line: string): string | null {
  const inline = /(?:^|\s)(?:Fotos?|Bilder?|Bildnachweise?|Fotonachweise?)\s*(?:©\s*)?:\s*(.+)$/iu;
  const m = PHOTO.exec(line) ?? (INTERVIEWER.test(line) ? inline.exec(line) : null);
  return m?.[1]?.trim().replace(/\.$/, '') || null;
}

/** A line that ends the interview: thanks, interviewer, photo credit or site footer. */
export function isClosingLine(line: string): boolean {
  return isThanks(line) || INTERVIEWER.test(line) || PHOTO.test(line) || isFooterLine(line);
}

/** Thanks or the interviewer's line: what follows is no longer the interview. */
export function isInterviewEnd(line: string): boolean {
  return isThanks(line) || INTERVIEWER.test(line);
}

/** A fixed line of the page header (never a question or answer). */
export function isHeaderLine(line: string): boolean {
  return isSubtitle(line) || isIntro(line) || INTERVIEW.test(line);
}
