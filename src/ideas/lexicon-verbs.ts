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
      '@wasserrohre', '@rohrbruch', '@brunnen gebohrt', '@gebohrt', '@kanäle', '@müllwagen'],
    weak: ['@entsorgt', '@entsorgen', '@aufbereitet', '@gespült', '@geklärt', '@abgepumpt', '@pumpen', '@leitungen', '@abfall'],
  },
  energy: {
    strong: ['@stromversorgung', '@energieversorgung', '@wärmeversorgung', 'Strom erzeugen', 'Strom erzeugt',
      'Strom produzieren', '@stromerzeugung', '@solarmodule', '@solaranlage', '@photovoltaik', '@pv-anlage', '@generatoren',
      '@stromaggregat', '@energiesparen', '@energieeinsparung', '@energieeffizient', '@wärmedämmung', '@gedämmt',
      'ohne Strom', 'kein Strom', 'keinen Strom', 'Heizung ausgefallen', '@abschaltungen', '@blackout'],
    weak: ['@heizen', '@beheizt', '@geheizt', '@heizung', '@strom', '@energie', '@leistung', '@angeschlossen', '@eingespeist',
      '@sparen', '@licht'],
  },
  reconstruction: {
    strong: ['@wiederaufgebaut', '@wiederaufbauen', '@wiederhergestellt', '@wiederherstellung', '@instandgesetzt',
      '@instandsetzung', '@renovierung', '@repariert', '@reparatur', '@reparaturen',
      '@zerstört', '@zerstörung', '@zerstörungen', '@beschädigt', '@beschädigungen', '@kriegsschäden', '@ausgebombt',
      '@zerbombt', '@ruinen', '@neu gebaut', '@neubau', 'wieder aufgebaut', 'wieder aufbauen', 'wieder instand'],
    weak: ['@gebaut', '@bauen', '@errichtet', '@umgebaut', '@ausgebaut', '@erneuert', '@dach', '@dächer', '@fenster',
      '@baustelle', '@bauarbeiten'],
  },
  schools: {
    strong: ['im Unterricht', '@schüleraustausch', '@klassenfahrt', '@klassenzimmer',
      '@schulbücher', '@schulranzen', '@lehrkräfte', '@pädagogen', '@einschulung', '@eingeschult', '@abitur', '@zeugnis',
      '@fernunterricht', '@onlineunterricht', '@distanzunterricht', '@klassenpartnerschaft'],
    weak: ['@gelernt', '@lernen', '@lernten', '@schreiben', '@lesen', '@rechnen', '@klassen', '@klasse', '@hausaufgaben',
      '@pausenhof', '@tafel', '@tablets', '@laptops'],
    block: [],
  },
  'higher-education': {
    strong: ['@promoviert', '@promotion', '@dozent', '@dozenten',
      '@hochschulpartnerschaft', '@lehrstuhl', '@forschungsprojekt', '@geforscht', '@forschen', '@semester', '@vorlesung',
      '@vorlesungen'],
    weak: ['@forschung', '@wissenschaft', '@wissenschaftler', '@lehre', '@abschluss', '@seminar', '@seminare'],
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
      '@festival', '@kunst'],
  },
  sport: {
    strong: ['@turnier', '@turniere', '@fußballturnier', '@gekickt', '@trainiert', '@trainieren', '@training', '@wettkampf',
      '@wettkämpfe', '@sportfest', '@sportvereine', '@sporthalle', '@sportplatz', '@fußballplatz',
      '@mannschaft', '@mannschaften', '@staffellauf', '@radtour', '@paralympics',
      '@gegeneinander gespielt'],
    weak: ['@spiel', '@spiele', '@gewonnen', '@laufen', '@schwimmen', '@radfahren', '@fußball', '@volleyball', '@basketball',
      '@handball', '@trikots', '@bälle'],
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
      '@exportiert', '@importiert', '@ansiedlung', '@gründer', '@startups', '@start-ups', '@handwerksbetriebe',
      '@landwirtschaft', '@landwirte', '@mittelstand', '@messe', '@messen'],
    weak: ['@arbeitsplätze', '@produziert', '@produktion', '@verkauft', '@markt', '@märkte',
      '@handel'],
  },
  refugees: {
    strong: ['@geflüchtet', '@geflüchtete', '@geflüchteten', '@geflohen', '@flohen', '@flüchtlinge', '@vertriebene',
      '@aufgenommen', '@aufnehmen', 'bringen unter', '@unterbringung', '@unterkünfte',
      '@schutzsuchende', '@schutzsuchenden', '@ankommen', '@ankunft', '@integriert', '@integration',
      '@deutschkurs', '@deutschkurse'],
    weak: ['@wohnungen', '@wohnung', '@bleiben', '@geblieben', '@zuflucht', '@evakuierte'],
  },
  diaspora: {
    strong: ['@ukrainische community', '@ukrainischen community',
      '@ukrainerinnen und ukrainer', 'hier lebende', 'hier lebenden', 'seit Jahren hier', 'in Deutschland leben',
      'in Deutschland lebende', 'in Deutschland lebenden', '@landsleute', '@herkunftsland', '@heimatland', '@diaspora'],
    weak: ['@ukrainischstämmig', '@stammen', '@migranten', '@zugewandert', '@eingewandert', '@muttersprache'],
  },
  'civil-society': {
    strong: ['@ehrenamtliche', '@ehrenamtlichen', '@engagiert',
      '@zivilgesellschaft', '@vereinsmitglieder',
      '@bürgerinitiative', '@mitmachen', '@helferkreis', '@unterstützerkreis', '@nachbarschaft'],
    weak: [
      '@kirchengemeinde'],
  },
  funding: {
    strong: ['@finanziert', '@finanzierung', '@gefördert', '@fördern', '@förderung', '@fördermittel',
      '@zuschuss', '@zuschüsse', '@bezuschusst', '@antrag', '@anträge', '@bewilligt', '@bewilligung',
      '@förderantrag', '@förderprogramm', '@eigenanteil', '@kofinanzierung', '@budget', '@haushaltsmittel', '@mittel aus',
      'finanziert aus', 'bezahlt aus', '@spendengelder', '@geldspenden'],
    weak: ['@geld', '@bezahlt', '@bezahlen', '@kosten', '@gekostet', '@ausgegeben', '@zahlt', '@mittel', '@summe'],
  },
  staffing: {
    strong: ['@personalstelle', '@personalstellen', '@koordinierungsstelle', '@koordinatorin', '@koordinator',
      '@einstellen', '@stelle geschaffen', '@stelle eingerichtet', '@vollzeitstelle', '@teilzeitstelle',
      '@halbe stelle', '@personalmangel', '@personalkapazität', '@personalkapazitäten', '@zeitressourcen',
      '@ressourcen fehlen', 'keine Zeit', 'zu wenig Zeit', '@nebenbei', '@zusätzlich zu'],
    weak: ['@stelle', '@stellen', '@kapazität', '@kapazitäten', '@mitarbeiter',
      '@zuständig', '@überlastet', '@stunden'],
  },
  visits: {
    strong: ['@besuchten', '@zu besuch', '@gereist', '@reisten', '@reise', '@reisen',
      '@delegation', '@delegationen', '@dienstreise', '@gegenbesuch', '@empfangen', '@empfang', '@zu gast',
      '@angereist', '@hingefahren', '@getroffen'],
    weak: ['@gefahren', '@fahrt', '@kamen', '@kommen', '@gekommen', '@gezeigt', '@besichtigt', '@besichtigung',
      '@angeschaut', '@rundgang', '@aufenthalt'],
  },
  agreements: {
    strong: ['@unterzeichnet', '@unterschrieben', '@unterzeichnung', '@vereinbart', '@vereinbarung', '@vereinbarungen',
      '@partnerschaftsvertrag', '@partnerschaftsurkunde', '@absichtserklärung', '@memorandum', '@besiegelt', '@beschlossen',
      '@partnerschaft geschlossen', '@partnerschaft begründet', '@offiziell gemacht',
      '@kooperationsvertrag', '@kooperationsvereinbarung'],
    weak: ['@vertrag', '@verträge', '@urkunde', '@offiziell', '@formell', '@abkommen', '@ratsbeschluss'],
  },
  'environment-climate': {
    strong: ['@klimawandel', '@klimaneutral', '@umweltschutz', '@nachhaltig', '@nachhaltigkeit',
      '@bäume gepflanzt', '@gepflanzt', '@pflanzaktion', '@aufgeforstet', '@aufforstung', '@renaturiert', '@renaturierung',
      '@biodiversität', '@artenschutz', '@co2', '@emissionen', '@umweltbildung', '@naturschutz'],
    weak: ['@natur', '@grün', '@bäume', '@wald', '@gärten', '@garten', '@fahrrad'],
  },
  'social-care': {
    strong: ['@gepflegt', '@pflegen', '@pflegebedürftig', '@pflegebedürftige', '@betreuung',
      '@psychosozial', '@psychosoziale',
      '@traumatisiert', '@traumatisierte', '@menschen mit behinderung', '@behinderte', '@behinderung',
      '@seniorinnen', '@ältere menschen', '@älteren menschen', '@bedürftige', '@bedürftigen'],
    weak: ['@gekümmert', '@hilfe', '@allein', '@mütter', '@witwe'],
  },
  health: {
    strong: ['@behandelt', '@behandlung', '@behandeln', '@operiert', '@operation', '@operationen', '@geimpft', '@impfung',
      '@impfungen', '@medizinisch', '@medizinische', '@medizinischen', '@ärzte', '@ärztin', '@arztpraxis', '@ambulanz',
      '@physiotherapie', '@reha', '@rehabilitation', '@prothese', '@prothesen', '@zahnarzt', '@krankenhaus',
      '@verwundet', '@verwundete', '@verletzte', '@verletzten', '@patienten', '@patientinnen',
      '@medizintechnik', '@ultraschall', '@röntgen'],
    weak: ['@gesund', '@gesundheit', '@pflegekräfte', '@krankenschwester', '@sanitäter', '@verbandsmaterial',
      '@arzt'],
  },
};
