/**
 * When a body found by a pattern pays: a foundation with words of giving or paying nearby, and
 * a programme of the federation, a state or the EU (docs/ideas.md: funders).
 */

import type { Token } from './tokens';

/** Heads of programmes and funds. */
export const PROGRAMME_HEAD = /(initiative|programm|fonds)$/i;

/** A programme of the federation, a state or the EU: by its adjective or compound ("Nationale …", "Bundes…") or "des Bundes" after it. */
export function publicProgramme(tokens: readonly Token[], from: number, i: number, end: number): boolean {
  if (/^(National|Bundes|Landes|Europäisch|EU)/.test(tokens[from]!.text) || /^(Bundes|Landes|EU)/.test(tokens[i]!.text)) return true;
  return tokens[end]?.text === 'des' && /^(Bundes|Landes)$/.test(tokens[end + 1]?.text ?? '');
}

/** A foundation that gives money is a funder (docs/ideas.md): a funding word or one of giving or paying nearby. */
export function fundsNearby(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 12); k < Math.min(tokens.length, i + 12); k++) {
    const word = tokens[k]!.text.toLowerCase();
    // "einen Antrag bei der … Stiftung gestellt": one asks a foundation for money.
    // "Das Geld kam von der … Stiftung", "die Fahrtkosten hat uns die … Stiftung abgenommen": paying for something.
    if (/förder|finanzier|zuschuss|gelder|^geld$|kosten$|abgenommen|mittel$|bezuschusst|unterstützt|bezahl|zahlt|gegeben|übernimm|übernahm|übernommen|^euro$|antrag|stipendi/.test(word))
      return true;
  }
  return false;
}
