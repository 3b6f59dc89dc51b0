/**
 * Legal forms after a name ("e.V.", "GmbH & Co. KG", "AöR") and the type they give; only
 * "e.V." stays in a canonical name.
 */

import { gap } from './name-text';
import type { OrganisationType } from './org-types';
import type { PatternMatch } from './pattern-match';
import type { Token } from './tokens';

/** Legal forms by their words; the gaps say what may stand between them ("e.V." or "e. V.", "GmbH & Co. KG"). */
const LEGAL_FORMS: { words: string[]; gaps?: RegExp[]; type: OrganisationType }[] = [
  { words: ['e', 'V'], gaps: [/^\.\s?$/], type: 'association' },
  // A sole trader's registered firm: "Autohaus Brinkmann e.K.".
  { words: ['e', 'K'], gaps: [/^\.\s?$/], type: 'company' },
  // Partnerships of professionals and civil-law partnerships: "Klein & Partner mbB", "Weber und Sohn GbR".
  { words: ['PartG', 'mbB'], type: 'company' },
  { words: ['mbB'], type: 'company' },
  { words: ['GbR'], type: 'company' },
  { words: ['Ltd'], type: 'company' },
  { words: ['gGmbH'], type: 'association' },
  { words: ['gUG'], type: 'association' },
  { words: ['GmbH', 'Co', 'KG'], gaps: [/^\s*&\s*$/, /^\.\s*$/], type: 'company' },
  { words: ['GmbH'], type: 'company' },
  // "Wirtschaftsförderungsgesellschaft für den Kreis Heinsberg mbH": the "Gesellschaft" is in the name.
  { words: ['mbH'], type: 'company' },
  { words: ['AG'], type: 'company' },
  { words: ['SE'], type: 'company' },
  { words: ['KGaA'], type: 'company' },
  { words: ['KG'], type: 'company' },
  { words: ['OHG'], type: 'company' },
  { words: ['UG'], type: 'company' },
  { words: ['eG'], type: 'company' },
  // A public-law institution: "Stadtentwässerung Hagen AöR".
  { words: ['AöR'], type: 'public-body' },
];

const LEGAL_FORM_STARTS = new Set(LEGAL_FORMS.map(({ words }) => words[0]!));

export function legalFormAt(text: string, tokens: readonly Token[], i: number): [number, OrganisationType] | null {
  if (!LEGAL_FORM_STARTS.has(tokens[i]?.text ?? '')) return null;
  for (const { words, gaps, type } of LEGAL_FORMS) {
    if (!words.every((w, k) => tokens[i + k]?.text === w)) continue;
    if (gaps && !gaps.every((re, k) => re.test(gap(text, tokens, i + k + 1)))) continue;
    return [words.length, type];
  }
  return null;
}

/**
 * A name with the legal form at `i` after it. Only "e.V." stays in the canonical
 * name, however spaced: a company's legal form ("GmbH", "GmbH & Co. KG", "AG",
 * "eG", "gGmbH" …) is left out, so mentions with and without it join (docs/ideas.md).
 */
export function withLegalForm(
  text: string,
  tokens: readonly Token[],
  i: number,
  length: number,
  match: Omit<PatternMatch, 'name' | 'to'>,
): PatternMatch {
  // "e.V." and "e.K." end in a dot of their own.
  const legalForm = text.slice(tokens[i]!.start, tokens[i + length - 1]!.end + (tokens[i]!.text === 'e' && text[tokens[i + length - 1]!.end] === '.' ? 1 : 0));
  const name = tokens[i]!.text === 'e' && tokens[i + 1]!.text === 'V' ? `${match.core} e.V.` : match.core;
  return { ...match, to: i + length, name, legalForm };
}
