/**
 * Head nouns of German and Ukrainian public life that make a name with a place or
 * a name beside them, by the type they give (docs/ideas.md): "Jobcenter Herford",
 * "Staatsarchiv Riwne", "Kreissportbund Ennepe-Ruhr", "Warsteiner Brauerei",
 * "Wasserwerke Erkelenz". Written from knowledge of the kinds of bodies, not from
 * the names any fixture missed; reviewed like the gazetteer. A head alone ("die
 * Brauerei", "das Jobcenter") stays generic: patterns.ts asks for a name beside it.
 *
 * Each head matches as a word of its own or as the end of a compound
 * ("Staatsarchiv", "Kreissportbund"). The heads patterns.ts already knows
 * (schools, hospitals, Stadtwerke, Verein, Verband, Stiftung …) are not repeated.
 */

import type { OrganisationType } from './org-types';

const HEADS: Record<OrganisationType, string> = {
  funder: '',
  // Agencies, archives, courts, police, chancelleries, consulates, guilds (public corporations) and the public
  // cultural institutions that keep collections, which a state, a district or a town runs.
  'public-body':
    'jobcenter arbeitsagentur archiv archivs behörde präsidium gericht staatskanzlei konsulat generalkonsulat ' +
    // Tax and customs offices (aid transports clear customs): "Finanzamt Hamm", "Hauptzollamt Dortmund"; Ukrainian
    // regional development agencies: "Regionale Entwicklungsagentur Lwiw".
    'finanzamt finanzamts zollamt zollamts entwicklungsagentur ' +
    'landratsamt innung museum museums bibliothek polizei kulturhaus gebietsrat oblastrat rajonrat gebietsrats oblastrats rajonrats ' +
    // Ukraine's regional councils and wartime military administrations by their place: "Oblastrada Wolyn",
    // "Oblastmilitärverwaltung Charkiw"; NRW's regional councils at the Bezirksregierungen: "Regionalrat Arnsberg".
    'oblastrada gebietsrada rajonrada regionalrat regionalrats oblastmilitärverwaltung gebietsmilitärverwaltung ' +
    'rajonmilitärverwaltung regionalmilitärverwaltung bezirksmilitärverwaltung',
  // Performing companies with a name are typed like orchestras and ensembles, whoever runs them ("Theater am
  // Kornmarkt", "Philharmonie Südwestfalen"; docs/ideas.md, tenth round).
  association:
    'sportbund heimatbund jugendbund netzwerk netzwerks forum forums tafel landfrauen frauenhaus frauenhauses ' +
    'mehrgenerationenhaus orchester ensemble posaunenchor hospizdienst kolpingwerk theater theaters oper ' +
    'philharmonie schauspielhaus bühnen ' +
    // Working groups and alliances with a name: "Arbeitskreis Ukraine Soest", "Arbeitsgemeinschaft Hellweg".
    'arbeitskreis arbeitskreises arbeitsgemeinschaft bündnis bündnisses allianz ehrenamtsagentur freiwilligenagentur ' +
    // Marching bands and church districts by their place: "Spielmannszug Rot-Weiß Bockum", "Dekanat Hamm".
    'spielmannszug spielmannszuges fanfarenzug tambourcorps tambourkorps musikzug dekanat dekanats pastoralverbund ' +
    // Youth centres and the farmers' district bodies: "Jugendtreff Funkenflug", "Kreisbauernschaft Unna".
    'jugendtreff jugendhaus jugendheim bauernschaft ' +
    // Clubs by their kind of fellowship, brass bands and a provost's parish: "Turngemeinde Hamm 1862", "Schützengesellschaft
    // Werries", "Karnevalsgesellschaft Blau-Weiß", "Chorgemeinschaft Uentrop", "Blaskapelle Bockum", "Propsteigemeinde St. Peter".
    'turngemeinde turnerschaft sportgemeinschaft schützengesellschaft schützengilde karnevalsgesellschaft ' +
    'musikgesellschaft chorgemeinschaft sängergemeinschaft landsmannschaft blaskapelle musikkapelle stadtkapelle ' +
    'propsteigemeinde wohltätigkeitsfonds ' +
    // Children's homes and villages, volunteer circles, and an aid group after a hyphen with its place ("Kinderheim
    // St. Vincenz", "Helferkreis Asyl Werne", "Ukraine-Hilfe Kamen"; "die Ukraine-Hilfe" alone is the aid itself).
    'kinderheim kinderheims kinderdorf kinderdorfs helferkreis helferkreises hilfe',
  company:
    'brauerei brennerei molkerei bäckerei druckerei gärtnerei schreinerei tischlerei schlosserei zimmerei gießerei ' +
    'metzgerei spedition reederei fleischerei konditorei sanitätshaus möbelhaus kaufhaus reisebüro ingenieurbüro ' +
    'planungsbüro architekturbüro kanzlei steuerberatung bauunternehmung bauunternehmen hotel gasthof gasthaus ' +
    'werft autohaus apotheke werke wasserwerk kraftwerk genossenschaft bank wirtschaftsförderung vodokanal wodokanal ' +
    // Municipal and regional companies named by their field: "Abwassergesellschaft Unna", "Verkehrsgesellschaft Lünen".
    'abwassergesellschaft entsorgungsgesellschaft abfallgesellschaft abfallwirtschaftsgesellschaft wohnungsgesellschaft ' +
    'wohnungsbaugesellschaft baugesellschaft verkehrsgesellschaft versorgungsgesellschaft energiegesellschaft ' +
    'wirtschaftsförderungsgesellschaft beschäftigungsgesellschaft entwicklungsgesellschaft hafengesellschaft ' +
    'betriebsgesellschaft servicegesellschaft bädergesellschaft ' +
    // Crafts and shops by their owner's name: "Dachdeckerei Bömer", "Malerbetrieb Wessels", "Hofladen Wessel".
    'dachdeckerei malerbetrieb malerbetriebs sanitärbetrieb sanitärbetriebs elektrobetrieb elektrobetriebs gartencenter ' +
    'gartencenters blumenhaus blumenhauses optikhaus optikhauses hofladen hofladens',
  // Adult education and Ukrainian technical colleges: "Katholisches Bildungswerk Unna", "Technikum Dolyna".
  education: 'akademie kolleg lyzeum lyzeums universität hochschule bildungswerk bildungswerks bildungsstätte technikum technikums',
  // Care homes and medical practices by their name: "Seniorenstift St. Anna", "Zahnarztpraxis Dr. Lehmann".
  health:
    'hospiz pflegeheim altenheim seniorenheim ambulanz sanatorium tagespflege pflegedienst pflegedienstes sozialstation ' +
    'seniorenstift seniorenstifts seniorenresidenz wohnstift wohnstifts arztpraxis physiotherapiepraxis',
};

/** Compounds with one of the heads that are no body: "Datenbank", "Sozialwerke", "Pressesprecher". */
const NOT_INSTITUTION =
  /^(Daten|Park|Sitz|Blut|Förder|Investitions|Entwicklungs|Welt|Schul|Sand|Kirchen)bank$|^(Sozial|Hilfs|Jugend|Kunst|Bau|Hand|Mauer|Feuer|Netz|Teil|Räder|Uhr)werke$|^(Stadt|Gemeinde|Orts|Dorf)(archivs?|bibliothek|museums?)$|^(Eigen|Privat)?[Ff]orums?$|^(Wand|Schul|Tür|Ehren|Gedenk|Info)tafel$|^(Verbund|Bund)$|^(Stadt|Gemeinde|Orts|Dorf)polizei$|^(Freilicht|Sommer|Puppen|Schul|Kinder)theater$|^(Kinder|Jugend)universität$/;

/** A state, federal or national compound of an institution is a public body: "Landeszentrum", "Bundesinstitut". */
const STATE_INSTITUTION =
  /^(Landes|Bundes|Staats)\p{Ll}*(zentrums?|zentrale|instituts?|archivs?|museums?|bibliothek|betriebs?|agentur|anstalt|amts?|behörde|gericht)$/u;

export function isStateInstitution(word: string): boolean {
  return STATE_INSTITUTION.test(word);
}

const BY_HEAD: [string, OrganisationType][] = (Object.entries(HEADS) as [OrganisationType, string][]).flatMap(
  ([type, list]) => list.split(' ').filter(Boolean).map((head): [string, OrganisationType] => [head, type]),
);

/** Longest heads first, so "landeszentrum" wins over a shorter head at the same end. */
BY_HEAD.sort((a, b) => b[0].length - a[0].length);

/**
 * The type a capitalised word gives as the head of a name, or null: the word is one
 * of the heads above or a compound ending in one ("Kreissportbund"), or a state body.
 */
export function institutionType(word: string): OrganisationType | null {
  if (isStateInstitution(word)) return 'public-body';
  if (NOT_INSTITUTION.test(word)) return null;
  const lower = word.toLowerCase();
  for (const [head, type] of BY_HEAD) if (lower.endsWith(head)) return type;
  return null;
}
