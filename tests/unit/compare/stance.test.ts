import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANCE_LABELS, STANCES, stanceOf, type Stance } from '../../../src/compare/stance';

// Real-looking answers, written for these tests in the style of the portraits.
const CASES: ReadonlyArray<readonly [string, Stance | null]> = [
  // yes
  ['Ja Kontakte zu Odessa bestanden bereits in 2022, andere Städte nur sporadisch.', 'yes'],
  ['Ja, der Austausch mit anderen Kommunen wie Köln, Düsseldorf, Essen und Dortmund ist sehr wichtig.', 'yes'],
  ['Ja zwischen Arcelor Mittal. In Kryvyi Rih befindet sich ein großes Stahlwerk.', 'yes'],
  ['Ja – die Stadtwerke haben zwei Stromaggregate geliefert.', 'yes'],
  ['Ja.', 'yes'],
  ['Ja', 'yes'],
  ['JA, über den Städtetag NRW.', 'yes'],
  ['Ja: Schulen, die Volkshochschule und zwei Sportvereine.', 'yes'],
  ['  Ja, seit dem Frühjahr 2023.', 'yes'],
  ['**Ja**, die Feuerwehr hat Fahrzeuge übergeben.', 'yes'],
  ['Ja\nDie Sparkasse unterstützt die Hilfstransporte.', 'yes'],
  ['Selbstverständlich – das war von Anfang an unser Anliegen.', 'yes'],
  ['Auf jeden Fall.', 'yes'],
  // no
  ['Nein – ein großer Teil der Geflüchteten stammt aus den annektierten Gebieten.', 'no'],
  ['Nein.', 'no'],
  ['Nein, unsere anderen Partnerstädte sind nicht beteiligt.', 'no'],
  ['Nein, aber wir tauschen uns informell aus.', 'no'],
  ['Leider nein, dafür fehlen die Kapazitäten.', 'no'],
  ['Leider nicht – die Versorger sind selbst stark ausgelastet.', 'no'],
  ['Nein - das ist derzeit nicht geplant.', 'no'],
  // not yet
  ['Bisher nicht – kein Wunsch aus Kryvyi Rih bisher.', 'not-yet'],
  ['Bisher nicht – jedoch gut vorstellbar.', 'not-yet'],
  ['Noch nicht, ist aber für 2025 geplant.', 'not-yet'],
  ['Bislang nicht.', 'not-yet'],
  ['Bisher noch nicht, erste Gespräche laufen.', 'not-yet'],
  ['Nein, noch nicht.', 'not-yet'],
  ['Nein – bisher nicht, aber die Stadtwerke sind offen dafür.', 'not-yet'],
  ['Bisher keine, wir sind aber offen für Kooperationen.', 'not-yet'],
  ['Noch keine konkreten Projekte.', 'not-yet'],
  ['Derzeit noch nicht.', 'not-yet'],
  ['Bis jetzt nicht.', 'not-yet'],
  // partly
  ['Bisher nur wenig – jedoch bestehen erste Bemühungen Geflüchtete aus der Ukraine anzusprechen.', 'partly'],
  ['Teilweise, vor allem über die Kirchengemeinden.', 'partly'],
  ['Teilweise sind die Stadtwerke bei Hilfslieferungen beteiligt.', 'partly'],
  ['Zum Teil – einige Vereine engagieren sich.', 'partly'],
  ['Ja, teilweise über den Partnerschaftsverein.', 'partly'],
  ['Ja, zum Teil.', 'partly'],
  ['Ja, aber nur vereinzelt.', 'partly'],
  ['Kaum.', 'partly'],
  ['Kaum – die Kapazitäten sind erschöpft.', 'partly'],
  ['Nur bedingt, da die Partnerschaft noch jung ist.', 'partly'],
  ['Vereinzelt gibt es Kontakte zwischen Schulen.', 'partly'],
  ['Jein.', 'partly'],
  // no badge
  ['Jahrelang gab es keinen Kontakt.', null],
  ['Januar 2023 war die erste Delegationsreise.', null],
  ['Neinhaus ist der Name des Vereins.', null],
  ['Da wären wir für Tipps selbst dankbar – jedoch eine Sache: die Städte sehen sich nicht als Bittsteller.', null],
  ['Wir haben dazu Ja gesagt und den Rat eingebunden.', null],
  ['Erstkontakt über die Verbindung zu Arcelor Mittal und Frau Generalkonsulin Shum', null],
  ['Leider ebenfalls schwierig – als freiwillige Aufgabe kann der Personalschlüssel nicht angepasst werden.', null],
  ['Ja?', null],
  ['Nein, warum auch?', null],
  ['Ist das überhaupt gewollt? Wir wissen es nicht.', null],
  ['', null],
  ['   \n  ', null],
  ['Ja-Wort des Rates kam im Mai.', null],
  ['Nein-Stimmen gab es im Rat keine.', null],
  ['Kaum zu glauben, wie schnell die Hilfe anlief.', null],
  ['Bisher nicht nur die Stadt, sondern auch viele Vereine.', null],
  ['Noch ist nichts entschieden.', null],
  ['Bedingt durch den Krieg ruhen die Schulkontakte.', null],
  ['„Ja, gerne“, sagte der Bürgermeister.', null],
  ['Jawoll-Fest', null],
  ['Teilweisen Erfolg hatten die Spendenaufrufe.', null],
  ['Nothilfe wurde für Odessa gerade nach Beginn des Krieges geleistet.', null],
  ['Natürlich ist die Lage schwierig.', null],
];

describe('stanceOf', () => {
  it('has at least 40 cases, covering every stance and no-badge', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    for (const s of [...STANCES, null]) expect(CASES.some(([, e]) => e === s)).toBe(true);
  });

  it.each(CASES)('%j → %s', (text, expected) => {
    expect(stanceOf(text)).toBe(expected);
  });

  it('ignores non-breaking spaces at the start', () => {
    expect(stanceOf('\u00a0Bisher\u00a0nicht.')).toBe('not-yet');
  });
});

describe('STANCE_LABELS', () => {
  it('labels every stance in English and German', () => {
    for (const lang of ['en', 'de'] as const) {
      for (const s of STANCES) expect(STANCE_LABELS[lang][s]).toMatch(/\S/);
    }
    expect(STANCE_LABELS.en['not-yet']).toBe('Not yet');
    expect(STANCE_LABELS.de.partly).toBe('Teilweise');
  });
});

describe('stanceOf: glued words never get a badge', () => {
  it('"Ja…"/"Nein…"/"Teilweise…" followed directly by letters or a hyphen give no badge', () => {
    const tail = fc.stringMatching(/^[a-zäöüß-][a-zäöüß]{0,8}( [A-Za-zäöü ,.]{0,30})?$/);
    fc.assert(
      fc.property(fc.constantFrom('Ja', 'Nein', 'Kaum', 'Teilweise', 'Bisher'), tail, (head, rest) => {
        const word = (head + rest).split(' ')[0]!.toLowerCase();
        fc.pre(!['jawohl', 'jein'].includes(word));
        expect(stanceOf(head + rest)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
