/**
 * Clauses and their negation. A field an answer only says is *not* involved
 * ("Die Stadtwerke sind bisher nicht eingebunden", "Schulen: noch nicht") is not
 * a topic of that answer (docs/ideas.md), so cues inside a negated clause do not count.
 *
 * Keeping out of it is a denial too: "Die Energiesparte hält sich zurück".
 *
 * A clause ends at a sentence mark (. ! ? ;), a line break, or a comma, colon or
 * dash. A piece of at most three words before a comma, colon or dash is joined to
 * what follows, so a list or a heading stays in the clause it belongs to:
 * "Schulen, Kitas und Vereine sind noch nicht beteiligt", "Schulen: noch nicht".
 * A denial with nothing else in it after a comma ("…, im Moment noch nicht")
 * negates the clause before it, and the reason given for a denial ("…, weil …")
 * is negated with it.
 */

import type { Token } from './tokens';

const HARD_BREAK = /[.!?;\n]/;
const SOFT_BREAK = /[,:–—]|\s-\s/;
const SHORT_PIECE = 3;
const ABBREVIATIONS = new Set(['bzw', 'ca', 'ggf', 'usw', 'vgl', 'Nr', 'St', 'Dr', 'Prof', 'Abs', 'Str']);

/** Words that negate their clause. */
const NEGATORS = new Set([
  'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'weder', 'nirgends',
  // "Schulen sind bisher kaum dabei": all but a denial.
  'kaum',
  // "Sportlich ist bisher nichts passiert."
  'nichts',
]);

/** Negator + next word pairs that do not deny anything: "nicht nur …, sondern auch", "keine Probleme". */
const NOT_DENIALS = new Set([
  'nicht nur',
  'nicht zuletzt',
  'nicht ohne',
  'nicht weniger',
  'nicht mehr wegzudenken',
  'keine frage',
  'keine probleme',
  'keine schwierigkeiten',
  'kein problem',
  'nicht selten',
  'nicht immer',
  'nie vergessen',
]);

export interface Clause {
  /** Token indexes [from, to). */
  from: number;
  to: number;
  negated: boolean;
}

/** Where each break between two consecutive tokens is: 2 hard, 1 soft, 0 none. */
function breakBetween(text: string, a: Token, b: Token): number {
  if (b.start - a.end === 1 && text.charCodeAt(a.end) === 32) return 0; // one space: most gaps
  const gap = text.slice(a.end, b.start);
  if (HARD_BREAK.test(gap) && !isAbbreviationDot(gap, a)) return 2;
  if (SOFT_BREAK.test(gap)) return 1;
  return 0;
}

/** A sentence ends between two tokens: . ! ? ; or a line break, but not an abbreviation's dot ("St.", "e.V."). */
export function sentenceEndsBetween(text: string, a: Token, b: Token): boolean {
  return breakBetween(text, a, b) === 2;
}

/** "e.V.", "z.B.", "St." and numbers with dots do not end a sentence. */
function isAbbreviationDot(gap: string, before: Token): boolean {
  if (!/^\.\s*$/.test(gap) && !/^\.\s*\.\s*$/.test(gap)) return false;
  return before.text.length === 1 || ABBREVIATIONS.has(before.text);
}

/** "hält sich zurück", "halten sich heraus": keeping out of it is a denial too. */
const HOLDS = new Set(['halt', 'halten', 'hielt', 'hielten']);
const OUT = new Set(['zuruck', 'heraus', 'raus']);

function holdsBack(tokens: readonly Token[], from: number, to: number): boolean {
  let hold = -1;
  for (let i = from; i < to; i++) {
    const word = tokens[i]!.folded;
    if (HOLDS.has(word) && tokens[i + 1]?.folded === 'sich') hold = i;
    else if (hold >= 0 && OUT.has(word)) return true;
  }
  return false;
}

/**
 * Interest only, no activity yet: "Einige Unternehmen haben Interesse bekundet",
 * "… obwohl der Kreissportbund Interesse signalisiert hat". Like a denial, the
 * field is named but nothing is reported (docs/ideas.md, "Topics").
 */
const INTEREST = new Set(['interesse', 'bereitschaft']);
const SHOWN = /^(signalisiert|signalisieren|bekundet|bekunden|gezeigt|zeigen|zeigt|geaussert|angemeldet|angedeutet)$/;

function showsInterestOnly(tokens: readonly Token[], from: number, to: number): boolean {
  let interest = false;
  for (let i = from; i < to; i++) {
    const word = tokens[i]!.folded;
    if (INTEREST.has(word)) interest = true;
    else if (interest && SHOWN.test(word)) return true;
  }
  return false;
}

function isNegated(tokens: readonly Token[], from: number, to: number): boolean {
  if (holdsBack(tokens, from, to) || showsInterestOnly(tokens, from, to)) return true;
  let without = false;
  for (let i = from; i < to; i++) {
    const word = tokens[i]!.folded;
    // "Ohne die Förderung wäre das nicht möglich": two denials affirm the field.
    if (word === 'ohne') without = true;
    if (without || !NEGATORS.has(word)) continue;
    const next = tokens[i + 1]?.folded ?? '';
    const nextTwo = `${next} ${tokens[i + 2]?.folded ?? ''}`;
    if (NOT_DENIALS.has(`${word} ${next}`) || NOT_DENIALS.has(`${word} ${nextTwo}`)) continue;
    return true;
  }
  return false;
}

/**
 * Words of an elliptic denial that follows its clause and has no content of its
 * own: "Kultur und Sport kommen vielleicht später, im Moment noch nicht".
 */
const ELLIPTIC_DENIAL = new Set(
  (
    'nicht nie noch bisher bislang derzeit momentan aktuell zurzeit vorerst jetzt leider aber jedoch allerdings ' +
    'im moment augenblick gar jedenfalls zumindest konkret so weit soweit erst einmal mal bis heute zu diesem zeitpunkt'
  ).split(' '),
);
const ELLIPSIS_MAX = 5;

function isEllipticDenial(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > ELLIPSIS_MAX) return false;
  for (let i = from; i < to; i++) if (!ELLIPTIC_DENIAL.has(tokens[i]!.folded)) return false;
  return true;
}

/** Words that open the reason for what the clause before says. */
const REASON = new Set(['weil', 'denn']);

/**
 * A concession and its denial: "Die Stadtwerke liefern uns zwar Strom, in die
 * Partnerschaft sind sie aber nicht eingebunden". What "zwar" concedes is set
 * aside by the negated "aber" clause after it, within the sentence.
 */
const BUT = new Set(['aber', 'doch', 'jedoch', 'allerdings']);
const has = (tokens: readonly Token[], clause: Clause, words: Set<string> | string) =>
  tokens.slice(clause.from, clause.to).some((t) => (typeof words === 'string' ? t.folded === words : words.has(t.folded)));

function setAsideConcessions(tokens: readonly Token[], clauses: Clause[], sentenceStarts: Set<number>): void {
  for (let c = 1; c < clauses.length; c++) {
    const denial = clauses[c]!;
    if (!denial.negated || sentenceStarts.has(denial.from) || !has(tokens, denial, BUT)) continue;
    for (let k = c - 1; k >= 0; k--) {
      const conceded = clauses[k]!;
      if (has(tokens, conceded, 'zwar')) {
        for (let j = k; j < c; j++) clauses[j]!.negated = true;
        break;
      }
      if (sentenceStarts.has(conceded.from)) break;
    }
  }
}

export function clausesOf(text: string, tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let previousKind = 2;
  const sentenceStarts = new Set<number>();
  const sawZwar = tokens.some((t) => t.folded === 'zwar');
  for (let i = 1; i <= tokens.length; i++) {
    const kind = i === tokens.length ? 2 : breakBetween(text, tokens[i - 1]!, tokens[i]!);
    if (kind === 0) continue;
    if (kind === 1 && i - from <= SHORT_PIECE) continue;
    const previous = clauses[clauses.length - 1];
    // The reason given for a denial reports nothing either: "… sind nicht beteiligt, weil sie nur Strom liefern".
    const negated = isNegated(tokens, from, i) || (previousKind === 1 && !!previous?.negated && REASON.has(tokens[from]!.folded));
    // The denial after a comma refers back to the clause before it, within the sentence.
    if (negated && previous && previousKind === 1 && isEllipticDenial(tokens, from, i)) previous.negated = true;
    clauses.push({ from, to: i, negated });
    if (previousKind === 2) sentenceStarts.add(from);
    from = i;
    previousKind = kind;
  }
  if (sawZwar) setAsideConcessions(tokens, clauses, sentenceStarts);
  return clauses;
}
