/**
 * The words a name may be made of: the capitalised words that never are one, the links
 * and abbreviations inside names, the adjectives that lead a name or only say its kind, and the common
 * nouns that follow a head without being its name.
 */

import type { Token } from './tokens';

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
export const LINKS = new Set(['für', 'und', 'der', 'des', 'den', 'dem', 'zu', 'zur', 'zum', 'in', 'im', 'am', 'an', 'von', 'vom', 'gegen', 'ohne']);

/**
 * Adjectives that start a name before its head, in any ending: "Technische Hochschule Köln", "Bergischer …verein",
 * "Landwirtschaftlicher Kreisverband Soest", "Christlicher Verein Junger Menschen".
 */
export const NAME_ADJECTIVE =
  /^(\p{Lu}\p{Ll}+sch-)?(Technisch|National|Staatlich|Medizinisch|Pädagogisch|Polytechnisch|Katholisch|Evangelisch|Städtisch|Frei|Privat|Westfälisch|Rheinisch|Bergisch|Deutsch|Deutsch-Ukrainisch|Ukrainisch|\p{Lu}\p{Ll}{2,}isch|\p{Lu}\p{Ll}+schaftlich|Kirchlich|Christlich|Ländlich|Beruflich|Gemeinnützig|Zentral|Gemischt|Regional|Allgemeinbildend|Orthodox)(e|en|er|es)$/u;

/**
 * Adjectives of a kind that lead a name only with a name after its head: "Zentrales Stadtkrankenhaus Dolyna", not
 * "das Zentrale Krankenhaus"; "Gemischter Chor Cäcilia"; a faith's: "Evangelische Kirchengemeinde Wiesental", not
 * "die Evangelische Kirchengemeinde" (FAITH_KIND; docs/ideas.md: a parish is named by its saint or its place).
 */
export const KIND_ADJECTIVE = /^(Zentral|Gemischt|Regional|Allgemeinbildend)(e|en|er|es)$/;

/** A faith's adjective is a kind before a parish's head only: "Evangelisches Krankenhaus" alone is a hospital's name. */
export const FAITH_KIND = /^(Evangelisch|Katholisch|Jüdisch|Orthodox|Muslimisch|Islamisch|Freikirchlich)(e|en|er|es)$/;

/** Heads of a parish or a church district, which a faith's adjective only says the kind of. */
export const PARISH_KIND_HEAD = /^(Kirchengemeinde|Gemeinde|Pfarrei|Pfarrgemeinde|Kirchenkreis|Kirchenkreises)$/;

/**
 * A faith's or a people's adjective before "Gemeinde": "Jüdische Gemeinde Wengerhausen", "Ukrainische Gemeinde Hamm"
 * are a congregation and a community, not a municipality.
 */
export const COMMUNITY_ADJECTIVE = /^(\p{Lu}[\p{L}-]*isch|Orthodox|Freikirchlich)(e|en|er|es)$/u;

/** Abbreviations that sit inside a name, dot included: "St. Marien", "Gymnasium Nr. 2". */
export const NAME_ABBREVIATIONS = new Set(['St', 'Nr', 'Hl', 'Gebr', 'Dr']);

/** A capitalised word that may be part of a name. */
export function isNameWord(token: Token): boolean {
  return token.capitalised && !NOT_NAME.has(token.text);
}

/** Definite articles, which stand where a name starts. */
export const ARTICLES = new Set(['der', 'die', 'das', 'des', 'dem', 'den']);

/** A year after a club's name: "TV Wermelskirchen 1862", "SV Coesfeld 08". */
export const FOUNDING_YEAR = /^(\d{2}|1[89]\d\d)$/;

/**
 * Words after a head that are common nouns, not part of its name: "Stiftung Wesel Spendengelder", an object
 * ("der Kreissportbund Interesse signalisiert", "dem Jobcenter Bescheid gegeben"), and goods
 * given to a body, which follow its head as an object ("dem Krankenhaus Betten", "der Bibliothek Bücher
 * geschenkt", "die Brauerei Praktikumsplätze"), never as its name; and a role said of the body ("in der Stadt ist die
 * Wirtschaftsförderung Ansprechpartnerin", "der Kreissportbund Träger").
 */
export const COMMON_NOUN =
  /(ung|ungen|heit|keit|schaft|schaften|themen|thema|projekt|projekte|gelder|geld|mittel|spenden|tion|tionen|geräte|betten|monitore|laptops|computer|pumpen|generatoren|medikamente|bücher|möbel|pakete|decken|fahrzeuge|materialien|material|kurse|plätze|exponate|akten|dokumente|unterlagen|güter|kleider|schuhe|spielzeug|werkzeuge|stühle|tische|kisten|inkubatoren|defibrillatoren|prothesen|masken|verbände|interesse|bescheid|einblicke?|kontakte?|zeit|räume|unterricht|strom|wärme|hilfen|probleme|sorgen|fragen|zusagen|absagen|aufsicht|führungen|schichten|wache|wachen|^kinder|^eltern|^lieder|^familien|^jugendliche|^jugendlichen|^studenten|^studierende|^schüler|^schülerinnen|^lehrer|^lehrerinnen|^gäste|^teilnehmer|^frühstück|^mittagessen|^abendessen|[a-zäöü]partner|[a-zäöü]partnerin|[a-zäöü]partnerinnen|träger|trägerin|mitglied|gastgeber|gastgeberin|koordinator|koordinatorin|schirmherr|schirmherrin|vorreiter|vorreiterin)$/i;
