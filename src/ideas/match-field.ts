/**
 * The matcher for a head with its field after "für": "Bundesamt für Migration und
 * Flüchtlinge", "Institut für Ostrecht", "Bukowinisches Berufslyzeum für Maschinenbau".
 */

import { fundsNearby } from './funding';
import { typeFromName, words } from './head-nouns';
import { institutionType, isStateInstitution } from './institutions';
import { legalFormAt, withLegalForm } from './legal-forms';
import { purposeEnd } from './name-purposes';
import { nameStart } from './name-starts';
import { displayName, textOf } from './name-text';
import type { OrganisationType } from './org-types';
import type { PatternMatch } from './pattern-match';
import type { Token } from './tokens';

/**
 * Heads that are a name only with their field after "für": "Bundesamt für
 * Migration und Flüchtlinge", "Institut für Ostrecht", "Gesellschaft für
 * Osteuropakunde", "Landeszentrale für politische Bildung". Alone ("das
 * Institut") or after an indefinite article ("eine Gesellschaft für
 * Wohnungsbau") they are generic; a municipality's own "Amt für …" is no head here.
 * The common nouns among them ("Gesellschaft", "Verein", "Zentrum") need more than
 * one word of field, a name before them or a legal form: "die Gesellschaft für
 * Familien" may be society, "Zentrum für Kunst und Medien" is a name.
 */
const FIELD_HEADS = new Map<string, OrganisationType>([
  ...words('public-body', 'Bundesamt Landesamt Bundesanstalt Landesanstalt Bundeszentrale Landeszentrale Bundesagentur Landesagentur'),
  // A plain agency is mostly private ("Agentur für Kommunikation"); the employment agency is in the gazetteer.
  ...words('company', 'Agentur'),
  ...words('education', 'Institut Akademie Forschungsinstitut'),
  ...words('association', 'Gesellschaft Verein Verband Zentrum Arbeitsgemeinschaft Stiftung Netzwerk'),
]);

const INDEFINITE = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines']);

export function fieldMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  // "Bundesinstitut für Berufsbildung", "Landesbetrieb für Straßenbau": any state body with its field.
  if (tokens[i + 1]?.text !== 'für') return null;
  let type = FIELD_HEADS.get(tokens[i]!.text) ?? (isStateInstitution(tokens[i]!.text) ? 'public-body' : undefined);
  // "Bukowinisches Berufslyzeum für Maschinenbau": an institution head with its field, when an adjective or name leads.
  const institution = type ? null : tokens[i]!.capitalised ? institutionType(tokens[i]!.text) : null;
  type ??= institution ?? undefined;
  if (!type) return null;
  const end = purposeEnd(text, tokens, i + 1);
  if (!end) return null;
  const from = nameStart(text, tokens, i);
  if (INDEFINITE.has(tokens[from - 1]?.folded ?? '') || (institution && from === i)) return null;
  const form = legalFormAt(text, tokens, end);
  if (type === 'association' && from === i && !form && end - i <= 3) return null;
  const core = displayName(textOf(text, tokens, from, end));
  if (tokens[i]!.text === 'Stiftung') type = fundsNearby(tokens, i) ? 'funder' : 'association';
  // "Zentrum für primäre medizinische Versorgung Dolyna": a centre is typed by its field.
  else if (/^Zentrums?$/.test(tokens[i]!.text)) type = typeFromName(core, type);
  else if (!isStateInstitution(tokens[i]!.text)) type = typeFromName(tokens[i]!.text, type);
  if (!form) return { from, to: end, name: core, core, type };
  return withLegalForm(text, tokens, end, form[0], { from, core, type });
}
