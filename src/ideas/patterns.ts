/**
 * Patterns for organisation names the gazetteer lacks: a legal form after a
 * name ("Brückenschlag Ukraine e.V.", "… gGmbH"), or a head noun before one
 * ("Stiftung …", "Stadtwerke <Ort>", "Universität …", "Klinikum …"). A head noun
 * with no name after it is generic ("die Stadtwerke", "eine Stiftung") and
 * yields nothing.
 */

import { institutionType, isStateInstitution } from './institutions';
import { memoByText } from './memo';
import type { OrganisationType } from './org-types';
import type { Token } from './tokens';

export interface PatternMatch {
  /** Token indexes [from, to). */
  from: number;
  to: number;
  name: string;
  type: OrganisationType;
  /** The name without its legal form, which later mentions may use alone. */
  core: string;
  /** The legal form as written after the name ("GmbH", "e. V."), if any. */
  legalForm?: string;
}

/** Capitalised words that never start or continue a name: articles, pronouns, sentence openers. */
const NOT_NAME = new Set(
  (
    'Der Die Das Dem Den Des Ein Eine Einen Einem Einer Eines Wir Uns Unser Unsere Unserer Unseren Sie Ihr Ihre Es Er ' +
    'Mit Über Auch Auf Bei Für Von Vom Zum Zur Im In Am An Aus Nach Seit Durch Dank Gemeinsam Zusammen Außerdem ' +
    'Zudem Dazu Hier Dort Dann Damals Bisher Inzwischen Heute Jetzt Auch Und Oder Aber Doch Sowie Beim Ja Nein ' +
    'Geld Mittel Spenden Unterstützung Hilfe Projekte Projekt Partnerschaft Kontakt Kontakte Anfang Ende ' +
    'Januar Februar März April Mai Juni Juli August September Oktober November Dezember Jahr Jahren Sommer Winter ' +
    'Zwei Drei Vier Fünf Sechs Sieben Acht Neun Zehn Viele Mehrere Einige Alle Beide Andere Manche Weitere Jede Jeder ' +
    'Jedes Kein Keine Diese Dieser Dieses Diesem Diesen Solche ' +
    // Conjunctions and adverbs that open a sentence: "Als Stiftung suchen wir …", "Wenn Verein und Schule …".
    'Als Wenn Weil Wie Wo Ob Dass Da So Nur Noch Schon Sonst Leider Natürlich Vielleicht Trotzdem Deshalb Daher ' +
    'Darum Allerdings Später Zuerst Zunächst Danach Anschließend Außer Neben Ohne Gegen Unter Zwischen Während'
  ).split(' '),
);

/** Lower-case words that may join the parts of a name: "Verein für Städtepartnerschaften". */
const LINKS = new Set(['für', 'und', 'der', 'des', 'den', 'dem', 'zu', 'zur', 'zum', 'in', 'im', 'am', 'an', 'von', 'vom', 'gegen', 'ohne']);

/** Head nouns that a name follows, by the type they give: "Stadtwerke Hamm", "Klinikum Westmünsterland". */
const HEAD_TYPES = new Map<string, OrganisationType>([
  ...words('company', 'Stadtwerke Stadtwerken Stadtwerk Sparkasse Stadtsparkasse Kreissparkasse Volksbank'),
  // "Kita Regenbogen", "Kindertagesstätte Sonnenschein": a day-care centre by its own name.
  ...words('education', 'Kita Kindertagesstätte Kindergarten Kindergartens Familienzentrum'),
  // "Chor Cantabile Hamm": a choir by its own name (compounds such as "Kirchenchor" are HEAD_SUFFIXES).
  ...words('association', 'Chor Chors'),
  ...words('education', 'Universität Hochschule Fachhochschule Gesamtschule Realschule Grundschule Hauptschule Sekundarschule Gymnasium Gymnasiums Berufskolleg Berufskollegs Volkshochschule Musikschule Akademie'),
  ...words('health', 'Klinikum Klinikums Krankenhaus Krankenhauses Universitätsklinikum Uniklinik Klinik Kliniken Hospital'),
  ...words('public-body', 'Stadtverwaltung Kreisverwaltung Bezirksregierung Handwerkskammer IHK Stadt Gemeinde Landkreis Kreis'),
  // Ukrainian administrations: "Gebietsverwaltung Iwano-Frankiwsk", "Militärverwaltung Charkiw", "Hromada Horodok".
  ...words('public-body', 'Gebietsverwaltung Oblastverwaltung Militärverwaltung Regionalverwaltung Bezirksverwaltung Rajonverwaltung Hromada'),
  // A Ukrainian municipality by its kind: "Stadtgemeinde Dolyna", "Siedlungsgemeinde Wyschnewe".
  ...words('public-body', 'Stadtgemeinde Dorfgemeinde Siedlungsgemeinde Landgemeinde'),
  // Municipalities, districts and schools of the partners' other partners, by their own words: "Gmina Krzewiny",
  // "Powiat Kamienny", "Collège Jean Moulin", "Politechnika Nadwiślańska"; like "Stadt" they need a name after them.
  ...words('public-body', 'Gmina Powiat Województwo Gemeente Comune Commune Municipiul Obec Okres'),
  ...words('education', 'Collège Lycée Lyceum Liceum Politechnika Uniwersytet Université Universiteit Università Universidad Szkoła Akademia'),
  // "FH Münster", "TH Köln", "Uni Bielefeld", "VHS Unna": the short forms name a university or an adult education
  // centre only with its place.
  ...words('education', 'FH TH TU Uni VHS'),
  // "Heinz Nixdorf Institut" (a person's name before it, PERSON_HEAD), "Institut Hamm".
  ...words('education', 'Institut'),
  // "Technische Betriebe Velbert": a name only when an adjective leads to it (headMatch).
  ...words('company', 'Betriebe'),
  // "Ukrainisches Haus Rhein-Erft", "Europäisches Haus Unna": a house of a community, named by an adjective and a place.
  ...words('association', 'Haus Hauses'),
  ...words('association', 'Partnerschaftsverein Partnerschaftsvereins Förderverein Fördervereins Freundeskreis Freundeskreises Verein Vereins Kirchengemeinde Sportverein Sportvereins'),
  ...words('association', 'Stiftung Bürgerstiftung Gemeinschaftsstiftung Pfarrei Pfarrgemeinde'),
  // Church bodies by their see or district: "Erzbistum Paderborn", "Evangelischer Kirchenkreis Unna".
  ...words('association', 'Bistum Bistums Erzbistum Erzbistums Kirchenkreis Kirchenkreises'),
  // "Lions Club Ahaus", "Rotary Club Soest": the club's own name stands before the head (nameStart).
  ...words('association', 'Club Clubs Klub'),
  // "die Pfadfinder vom Stamm Ennepe": a scout group, only where scouts are named before it (scoutGroupAt).
  ...words('association', 'Stamm'),
]);

/** The type a class noun gives the name after it ("Universität" → education), or undefined. */
export function classNounType(word: string): OrganisationType | undefined {
  return HEAD_TYPES.get(word);
}

/** A club head takes the one name word before it: "Lions Club", "Rotary Club", "Golf Club". */
const CLUB_HEAD = /^(Club|Clubs|Klub)$/;

/**
 * Compounds ending in an organisation noun head a name too, but only with a name
 * after them like the heads above: "Landesfeuerwehrverband NRW",
 * "Kreishandwerkerschaft Hellweg-Lippe", "Kolpingsfamilie St. Nikolai",
 * "Sozialwerk St. Georg". "Der Heimatverein" alone stays generic.
 */
const HEAD_SUFFIXES: [RegExp, OrganisationType][] = [
  [/^\p{Lu}\p{Ll}*(handwerkerschaft|kammer)$/u, 'public-body'],
  // Water and special-purpose boards are public corporations: "Wasserverband Obere Lutter", "Zweckverband …".
  [/^((\p{Lu}\p{Ll}*wasser|Wasser)(versorgungs|beschaffungs|wirtschafts)?|Zweck|Deich)verbands?$/u, 'public-body'],
  // State offices written as one word with their field: "Landesjugendamt Rheinland".
  [/^(Landes|Bundes)\p{Ll}+amts?$/u, 'public-body'],
  // Municipal companies with a name: "Kommunalbetriebe Hamm", "Paderborner Verkehrsbetriebe" (a place adjective).
  [/^\p{Lu}\p{Ll}*betriebe$/u, 'company'],
  // A Ukrainian municipal enterprise with its own name: "Kommunalbetrieb Teplo-Energo", "Kommunalbetriebs Misto-Servis".
  [/^Kommunalbetriebs?$/u, 'company'],
  // Foundations written as one word: "Sparkassenstiftung Heinsberg" (typed by what it does, like "Stiftung").
  [/^\p{Lu}\p{Ll}*stiftung$/u, 'association'],
  // "Ministerium für …", "Innenministerium NRW"; a ministry that names level and portfolio needs no name (MINISTRY).
  [/^(\p{Lu}\p{Ll}*m|M)inisteriums?$/u, 'public-body'],
  [/^\p{Lu}\p{Ll}*(verband|verbands|verein|vereins|vereinigung|gruppe|familie|chor|club|klub)$|^(\p{Lu}\p{Ll}*(sozial|hilfs|jugend)|Sozial|Hilfs|Jugend)werks?$/u, 'association'],
  // "Partnerschaftskomitee Hamm", "Bürgerinitiative Kamen", "Ukrainehilfe Lippstadt", "Jugendzentrum Ahlen".
  [/^\p{Lu}\p{Ll}*(komitee|komitees|initiative|bündnis|bündnisses|hilfe|zentrum|zentrums)$/u, 'association'],
  // Congregations by their faith's word: "Synagogengemeinde Wiesental", "Kultusgemeinde Hellweg", "Moscheegemeinde Ost".
  [/^(Synagogen|Kultus|Moschee|Freikirchen|Baptisten|Mennoniten)gemeinde$/u, 'association'],
  // "Stadtjugendring Hilden", "Landjugend Wettringen", "Schützenbruderschaft St. Sebastian", "Hegering Borken".
  [/^(\p{Lu}\p{Ll}*(jugendring|jugend|bruderschaft)|Hegering)$/u, 'association'],
  // Clubs named "Sportfreunde <Ort>", "Naturfreunde <Ort>" (a club without an abbreviation before its place).
  [/^(Sport|Turn|Natur|Musik|Kultur|Kunst|Rad|Schwimm|Wander|Ski)freunde$/u, 'association'],
];

/** Heads that are a name only with a number after them: "Lyzeum Nr. 5", "Schule Nr. 3". */
const NUMBERED_HEADS = new Map<string, OrganisationType>([
  ...words('education', 'Lyzeum Lyzeums Schule Kindergarten Kita'),
  ...words('health', 'Poliklinik'),
]);

/**
 * A ministry written as one word with its level and portfolio names one body:
 * "Bundesgesundheitsministerium", "Landesinnenministerium". "Das Ministerium",
 * "das Bundesministerium" and "das Innenministerium" alone are generic.
 */
const MINISTRY = /^(Bundes|Landes)\p{Ll}{3,}ministeriums?$/u;

/** Bodies whose name goes on with "der <Gruppe>": "Landesverband der Ukrainer", "Bund der Vertriebenen". */
const UMBRELLA_HEAD = /(verband|verbands|bund|vereinigung)$/i;

/** Compounds with an organisation suffix that name a place or a thing: "im Stadtzentrum Kolomyja", "Eigeninitiative". */
const NOT_A_BODY = /^(Stadt|Orts|Dorf|Gemeinde|Einkaufs|Bezirks|Kreis|Innenstadt|Zentrum)zentrums?$|^(Eigen|Privat)initiative$|^(Erste|Soforthilfe|Nothilfe|Hilfe)$|^Lösch(gruppe|zug|einheit)(n|s)?$/;

/** Per distinct capitalised word: the type it gives as a compound head, or null. */
const suffixTypeOf = memoByText((word): OrganisationType | null =>
  // A state body first ("Landeszentrum" is no association), then the compounds above, then the institution table.
  NOT_A_BODY.test(word)
    ? null
    : isStateInstitution(word)
      ? 'public-body'
      : (HEAD_SUFFIXES.find(([re]) => re.test(word))?.[1] ?? institutionType(word)),
);

function suffixHead(token: Token): OrganisationType | null {
  if (!token.capitalised || token.text.length < 4) return null;
  return suffixTypeOf(token.text);
}

/** Club abbreviations that open a club's name: "TuS Brühl", "TV Wermelskirchen 1862", "SV Coesfeld 08". */
const CLUB_PREFIXES = new Set(
  // Turn-, Sport-, Schwimm-, Ruder- and Schützen-clubs by their usual abbreviations (TG Turngemeinde, TuRa Turnen und Rasensport …).
  (
    'TuS TV SV SC FC VfL VfB VfR TSV TSG SG SpVgg SpVg DJK BV BSV SSV ESV PSV FSV SuS TTC TC HC RC TG TuRa TuSpo TSC BSC FV SF SSG TTV RSV KSV ASV SGV ' +
    // Wheelchair, handball and youth play groups, table tennis, swimming, choirs; church youth groups by their place or parish
    // ("RSG Rollis Hamm", "HSG Werl", "MGV Sängerbund Ahlen", "CVJM Unna", "KjG St. Marien", "KLJB Wettringen").
    'RSG RSC HSG HSV JSG TTG SSC SVG SpFr Spvgg MGV CVJM KjG KLJB'
  ).split(' '),
);

/** Regions that may follow a body's name after "in": "Landesverband der Ukrainer in NRW". */
const REGIONS = new Set(['NRW', 'Nordrhein-Westfalen', 'Deutschland', 'Westfalen', 'Rheinland', 'Europa']);

function words(type: OrganisationType, list: string): [string, OrganisationType][] {
  return list.split(' ').map((w) => [w, type]);
}

/**
 * Adjectives that start a name before its head, in any ending: "Technische Hochschule Köln", "Bergischer …verein",
 * "Landwirtschaftlicher Kreisverband Soest", "Christlicher Verein Junger Menschen".
 */
const NAME_ADJECTIVE =
  /^(\p{Lu}\p{Ll}+sch-)?(Technisch|National|Staatlich|Medizinisch|Pädagogisch|Polytechnisch|Katholisch|Evangelisch|Städtisch|Frei|Privat|Westfälisch|Rheinisch|Bergisch|Deutsch|Deutsch-Ukrainisch|Ukrainisch|\p{Lu}\p{Ll}{2,}isch|\p{Lu}\p{Ll}+schaftlich|Kirchlich|Christlich|Ländlich|Beruflich|Gemeinnützig|Zentral|Gemischt|Regional|Allgemeinbildend|Orthodox)(e|en|er|es)$/u;

/**
 * Adjectives of a kind that lead a name only with a name after its head: "Zentrales Stadtkrankenhaus Dolyna", not
 * "das Zentrale Krankenhaus"; "Gemischter Chor Cäcilia"; a faith's: "Evangelische Kirchengemeinde Wiesental", not
 * "die Evangelische Kirchengemeinde" (FAITH_KIND; docs/ideas.md: a parish is named by its saint or its place).
 */
const KIND_ADJECTIVE = /^(Zentral|Gemischt|Regional|Allgemeinbildend)(e|en|er|es)$/;
/** A faith's adjective is a kind before a parish's head only: "Evangelisches Krankenhaus" alone is a hospital's name. */
const FAITH_KIND = /^(Evangelisch|Katholisch|Jüdisch|Orthodox|Muslimisch|Islamisch|Freikirchlich)(e|en|er|es)$/;
const PARISH_KIND_HEAD = /^(Kirchengemeinde|Gemeinde|Pfarrei|Pfarrgemeinde|Kirchenkreis|Kirchenkreises)$/;
/**
 * A faith's or a people's adjective before "Gemeinde": "Jüdische Gemeinde Wengerhausen", "Ukrainische Gemeinde Hamm"
 * are a congregation and a community, not a municipality.
 */
const COMMUNITY_ADJECTIVE = /^(\p{Lu}[\p{L}-]*isch|Orthodox|Freikirchlich)(e|en|er|es)$/u;

/** Heads by gender, for the strong nominative of an adjective before them ("Städtisches Gymnasium"). */
const NEUTER_HEAD = /(gymnasium|krankenhaus|klinikum|hospital|kolleg|institut|zentrum|werk|kreuz|lyzeum|haus)$/i;
const MASCULINE_HEAD = /(verein|verband|bund|dienst|kreis|rat|club|klub|chor)$/i;

/** "Städtischen" before "Gymnasium" → "Städtisches": the form a name is listed under. */
function strongAdjective(adjective: string, head: string | undefined): string {
  const stem = adjective.replace(/(e|en|er|es)$/, '');
  if (head && NEUTER_HEAD.test(head)) return `${stem}es`;
  if (head && MASCULINE_HEAD.test(head)) return `${stem}er`;
  return `${stem}e`;
}

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

/** Words inside a name that decide its type over the legal form's default. */
const NAME_TYPES: [RegExp, OrganisationType][] = [
  [/klinik|krankenhaus|hospital|medizinische versorgung|primärversorgung|pflegeheim|seniorenheim|senioren(zentrum|stift|residenz)|pflegezentrum|altenzentrum|altenheim|^reha|perinatal|dialyse|ärztehaus|gesundheitszentrum|traumazentrum/i, 'health'],
  [/universität|hochschule|schule|gymnasium|institut|akademie|kolleg|lyzeum|technikum|kita|kindergarten|kindertagesstätte/i, 'education'],
  [/stadtwerke|sparkasse|wohnungsbau/i, 'company'],
];

/** Inflected head nouns back to the form a name is listed under. */
const BASE_FORMS: Record<string, string> = {
  Stadtwerken: 'Stadtwerke',
  Stadtwerk: 'Stadtwerke',
  Klinikums: 'Klinikum',
  Krankenhauses: 'Krankenhaus',
  Gymnasiums: 'Gymnasium',
  Berufskollegs: 'Berufskolleg',
  Lyzeums: 'Lyzeum',
  Vereins: 'Verein',
  Partnerschaftsvereins: 'Partnerschaftsverein',
  Fördervereins: 'Förderverein',
  Freundeskreises: 'Freundeskreis',
  Sportvereins: 'Sportverein',
  Clubs: 'Club',
  Bistums: 'Bistum',
  Erzbistums: 'Erzbistum',
  Kirchenkreises: 'Kirchenkreis',
  Hauses: 'Haus',
};

function gap(text: string, tokens: readonly Token[], i: number): string {
  return text.slice(tokens[i - 1]!.end, tokens[i]!.start);
}

/** Abbreviations that sit inside a name, dot included: "St. Marien", "Gymnasium Nr. 2". */
const NAME_ABBREVIATIONS = new Set(['St', 'Nr', 'Hl', 'Gebr', 'Dr']);

/**
 * Words of a name are joined by a space or a hyphen, never a comma or full
 * stop, except the dot of an abbreviation inside a name ("St. Barbara-Hospital").
 */
function joined(text: string, tokens: readonly Token[], i: number): boolean {
  // Nothing joins past the last word: "im Netzwerk Integration." ends the answer.
  if (i <= 0 || i >= tokens.length) return false;
  const between = gap(text, tokens, i);
  if (/^\.\s$/.test(between)) return NAME_ABBREVIATIONS.has(tokens[i - 1]!.text);
  if (between === ' & ') return ampersandJoins(tokens, i);
  return /^(\s+|\s*[-–]\s*|\.-)$/.test(between);
}

/**
 * "Rehbein & Söhne", "Brenner & Kuhl", "Müller & Co": an ampersand joins the partners of a firm's name, a
 * capitalised name word on either side. A legal form after it ("GmbH & Co. KG") is read by legalFormAt.
 */
function ampersandJoins(tokens: readonly Token[], i: number): boolean {
  const [before, after] = [tokens[i - 1]!, tokens[i]!];
  return isNameWord(before) && isNameWord(after) && !COMMON_NOUN.test(after.text) && !HEAD_TYPES.has(after.text);
}

function isNameWord(token: Token): boolean {
  return token.capitalised && !NOT_NAME.has(token.text);
}

/**
 * A place name right after a word, written with a space: "Soest" in "DRK-Kreisverband Soest", "Rhein-Erft"
 * in "Caritasverband Rhein-Erft". An object after it ("der Ortsverband Fahrzeuge") is none. Returns the index
 * after the place, or `k` when none follows.
 */
export function placeAfter(text: string, tokens: readonly Token[], k: number): number {
  const first = tokens[k];
  if (!first || gap(text, tokens, k) !== ' ' || !isNameWord(first) || COMMON_NOUN.test(first.text)) return k;
  if (legalFormAt(text, tokens, k)) return k;
  let end = k + 1;
  // "Bad Sassendorf": a spa town's name is two words.
  if (first.text === 'Bad' && tokens[end] && gap(text, tokens, end) === ' ' && isNameWord(tokens[end]!)) end++;
  // "Rhein-Erft", "Iwano-Frankiwsk": hyphenated parts of one place; "Kamen–Bohorodtschany", two places a dash joins.
  while (tokens[end] && /^[-‐–]$/.test(gap(text, tokens, end)) && tokens[end]!.capitalised) end++;
  return end;
}

/** The genitive of a head at a word's end: "des Archigymnasiums", "des Marien-Hospitals", "Kreisverbands". */
const GENITIVE_HEAD =
  /(gymnasium|hospital|klinikum|krankenhaus|kolleg|verband|verein|ministerium|dienst|oblastrat|rajonrat|gebietsrat|regionalrat|amt|betrieb|kreis|heim|stift|dorf|laden|center|haus)e?s$/i;

/**
 * Normalises the spelling of a name: inflected heads to their listed form and
 * adjectives to the strong nominative of their head. A genitive after "der" or
 * "des" is part of the name and stays ("Förderverein des …-Gymnasiums").
 */
export function displayName(words: string[]): string {
  const complement = words.findIndex((w) => w === 'der' || w === 'des');
  const heads = words.map((w, k) =>
    complement >= 0 && k > complement ? w : (BASE_FORMS[w] ?? (NAME_ADJECTIVE.test(w) ? w : w.replace(GENITIVE_HEAD, '$1'))),
  );
  // Only adjectives that lead the name go with its head; in "Bundesverband Deutscher …" the adjective is a genitive.
  const leading = heads.findIndex((w) => !NAME_ADJECTIVE.test(w));
  return heads
    .map((w, k) => {
      if (k >= leading || !NAME_ADJECTIVE.test(w)) return w;
      return strongAdjective(w, heads.slice(k + 1).find((h) => !NAME_ADJECTIVE.test(h)));
    })
    .join(' ')
    .replace(/ - /g, '-')
    .replace(/ e V$/, ' e.V.')
    // One spelling of the state in a canonical name, as the gazetteer writes it.
    .replace(/ des Landes Nordrhein-Westfalen$/, ' des Landes NRW');
}

function textOf(text: string, tokens: readonly Token[], from: number, to: number): string[] {
  // Keeps hyphens as part of a word, so "Kamen-Irpin" stays one word.
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    const between = i > from ? gap(text, tokens, i) : ' ';
    // "Kinder- und Jugendhilfe": a truncated compound keeps its hyphen and the space.
    if (between === ' & ') words.push('&', tokens[i]!.text);
    else if (/^[-–]\s+$/.test(between)) {
      words[words.length - 1] += '-';
      words.push(tokens[i]!.text);
    } else if (/[-–]/.test(between)) words[words.length - 1] += `${between.replace(/\s+/g, '').replace('–', '-')}${tokens[i]!.text}`;
    else if (/^\.\s$/.test(between) && NAME_ABBREVIATIONS.has(tokens[i - 1]!.text)) words[words.length - 1] += `. ${tokens[i]!.text}`;
    else {
      // "Ministerium für Kinder, Jugend, Familie …": a list inside a name keeps its commas.
      if (/^,\s+$/.test(between)) words[words.length - 1] += ',';
      words.push(tokens[i]!.text);
    }
  }
  return words;
}

/**
 * Across a link, only an organisation noun carries a name further left: "Verein
 * für Städtepartnerschaften e.V.", "Freunde der Musik e.V."; in "Pumpen von der
 * Gelsenwasser AG" the name starts after the link.
 */
const ORGANISATION_NOUN =
  /(verein|verband|vereinigung|gesellschaft|gemeinschaft|genossenschaft|kreis|freunde|förderer|hilfe|stiftung|bund|werk|initiative|netzwerk|zentrum|akademie|institut|büro|agentur|kammer|rat|club|klub|forum|union|bündnis|aktion|komitee|kuratorium)$/i;

/** Prepositions inside registered names: "Brücke nach Trostjanez e.V.", "Ärzte ohne Grenzen e.V.". */
const INNER_PREPOSITIONS = new Set(['nach', 'ohne', 'gegen']);

/**
 * A name word before one such preposition opens the name when an article or the
 * sentence start stands before it: "die Brücke nach Trostjanez e.V."; "Pakete
 * gingen nach Hilfe e.V." is no name.
 */
function nameAcrossPreposition(text: string, tokens: readonly Token[], i: number): boolean {
  if (!INNER_PREPOSITIONS.has(tokens[i + 1]?.text ?? '')) return false;
  if (i === 0 || /[.!?:]\s*$/.test(gap(text, tokens, i))) return true;
  return ARTICLES.has(tokens[i - 1]!.folded);
}

const ARTICLES = new Set(['der', 'die', 'das', 'des', 'dem', 'den']);

/** Class nouns that introduce a name in apposition: "die Firma Elektro Meier GmbH", "der Verein Lichtblick e.V.". */
const APPOSITION =
  /^(Firma|Unternehmen|Betrieb|Vereins?|Hersteller|Dienstleister|Träger|Partner|Projektpartner|\p{Lu}\p{Ll}+(firma|betrieb|händler|hersteller|dienstleister|anbieter|lieferant|zulieferer))$/u;

/** Extends a name leftwards from `end` (exclusive) over name words and links; returns the first index. */
function nameStartBefore(text: string, tokens: readonly Token[], end: number, max = 7): number {
  let start = end;
  let linked = false;
  for (let i = end - 1; i >= 0 && end - i <= max; i--) {
    if (i < end - 1 && !joined(text, tokens, i + 1)) break;
    const t = tokens[i]!;
    // "Chor Cäcilia 1874 Bad Hollenfeld e.V.": a founding year between the club's name and its place.
    if (i === start - 1 && i > 0 && !linked && /^1[89]\d\d$/.test(t.text) && isNameWord(tokens[i - 1]!) && joined(text, tokens, i)) continue;
    // "Ukraine-Hilfe Kamen e.V.": a word that is no name by itself ("Hilfe") is one inside a hyphenated name.
    const hyphenPart = t.capitalised && i > 0 && /^[-–]$/.test(gap(text, tokens, i)) && isNameWord(tokens[i - 1]!);
    if (isNameWord(t) || hyphenPart) {
      // "Kinder- und Jugendhilfe": a truncated compound before the link belongs to the name.
      const truncated = /[-–]\s*$/.test(gap(text, tokens, i + 1));
      if (linked && !ORGANISATION_NOUN.test(t.text) && !truncated && !nameAcrossPreposition(text, tokens, i)) {
        // "Verein der Ukrainer in Kerpenrath e.V.": a registered name runs on leftwards to its organisation noun.
        start = organisationNounBefore(text, tokens, i, end - max) ?? start;
        break;
      }
      start = i;
      linked = false;
    } else if (LINKS.has(t.text) || (INNER_PREPOSITIONS.has(t.text) && i === start - 1)) linked = true;
    else break;
  }
  if (start < end - 1 && APPOSITION.test(tokens[start]!.text) && isNameWord(tokens[start + 1]!)) start++;
  return start;
}

/**
 * The organisation noun that opens a registered name, found leftwards from the name word at `i` over name words
 * and links, not before `limit`: "Verein" in "Verein der Ukrainer in …". Only a noun standing where a name starts
 * (after an article, a preposition or the sentence start) counts; null when there is none.
 */
function organisationNounBefore(text: string, tokens: readonly Token[], i: number, limit: number): number | null {
  for (let j = i; j >= Math.max(0, limit); j--) {
    if (j < i && !joined(text, tokens, j + 1)) return null;
    const t = tokens[j]!;
    if (isNameWord(t) && ORGANISATION_NOUN.test(t.text) && j < i - 1) return j > 0 && isNameWord(tokens[j - 1]!) ? null : j;
    if (!isNameWord(t) && !LINKS.has(t.text)) return null;
  }
  return null;
}

function typeFromName(name: string, fallback: OrganisationType): OrganisationType {
  for (const [re, type] of NAME_TYPES) if (re.test(name)) return type;
  return fallback;
}

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
function withLegalForm(
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

/** Every pattern match in the tokens, left to right, not overlapping. */
export function findPatternNames(text: string, tokens: readonly Token[]): PatternMatch[] {
  const found: PatternMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match =
      quotedMatch(text, tokens, i) ??
      legalFormMatch(text, tokens, i) ??
      clubMatch(text, tokens, i) ??
      firmMatch(text, tokens, i) ??
      councilMatch(text, tokens, i) ??
      fieldMatch(text, tokens, i) ??
      headMatch(text, tokens, i);
    if (match && (found.length === 0 || match.from >= found[found.length - 1]!.to)) {
      found.push(match);
      i = match.to;
    } else i++;
  }
  return found;
}

/**
 * A class noun a few words before a legal form opens the name, whatever words
 * stand between: "der Verein Lippstadt hilft Kamjanez e.V.", "der Verein
 * Ukrainische Hilfe Iserlohn e. V." (a verb or a common noun in the name).
 */
function appositionStart(text: string, tokens: readonly Token[], end: number): number | null {
  for (let j = end - 1; j >= 0 && end - j <= 7; j--) {
    if (!joined(text, tokens, j + 1)) return null;
    if (!APPOSITION.test(tokens[j]!.text)) continue;
    // "der Ukrainische Verein Hamm e.V.": an adjective before the class noun makes it part of the name.
    if (j > 0 && /^Vereins?$/.test(tokens[j]!.text) && NAME_ADJECTIVE.test(tokens[j - 1]!.text) && joined(text, tokens, j)) return j - 1;
    return j + 1 < end && isNameWord(tokens[j + 1]!) ? j + 1 : null;
  }
  return null;
}

/** A class noun whose name runs on to a legal form: that name is the legal form's match. */
function legalFormAfterApposition(text: string, tokens: readonly Token[], i: number): boolean {
  if (!APPOSITION.test(tokens[i]!.text)) return false;
  for (let k = i + 2; k < tokens.length && k - i <= 7 && joined(text, tokens, k); k++) {
    if (legalFormAt(text, tokens, k)) return appositionStart(text, tokens, k) === i + 1;
  }
  return false;
}

function legalFormMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  const form = legalFormAt(text, tokens, i);
  if (!form || i === 0) return null;
  const start = appositionStart(text, tokens, i) ?? nameStartBefore(text, tokens, i);
  if (start === i) return null;
  const core = displayName(textOf(text, tokens, start, i));
  return withLegalForm(text, tokens, i, form[0], { from: start, core, type: typeFromName(core, form[1]) });
}

/** A municipality's council named with "von": "Stadtrat von Kamjanez", "Gemeinderats von Bilyj Kamin". */
const COUNCIL_HEAD = /^(Stadtrat|Stadtrats|Gemeinderat|Gemeinderats|Dorfrat|Dorfrats|Siedlungsrat|Siedlungsrats)$/;

/**
 * "der Stadtrat von Kamjanez": a council with its municipality after "von" is a public body (the partners' own are
 * left out by detect-organisations.ts). "Stadtrat Müller" is a councillor and "der Stadtrat" alone any council.
 */
function councilMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  if (!COUNCIL_HEAD.test(tokens[i]!.text) || tokens[i + 1]?.text !== 'von' || gap(text, tokens, i + 1) !== ' ') return null;
  const end = placeAfter(text, tokens, i + 2);
  if (end === i + 2) return null;
  const name = `${tokens[i]!.text.replace(/s$/, '')} von ${nameOf(text, tokens, i + 2, end)}`;
  return { from: i, to: end, name, core: name, type: 'public-body' };
}

/** A year after a club's name: "TV Wermelskirchen 1862", "SV Coesfeld 08". */
const FOUNDING_YEAR = /^(\d{2}|1[89]\d\d)$/;

/** "TuS Brühl", "SV Coesfeld 08": a club abbreviation, the place, perhaps the founding year. */
function clubMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  if (!CLUB_PREFIXES.has(tokens[i]!.text)) return null;
  // "ein TV-Team", "SV-Beiträge": a compound, not a club; "Spvgg. Hamm": a long abbreviation may keep its dot.
  if (i + 1 >= tokens.length) return null;
  const dotted = tokens[i]!.text.length >= 4 && /^\. +$/.test(gap(text, tokens, i + 1));
  if (!/^ +$/.test(gap(text, tokens, i + 1)) && !dotted) return null;
  // "VfB 03 Hilden": the founding year may come before the place.
  const yearFirst = i + 2 < tokens.length && FOUNDING_YEAR.test(tokens[i + 1]!.text) && /^ +$/.test(gap(text, tokens, i + 2)) ? 1 : 0;
  let end = i + 1 + yearFirst;
  while (end < tokens.length && end - i <= 3 + yearFirst && (joined(text, tokens, end) || (dotted && end === i + 1)) && isNameWord(tokens[end]!)) end++;
  if (end === i + 1 + yearFirst) return null;
  if (!yearFirst && end < tokens.length && /^\s+$/.test(gap(text, tokens, end)) && FOUNDING_YEAR.test(tokens[end]!.text)) end++;
  const name = textOf(text, tokens, i, end).join(' ');
  // "TG Gevelsberg 1861 e.V.": the registered club with its legal form.
  const form = legalFormAt(text, tokens, end);
  if (form) return withLegalForm(text, tokens, end, form[0], { from: i, core: name, type: 'association' });
  return { from: i, to: end, name, core: name, type: 'association' };
}

/**
 * "die Firma Elektro Meier", "bei der Firma Schmitz": a firm's name without a
 * legal form, the class noun left out as in apposition. With a legal form after
 * it, legalFormMatch takes the name.
 */
function firmMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  if (tokens[i]!.text !== 'Firma' || legalFormAfterApposition(text, tokens, i)) return null;
  let end = i + 1;
  while (end < tokens.length && end - i <= 3 && joined(text, tokens, end)) {
    const t = tokens[end]!;
    if (!isNameWord(t) || COMMON_NOUN.test(t.text) || HEAD_TYPES.has(t.text)) break;
    end++;
  }
  if (end === i + 1) return null;
  const name = displayName(textOf(text, tokens, i + 1, end));
  return { from: i + 1, to: end, name, core: name, type: 'company' };
}

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
function quoteFollows(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && next.capitalised && /^\s+[„"“»]$/.test(gap(text, tokens, i + 1));
}

/** A name in quotes after a class noun; a quoted project title ("Projekt „Grüne Plätze“") is none. */
function quotedMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
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

/** Links that may continue a name after its head: "Universität zu Köln", "Klinikum an der Ruhr". */
const HEAD_LINKS = new Set(['zu', 'an', 'am', 'der']);
/** Links that may open the name after a head; "Förderverein der Feuerwehr" is no name. */
const OPENING_LINKS = new Set(['zu', 'an', 'am']);
/**
 * Words after a head that are common nouns, not part of its name: "Stiftung Wesel Spendengelder", an object
 * ("der Kreissportbund Interesse signalisiert", "dem Jobcenter Bescheid gegeben"), and goods
 * given to a body, which follow its head as an object ("dem Krankenhaus Betten", "der Bibliothek Bücher
 * geschenkt", "die Brauerei Praktikumsplätze"), never as its name; and a role said of the body ("in der Stadt ist die
 * Wirtschaftsförderung Ansprechpartnerin", "der Kreissportbund Träger").
 */
const COMMON_NOUN =
  /(ung|ungen|heit|keit|schaft|schaften|themen|thema|projekt|projekte|gelder|geld|mittel|spenden|tion|tionen|geräte|betten|monitore|laptops|computer|pumpen|generatoren|medikamente|bücher|möbel|pakete|decken|fahrzeuge|materialien|material|kurse|plätze|exponate|akten|dokumente|unterlagen|güter|kleider|schuhe|spielzeug|werkzeuge|stühle|tische|kisten|inkubatoren|defibrillatoren|prothesen|masken|verbände|interesse|bescheid|einblicke?|kontakte?|zeit|räume|unterricht|strom|wärme|hilfen|probleme|sorgen|fragen|zusagen|absagen|aufsicht|führungen|schichten|wache|wachen|^kinder|^eltern|^lieder|^familien|^jugendliche|^jugendlichen|^studenten|^studierende|^schüler|^schülerinnen|^lehrer|^lehrerinnen|^gäste|^teilnehmer|^frühstück|^mittagessen|^abendessen|[a-zäöü]partner|[a-zäöü]partnerin|[a-zäöü]partnerinnen|träger|trägerin|mitglied|gastgeber|gastgeberin|koordinator|koordinatorin|schirmherr|schirmherrin|vorreiter|vorreiterin)$/i;

/** Heads that end a hyphenated name: "Albert-Schweitzer-Gymnasium", "St.-Marien-Hospital". */
const COMPOUND_HEADS: [RegExp, OrganisationType][] = [
  // A person's or a place's name before any kind of school: "Anna-Lotte-Berufskolleg", "Astrid-Lindgren-Kita".
  [/^(Gymnasiums?|Schule|Realschule|Gesamtschule|Grundschule|Hauptschule|Sekundarschule|Förderschule|Berufskollegs?|Kollegs?|Universität|Hochschule|Akademie|Kita|Kindertagesstätte|Kindergartens?|Lyzeums?)$/, 'education'],
  [/^(Hospitals?|Krankenhaus(es)?|Klinik|Kliniken|Klinikums?|Hospizes|Hospiz|Seniorenheims?|Altenheims?|Pflegeheims?)$/, 'health'],
  // "Gustav-Lübcke-Museum", "Marien-Apotheke", "Fatih-Moschee": a museum, a pharmacy, a mosque after a person or a saint.
  [/^Museums?$/, 'public-body'],
  [/^Apotheke$/, 'company'],
  [/^Moschee$/, 'association'],
  // "Repair-Café Hamm", "Begegnungs-Café Unna": a café run as a group, named by a place after it (its kind alone is none).
  [/^(Café|Cafe)$/, 'association'],
  [/^Stiftung$/, 'association'],
  [/^(Club|Klub)$/, 'association'],
  // A parish named after a person or a saint: "Paul-Gerhardt-Gemeinde", "St.-Josef-Pfarrei".
  [/^(Gemeinde|Kirchengemeinde|Pfarrei|Pfarrgemeinde)$/, 'association'],
  // "Rhein-Kreis Neuss", "Rhein-Sieg-Kreis": a district named after its landscape.
  [/^Kreis(es)?$/, 'public-body'],
  // Typed by its first part below: "Reha-Zentrum" is health.
  [/^Zentrums?$/, 'association'],
];

/** Heads that grow into one word with what precedes them: "Marienschule", "Kreiskrankenhaus". */
const COMPOUND_SUFFIX: [RegExp, OrganisationType][] = [
  // A tree nursery is a firm, not a school: "Baumschule Lorenz".
  [/^(Baum)(schule)$/u, 'company'],
  // A parish named after its church: "Pauluskirchengemeinde", "Lutherkirchengemeinde" ("Stadtkirchengemeinde" is a kind).
  [/^(\p{Lu}\p{Ll}{2,}?)(kirchengemeinde)$/u, 'association'],
  // Ukraine's regional power distributors are named by their region: "Lwiwoblenergo", "Prykarpattjaoblenerho".
  [/^(\p{Lu}\p{Ll}{2,}?)(oblenergo|oblenerho)$/u, 'company'],
  [/^(\p{Lu}\p{Ll}{2,}?)(gymnasiums?|schule)$/u, 'education'],
  [/^(\p{Lu}\p{Ll}{2,}?)(hospitals?|kliniku?ms?|klinik|krankenhaus(es)?)$/u, 'health'],
];

/**
 * The first part of a compound that makes it a kind of school or hospital, not a
 * name: "Grundschule", "Sonntagsschule", "Bezirkskrankenhaus" alone are generic.
 */
const GENERIC_COMPOUND_PART = new Set(
  (
    'grund haupt real gesamt sekundar gemeinschaft förder sonder berufs fach fachober ober mittel abend musik kunst ' +
    'tanz sprach mal fahr sport ganztag privat partner schwester nachbar dorf stadt land landes kreis bezirk bundes ' +
    'kinder jugend frauen tages reha kur universität uni zentral feld militär kriegs not sonntag samstag wochenend ' +
    'waldorf montessori volkshoch hoch baum hunde heimat kranken pflege alten senioren elite internat europa ' +
    'modell muster haus dorf gast welt sommer winter ferien repair begegnungs erzähl internet eltern ' +
    // A region's or a municipality's own: "das Regionalkrankenhaus", "eine Gebietsklinik", "die Kommunalschule".
    'regional gebiets rajon oblast kommunal städtisch gemeinde ' +
    // Kinds of parish: "die Gesamtkirchengemeinde", "unsere Ortskirchengemeinde".
    'orts gesamt haupt mutter tochter filial'
  ).split(' '),
);

interface CompoundHead {
  type: OrganisationType;
  /** The first part names it ("Marienschule"), not only its kind ("Grundschule"). */
  named: boolean;
}

/** Every word of every answer passes here, so each distinct word is looked at once. */
const compoundHeadOfWord = memoByText((word) => compoundHeadOf(word));

function compoundHead(token: Token): CompoundHead | null {
  // Three letters and the shortest suffix ("klinik"): shorter or lower-case words are no compound head.
  if (!token.capitalised || token.text.length < 9) return null;
  return compoundHeadOfWord(token.text);
}

function compoundHeadOf(word: string): CompoundHead | null {
  for (const [re, type] of COMPOUND_SUFFIX) {
    const m = re.exec(word);
    // "Partnerhochschule": the kind "Hochschule" with a generic part before it, not "Partnerhoch" + "schule".
    const part = m?.[1]!.toLowerCase().replace(/(volks|fach)?hoch$/, '');
    if (part === '') return { type, named: false };
    if (part) return { type, named: !GENERIC_COMPOUND_PART.has(part) && !GENERIC_COMPOUND_PART.has(part.replace(/s$/, '')) };
  }
  return null;
}

function headMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  const head = tokens[i]!;
  const hyphenated = i > 0 && /^\s*[-–]\s*$|^\.-$/.test(gap(text, tokens, i)) && isNameWord(tokens[i - 1]!);
  const numbered = tokens[i + 1]?.text === 'Nr' ? NUMBERED_HEADS.get(head.text) : undefined;
  // "Runder Tisch Ukraine Hamm": a round table by its own name; "am Runden Tisch" alone is none.
  const roundTable = /^Tisch(es)?$/.test(head.text) && i > 0 && /^Rund(e|er|en|es)$/.test(tokens[i - 1]!.text) && gap(text, tokens, i) === ' ';
  if (roundTable) return roundTableMatch(text, tokens, i);
  let type = hyphenated ? COMPOUND_HEADS.find(([re]) => re.test(head.text))?.[1] : (HEAD_TYPES.get(head.text) ?? numbered);
  // "Ukraine-Netzwerk Sauerland": an institution head after a hyphen names a body only with a name after it.
  const hyphenInstitution = hyphenated && !type ? institutionType(head.text) : null;
  type ??= hyphenInstitution ?? undefined;
  // "Marienschule", "Archigymnasium Soest": a head grown into one word with a name.
  const compound = type || hyphenated ? null : compoundHead(head);
  type ??= compound?.type ?? (hyphenated ? null : suffixHead(head)) ?? undefined;
  if (!type) return null;
  // "der Fußballverein TuS Brühl": the club's own name follows (clubMatch); "der Verein <Name> e.V.": legalFormMatch.
  if (CLUB_PREFIXES.has(tokens[i + 1]?.text ?? '') || legalFormAfterApposition(text, tokens, i)) return null;
  let from = nameStart(text, tokens, i);
  // "Paderborner Kommunalbetriebe", "Dortmunder Stadtwerke": a place adjective before a municipal company names it.
  // "Ostroher Akademie", "Warsteiner Brauerei": a place adjective before any head names it, unless counted ("zwei Kölner Schulen").
  const placeLed = from === i && placeAdjectiveAt(text, tokens, i - 1) && !INDEFINITE_OR_COUNT.test(tokens[i - 2]?.text ?? '');
  if (placeLed) from = i - 1;
  // "Technische Betriebe Velbert", but "Betriebe in der Region" and "Betriebe Praktikumsplätze" are no name.
  if (head.text === 'Betriebe' && !adjectiveLed(text, tokens, from, i)) return null;
  const house = /^Haus(es)?$/.test(head.text);
  if (house && !adjectiveLed(text, tokens, from, i)) return null;
  // "Reha-Zentrum" names only a kind, like "Grundschule": it needs a name after it.
  const kindOnly = hyphenated && from === i - 1 && GENERIC_COMPOUND_PART.has(tokens[i - 1]!.folded);
  // Only a body of its own takes a named body after "der" ("Förderverein der Marienschule"); a kind of school does not.
  const end = nameEnd(text, tokens, i, type === 'association' && !compound);
  // A head alone is generic ("die Stadtwerke"), unless a name leads to it or grew into it.
  const named =
    (hyphenated && !kindOnly && !hyphenInstitution) ||
    (from === i - 2 && tokens[from]!.text === 'St') ||
    compound?.named ||
    placeLed ||
    MINISTRY.test(head.text) ||
    adjectiveLed(text, tokens, from, i) ||
    (from < i && PERSON_HEAD.test(head.text) && !NAME_ADJECTIVE.test(tokens[from]!.text));
  if (end === i + 1 && !named) return null;
  // "im Arbeitskreis Digitales des Städtetags": a working group of a body is a part of it, not a body of its own.
  if (WORKING_GROUP.test(head.text) && (tokens[end]?.text === 'des' || tokens[end]?.text === 'der')) return null;
  // "das Ukrainische Haus" alone may be any house; with its place it is the community's.
  if (end === i + 1 && house) return null;
  // "der Rotary Club", "vom Lions Club": the service club everywhere; its local club is named by its place.
  if (end === i + 1 && CLUB_HEAD.test(head.text)) return null;
  // "der Bolechiwer Verein „Sokil“", "der Nationalen Universität „Ostroher Akademie“": the quoted name is the name.
  if (end === i + 1 && quoteFollows(text, tokens, i)) return null;
  const form = legalFormAt(text, tokens, end);
  // "Gesellschaft für den Kreis Heinsberg mbH": the legal form's name starts further left, so legalFormMatch takes it.
  if (form && nameStartBefore(text, tokens, end) < from) return null;
  let words = textOf(text, tokens, from, end);
  if (form && /^Vereins?$/.test(words[0]!) && words.length > 1) words = words.slice(1);
  // "Kreisverwaltung Steinfurt" is the Kreis Steinfurt as a body (docs/ideas.md).
  if (words[0] === 'Kreisverwaltung' && words.length > 1) words = ['Kreis', ...words.slice(1)];
  // "FH Münster" is the "Fachhochschule Münster": a short form joins its long form's entry.
  const long = SHORT_FORM_OF_HEAD[words[0]!];
  if (long && words.length > 1) words = [long, ...words.slice(1)];
  const core = displayName(words);
  if (head.text === 'Stamm' && !scoutsBefore(tokens, i)) return null;
  if (/stiftung$/i.test(head.text)) type = fundsNearby(tokens, i) ? 'funder' : 'association';
  // "Nationale Klimaschutzinitiative", "Landesprogramm Heimat": a national or state programme pays, like a named programme.
  else if (PROGRAMME_HEAD.test(head.text) && publicProgramme(tokens, from, i, end)) type = 'funder';
  else if (/zentrums?$/i.test(head.text)) type = typeFromName(core, type);
  // "Gemeinde St. Aloysius" is a parish, not a municipality.
  // "Gemeinde St. Aloysius" is a parish, "Jüdische Gemeinde Wengerhausen" a congregation, not a municipality.
  else if (head.text === 'Gemeinde' && (NAME_ABBREVIATIONS.has(tokens[i + 1]?.text ?? '') || (from < i && COMMUNITY_ADJECTIVE.test(tokens[i - 1]!.text))))
    type = 'association';
  if (!form) return { from, to: end, name: core, core, type };
  return withLegalForm(text, tokens, end, form[0], { from, core, type });
}

/** "Runder Tisch Ukraine Hamm", "am Runden Tisch Flüchtlingshilfe Unna": the table's name after it, in the nominative. */
function roundTableMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  const end = fieldThenPlace(text, tokens, i + 1) || nameEnd(text, tokens, i, false);
  if (end === i + 1) return null;
  const core = ['Runder Tisch', ...textOf(text, tokens, i + 1, end)].join(' ');
  return { from: i - 1, to: end, name: core, core, type: 'association' };
}

/** Working groups and alliances, named by a field or a place ("Arbeitskreis Ukraine Soest"). */
const WORKING_GROUP = /^Arbeits(kreis|kreises|gemeinschaft)$/;

/** A university's short form before its place, to the long form its canonical name uses. */
const SHORT_FORM_OF_HEAD: Record<string, string> = {
  FH: 'Fachhochschule',
  TH: 'Technische Hochschule',
  TU: 'Technische Universität',
  Uni: 'Universität',
  VHS: 'Volkshochschule',
};

/** Words before a place adjective that make its head a kind, not a name: "eine Kölner Schule", "zwei Dortmunder Kliniken". */
const INDEFINITE_OR_COUNT = /^(ein|eine|einer|einem|einen|eines|kein|keine|keinem|keinen|keiner|zwei|drei|vier|fünf|mehrere|viele|einige|andere|anderen|jede|jeder|jedem|jeden|alle|allen)$/i;

/** A town's adjective in "-er" right before a head, inside a sentence: "Paderborner", "Dortmunder". */
function placeAdjectiveAt(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || k === 0 || !isNameWord(t) || !/^\p{Lu}\p{Ll}{3,}er$/u.test(t.text) || gap(text, tokens, k + 1) !== ' ') return false;
  if (AGENT_NOUN.test(t.text) || APPOSITION.test(t.text)) return false;
  return !/[.!?:„"“]\s*$/.test(gap(text, tokens, k));
}

/** Nouns in "-er" that introduce a name rather than being a town's adjective: "der Wasserversorger <Name>". */
const AGENT_NOUN =
  /(versorger|anbieter|betreiber|träger|partner|hersteller|sponsor|förderer|spender|geber|nehmer|veranstalter|vermittler|ausrichter|lieferer|händler|bauer|leiter|helfer|mitglieder|bürger|lehrer|schüler|kinder|arbeiter|vertreter|teilnehmer|retter|ärzte|sänger|spieler|musiker|maler|besucher|gäste|kollegen|brüder|schwester|mutter|vater|tochter|väter|mütter|töchter|bücher|zimmer|keller|dächer|fenster|lager|theater|center|wasser|winter|sommer|oktober|november|dezember|september|nummer|meter|liter)$/i;

/** The first words of service clubs named in two words before "Club". */
const TWO_WORD_CLUB = new Set(['Inner', 'Soroptimist', 'Round']);

/** Heads a name stands before without a hyphen: "Gerda Henkel Stiftung", "Lions Club". */
const PERSON_HEAD = /^(Stiftung|Club|Clubs|Klub|Institut)$/;

/**
 * The words before a foundation or club head that name it, joined by single
 * spaces: a person ("Gerda Henkel Stiftung", the first name of "Else
 * Kröner-Fresenius-Stiftung") or a service club ("Lions Club"). A club takes
 * one word; articles, sentence openers and common nouns ("Projekt") are none.
 */
function personStart(text: string, tokens: readonly Token[], from: number, head: string): number {
  const most = CLUB_HEAD.test(head) ? 1 : 3;
  let start = from;
  while (start > 0 && from - start < most && gap(text, tokens, start) === ' ') {
    const before = tokens[start - 1]!;
    if (!isNameWord(before) || COMMON_NOUN.test(before.text) || HEAD_TYPES.has(before.text)) break;
    start--;
  }
  // "Inner Wheel Club", "Soroptimist International Club": the service clubs whose names are two words.
  if (start === from - 1 && start > 0 && TWO_WORD_CLUB.has(tokens[start - 1]!.text) && gap(text, tokens, start) === ' ') start--;
  return start;
}

/** "Ruhr-Universität", "Technische Hochschule", "St. Marien-Hospital", "Werner-und-Hilde-Brandt-Stiftung": the words before a head that belong to its name. */
function nameStart(text: string, tokens: readonly Token[], i: number): number {
  const from = compoundStart(text, tokens, i);
  if (!PERSON_HEAD.test(tokens[i]!.text)) return from;
  // "Else Kröner-Fresenius-Stiftung": one first name before a hyphenated name; no adjective before a person's name.
  if (from < i && !/[-–]/.test(gap(text, tokens, from + 1))) return from;
  const start = personStart(text, tokens, from, tokens[i]!.text);
  return from < i ? Math.max(start, from - 1) : start;
}

function compoundStart(text: string, tokens: readonly Token[], i: number): number {
  // "St. Ansgar Krankenhaus", "St. Josef Gymnasium": a saint's name before the head, written apart.
  if (i >= 2 && tokens[i - 2]!.text === 'St' && /^\.\s$/.test(gap(text, tokens, i - 1)) && gap(text, tokens, i) === ' ' && isNameWord(tokens[i - 1]!))
    return i - 2;
  let from = i;
  while (from > 0 && joined(text, tokens, from)) {
    const before = tokens[from - 1]!;
    const hyphen = /[-–]/.test(gap(text, tokens, from));
    if (isNameWord(before) && (NAME_ADJECTIVE.test(before.text) || hyphen || NAME_ABBREVIATIONS.has(before.text))) from--;
    // A link inside a hyphenated name: "Werner-und-Hilde-…".
    else if (hyphen && LINKS.has(before.text) && from > 1 && /[-–]/.test(gap(text, tokens, from - 1)) && isNameWord(tokens[from - 2]!))
      from -= 2;
    // A truncated compound before the head: "Kinder- und Jugendhilfe Hamm", "Kinder- und Jugendzentrum".
    else if (from === i && before.text === 'und' && from > 1 && /^[-–]\s+$/.test(gap(text, tokens, from - 1)) && isNameWord(tokens[from - 2]!))
      from -= 2;
    else break;
  }
  return from;
}

/** Where the name after a head ends (exclusive): place names, "St.", "Nr. 5", a region after "in", a named body after "der". */
function nameEnd(text: string, tokens: readonly Token[], i: number, ofNamedBody: boolean): number {
  let end = i + 1;
  let umbrellaGroup = false;
  for (let k = i + 1; k < tokens.length && k - i <= 4 && joined(text, tokens, k); k++) {
    const t = tokens[k]!;
    // "Stadtwerke Schwerte GmbH": the legal form closes the name (headMatch adds it).
    if (legalFormAt(text, tokens, k)) break;
    // "Turnverein Gevelsberg 1861 e.V.": a founding year belongs to a registered name.
    if (end === k && FOUNDING_YEAR.test(t.text) && legalFormAt(text, tokens, k + 1)) return k + 1;
    // "Sportfreunde Kerpen 1920", "Turnverein Hamm 1848": a club's founding year, written in full, after its place.
    // "Männergesangverein Eintracht 1886 Rünthe": the club's town may follow the year.
    if (end === k && k > i + 1 && /^1[4-9]\d\d$/.test(t.text) && CLUB_WORD.test(tokens[i]!.text)) return placeAfter(text, tokens, k + 1);
    if (t.text === 'Nr' && /^\d+$/.test(tokens[k + 1]?.text ?? '')) return k + 2; // "Gymnasium Nr. 2"
    // "Gesamtschule Am Mühlenteich", "Gymnasium An der Stenner": a capitalised preposition inside a sentence opens
    // a street name, which ends the name ("… Am Mühlenteich Deutsch unterrichtet").
    if (k === i + 1 && STREET_PREPOSITION.has(t.text)) {
      const street = ARTICLES.has(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
      if (tokens[street] && joined(text, tokens, street) && isNameWord(tokens[street]!)) return street + 1;
    }
    // "im Kindergarten Deutsch gelernt": a language taught there is no part of the name ("Deutsch-Ukrainische …" is).
    if (LANGUAGE.test(t.text) && !(tokens[k + 1] && /^[-‐]$/.test(gap(text, tokens, k + 1)))) break;
    // "Netzwerk Integration Hamm", "Bündnis für Familie Unna": a network named by its field and its place.
    const network = k === i + 1 && NETWORK_HEAD.test(tokens[i]!.text) ? fieldThenPlace(text, tokens, k) : 0;
    if (network) return network;
    // "Landeszentrum Gesundheit NRW", "Landesbetrieb Wald und Holz NRW": a field, then the region, names a state body.
    const region = k === i + 1 && isNameWord(t) ? fieldThenRegion(text, tokens, k) : 0;
    if (region) return region;
    // "Netzwerk Ukraine-Wirtschaft Ostwestfalen": a hyphen joins a common noun to the name word before it.
    // "Arbeitskreis Münsterländer Bürgerstiftungen": a town's or region's adjective takes its noun into the name.
    const ofPlaceAdjective = end === k && k > i + 1 && placeAdjectiveAt(text, tokens, k - 1);
    if (isNameWord(t) && (!COMMON_NOUN.test(t.text) || ofPlaceAdjective || (end === k && k > i + 1 && /^[-‐]$/.test(gap(text, tokens, k))))) {
      end = k + 1;
      continue;
    }
    // "Landesverband der Jüdischen Gemeinden von Westfalen-Lippe": the umbrella's region after its group.
    if (t.text === 'von' && end === k && umbrellaGroup && isNameWord(tokens[k + 1] ?? t) && joined(text, tokens, k + 1)) {
      end = k + 2;
      while (tokens[end] && /^[-‐]$/.test(gap(text, tokens, end)) && isNameWord(tokens[end]!)) end++;
      k = end - 1;
      continue;
    }
    // "Pfarrei der Heiligen Dreifaltigkeit", "Pfarrei zum Heiligen Kreuz": named after a feast or a saint.
    if (k === i + 1 && PARISH_LINKS.has(t.text) && PARISH_HEAD.test(tokens[i]!.text)) {
      const [holy, name] = [tokens[k + 1], tokens[k + 2]];
      if (holy && name && /^Heilig(e|en|er)$/.test(holy.text) && isNameWord(name) && joined(text, tokens, k + 2)) return k + 3;
    }
    if (k === i + 1 && (t.text === 'der' || t.text === 'des')) {
      // "Ministerium des Innern NRW", "Ministerium der Finanzen des Landes NRW": the portfolio in the genitive.
      if (MINISTRY_HEAD.test(tokens[i]!.text) && isNameWord(tokens[k + 1] ?? t) && joined(text, tokens, k + 1)) {
        let j = k + 2;
        if (j < tokens.length && REGIONS.has(tokens[j]!.text) && joined(text, tokens, j)) j++;
        return ofTheState(tokens, j);
      }

      // "Förderverein der Marienschule": a named body after the link; "… der Feuerwehr" is none.
      const nested = ofNamedBody ? namedBodyAt(text, tokens, k + 1) : 0;
      if (nested) return nested;
      if (UMBRELLA_HEAD.test(tokens[i]!.text) && t.text === 'der') {
        umbrellaGroup = true;
        continue;
      }
      break;
    }
    // "Ministerium für Bildung und Forschung": a ministry's portfolio is its name.
    if (k === i + 1 && t.text === 'für' && MINISTRY_HEAD.test(tokens[i]!.text)) return purposeEnd(text, tokens, k, true) || end;
    if (t.text === 'in' && end === k && REGIONS.has(tokens[k + 1]?.text ?? '')) {
      // "Landesverband der Ukrainer in NRW", "… in Nordrhein-Westfalen".
      const hyphenated = k + 2 < tokens.length && /^[-–]$/.test(gap(text, tokens, k + 2));
      return k + (hyphenated ? 3 : 2);
    }
    // "Theater im Depot", "Museum im Kulturspeicher": a stage or a collection named after the building it is in.
    if (k === i + 1 && t.text === 'im' && VENUE_HEAD.test(tokens[i]!.text) && tokens[k + 1] && joined(text, tokens, k + 1) && isNameWord(tokens[k + 1]!))
      return k + 2;
    if (!HEAD_LINKS.has(t.text) || (k === i + 1 && !OPENING_LINKS.has(t.text))) break;
  }
  return end;
}

const MINISTRY_HEAD = /ministeriums?$/i;
const VENUE_HEAD = /^(Theater|Theaters|Museum|Museums|Kino|Galerie)$/;
/** Heads of clubs, whose names may end in the founding year. */
const CLUB_WORD = /(verein|freunde|club|klub|gemeinschaft|gesellschaft|chor|bruderschaft|kapelle|gilde|turngemeinde|turnerschaft)$/i;
/** Prepositions a street name after a head starts with: "Gesamtschule Am Mühlenteich", "Gymnasium An der Stenner". */
const STREET_PREPOSITION = new Set(['Am', 'Im', 'An', 'Auf', 'Zum', 'Zur']);

/** The end after "Gesundheit NRW" or "Wald und Holz NRW" at `k`: field nouns, perhaps joined by "und", then a region; or 0. */
const LANGUAGE = /^(Deutsch|Englisch|Ukrainisch|Polnisch|Russisch|Französisch)$/;

/** Nouns of a field, not goods: "Integration", "Partnerschaft", "Zusammenarbeit", "Bildung". */
const FIELD_NOUN = /(schaft|schaften|ung|tion|arbeit|kultur|hilfe|pflege|schutz)$/;

/** Networks, alliances, round tables and working groups, centres and colleges, which a field and a place name. */
const NETWORK_HEAD =
  /^(Netzwerk|Netzwerks|Bündnis|Bündnisses|Arbeitskreis|Arbeitskreises|Tisch|Tisches|Allianz|Fachkolleg|Fachkollegs|Technikum|Technikums|Förderverein|Fördervereins|Freundeskreis|Freundeskreises|Partnerschaftsverein|Partnerschaftsvereins)$/;

/**
 * A field noun and a place after a network's head ("Netzwerk Integration Hamm"), or "für" and a field with the place
 * as its last word ("Bündnis für Familie Unna"). Returns the end, or 0: "das Netzwerk Integration" alone is generic.
 */
function fieldThenPlace(text: string, tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t) return 0;
  if (t.text === 'für') {
    const end = purposeEnd(text, tokens, k);
    const words = tokens.slice(k + 1, end).filter((w) => w.capitalised);
    return end && words.length >= 2 && !COMMON_NOUN.test(tokens[end - 1]!.text) ? end : 0;
  }
  // "Partnerschaft" is no name word alone (NOT_NAME), but it is a field here.
  if (!t.capitalised || !FIELD_NOUN.test(t.text) || !joined(text, tokens, k + 1)) return 0;
  const end = placeAfter(text, tokens, k + 1);
  return end > k + 1 ? end : 0;
}

function fieldThenRegion(text: string, tokens: readonly Token[], k: number): number {
  for (let j = k + 1; j < tokens.length && j - k <= 3 && joined(text, tokens, j); j++) {
    const t = tokens[j]!;
    if (REGIONS.has(t.text)) return j + 1;
    if (!(t.text === 'und' || isNameWord(t))) return 0;
  }
  return 0;
}
const PARISH_HEAD = /^(Pfarrei|Pfarrgemeinde|Kirchengemeinde)$/;
const PARISH_LINKS = new Set(['der', 'des', 'zum', 'zur']);

/** Words after "für …" that carry on a purpose, not a name: "für Kinder aus Charkiw", "für die Fahrt". */
const PURPOSE_GOES_ON = new Set(
  'aus in im mit von vom bei beim nach zu zur zum der die das den dem des ein eine einen einem einer an am auf für über unter um'.split(' '),
);

/**
 * The end (exclusive) of a body's field after its head, "für" at `k`: "für
 * Wirtschaft und Wissenschaft", "für Bildung und Forschung", "für Bundes- und
 * Europaangelegenheiten"; 0 when none. The field must close the name: a clause
 * end or a verb follows, not "für Kinder aus Charkiw" or "für Familien die Fahrt".
 */
export function purposeEnd(text: string, tokens: readonly Token[], k: number, genitive = false): number {
  if (tokens[k]?.text !== 'für') return 0;
  let end = 0;
  // "für Kinder, Jugend, Familie … und Integration": a list in the name, closed by "und".
  let listFrom = 0;
  let closed = false;
  for (let j = k + 1; j < tokens.length && j - k <= 14; j++) {
    const t = tokens[j]!;
    const comma = /^,\s+$/.test(gap(text, tokens, j));
    if (!joined(text, tokens, j) && !(comma && end === j && isNameWord(t))) break;
    if (comma && !listFrom) listFrom = j - 1;
    if (isNameWord(t)) end = j + 1;
    // "für politische Bildung", "für primäre medizinische Versorgung": adjectives before the next word of the field.
    else if ((FIELD_ADJECTIVE.test(t.text) || adjectivePart(text, tokens, j)) && adjectivesThenNoun(text, tokens, j + 1)) continue;
    // A ministry's portfolio with a genitive: "für Entwicklung der Gemeinden und Territorien der Ukraine".
    else if (genitive && end === j && (t.text === 'der' || t.text === 'des') && tokens[j + 1] && joined(text, tokens, j + 1) && isNameWord(tokens[j + 1]!)) continue;
    else if (t.text !== 'und' || end !== j) break;
    else if (listFrom) closed = true;
  }
  if (listFrom && !closed) end = listFrom + 1;
  end = ofTheState(tokens, end);
  if (end === 0 || end === tokens.length || /[,.;:!?()]/.test(gap(text, tokens, end))) return end;
  const next = tokens[end]!;
  return !next.capitalised && !PURPOSE_GOES_ON.has(next.text) ? end : 0;
}

const FIELD_ADJECTIVE = /^\p{Ll}+(isch|lich|al|iv|är|ell)(e|en|er|es)$/u;

/** "deutsch" in "deutsch-ukrainische": the first part of a hyphenated adjective. */
function adjectivePart(text: string, tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return !tokens[j]!.capitalised && !!next && gap(text, tokens, j + 1) === '-' && FIELD_ADJECTIVE.test(next.text);
}

/** A name word next, perhaps after more adjectives of a field: "medizinische Versorgung" after "primäre". */
function adjectivesThenNoun(text: string, tokens: readonly Token[], j: number): boolean {
  while (tokens[j] && joined(text, tokens, j) && (FIELD_ADJECTIVE.test(tokens[j]!.text) || adjectivePart(text, tokens, j))) j++;
  return !!tokens[j] && joined(text, tokens, j) && isNameWord(tokens[j]!);
}

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

function fieldMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
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

/** "… des Landes NRW", "… des Landes Nordrhein-Westfalen" after a body's field: the end past it. */
function ofTheState(tokens: readonly Token[], end: number): number {
  // "Ministerium für Gemeinden und Territorien der Ukraine": a Ukrainian ministry names its state the same way.
  if (end > 0 && tokens[end]?.text === 'der' && tokens[end + 1]?.text === 'Ukraine') return end + 2;
  if (end === 0 || tokens[end]?.text !== 'des' || tokens[end + 1]?.text !== 'Landes') return end;
  const region = tokens[end + 2]?.text;
  if (region === 'NRW') return end + 3;
  return region === 'Nordrhein' && tokens[end + 3]?.text === 'Westfalen' ? end + 4 : end;
}

/** A name's words from tokens [from, to) as a name lists them. */
export function nameOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  return displayName(textOf(text, tokens, from, to));
}

/** The end of a named body that starts at `at` ("Marienschule", "Alexander-Hegius-Gymnasiums"), or 0. */
function namedBodyAt(text: string, tokens: readonly Token[], at: number): number {
  for (let j = at; j < tokens.length && j - at < 4; j++) {
    if (j > at && !joined(text, tokens, j)) break;
    const m = headMatch(text, tokens, j);
    if (m && m.from === at) return m.to;
  }
  return 0;
}

/** "Bergischer Handballverein": a capitalised adjective inside a sentence makes the head a name. */
function adjectiveLed(text: string, tokens: readonly Token[], from: number, i: number): boolean {
  if (from === i || !NAME_ADJECTIVE.test(tokens[from]!.text) || KIND_ADJECTIVE.test(tokens[from]!.text)) return false;
  if (FAITH_KIND.test(tokens[from]!.text) && PARISH_KIND_HEAD.test(tokens[i]!.text)) return false;
  return from > 0 && !/[.!?:„"“]\s*$/.test(gap(text, tokens, from));
}

/** Scouts named a few words before "Stamm": "die Pfadfinder vom Stamm Ennepe", "DPSG-Stamm"; a family's "Stamm" is none. */
function scoutsBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 6); k < i; k++) if (/pfadfind|^(DPSG|VCP|BdP)$/i.test(tokens[k]!.text)) return true;
  return false;
}

/** Heads of programmes and funds. */
const PROGRAMME_HEAD = /(initiative|programm|fonds)$/i;

/** A programme of the federation, a state or the EU: by its adjective or compound ("Nationale …", "Bundes…") or "des Bundes" after it. */
function publicProgramme(tokens: readonly Token[], from: number, i: number, end: number): boolean {
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
