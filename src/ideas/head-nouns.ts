/**
 * The head nouns of organisation names and the type each gives: heads a name follows
 * ("Stadtwerke Hamm"), compounds ending in an organisation noun ("Kreishandwerkerschaft …"), heads grown into
 * one word with a name ("Marienschule"), heads that a person's name stands before ("Gerda Henkel Stiftung"),
 * club abbreviations, the class nouns of an apposition, and the words inside a name that decide its type.
 */

import { institutionType, isStateInstitution } from './institutions';
import { memoByText } from './memo';
import type { OrganisationType } from './org-types';
import type { Token } from './tokens';

/** Head nouns that a name follows, by the type they give: "Stadtwerke Hamm", "Klinikum Westmünsterland". */
export const HEAD_TYPES = new Map<string, OrganisationType>([
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
export const CLUB_HEAD = /^(Club|Clubs|Klub)$/;

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
export const NUMBERED_HEADS = new Map<string, OrganisationType>([
  ...words('education', 'Lyzeum Lyzeums Schule Kindergarten Kita'),
  ...words('health', 'Poliklinik'),
]);

/**
 * A ministry written as one word with its level and portfolio names one body:
 * "Bundesgesundheitsministerium", "Landesinnenministerium". "Das Ministerium",
 * "das Bundesministerium" and "das Innenministerium" alone are generic.
 */
export const MINISTRY = /^(Bundes|Landes)\p{Ll}{3,}ministeriums?$/u;

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

export function suffixHead(token: Token): OrganisationType | null {
  if (!token.capitalised || token.text.length < 4) return null;
  return suffixTypeOf(token.text);
}

/** Club abbreviations that open a club's name: "TuS Brühl", "TV Wermelskirchen 1862", "SV Coesfeld 08". */
export const CLUB_PREFIXES = new Set(
  // Turn-, Sport-, Schwimm-, Ruder- and Schützen-clubs by their usual abbreviations (TG Turngemeinde, TuRa Turnen und Rasensport …).
  (
    'TuS TV SV SC FC VfL VfB VfR TSV TSG SG SpVgg SpVg DJK BV BSV SSV ESV PSV FSV SuS TTC TC HC RC TG TuRa TuSpo TSC BSC FV SF SSG TTV RSV KSV ASV SGV ' +
    // Wheelchair, handball and youth play groups, table tennis, swimming, choirs; church youth groups by their place or parish
    // ("RSG Rollis Hamm", "HSG Werl", "MGV Sängerbund Ahlen", "CVJM Unna", "KjG St. Marien", "KLJB Wettringen").
    'RSG RSC HSG HSV JSG TTG SSC SVG SpFr Spvgg MGV CVJM KjG KLJB'
  ).split(' '),
);

export function words(type: OrganisationType, list: string): [string, OrganisationType][] {
  return list.split(' ').map((w) => [w, type]);
}

/** Words inside a name that decide its type over the legal form's default. */
const NAME_TYPES: [RegExp, OrganisationType][] = [
  [/klinik|krankenhaus|hospital|medizinische versorgung|primärversorgung|pflegeheim|seniorenheim|senioren(zentrum|stift|residenz)|pflegezentrum|altenzentrum|altenheim|^reha|perinatal|dialyse|ärztehaus|gesundheitszentrum|traumazentrum/i, 'health'],
  [/universität|hochschule|schule|gymnasium|institut|akademie|kolleg|lyzeum|technikum|kita|kindergarten|kindertagesstätte/i, 'education'],
  [/stadtwerke|sparkasse|wohnungsbau/i, 'company'],
];

/** Class nouns that introduce a name in apposition: "die Firma Elektro Meier GmbH", "der Verein Lichtblick e.V.". */
export const APPOSITION =
  /^(Firma|Unternehmen|Betrieb|Vereins?|Hersteller|Dienstleister|Träger|Partner|Projektpartner|\p{Lu}\p{Ll}+(firma|betrieb|händler|hersteller|dienstleister|anbieter|lieferant|zulieferer))$/u;

export function typeFromName(name: string, fallback: OrganisationType): OrganisationType {
  for (const [re, type] of NAME_TYPES) if (re.test(name)) return type;
  return fallback;
}

/** Heads that end a hyphenated name: "Albert-Schweitzer-Gymnasium", "St.-Marien-Hospital". */
export const COMPOUND_HEADS: [RegExp, OrganisationType][] = [
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
export const GENERIC_COMPOUND_PART = new Set(
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

export function compoundHead(token: Token): CompoundHead | null {
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

/** Heads a name stands before without a hyphen: "Gerda Henkel Stiftung", "Lions Club". */
export const PERSON_HEAD = /^(Stiftung|Club|Clubs|Klub|Institut)$/;
