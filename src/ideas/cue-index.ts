/**
 * Which cues' first word may match a word, found without testing every cue. Four in five cues are compound parts
 * ("*wehr": the part inside the word's stem), and a part can only be inside a stem that holds its first two
 * letters, so those cues are filed under their first two letters and only the files of the stem's letter pairs
 * are tested. Every distinct word of a collection passes the lexicon once; with over 2,000 cues (twelfth round)
 * testing each one was a third of the analysis' time. The answer is the same as testing every cue, in the same order.
 */

import { cueWords, type CompiledCue } from './cues';
import { stemOf, type Token } from './tokens';

interface Filed {
  order: number;
  part: string;
}

/** The items whose cue's first word matches a token, in the order they were given. */
export function indexCues<T>(entries: readonly { cue: CompiledCue; item: T }[]): (token: Token) => T[] {
  const others: number[] = [];
  const byPair = new Map<string, Filed[]>();
  entries.forEach(({ cue }, order) => {
    const first = cueWords(cue.source)[0] ?? '';
    // "*" alone is a compound part; "@*" is a lower-cased word's part, tested as written (cues.ts).
    const part = first.startsWith('*') ? stemOf(first.slice(1)) : '';
    if (part.length < 2) {
      others.push(order);
      return;
    }
    const pair = part.slice(0, 2);
    let filed = byPair.get(pair);
    if (!filed) byPair.set(pair, (filed = []));
    filed.push({ order, part });
  });

  return (token) => {
    const found: number[] = [];
    for (const order of others) if (entries[order]!.cue.words[0]!(token)) found.push(order);
    const stem = token.stem;
    let filedFound = false;
    for (let p = 0; p + 2 <= stem.length; p++) {
      const pair = stem.slice(p, p + 2);
      if (stem.indexOf(pair) !== p) continue; // each pair's file once, from its first place on
      const filed = byPair.get(pair);
      if (!filed) continue;
      for (const { order, part } of filed) {
        if (stem.includes(part, p)) {
          found.push(order);
          filedFound = true;
        }
      }
    }
    if (filedFound) found.sort((a, b) => a - b);
    return found.map((order) => entries[order]!.item);
  };
}
