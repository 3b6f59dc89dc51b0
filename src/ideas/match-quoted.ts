/**
 * The matcher for a name in quotes after a class noun: der Verein „Dnipro-Brücke“, das
 * Kommunalunternehmen „Wodokanal“, the Bundesprogramm „Demokratie leben!“.
 */

import { typeFromName } from './head-nouns';
import { gap } from './name-text';
import type { PatternMatch } from './pattern-match';
import type { Token } from './tokens';

/**
 * Class nouns a quoted name may follow: der Verein „Dnipro-Brücke“, das Jugendzentrum „Pryvit“, der Verbund „…“, die
 * Beratungsstelle „Wildwasser“, die Nationale Universität „Ostroher Akademie“. A programme's quoted name is
 * a funder ("Bundesprogramm „Demokratie leben!“"); a quoted project title ("Projekt „Grüne Plätze“") is none.
 */
const QUOTED_CLASS =
  /(verein|verband|initiative|gruppe|chor|zentrum|club|klub|netzwerk|bündnis|ensemble|gemeinschaft|stiftung|band|treff|stelle|universität|hochschule|akademie|institut|schule|gymnasium|lyzeum|kolleg|klinik|klinikum|krankenhaus|hospital|kindergarten|kita|kindertagesstätte|museum|theater|orchester|programm|verbund|unternehmen|betrieb|genossenschaft|kooperative|organisation|einrichtung|pidpryjemstwo|fonds|firma|holding)(e?s)?$|^(TOW|TOV|PrAT|PAT|NGO|NRO|KP|KNP)$/i;

/** A programme's or a fund's quoted name pays ("aus dem Fonds „Heimat“"); a charity's fund is an association. */
const PROGRAMME_CLASS = /(programme?s?|(?<!wohltätigkeits)fonds)$/i;

/**
 * Class nouns of a business: das Kommunalunternehmen „Wodokanal“, der Landwirtschaftsbetrieb „Ternowe Pole“, die
 * Agrarfirma „Podillja-Agro“. A charity's fund is an association: der Wohltätigkeitsfonds „Dobro“.
 */
const COMPANY_CLASS = /(unternehmen|betrieb|genossenschaft|kooperative|pidpryjemstwo|firma|holding)s?$|^(TOW|TOV|PrAT|PAT|KP|KNP)$/i;

const OPENING_QUOTES = new Set(['„', '"', '“', '»']);

/** An opening quote right after the head, before a capitalised word. */
export function quoteFollows(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && next.capitalised && /^\s+[„"“»]$/.test(gap(text, tokens, i + 1));
}

/** A name in quotes after a class noun; a quoted project title ("Projekt „Grüne Plätze“") is none. */
export function quotedMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  // Every word passes here: the one character before it decides first.
  if (i === 0 || !OPENING_QUOTES.has(text[tokens[i]!.start - 1] ?? '') || !tokens[i]!.capitalised) return null;
  if (!/^\s*[„"“»]$/.test(gap(text, tokens, i))) return null;
  if (!QUOTED_CLASS.test(tokens[i - 1]!.text)) return null;
  for (let k = i; k < tokens.length && k - i < 6; k++) {
    const after = text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? text.length);
    // "„Meet Up!“", "„Demokratie leben!“": a programme's name may end in its own punctuation.
    const closing = /^([!?]?)[“"”«]/.exec(after);
    if (closing) {
      const name = text.slice(tokens[i]!.start, tokens[k]!.end + closing[1]!.length);
      const head = tokens[i - 1]!.text;
      const type = PROGRAMME_CLASS.test(head)
        ? 'funder'
        : COMPANY_CLASS.test(head)
          ? // "das Kommunale Nichtkommerzielle Unternehmen „Rajonkrankenhaus Dolyna“": a public hospital run as an enterprise.
            typeFromName(name, 'company')
          : /stiftung/i.test(head)
            ? 'association'
            : typeFromName(head, 'association');
      return { from: i, to: k + 1, name, core: name, type };
    }
    if (/[.!?;:]/.test(after)) return null;
  }
  return null;
}
