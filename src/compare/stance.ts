/**
 * Stance badges: does an answer clearly start with yes, no, not yet or partly?
 *
 * Conservative on purpose: no badge rather than a wrong one. Only the very
 * start of the answer counts, the keyword must end at a word boundary that is
 * not a hyphen ("Nein-Stimmen", "Ja-Wort" get nothing), and an answer whose
 * first sentence is a question gets nothing. Rules are tried most specific
 * first, so "Ja, teilweise" is partly and "Nein, noch nicht" is not yet.
 */

export type Stance = 'yes' | 'no' | 'not-yet' | 'partly';

export const STANCES: readonly Stance[] = ['yes', 'partly', 'not-yet', 'no'];

export const STANCE_LABELS: Readonly<Record<'en' | 'de', Readonly<Record<Stance, string>>>> = {
  en: { yes: 'Yes', no: 'No', 'not-yet': 'Not yet', partly: 'Partly' },
  de: { yes: 'Ja', no: 'Nein', 'not-yet': 'Noch nicht', partly: 'Teilweise' },
};

/** After a keyword: end, whitespace or punctuation, but never a hyphen glued to it. */
const END = String.raw`(?=$|[\s,.;:!)–—])`;
/** Stricter end for words that also start ordinary sentences ("Kaum zu glauben"). */
const PUNCT_END = String.raw`\s*(?=$|[,.;:!–—]|\s-\s)`;
/** Separator between a leading Ja/Nein and what qualifies it. */
const SEP = String.raw`\s*(?:[,.;:!–—]|\s-)?\s*`;

const NOT_YET_CORE = String.raw`(?:bisher|bislang|bis jetzt|bis dato|noch|(?:derzeit|aktuell|momentan|zurzeit) noch)(?: noch)? (?:nicht|kein(?:erlei|e|en|er)?)(?! nur)`;
const PARTLY_CORE = String.raw`(?:teilweise|zum teil|nur teilweise|nur zum teil|nur bedingt|ansatzweise|in ansätzen|vereinzelt|(?:(?:bisher|bislang|derzeit|aktuell) )?(?:noch )?nur (?:sehr )?(?:wenig|vereinzelt|punktuell|sporadisch|teilweise|bedingt|ansatzweise|in ansätzen|in geringem umfang))`;

const RULES: ReadonlyArray<readonly [RegExp, Stance]> = [
  // "Nein, noch nicht", "Nein – bisher nicht"
  [new RegExp(String.raw`^nein${SEP}(?:leider )?${NOT_YET_CORE}${END}`), 'not-yet'],
  // "Ja, teilweise", "Ja, aber nur wenig", "Nein, nur teilweise", "Ja, in Teilen"
  [new RegExp(String.raw`^(?:ja|nein)${SEP}(?:aber )?(?:${PARTLY_CORE}|in teilen|bedingt)${END}`), 'partly'],
  [new RegExp(String.raw`^(?:jein|ja und nein)${END}`), 'partly'],
  [new RegExp(String.raw`^(?:leider )?${NOT_YET_CORE}${END}`), 'not-yet'],
  [new RegExp(String.raw`^${PARTLY_CORE}${END}`), 'partly'],
  [new RegExp(String.raw`^kaum${PUNCT_END}`), 'partly'],
  [new RegExp(String.raw`^(?:nein|leider nein|leider nicht(?! nur))${END}`), 'no'],
  [new RegExp(String.raw`^(?:ja|jawohl|ja klar|ja natürlich)${END}`), 'yes'],
  [new RegExp(String.raw`^(?:selbstverständlich|auf jeden fall|definitiv)${PUNCT_END}`), 'yes'],
];

/** Lower case, unified spaces, leading emphasis markers dropped. */
function normaliseStart(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .trimStart()
    // "**Ja**, …" when Markdown slipped into the text: unwrap the leading emphasis.
    .replace(/^(\*\*|__|\*|_)(\S[^*_]*?)\1/, '$2')
    .replace(/[ \t]+/g, ' ')
    .trimStart()
    .toLowerCase();
}

/** True when the first sentence ends with a question mark ("Ja?", "Nein, warum?"). */
function opensWithQuestion(text: string): boolean {
  const end = text.search(/[.!?\n]/);
  return end !== -1 && text[end] === '?';
}

export function stanceOf(answerText: string): Stance | null {
  const text = normaliseStart(answerText);
  if (text === '' || opensWithQuestion(text)) return null;
  for (const [pattern, stance] of RULES) if (pattern.test(text)) return stance;
  return null;
}
