/**
 * Ninth round of the cue lexicon: what people DO in each field and how they say it —
 * verbs, participles, nominalisations and set phrases, written from knowledge of German
 * and of municipal partnership work, not from any set's misses (docs/ideas.md,
 * "The ninth round"). Same cue syntax as src/ideas/lexicon.ts; merged into LEXICON there.
 * Participles are matched as written ("@...") because the stemmer folds them onto
 * look-alikes; verbs that also describe everyday acts stay weak.
 */

import type { TopicId } from './topics';
import type { TopicCues } from './lexicon';

export const VERB_CUES: Record<TopicId, TopicCues> = {
  'humanitarian-aid': {
    strong: ['Hilfsgüter gesammelt', 'Sachspenden gesammelt', 'Hilfsgüter geliefert', 'Hilfsgüter gebracht',
      'Hilfsgüter übergeben', 'Hilfsgüter verteilt', 'Lebensmittel verteilt', '@*hilfsgüterfahrt', 'in die Ukraine gebracht',
      'in die Ukraine gefahren', 'in die Ukraine geliefert', 'in die Ukraine geschickt', 'Transporte organisiert', '@sammelaktion',
      '@spendenaufruf', '@*spendensammlung', '@notversorgung'],
    weak: ['@sammeln', '@sammelten', '@verteilt', '@verteilen', '@verteilten', '@ausgeliefert',
      '@losgeschickt', '@spendeten', 'auf den Weg gebracht', '@abgeladen',
      '@entladen', '@umgeladen', '@überbracht'],
  },
  'civil-protection': {
    strong: ['Feuerwehrautos übergeben', '@löscharbeiten', '@brandbekämpfung', '@evakuiert', '@evakuierung', '@evakuieren',
      '@entminung', '@entmint', '@minenräum', '@kampfmittelräum', '@schutzraum', '@schutzräume', '@schutzkeller', '@bunker',
      '@sirenen', '@rettungseinsatz', '@bergung', '@verschüttet', '@gelöscht', '@ausgerückt', '@alarmiert'],
    weak: ['@einsatzkräfte', '@einsätze', '@löschen', '@retten', '@gerettet', '@geborgen', '@geübt', '@übung', '@übungen',
      '@warnen', '@gewarnt', '@schutz suchen'],
  },
  'water-waste': {
    strong: ['@abwasserentsorgung', '@abwasserbehandlung', '@trinkwasserversorgung', '@müllentsorgung',
      '@abfallentsorgung', '@abfalltrennung', '@mülltrennung', '@recyceln', '@recycelt', '@recycling', 'Wasser aufbereiten',
      'Wasser aufbereitet', 'Müll trennen', 'Müll getrennt', 'Müll entsorgen', 'Abfall entsorgen', '@wasserleitungen',
      '@wasserrohre', '@rohrbruch', '@brunnen gebohrt', '@müllwagen'],
    weak: ['@entsorgt', '@entsorgen', '@aufbereitet', '@gespült', '@geklärt', '@abgepumpt', '@pumpen', '@leitungen', '@abfall', '@gebohrt', '@kanäle'],
  },
  energy: {
    strong: ['@stromversorgung', '@energieversorgung', '@wärmeversorgung', 'Strom erzeugen', 'Strom erzeugt',
      'Strom produzieren', '@stromerzeugung', '@solarmodule', '@solaranlage', '@photovoltaik', '@pv-anlage', '@generatoren',
      '@stromaggregat', '@energiesparen', '@energieeinsparung', '@energieeffizient', '@wärmedämmung', '@gedämmt',
      'ohne Strom', 'kein Strom', 'keinen Strom', 'Heizung ausgefallen', '@abschaltungen', '@blackout'],
    weak: ['@heizen', '@beheizt', '@geheizt', '@heizung', '@strom', '@energie', '@eingespeist',
      ],
  },
  reconstruction: {
    strong: ['@wiederaufgebaut', '@wiederaufbauen', '@wiederhergestellt', '@wiederherstellung', '@instandgesetzt',
      '@instandsetzung', '@renovierung', '@reparaturen',
      '@kriegsschäden', '@ausgebombt',
      '@zerbombt', '@ruinen', '@neu gebaut', '@neubau', 'wieder aufgebaut', 'wieder aufbauen', 'wieder instand'],
    weak: ['@gebaut', '@bauen', '@errichtet', '@umgebaut', '@ausgebaut', '@erneuert', '@dach', '@dächer', '@fenster',
      '@baustelle', '@bauarbeiten', '@zerstört', '@zerstörung', '@zerstörungen', '@beschädigt', '@beschädigungen', '@repariert', '@reparatur'],
  },
  schools: {
    strong: ['im Unterricht', '@schüleraustausch', '@klassenfahrt', '@klassenzimmer',
      '@schulbücher', '@schulranzen', '@einschulung', '@eingeschult', '@abitur', '@zeugnis',
      '@fernunterricht', '@onlineunterricht', '@distanzunterricht', '@klassenpartnerschaft'],
    weak: ['@gelernt', '@lernen', '@lernten', '@rechnen', '@klassen', '@hausaufgaben',
      '@pausenhof', '@tablets', '@laptops', '@lehrkräfte', '@pädagogen'],
    block: [],
  },
  'higher-education': {
    strong: ['@promoviert', '@promotion',
      '@hochschulpartnerschaft', '@lehrstuhl', '@forschungsprojekt', '@geforscht', '@forschen', '@semester', '@vorlesung',
      '@vorlesungen'],
    weak: ['@forschung', '@wissenschaft', '@wissenschaftler', '@seminar', '@seminare', '@dozent', '@dozenten'],
  },
  youth: {
    strong: ['@jugendbegegnung', '@jugendbegegnungen', '@jugendaustausch', '@jugendfreizeit', '@ferienlager', '@zeltlager',
      '@jugendgruppe', '@jugendgruppen', '@jugendlichen', '@jugendclub', '@jugendzentrum', '@jugendarbeit',
      '@jugendparlament', 'junge Menschen', 'jungen Menschen', '@ferienfreizeit', '@kinderfreizeit'],
    weak: ['@kids', '@junge leute', '@jungen leute', '@teenager', '@ferien', '@betreuer'],
  },
  culture: {
    strong: ['@aufgeführt', '@aufführung', '@aufführungen', '@ausgestellt', '@ausstellung', '@ausstellungen', '@konzert',
      '@konzerte', '@gesungen', '@musiziert', '@getanzt', '@theaterstück', '@inszeniert', '@inszenierung', '@lesung',
      '@lesungen', '@vernissage', '@gemalt', '@bilder gemalt', '@chor', '@chöre', '@orchester', '@folklore', '@museum',
      '@museen', '@filmabend', '@kulturabend', '@kulturprogramm'],
    weak: ['@singen', '@tanzen', '@spielten', '@gespielt', '@bühne', '@künstler', '@künstlerin', '@musik', '@lieder',
      '@festival', '=Kunst'],
  },
  sport: {
    strong: ['@turnier', '@turniere', '@fußballturnier', '@gekickt', '@wettkampf',
      '@wettkämpfe', '@sportfest', '@sportvereine', '@sporthalle', '@sportplatz', '@fußballplatz',
      '@mannschaften', '@staffellauf', '@radtour', '@paralympics',
      '@gegeneinander gespielt'],
    weak: ['@spiele', '@schwimmen', '@radfahren', '@fußball', '@volleyball', '@basketball',
      '@handball', '@trikots', '@bälle', '@training', '@trainiert', '@trainieren', '@mannschaft'],
  },
  administration: {
    strong: ['@digitalisiert', '@bürgerservice',
      '@e-government', '@verwaltungsabläufe', '@haushaltsplanung', '@kommunalverwaltung',
      '@ratsbeschluss', 'voneinander lernen', 'lernen voneinander',
      'lernten voneinander', 'voneinander gelernt', '@hospitiert', '@fachaustausch'],
    weak: ['@abläufe', '@zuständigkeiten', '@beschluss',
      '@erfahrungen ausgetauscht', '@ausgetauscht', '@schauen uns', '@angeschaut', '@angesehen'],
  },
  economy: {
    strong: ['@wirtschaftskontakte', '@wirtschaftsbeziehungen',
      '@investiert', '@investoren', '@handelskammer',
      '@exportiert', '@importiert', '@ansiedlung', '@startups', '@start-ups', '@handwerksbetriebe',
      '@landwirtschaft', '@landwirte', '@mittelstand'],
    weak: ['@arbeitsplätze', '@produziert', '@produktion', '@verkauft', '@märkte',
      '@gründer', '=Messe', '=Messen'],
  },
  refugees: {
    strong: ['@geflüchtet', '@geflüchtete', '@geflüchteten', '@geflohen', '@flohen', '@flüchtlinge', '@vertriebene',
      'bringen unter', '@unterbringung', '@unterkünfte',
      '@schutzsuchende', '@schutzsuchenden', '@ankunft',
      '@deutschkurs', '@deutschkurse'],
    weak: ['@wohnungen', '@wohnung', '@zuflucht', '@evakuierte', '@aufgenommen', '@ankommen', '@integriert', '@integration'],
  },
  diaspora: {
    strong: ['@ukrainische community', '@ukrainischen community',
      '@ukrainerinnen und ukrainer', 'seit Jahren hier', 'in Deutschland leben',
      'in Deutschland lebende', 'in Deutschland lebenden', '@landsleute', '@herkunftsland', '@heimatland', '@diaspora'],
    weak: ['@ukrainischstämmig', '@stammen', '@migranten', '@zugewandert', '@eingewandert', '@muttersprache', 'hier lebende', 'hier lebenden'],
  },
  'civil-society': {
    strong: ['@ehrenamtliche', '@ehrenamtlichen',
      '@zivilgesellschaft', '@vereinsmitglieder',
      '@bürgerinitiative', '@helferkreis', '@unterstützerkreis'],
    weak: [
      '@kirchengemeinde', '@engagiert', '@nachbarschaft', '@mitmachen'],
  },
  funding: {
    strong: ['@finanziert', '@finanzierung', '@gefördert', '@förderung', '@fördermittel',
      '@zuschuss', '@zuschüsse', '@bezuschusst', '@anträge', '@bewilligt', '@bewilligung',
      '@förderantrag', '@förderprogramm', '@eigenanteil', '@kofinanzierung', '@budget', '@haushaltsmittel', '@mittel aus',
      'finanziert aus', 'bezahlt aus', '@spendengelder', '@geldspenden'],
    weak: ['@geld', '@bezahlt', '@bezahlen', '@kosten', '@gekostet', '@ausgegeben', '@zahlt', '@mittel', '@summe', '@antrag', '@fördern'],
  },
  staffing: {
    strong: ['@personalstelle', '@personalstellen', '@koordinierungsstelle', '@koordinatorin', '@koordinator',
      '@einstellen', '@stelle geschaffen', '@stelle eingerichtet', '@vollzeitstelle', '@teilzeitstelle',
      '@halbe stelle', '@personalmangel', '@personalkapazität', '@personalkapazitäten', '@zeitressourcen',
      '@ressourcen fehlen', 'zu wenig Zeit'],
    weak: ['@kapazität', '@kapazitäten', '@mitarbeiter',
      '@zuständig', '@überlastet', '@nebenbei', '@zusätzlich zu', 'keine Zeit'],
  },
  visits: {
    strong: ['@besuchten', '@zu besuch', '@gereist', '@reisten', '@reise', '@reisen',
      '@delegation', '@delegationen', '@dienstreise', '@gegenbesuch', '@empfang', '@zu gast',
      '@angereist', '@hingefahren'],
    weak: ['@gefahren', '@fahrt', '@kamen', '@gezeigt', '@besichtigt', '@besichtigung',
      '@angeschaut', '@rundgang', '@aufenthalt', '@empfangen', '@getroffen'],
  },
  agreements: {
    strong: ['@unterzeichnet', '@unterschrieben', '@unterzeichnung', '@vereinbarung', '@vereinbarungen',
      '@partnerschaftsvertrag', '@partnerschaftsurkunde', '@absichtserklärung', '@memorandum', '@besiegelt',
      '@partnerschaft geschlossen', '@partnerschaft begründet', '@offiziell gemacht',
      '@kooperationsvertrag', '@kooperationsvereinbarung'],
    weak: ['@vertrag', '@verträge', '@urkunde', '@offiziell', '@formell', '@abkommen', '@ratsbeschluss', '@beschlossen', '@vereinbart'],
  },
  'environment-climate': {
    strong: ['@klimawandel', '@klimaneutral', '@umweltschutz', '@nachhaltigkeit',
      '@bäume gepflanzt', '@gepflanzt', '@pflanzaktion', '@aufgeforstet', '@aufforstung', '@renaturiert', '@renaturierung',
      '@biodiversität', '@artenschutz', '@co2', '@emissionen', '@umweltbildung', '@naturschutz'],
    weak: ['@natur', '@bäume', '@wald', '@gärten', '@garten', '@fahrrad', '@nachhaltig'],
  },
  'social-care': {
    strong: ['@pflegebedürftig', '@pflegebedürftige',
      '@psychosozial', '@psychosoziale',
      '@traumatisiert', '@traumatisierte', '@menschen mit behinderung', '@behinderte', '@behinderung',
      '@seniorinnen', '@ältere menschen', '@älteren menschen', '@bedürftige', '@bedürftigen'],
    weak: ['@gekümmert', '@mütter', '@witwe', '@betreuung'],
  },
  health: {
    strong: ['@behandlung', '@behandeln', '@operiert', '@operationen', '@geimpft', '@impfung',
      '@impfungen', '@medizinisch', '@medizinische', '@medizinischen', '@arztpraxis', '@ambulanz',
      '@physiotherapie', '@reha', '@rehabilitation', '@prothese', '@prothesen', '@zahnarzt', '@krankenhaus',
      '@verwundet', '@verwundete', '@verletzte', '@verletzten', '@patienten', '@patientinnen',
      '@medizintechnik', '@ultraschall', '@röntgen'],
    weak: ['@gesund', '@gesundheit', '@pflegekräfte', '@krankenschwester', '@sanitäter', '@verbandsmaterial',
      '@arzt', '@ärzte', '@ärztin', '@behandelt', '@operation'],
  },
};
