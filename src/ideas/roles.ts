/**
 * Words that name who acts rather than what is done (docs/ideas.md, "Topics where the
 * blind sets had decided differently"), so detect-topics.ts counts their cues as weak:
 *
 * - A person named by a job ("eine Ärztin aus Charkiw", "zwei Lehrkräfte", "unser
 *   Jugendwart") gives no topic by itself; what the person does in the field counts.
 * - A group that collects money or goods ("der Sportverein hat Spenden gesammelt", "der
 *   Förderverein der Feuerwehr sammelt") is civil society; its own field (sport, fire
 *   service, youth) counts only when it does that with or for the partner.
 * - Ukrainians whose own relative clause says they fled are the refugees, not the
 *   community (fledUkrainians).
 *
 * Weak, not silent: a second cue of the field still gives it ("eine Ärztin operiert im
 * Krankenhaus").
 */

import type { Token } from './tokens';

/** Job titles by their folded endings: a compound keeps its head ("Kinderärztin", "Pflegedienstleiterin"). */
const JOB = new RegExp(
  '(lehrer|lehrerin|lehrerinnen|lehrkraft|lehrkrafte|arzt|arztin|arztinnen|arzte|arzten|pfleger|pflegerin|' +
    'pflegekraft|pflegekrafte|erzieher|erzieherin|erzieherinnen|ingenieur|ingenieurin|ingenieure|techniker|' +
    'technikerin|leiter|leiterin|leiterinnen|jugendwart|geratewart|sportwart|beauftragte|beauftragter|' +
    'beauftragten|direktor|direktorin|feuerwehrleute|feuerwehrmann|feuerwehrfrau|anasthesist|anasthesistin|' +
    'chirurg|chirurgin|therapeut|therapeutin|therapeutinnen|apotheker|apothekerin|hebamme|dozent|dozentin|' +
    'professor|professorin|rektor|rektorin|sozialarbeiter|sozialarbeiterin|trainer|trainerin|wirtschaftsforderer|' +
    'wirtschaftsforderin)$',
);

export const isJob = (token: Token): boolean => JOB.test(token.folded);

/** The head of a group's name: a club, a circle, a brigade, a troop, a choir, a team. */
const GROUP = /(verein|vereins|vereine|freunde|verband|verbande|wehr|pfadfinder|jugend|chor|club|mannschaft)$/;

/** Collecting money or goods: the sentence's group collects for the partner. */
const COLLECTING = /^(gesammelt|sammel|erlos|benefiz|kollekt)/;

const MAY_COLLECT = /sammel|erl[öo]s|benefiz|kollekt/i;

const SENTENCE_END = /[.!?;]\s/;

/** "für die Feuerwehr": the group the money is for, not the one collecting. */
const isBeneficiary = (tokens: readonly Token[], k: number) =>
  tokens[k - 1]?.folded === 'fur' || tokens[k - 2]?.folded === 'fur';

/**
 * For each token: 1 when it names a group that collects, so its field is weak there: a
 * group noun before the sentence's first word of collecting, unless it follows "für".
 * Sentences end at ".", "!", "?" or ";" before a space.
 */
export function collectingGroups(text: string, tokens: readonly Token[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  // Most answers collect nothing: one look at the text spares the sentence walk.
  if (!MAY_COLLECT.test(text)) return marks;
  let from = 0;
  const close = (to: number) => {
    let verb = from;
    while (verb < to && !COLLECTING.test(tokens[verb]!.folded)) verb++;
    if (verb < to) {
      for (let k = from; k < verb; k++) if (GROUP.test(tokens[k]!.folded) && !isBeneficiary(tokens, k)) marks[k] = 1;
    }
    from = to;
  };
  for (let i = 1; i < tokens.length; i++) {
    if (SENTENCE_END.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start + 1))) close(i);
  }
  close(tokens.length);
  return marks;
}

/** Said of people who fled, folded: "geflohen", "geflüchtet", "Geflüchtete", "Flüchtlinge". */
export const FLED = /^(geflohen|gefluchtet\w*|fluchtling\w*|flohen|fluchteten)$/;
/** One look at the text before the walk: every word FLED takes and "Schutz gefunden/gesucht" contain one of these. */
const MAY_HAVE_FLED = /geflo|flücht|flucht|flohen|schutz/i;

/**
 * For each token: 1 when it names Ukrainians whose own relative clause says they fled ("zwei
 * Ukrainerinnen, die hierher geflohen sind", "…, die hier Schutz gefunden haben"). They are the
 * refugees, not the community as a group (docs/ideas.md, "Refugees and the community").
 */
export function fledUkrainians(text: string, tokens: readonly Token[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  if (!MAY_HAVE_FLED.test(text)) return marks;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens[i]!.folded.startsWith('ukrainer')) continue;
    if (text.slice(tokens[i]!.end, tokens[i + 1]!.start).trim() !== ',' || !/^(die|der|welche)$/.test(tokens[i + 1]!.text)) continue;
    // The relative clause runs to its closing comma or the sentence's end.
    for (let k = i + 2; k < tokens.length && k < i + 16; k++) {
      const t = tokens[k]!;
      if (FLED.test(t.folded) || (t.folded === 'schutz' && /^(gefunden|gesucht)$/.test(tokens[k + 1]?.folded ?? ''))) {
        marks[i] = 1;
        break;
      }
      if (/[,.;!?]/.test(text.slice(t.end, tokens[k + 1]?.start ?? t.end))) break;
    }
  }
  return marks;
}

const VENUE_ARTICLE = /^(unserer|unsere|der|die|ihrer|ihre|einer|eine|seiner|seine)$/;

/**
 * A church as the place where something happens ("feiert ihre Liturgie in unserer Kirche", "ein Konzert in
 * unsere Stadtkirche") is a building, no church acting: no cue for civil society (eleventh round; the
 * sets annotate it so in held-out-4, -7, -8 and -9).
 */
export function isChurchVenue(tokens: readonly Token[], i: number): boolean {
  return (
    /kirche$/.test(tokens[i]!.folded) &&
    VENUE_ARTICLE.test(tokens[i - 1]?.folded ?? '') &&
    /^(in|vor)$/.test(tokens[i - 2]?.folded ?? '')
  );
}
