// One test per rule of the ideas core: negation, inflection, acronym grouping,
// generic nouns, the partners themselves, evidence offsets and odd input.
import { describe, expect, it } from 'vitest';
import { analyseRecord } from '../../../src/ideas/analyse';
import { detectOrganisations } from '../../../src/ideas/detect-organisations';
import { compileCue, matchEnd } from '../../../src/ideas/cues';
import { detectTopics } from '../../../src/ideas/detect-topics';
import { LEXICON } from '../../../src/ideas/lexicon';
import { GAZETTEER } from '../../../src/ideas/gazetteer';
import { ORGANISATION_TYPES } from '../../../src/ideas/org-types';
import { tokenize } from '../../../src/ideas/tokens';
import { TOPIC_IDS, type TopicId } from '../../../src/ideas/topics';
import type { QuestionId } from '../../../src/questions/catalogue';

/** Organisations found in a text, each as "canonical (type) = text as written"; the partners are Hamm and Tscherniwzi unless given. */
const typed = (text: string, partners: string[] = ['Hamm', 'Tscherniwzi']) =>
  detectOrganisations(text, { partners }).map((o) => `${o.name} (${o.type}) = ${o.text}`);

const topics = (text: string) => detectTopics(text).map((t) => t.id);
/** The topics of a text read as the answer to a question (question-frames.ts). */
const framed = (text: string, questionId: QuestionId | null) =>
  detectTopics(text, undefined, [], [], questionId).map((t) => t.id);
const orgs = (text: string, partners: string[] = ['Hamm', 'Tscherniwzi']) =>
  detectOrganisations(text, { partners }).map((o) => `${o.name} (${o.type})`);

describe('negation within the clause', () => {
  it('drops a field the answer says is not involved', () => {
    expect(topics('Die Stadtwerke sind bisher nicht eingebunden.')).not.toContain('energy');
    expect(topics('Schulen: noch nicht.')).not.toContain('schools');
    expect(topics('Keine Kontakte zu Kliniken oder Hochschulen.')).toEqual([]);
    expect(topics('Schulen, Kitas und Sportvereine sind noch nicht beteiligt.')).toEqual([]);
  });

  it('keeps the other clauses of the same sentence', () => {
    const found = topics('Die Stadtwerke sind nicht eingebunden, aber die Feuerwehr hat zwei Löschfahrzeuge übergeben.');
    expect(found).toContain('civil-protection');
    expect(found).not.toContain('energy');
  });

  it('does not read "nicht nur" or "keine Probleme" as a denial', () => {
    expect(topics('Nicht nur Schulen, sondern auch Sportvereine machen mit.')).toEqual(
      expect.arrayContaining(['schools', 'sport']),
    );
    expect(topics('Bei der Lieferung der Generatoren gab es keine Probleme.')).toContain('energy');
  });

  it('reads keeping out of it as a denial', () => {
    expect(topics('Die Stadtwerke halten sich beim Thema Solar noch heraus.')).toEqual([]);
    expect(topics('Der Energieversorger hält sich dagegen zurück.')).toEqual([]);
    expect(topics('Die Feuerwehr hält sich bereit.')).toContain('civil-protection');
  });

  it('reads "kaum" as a denial, and a denial after "ohne" as none (fourth round)', () => {
    expect(topics('Sportvereine machen bislang kaum mit.')).toEqual([]);
    expect(topics('Die Hochschulen sind kaum beteiligt, die Feuerwehr umso mehr.')).toEqual(['civil-protection']);
    // Two denials affirm: without the grant it would not have worked, so the grant is reported.
    expect(topics('Ohne den Zuschuss des Landes hätten wir das nicht geschafft.')).toContain('funding');
    expect(topics('Ohne unsere Ehrenamtlichen gäbe es keine Partnerschaft.')).toContain('civil-society');
    expect(topics('Einen Zuschuss haben wir nicht bekommen.')).not.toContain('funding');
  });

  it('does not end a clause at the dot of an abbreviation', () => {
    expect(topics('Der Förderverein e.V. ist nicht beteiligt.')).toEqual([]);
  });
});

describe('inflection and compounds', () => {
  it('finds a topic in every inflected form and compound', () => {
    for (const text of ['Die Schule', 'Mit den Schulen', 'Viele Schüler', 'Zwei Schulpartnerschaften', 'Die Grundschule']) {
      expect(topics(text)).toContain('schools');
    }
    for (const text of ['Die Feuerwehren', 'Eine Berufsfeuerwehr', 'Ein Feuerwehrfahrzeug']) {
      expect(topics(text)).toContain('civil-protection');
    }
  });

  it('finds heat supply and business trips in their compounds', () => {
    expect(topics('Eine Heizzentrale und ein Nahwärmenetz für das Viertel.')).toEqual(['energy']);
    expect(topics('Wir planen eine Unternehmerreise nach Lwiw.')).toContain('visits');
  });

  it('keeps look-alike words out', () => {
    expect(topics('Die Hochschule forscht.')).not.toContain('schools');
    expect(topics('Die Schulden der Stadt sind hoch.')).not.toContain('schools');
    expect(topics('Der Transport war teuer.')).not.toContain('sport');
    expect(topics('Wir haben das natürlich besprochen.')).not.toContain('environment-climate');
    expect(topics('Wir schulen Techniker aus der Partnerstadt.')).toEqual(['administration']);
  });

  it('finds an organisation under its inflected name', () => {
    expect(orgs('Mit Hilfe des Deutschen Roten Kreuzes')).toEqual(['Deutsches Rotes Kreuz (association)']);
    expect(orgs('Den Stadtwerken Bochum danken wir.')).toEqual(['Stadtwerke Bochum (company)']);
    expect(orgs('Studierende der Technischen Hochschule Köln')).toEqual(['Technische Hochschule Köln (education)']);
  });
});

describe('acronyms and canonical names', () => {
  it('groups acronym, long form and body under one canonical name', () => {
    const text = 'Die SKEW, also die Servicestelle Kommunen in der Einen Welt bei Engagement Global, hat beraten.';
    expect(new Set(detectOrganisations(text, { partners: [] }).map((o) => o.name))).toEqual(new Set(['Engagement Global']));
  });

  it('matches an acronym only as written', () => {
    expect(orgs('Die skew war schief.')).toEqual([]);
    expect(orgs('Das THW-Ortsverband half.')).toEqual(['Technisches Hilfswerk (public-body)']);
  });

  it('joins an acronym defined in one answer and the short name to the full name in others', () => {
    const ideas = analyseRecord({
      partners: ['Kamen', 'Irpin'],
      answers: [
        { questionId: 'civil-society', text: 'Der Partnerschaftsverein Kamen-Irpin e.V. (PKI) sammelt Spenden.' },
        { questionId: 'other-actors', text: 'Die PKI organisiert Konzerte.' },
        { questionId: 'successes', text: 'Mit Brückenschlag Ukraine e.V. kam ein Hilfstransport zustande.' },
        { questionId: 'motives', text: 'Auch Brückenschlag Ukraine hilft bei Spenden.' },
      ],
    });
    expect(ideas.answers[1]!.organisations.map((o) => [o.name, o.text])).toEqual([
      ['Partnerschaftsverein Kamen-Irpin e.V.', 'PKI'],
    ]);
    expect(ideas.answers[3]!.organisations.map((o) => [o.name, o.text])).toEqual([
      ['Brückenschlag Ukraine e.V.', 'Brückenschlag Ukraine'],
    ]);
  });
});

describe('generic nouns are not names', () => {
  it('finds no organisation in a head noun without a name', () => {
    expect(orgs('Die Stadtwerke, ein Partnerschaftsverein, mehrere Schulen und das Land helfen. Eine Stiftung gab Geld.')).toEqual([]);
    expect(orgs('Der Förderverein der Feuerwehr sammelt.')).toEqual([]);
  });

  it('gives no topic for a passing mention', () => {
    expect(topics('Wir haben das im Rathaus besprochen.')).toEqual([]);
    expect(topics('An dieser Stelle danke ich allen.')).toEqual([]);
  });

  it('does not count the interview’s own municipalities, but counts other ones', () => {
    expect(orgs('Die Stadt Hamm und die Stadtverwaltung Tscherniwzi arbeiten mit der Stadt Köln zusammen.')).toEqual([
      'Stadt Köln (public-body)',
    ]);
    expect(orgs('Hilfe kam aus der Stadt Dortmund.')).toEqual([]);
  });

  it('types a foundation by what it does', () => {
    expect(orgs('Die Bürgerstiftung Unna hat das Projekt gefördert.')).toEqual(['Bürgerstiftung Unna (funder)']);
    expect(orgs('Die Stiftung Lichtblick organisiert Begegnungen.')).toEqual(['Stiftung Lichtblick (association)']);
  });
});

describe('where a name starts and ends', () => {
  it('starts a name after a link unless an organisation noun stands before it', () => {
    expect(orgs('Wir bekamen Ersatzteile von der Ruhrtal Pumpen GmbH.')).toEqual(['Ruhrtal Pumpen (company)']);
    expect(orgs('Geräte aus der Lindner Medizintechnik AG kamen an.')).toEqual(['Lindner Medizintechnik (company)']);
    expect(orgs('Der Verein für Städtepartnerschaften e.V. sammelt.')).toEqual([
      'Verein für Städtepartnerschaften e.V. (association)',
    ]);
    expect(orgs('Die Freunde der Musik Hamm e.V. spielen.')).toEqual(['Freunde der Musik Hamm e.V. (association)']);
    expect(orgs('Die Kinder- und Jugendhilfe Hamm e.V. hilft.')).toEqual(['Kinder- und Jugendhilfe Hamm e.V. (association)']);
  });

  it('leaves out a class noun in apposition before the name', () => {
    expect(orgs('Die Firma Schulte Elektrotechnik GmbH lieferte Kabel.')).toEqual(['Schulte Elektrotechnik (company)']);
    expect(orgs('Die Baufirma Kötter Hochbau GmbH half.')).toEqual(['Kötter Hochbau (company)']);
    expect(orgs('Der Verein Lichtblick Ost e.V. sammelt.')).toEqual(['Lichtblick Ost e.V. (association)']);
  });

  it('keeps "St." inside a name, before and after the head', () => {
    expect(orgs('Das St. Josef-Krankenhaus Hamm hat Betten gespendet.')).toEqual(['St. Josef-Krankenhaus Hamm (health)']);
    expect(orgs('Die Kirchengemeinde St. Pankratius sammelt.')).toEqual(['Kirchengemeinde St. Pankratius (association)']);
    expect(orgs('Das Gymnasium St. Ursula tauscht Klassen aus.')).toEqual(['Gymnasium St. Ursula (education)']);
  });

  it('finds a school or hospital whose name grew into one word with its head', () => {
    expect(orgs('Die Lessingschule und das Kopernikusgymnasium Hamm machen mit.')).toEqual([
      'Lessingschule (education)',
      'Kopernikusgymnasium Hamm (education)',
    ]);
    expect(orgs('Schüler des Kopernikusgymnasiums Hamm reisten mit.')).toEqual(['Kopernikusgymnasium Hamm (education)']);
    expect(orgs('Das Josefshospital hat geholfen.')).toEqual(['Josefshospital (health)']);
  });

  it('leaves a compound that only names a kind of school or hospital generic', () => {
    expect(orgs('Die Grundschule, die Sonntagsschule, eine Partnerschule und das Bezirkskrankenhaus helfen.')).toEqual([]);
    expect(orgs('Die Kinderklinik und das Kreiskrankenhaus haben Geräte bekommen.')).toEqual([]);
    expect(orgs('Das Kreiskrankenhaus Lünen hat Geräte bekommen.')).toEqual(['Kreiskrankenhaus Lünen (health)']);
  });
});

describe('paraphrases of a field', () => {
  it('finds topics from words the first lexicon lacked', () => {
    expect(topics('Drei Familien sind 2022 nach Soest geflohen, ihre Flucht dauerte Wochen.')).toContain('refugees');
    expect(topics('Die ukrainische Gemeinschaft in Hamm feiert jedes Jahr ein Fest.')).toContain('diaspora');
    expect(topics('Der Kreisverband der Ukrainer lädt zu einem Abend ein.')).toContain('diaspora');
    expect(topics('Ein Kollege ist dafür einen Tag pro Woche freigestellt.')).toContain('staffing');
    expect(topics('Die Stadt will neue Gewerbegebiete ausweisen und den Strukturwandel gestalten.')).toContain('economy');
    expect(topics('Die Klassenfahrt ging im Mai nach Lwiw.')).toContain('visits');
    expect(topics('Zwei Trafostationen wurden ersetzt.')).toContain('energy');
    expect(topics('Wir bringen Sanitätsmaterial und Feldbetten in die Ukraine.')).toContain('humanitarian-aid');
    expect(topics('Junge Menschen aus beiden Städten planen das Fest.')).toContain('youth');
    expect(topics('Die Tafel gibt Lebensmittelkarten an Familien aus.')).toEqual(
      expect.arrayContaining(['civil-society', 'social-care']),
    );
    expect(topics('Der Marktplatz wird begrünt.')).toContain('environment-climate');
  });

  it('finds the paraphrases the third round added', () => {
    expect(topics('Gemeinsame Projekte zum Waldschutz sind geplant.')).toContain('environment-climate');
    expect(topics('Der Kirchenchor packt jedes Jahr Weihnachtspakete für Familien in Lwiw.')).toContain('humanitarian-aid');
    expect(topics('Zwölf Lkw-Ladungen sind inzwischen angekommen.')).toContain('humanitarian-aid');
    expect(topics('Die Stadtwerke haben zwei Brunnen gebohrt.')).toContain('water-waste');
    expect(topics('Wir liefern Tauchpumpen und helfen bei der Leckagesuche.')).toContain('water-waste');
    expect(topics('Mit den Kollegen in Hagen tauschen wir uns regelmäßig aus.')).toContain('administration');
    expect(topics('Wir stimmen uns im Netzwerk mit Bonn ab.')).toContain('administration');
    expect(topics('Die Kirchengemeinde sammelt, den Rest hat die Sparkasse übernommen.')).toContain('funding');
    expect(topics('Zwei Lehrkräfte haben je eine Entlastungsstunde für die Partnerschaft.')).toContain('staffing');
    expect(topics('Das läuft alles neben dem Tagesgeschäft.')).toContain('staffing');
    expect(topics('Die Schüler aus Luzk wohnten in Gastfamilien.')).toContain('visits');
    expect(topics('Die Busfahrt nach Kowel war lang, zwei Beratungsreisen nach Winnyzja folgen.')).toEqual(['visits']);
  });

  it('knows more words people use for each field', () => {
    const cases: [string, string][] = [
      ['Wir haben Konserven, Babynahrung und Windeln gepackt.', 'humanitarian-aid'],
      ['Die neue Feuerwache in Kowel ist fertig.', 'civil-protection'],
      ['Zwei Sanitäter aus Hagen arbeiten jetzt in der Leitstelle mit.', 'civil-protection'],
      ['Eine Zahnärztin aus Olpe behandelt Kinder.', 'health'],
      ['Ein Chirurg aus Luzk operiert bei uns mit.', 'health'],
      ['Die Stadtwerke planen zwei Windräder und eine Biogasanlage.', 'energy'],
      ['Ein Wertstoffhof und eine neue Deponie sind im Bau.', 'water-waste'],
      ['Jeden Monat gibt es einen ukrainischen Filmabend.', 'culture'],
      ['Wir beraten zum Arbeitsmarkt in der Region.', 'economy'],
      ['Der Kreis hat 300 Asylsuchende aufgenommen.', 'refugees'],
      ['Für die Partnerschaft gibt es eine Projektstelle.', 'staffing'],
      ['Die Bürgerfahrt nach Winnyzja war ausgebucht.', 'visits'],
      ['Ein Altenheim und ein Hospiz bekommen Pflegebetten.', 'social-care'],
    ];
    for (const [text, topic] of cases) expect(topics(text), text).toContain(topic);
  });

  it('matches cues whose stem would be cut too short as written', () => {
    // The stem of "sanieren" is "sani", of "Sirene" "sir": "Sanitäter" and "Sirup" contained them.
    expect(topics('Zwei Sanitäter bringen Verbandskästen.')).not.toContain('reconstruction');
    // Since the sixth round renovation is weak: it needs a word of damage beside it.
    expect(topics('Die zerstörte Schule wird saniert.')).toContain('reconstruction');
    expect(topics('Der Sirup aus Lwiw ist süß.')).toEqual([]);
    expect(topics('Neue Sirenen warnen vor Angriffen.')).toContain('civil-protection');
    // "Gesundheit" stems to "gesund", "Versorger" to "versorg": healthy people and any supply were health and energy.
    expect(topics('Alle Kinder sind gesund zurückgekehrt.')).toEqual([]);
    expect(topics('Das Gesundheitszentrum berät.')).toContain('health');
    expect(topics('Die Stadtwerke kümmern sich um die Versorgung der Gäste.')).not.toContain('energy');
  });

  it('keeps look-alikes the third round found out of a field', () => {
    // The stem of "Pflegedienst" cut to "pflegedi" once matched every "Pflegedirektorin".
    expect(topics('Unsere Pflegedirektorin plant die Hospitation.')).not.toContain('social-care');
    expect(topics('Der ambulante Pflegedienst betreut zwei Familien.')).toContain('social-care');
    // A music school is culture; a building application is no funding.
    expect(topics('Die Musikschule Hamm probt mit dem Jugendorchester.')).not.toContain('schools');
    expect(topics('Die Musikschule Hamm probt mit dem Jugendorchester.')).toContain('culture');
    expect(topics('Wir haben bei der Digitalisierung der Bauanträge geholfen.')).not.toContain('funding');
  });

  it('takes no topic from the field in an organisation’s name, but from the rest of the name', () => {
    const topicsOf = (text: string) =>
      analyseRecord({ partners: ['Hamm', 'Tscherniwzi'], answers: [{ questionId: 'other-actors', text }] }).answers[0]!.topics.map(
        (t) => t.id,
      );
    expect(topicsOf('Die Deutsch-Ukrainische Gesellschaft für Kultur und Bildung hat uns beraten.')).not.toContain('culture');
    expect(topicsOf('Das Bundesamt für Migration und Flüchtlinge hat uns beraten.')).not.toContain('refugees');
    expect(topicsOf('Der Landesfeuerwehrverband NRW hat Schläuche geschickt.')).toContain('civil-protection');
  });

  it('finds the paraphrases the fourth round added', () => {
    // Training the partner's staff is peer exchange: courses, induction, expert days.
    expect(topics('Drei Kolleginnen aus Tscherniwzi besuchten einen Lehrgang für Bauaufsicht.')).toContain('administration');
    expect(topics('Unsere Gärtner haben das Team in Hamm eine Woche lang eingearbeitet.')).toContain('administration');
    expect(topics('Im Mai gab es einen gemeinsamen Fachtag zur Schuldnerberatung.')).toContain('administration');
    expect(topics('Die Kämmerer tauschen Erfahrungen mit der Haushaltsplanung aus.')).toContain('administration');
    // Particle verbs written apart.
    expect(topics('Die Brücke über den Fluss wird wieder aufgebaut.')).toContain('reconstruction');
    expect(topics('Wir helfen, das Pumpenhaus wieder instand zu setzen.')).toContain('reconstruction');
    // Verbs and phrases of staffing, funding, social care, youth, civil protection and churches.
    // Since the sixth round "koordiniert" is weak outside the staffing answer (bodies coordinate too).
    expect(
      detectTopics('Eine Rentnerin koordiniert die Päckchen.', undefined, [], [], 'staffing').map((t) => t.id),
    ).toContain('staffing');
    expect(topics('Ein Kollege ist mit 30 Prozent seiner Stelle für Hamm da.')).toContain('staffing');
    expect(topics('Die Sprachkurse hat der Rotary Club bezahlt.')).toContain('funding');
    expect(topics('Eine Psychologin betreut die Familien der Gefallenen.')).toContain('social-care');
    expect(topics('Studierende der Sozialen Arbeit machen dort ein Praktikum.')).toContain('social-care');
    expect(topics('Wir wollen den Kindern aus Tscherniwzi zwei Ferienwochen an der Ostsee schenken.')).toContain('youth');
    expect(topics('Ein Krankentransportwagen ging im Mai nach Tscherniwzi.')).toContain('civil-protection');
    expect(topics('Die Pfarrgemeinde St. Anna sammelt jeden Advent.')).toContain('civil-society');
    expect(topics('Ein Mitarbeiter des Bauhofs hat die Kollegen dort angelernt.')).toContain('administration');
  });

  it('finds the community, bands, day centres and bazaars the fourth round added', () => {
    expect(topics('In Unna leben etwa 400 Menschen aus der Ukraine.')).toContain('diaspora');
    expect(topics('Beim Hafenfest spielte eine Band aus Lwiw.')).toContain('culture');
    expect(topics('Das Tageszentrum für Senioren bekommt einen Bus.')).toContain('social-care');
    expect(topics('Die Tagesstätte in Tscherniwzi bekommt neue Betten.')).toContain('social-care');
    // A bazaar and a collection together are fundraising; either alone is not.
    expect(topics('Der Chor sammelt beim Weihnachtsbasar.')).toContain('funding');
    expect(topics('Der Weihnachtsbasar war gut besucht.')).not.toContain('funding');
    // "Betriebe" alone is a weak cue: an advice project for firms is no business topic by itself.
    expect(topics('Wir planen ein Beratungsprojekt für Betriebe.')).not.toContain('economy');
    expect(topics('Betriebe und die Handwerkskammer bilden gemeinsam aus.')).toContain('economy');
  });

  it('keeps look-alikes the fourth round found out of a field', () => {
    // "decken" the verb is no blanket; the stem of "Wasser" starts "Wassyl"; "Anlage" holds the stem of "anlernen".
    expect(topics('Die Fahrtkosten lassen sich mit dem Zuschuss decken.')).not.toContain('humanitarian-aid');
    expect(topics('Wir haben 300 Decken geschickt.')).toContain('humanitarian-aid');
    expect(topics('Der Bürgermeister Wassyl Petrenko war im Mai hier.')).not.toContain('water-waste');
    expect(topics('Das Wasser kommt wieder aus der Leitung.')).toContain('water-waste');
    expect(topics('Auf dem Rathaus steht jetzt eine neue Solaranlage.')).not.toContain('administration');
    // A summer school is an academic format and retraining is no school.
    expect(topics('Die Universität richtet eine Sommerschule für Informatik aus.')).not.toContain('schools');
    expect(topics('Zwei Frauen aus Tscherniwzi machen eine Umschulung zur Pflegekraft.')).not.toContain('schools');
  });

  it('counts an amount in euros as funding only with another money word', () => {
    expect(topics('Die Bürgerstiftung hat 2.000 Euro gegeben, der Rest kam über Spenden.')).toContain('funding');
    expect(topics('Das Ticket für den Zug liegt bei 30 Euro.')).not.toContain('funding');
  });
});

describe('names beyond the head list and legal forms', () => {
  it('takes a compound ending in an organisation noun as a head when a name follows it', () => {
    expect(orgs('Der Kreisfeuerwehrverband Hochsauerland hat Schläuche geschickt.')).toEqual([
      'Kreisfeuerwehrverband Hochsauerland (association)',
    ]);
    expect(orgs('Die Kreishandwerkerschaft Borken vermittelt Praktika.')).toEqual([
      'Kreishandwerkerschaft Borken (public-body)',
    ]);
    expect(orgs('Die Kolpingsfamilie St. Josef und die Pfarrei St. Antonius packen Pakete.')).toEqual([
      'Kolpingsfamilie St. Josef (association)',
      'Pfarrei St. Antonius (association)',
    ]);
    expect(orgs('Mit dem Jugendwerk St. Paulus gibt es einen Austausch.')).toEqual(['Jugendwerk St. Paulus (association)']);
    expect(orgs('Der Heimatverein hat gesammelt, eine Gruppe junger Leute half.')).toEqual([]);
  });

  it('counts a district named after its landscape and a regional chapter with a name of its own', () => {
    expect(orgs('Mit dem Rhein-Kreis Neuss und dem Ennepe-Ruhr-Kreis planen wir eine Reise.')).toEqual([
      'Rhein-Kreis Neuss (public-body)',
      'Ennepe-Ruhr-Kreis (public-body)',
    ]);
    expect(orgs('Die Caritas Rhein-Erft und das DRK bringen Medikamente.')).toEqual([
      'Caritas Rhein-Erft (association)',
      'Deutsches Rotes Kreuz (association)',
    ]);
  });

  it('reads an umbrella body "… der <Gruppe> in NRW" and a support association of a named school as one name', () => {
    expect(orgs('Der Landesverband der Rumänen in NRW hilft beim Übersetzen.')).toEqual([
      'Landesverband der Rumänen in NRW (association)',
    ]);
    expect(orgs('Der Förderverein der Josefschule sammelt.')).toEqual(['Förderverein der Josefschule (association)']);
    expect(orgs('Der Förderverein des Max-Planck-Gymnasiums sammelt.')).toEqual([
      'Förderverein des Max-Planck-Gymnasiums (association)',
    ]);
    expect(orgs('Der Förderverein der Feuerwehr sammelt.')).toEqual([]);
    // A kind of school is no body of its own: the parish is the name.
    expect(orgs('Die Sonntagsschule der Pfarrei St. Anna unterrichtet Kinder.')).toEqual(['Pfarrei St. Anna (association)']);
  });

  it('takes a quoted name after an organisation noun, not a quoted project title', () => {
    expect(orgs('Der Verein „Kleine Brücke nach Kyjiw“ gibt Sprachkurse.')).toEqual([
      'Kleine Brücke nach Kyjiw (association)',
    ]);
    expect(orgs('Im Projekt „Grüne Dächer“ entstehen Gärten.')).toEqual([]);
  });

  it('finds clubs by their abbreviation and founding year, without the class noun before them', () => {
    expect(orgs('Der SC Borken 1910 richtet ein Turnier aus.')).toEqual(['SC Borken 1910 (association)']);
    expect(orgs('Der Fußballverein VfL Hamm spielt mit.')).toEqual(['VfL Hamm (association)']);
    expect(orgs('Ein TV-Team Dortmunder Journalisten hat berichtet.')).toEqual([]);
  });

  it('finds numbered schools', () => {
    expect(orgs('Das Lyzeum Nr. 7 und die Schule Nr. 12 machen mit.')).toEqual([
      'Lyzeum Nr. 7 (education)',
      'Schule Nr. 12 (education)',
    ]);
  });

  it('keeps every word between a class noun and a legal form, verbs and common nouns too', () => {
    expect(orgs('Der Verein Hamm hilft Tscherniwzi e.V. sammelt Spenden.')).toEqual([
      'Hamm hilft Tscherniwzi e.V. (association)',
    ]);
    expect(orgs('Der Verein Ukrainische Hilfe Soest e. V. betreut Familien.')).toEqual([
      'Ukrainische Hilfe Soest e.V. (association)',
    ]);
  });

  it('follows a hyphenated name over a link word and an inflected head', () => {
    expect(orgs('Die Anna-und-Karl-Moser-Stiftung fördert die Fahrt.')).toEqual(['Anna-und-Karl-Moser-Stiftung (funder)']);
    expect(orgs('Ärzte des St. Josef-Hospitals Soest und die Clemens-Kliniken helfen.')).toEqual([
      'St. Josef-Hospital Soest (health)',
      'Clemens-Kliniken (health)',
    ]);
    expect(orgs('Das Reha-Zentrum am Kurpark schult Physiotherapeuten, ein Reha-Zentrum in Lwiw lernt.')).toEqual([
      'Reha-Zentrum am Kurpark (health)',
    ]);
  });

  it('types a foundation that gave or paid money as a funder, and a parish named after a saint as an association', () => {
    expect(orgs('Die Bürgerstiftung Soest hat 3.000 Euro gegeben.')).toEqual(['Bürgerstiftung Soest (funder)']);
    expect(orgs('Die Bürgerstiftung Soest hat die Fahrt bezahlt.')).toEqual(['Bürgerstiftung Soest (funder)']);
    expect(orgs('Die Gemeinde St. Pankratius betreut Familien.')).toEqual(['Gemeinde St. Pankratius (association)']);
  });

  it('puts an adjective in the weak form back into the strong nominative of its head', () => {
    expect(orgs('Schüler des Städtischen Gymnasiums Soest kamen mit.')).toEqual([
      'Städtisches Gymnasium Soest (education)',
    ]);
    expect(orgs('Geräte aus dem Evangelischen Krankenhaus Unna.')).toEqual(['Evangelisches Krankenhaus Unna (health)']);
    expect(orgs('Auch der Westfälische Ruderverein hat gespendet.')).toEqual(['Westfälischer Ruderverein (association)']);
    expect(orgs('Die Technische Hochschule Köln forscht mit.')).toEqual(['Technische Hochschule Köln (education)']);
    // An adjective after the head is a genitive and stays as written.
    expect(orgs('Auch der Landesverband Deutscher Imker hilft.')).toEqual(['Landesverband Deutscher Imker (association)']);
  });
});

describe('names with the head second, no head noun or an unusual legal form', () => {
  it('takes the name word before a club head: service clubs', () => {
    // Without its place the club is the service club everywhere, which no reader could look up (sixth round).
    expect(orgs('Der Rotary Club Soest-Börde hat den Transport bezahlt, der Lions Club sammelte.')).toEqual([
      'Rotary Club Soest-Börde (association)',
    ]);
    expect(orgs('Die Mitglieder des Lions Clubs Unna packen mit.')).toEqual(['Lions Club Unna (association)']);
    // A club head with only an article, a pronoun or a number before it stays generic.
    expect(orgs('Der Club hat gesammelt. Unser Club ist klein. Zwei Clubs helfen.')).toEqual([]);
  });

  it('takes a person’s name before a foundation, hyphenated or not', () => {
    expect(orgs('Die Gerda Henkel Stiftung und die Carl Zeiss-Stiftung haben Stipendien bezahlt.')).toEqual([
      'Gerda Henkel Stiftung (funder)',
      'Carl Zeiss-Stiftung (funder)',
    ]);
    expect(orgs('Eine Stiftung hat geholfen. Das Projekt Stiftung hilft.')).toEqual([]);
  });

  it('counts a ministry written as one word with its level and portfolio, or with its portfolio after "für"', () => {
    expect(orgs('Das Bundesfamilienministerium und das Landesumweltministerium haben gefördert.')).toEqual([
      'Bundesfamilienministerium (public-body)',
      'Landesumweltministerium (public-body)',
    ]);
    expect(orgs('Ein Antrag an das Bundesbildungsministeriums ist gestellt.')).toEqual(['Bundesbildungsministerium (public-body)']);
    // The research ministry is a funder since the tenth round's gazetteer, like the development ministry (BMZ).
    expect(orgs('Das Bundesministerium für Bildung und Forschung fördert den Austausch.')).toEqual([
      'Bundesministerium für Bildung und Forschung (funder)',
    ]);
    expect(orgs('Das Ministerium hat geantwortet, das Bundesministerium auch, das Innenministerium nicht.')).toEqual([]);
    // A state ministry's portfolio is often a list; it ends with "und", and "des Landes …" belongs to it.
    expect(
      orgs('Das Ministerium für Heimat, Kommunales, Bau und Digitalisierung des Landes Nordrhein-Westfalen hat beraten.'),
    ).toEqual(['Ministerium für Heimat, Kommunales, Bau und Digitalisierung des Landes NRW (public-body)']);
    expect(orgs('Das Ministerium für Bildung, Sparkasse, Vereine: alle helfen.')).toEqual(['Ministerium für Bildung (public-body)']);
  });

  it('knows more legal forms: SE, GmbH & Co. KG, AöR', () => {
    expect(
      orgs('Die Heizungsbau Kramer GmbH & Co. KG und die Pumpenwerk Rhein SE lieferten, die Stadtentwässerung Unna AöR beriet.'),
    ).toEqual([
      'Heizungsbau Kramer (company)',
      'Pumpenwerk Rhein (company)',
      'Stadtentwässerung Unna (public-body)',
    ]);
  });

  it('types water and special-purpose boards as public bodies', () => {
    expect(orgs('Der Abwasserverband Ruhr-Lenne und der Wasserverband Westerwald beraten.')).toEqual([
      'Abwasserverband Ruhr-Lenne (public-body)',
      'Wasserverband Westerwald (public-body)',
    ]);
    expect(orgs('Der Lippeverband und die Emschergenossenschaft beraten.')).toEqual([
      'Lippeverband (public-body)',
      'Emschergenossenschaft (public-body)',
    ]);
  });

  it('takes a quoted name after a class noun in the genitive', () => {
    expect(orgs('Beim Konzert des Posaunenchors „Blech und Bass“ kam Geld zusammen.')).toEqual(['Blech und Bass (association)']);
  });
});

describe('names that run on past the known part', () => {
  it('keeps a known society’s field after "für" when it closes the name', () => {
    expect(orgs('Die Deutsch-Ukrainische Gesellschaft für Kultur und Bildung organisiert Lesungen.')).toEqual([
      'Deutsch-Ukrainische Gesellschaft für Kultur und Bildung (association)',
    ]);
    // A purpose that goes on ("für Kinder aus …") is no part of the name.
    expect(orgs('Die Deutsch-Ukrainische Gesellschaft für Kinder aus Charkiw hilft.')).toEqual([
      'Deutsch-Ukrainische Gesellschaft (association)',
    ]);
  });

  it('keeps the partner town after a numbered school, not a place after "in"', () => {
    expect(orgs('Das Lyzeum Nr. 5 Kowel und das Gymnasium Nr. 3 in Kowel machen mit.', ['Olpe', 'Kowel'])).toEqual([
      'Lyzeum Nr. 5 Kowel (education)',
      'Gymnasium Nr. 3 (education)',
    ]);
    expect(orgs('Das Lyzeum Nr. 5 hat Bücher bekommen.', ['Olpe', 'Kowel'])).toEqual(['Lyzeum Nr. 5 (education)']);
  });

});

describe('bodies named by their field, kind or place', () => {
  it('takes a body’s field after "für" as its name, but not after an indefinite article or as a bare common noun', () => {
    expect(orgs('Die Landeszentrale für politische Bildung zeigt eine Ausstellung, das Institut für Ostrecht berät.')).toEqual([
      'Landeszentrale für politische Bildung (public-body)',
      'Institut für Ostrecht (education)',
    ]);
    expect(orgs('Die Deutsche Gesellschaft für Osteuropakunde und das Zentrum für Kunst und Medien laden ein.')).toEqual([
      'Deutsche Gesellschaft für Osteuropakunde (association)',
      'Zentrum für Kunst und Medien (association)',
    ]);
    expect(orgs('Ein Institut für Sprachen hilft. Eine Gesellschaft für Wohnungsbau baut.')).toEqual([]);
    expect(orgs('Die Gesellschaft für Familien ist wichtig. Das Zentrum für die Kinder ist offen.')).toEqual([]);
  });

  it('takes a firm’s name after "Firma", without the class noun', () => {
    expect(orgs('Die Firma Elektro Meier hat Kabel gespendet, bei der Firma Schmitz in Beckum gab es Rabatt.')).toEqual([
      'Elektro Meier (company)',
      'Schmitz (company)',
    ]);
    expect(orgs('Die Firma hat geholfen. Eine Firma aus Hamm lieferte.')).toEqual([]);
  });

  it('takes committees, initiatives, aid groups and centres with a name after them', () => {
    expect(orgs('Das Partnerschaftskomitee Beckum, die Bürgerinitiative Kamen und die Ukrainehilfe Lippstadt sammeln.')).toEqual([
      'Partnerschaftskomitee Beckum (association)',
      'Bürgerinitiative Kamen (association)',
      'Ukrainehilfe Lippstadt (association)',
    ]);
    expect(orgs('Das Kinder- und Jugendzentrum Werne lädt ein.')).toEqual(['Kinder- und Jugendzentrum Werne (association)']);
    expect(orgs('Das Jugendzentrum in Beckum hilft. Die Initiative wächst. Die Nachbarschaftshilfe hat Geld gesammelt.')).toEqual([]);
    // A town's centre is a place, not a centre that acts.
    expect(orgs('Wir trafen uns im Stadtzentrum Kolomyja und im Ortszentrum Lutsch.')).toEqual([]);
  });

  it('counts a Ukrainian administration other than the partner, and short forms of universities with their place', () => {
    expect(
      orgs('Die Gebietsverwaltung Iwano-Frankiwsk und die Hromada Horodok unterschreiben.', ['Hünxe', 'Horodok']),
    ).toEqual(['Gebietsverwaltung Iwano-Frankiwsk (public-body)']);
    expect(orgs('Studierende der FH Münster und der Uni Bielefeld reisen; die Uni hilft.')).toEqual([
      // The short form joins its long form's entry (sixth round).
      'Fachhochschule Münster (education)',
      'Universität Bielefeld (education)',
    ]);
    expect(orgs('Die Nationale Polytechnische Universität Lwiw forscht.')).toEqual([
      'Nationale Polytechnische Universität Lwiw (education)',
    ]);
  });

  it('counts church bodies by their see or district', () => {
    expect(orgs('Das Erzbistum Paderborn und der Evangelische Kirchenkreis Unna sammeln, das Bistum hilft auch.')).toEqual([
      'Erzbistum Paderborn (association)',
      'Evangelischer Kirchenkreis Unna (association)',
    ]);
  });

  it('reads NRW and Nordrhein-Westfalen as one spelling of a known name', () => {
    expect(orgs('Der Landessportbund Nordrhein-Westfalen und der Landkreistag Nordrhein-Westfalen beraten.')).toEqual([
      'Landessportbund NRW (association)',
      'Landkreistag NRW (public-body)',
    ]);
  });

  it('knows widely named funders and bodies by name and acronym', () => {
    expect(orgs('Die DBU und die Stiftung Umwelt und Entwicklung NRW haben gefördert; das Eine Welt Netz NRW berät.')).toEqual([
      'Deutsche Bundesstiftung Umwelt (funder)',
      'Stiftung Umwelt und Entwicklung Nordrhein-Westfalen (funder)',
      'Eine Welt Netz NRW (association)',
    ]);
    expect(orgs('Die NRW.BANK gibt Kredite, der RVR und der WDR berichten.')).toEqual([
      'NRW.BANK (funder)',
      'Regionalverband Ruhr (public-body)',
      'Westdeutscher Rundfunk (company)',
    ]);
    expect(orgs('Das BAMF bezahlt Kurse, die Agentur für Arbeit vermittelt, der DAAD gibt Stipendien.')).toEqual([
      'Bundesamt für Migration und Flüchtlinge (public-body)',
      'Bundesagentur für Arbeit (public-body)',
      'Deutscher Akademischer Austauschdienst (funder)',
    ]);
    expect(orgs('Geld kam vom PAD und der Europäischen Investitionsbank; die TH OWL forscht mit.')).toEqual([
      'Pädagogischer Austauschdienst (funder)',
      'Europäische Investitionsbank (funder)',
      'Technische Hochschule Ostwestfalen-Lippe (education)',
    ]);
  });
});

describe('the legal-form convention (fifth round)', () => {
  const mentions = (text: string) =>
    detectOrganisations(text, { partners: ['Hamm', 'Tscherniwzi'] }).map((o) => `${o.name} | ${o.text}`);

  it('leaves a company\'s legal form out of its canonical name, but keeps it in the text as written', () => {
    expect(mentions('Die Kläranlage baute die Wasserbau Hellweg GmbH, die Stadtwerke Lünen GmbH lieferte Rohre.')).toEqual([
      'Wasserbau Hellweg | Wasserbau Hellweg GmbH',
      'Stadtwerke Lünen | Stadtwerke Lünen GmbH',
    ]);
    expect(mentions('Die Bioenergie Ardey eG und die Gießerei Brackel AG spendeten, die Jugendwerkstatt Lünen gGmbH half.')).toEqual([
      'Bioenergie Ardey | Bioenergie Ardey eG',
      'Gießerei Brackel | Gießerei Brackel AG',
      'Jugendwerkstatt Lünen | Jugendwerkstatt Lünen gGmbH',
    ]);
  });

  it('keeps "e.V." in the canonical name, however it is spaced', () => {
    expect(mentions('Der Ukrainekreis Lünen e. V. sammelt.')).toEqual(['Ukrainekreis Lünen e.V. | Ukrainekreis Lünen e. V.']);
  });

  it('joins a later mention without the legal form to the same entry', () => {
    const record = analyseRecord({
      partners: ['Hamm', 'Tscherniwzi'],
      answers: [
        { questionId: 'first-contact', text: 'Die Rohrleitungsbau Sauerland GmbH hat Pumpen gespendet.' },
        { questionId: 'successes', text: 'Rohrleitungsbau Sauerland schickt dieses Jahr Monteure.' },
      ],
    });
    expect(record.answers.map((a) => a.organisations.map((o) => `${o.name} | ${o.text}`))).toEqual([
      ['Rohrleitungsbau Sauerland | Rohrleitungsbau Sauerland GmbH'],
      ['Rohrleitungsbau Sauerland | Rohrleitungsbau Sauerland'],
    ]);
    expect(record.organisations).toEqual([{ name: 'Rohrleitungsbau Sauerland', type: 'company' }]);
  });
});

describe('names the fourth round added', () => {
  it('takes a legal form "mbH" and a name over "für den …" leftwards to an organisation noun', () => {
    expect(orgs('Die Entwicklungsgesellschaft für den Raum Unna mbH plant mit.', ['Hamm', 'Tscherniwzi'])).toEqual([
      'Entwicklungsgesellschaft für den Raum Unna (company)',
    ]);
    // The district in it is no organisation of its own.
    expect(orgs('Die Gesellschaft für den Kreis Soest mbH berät.', ['Soest', 'Tscherniwzi'])).toEqual([
      'Gesellschaft für den Kreis Soest (company)',
    ]);
  });

  it('finds compounds ending in a youth ring, a rural youth, a brotherhood, an office or a foundation, with a name after them', () => {
    expect(orgs('Der Kreisjugendring Borken und die Landjugend Ahaus fahren mit.')).toEqual([
      'Kreisjugendring Borken (association)',
      'Landjugend Ahaus (association)',
    ]);
    expect(orgs('Die Schützenbruderschaft St. Hubertus sammelt; der Hegering Raesfeld hilft.')).toEqual([
      'Schützenbruderschaft St. Hubertus (association)',
      'Hegering Raesfeld (association)',
    ]);
    expect(orgs('Das Landesjugendamt Westfalen berät.')).toEqual(['Landesjugendamt Westfalen (public-body)']);
    expect(orgs('Die Reise hat die Volksbankstiftung Hamm bezahlt.')).toEqual(['Volksbankstiftung Hamm (funder)']);
    // Alone they stay generic.
    expect(orgs('Die Landjugend hilft, die Bruderschaft auch, das Landesjugendamt berät.')).toEqual([]);
  });

  it('names a municipal company by a place adjective or an adjective before "Betriebe", not bare "Betriebe"', () => {
    expect(orgs('Die Unnaer Kommunalbetriebe und die Technischen Betriebe Lünen liefern Pumpen.')).toEqual([
      'Unnaer Kommunalbetriebe (company)',
      'Technische Betriebe Lünen (company)',
    ]);
    expect(orgs('Die Betriebe Hamm-Nord bilden aus; viele Betriebe in der Region helfen.')).toEqual([]);
  });

  it('counts a ministry with its portfolio in the genitive, and one in the genitive with its list after "für"', () => {
    expect(orgs('Das Ministerium der Finanzen des Landes NRW zahlt.')).toEqual([
      'Ministerium der Finanzen des Landes NRW (public-body)',
    ]);
    expect(orgs('Mittel des Ministeriums für Schule, Bildung und Sport kamen dazu.')).toEqual([
      'Ministerium für Schule, Bildung und Sport (public-body)',
    ]);
    expect(orgs('Das Ministerium hilft.')).toEqual([]);
  });

  it('takes a parish named after a feast, a person’s name before "Institut", a quoted band or youth club, and a club with its year first', () => {
    expect(orgs('Die Pfarrei zum Heiligen Kreuz in Lwiw dankt.')).toEqual(['Pfarrei zum Heiligen Kreuz (association)']);
    expect(orgs('Das Max Planck Institut forscht mit.')).toEqual(['Max Planck Institut (education)']);
    expect(orgs('Die Band „Wilde Karpaten“ und der Jugendtreff „Nest“ spielen.')).toEqual([
      'Wilde Karpaten (association)',
      'Nest (association)',
    ]);
    expect(orgs('Der TuS 09 Bottrop lädt ein.')).toEqual(['TuS 09 Bottrop (association)']);
  });

  it('takes every capitalised "-isch" adjective before a name into it', () => {
    expect(orgs('Mit der Wolhynischen Nationalen Lesja-Ukrainka-Universität gibt es Kontakte.')).toEqual([
      'Wolhynische Nationale Lesja-Ukrainka-Universität (education)',
    ]);
  });

  it('counts another district’s administration as that district, and the partner written with a hyphen as the partner', () => {
    expect(orgs('Die Kreisverwaltung Borken hat vermittelt.')).toEqual(['Kreis Borken (public-body)']);
    expect(orgs('Die Stadtverwaltung Iwano-Frankiwsk und die Stadt Iwano-Frankiwsk danken.', ['Hamm', 'Iwano-Frankiwsk'])).toEqual([]);
  });

  it('finds a chamber named in full again by its acronym in another answer', () => {
    const ideas = analyseRecord({
      partners: ['Hamm', 'Tscherniwzi'],
      answers: [
        { questionId: 'first-contact', text: 'Die Handwerkskammer Dortmund hat den Kontakt hergestellt.' },
        { questionId: 'successes', text: 'Mit der HWK gab es zwei Praktika.' },
      ],
    });
    expect(ideas.answers[1]!.organisations.map((o) => [o.name, o.text])).toEqual([['Handwerkskammer Dortmund', 'HWK']]);
  });

  it('knows church bodies and state academies partnerships name', () => {
    expect(orgs('Renovabis und die kfd helfen; ein Priester der Ukrainischen Griechisch-Katholischen Kirche kommt.')).toEqual([
      'Renovabis (association)',
      'Katholische Frauengemeinschaft Deutschlands (association)',
      'Ukrainische Griechisch-Katholische Kirche (association)',
    ]);
    expect(orgs('Lehrgänge am IdF; die Städteregion Aachen und die Ruhr-Uni Bochum helfen.')).toEqual([
      'Institut der Feuerwehr Nordrhein-Westfalen (education)',
      'Städteregion Aachen (public-body)',
      'Ruhr-Universität Bochum (education)',
    ]);
  });

  it('types water supply boards as public bodies and leaves summer schools generic', () => {
    expect(orgs('Der Wasserbeschaffungsverband Ruhrtal schickt Pumpen.')).toEqual(['Wasserbeschaffungsverband Ruhrtal (public-body)']);
    expect(orgs('Die Sommerschule und die Winterschule finden in Lwiw statt.')).toEqual([]);
  });
});

describe('organisations, the sixth round', () => {
  it('takes no conjunction or adverb opening a sentence as the name before a foundation or club', () => {
    expect(orgs('Als Stiftung fördern wir nur Schulen. Wenn Stiftung und Stadt sich einig sind, geht es schnell.')).toEqual([]);
    expect(orgs('Die Gerda Henkel Stiftung hat gezahlt.')).toEqual(['Gerda Henkel Stiftung (funder)']);
  });

  it('reads a generic first part before a school or hospital as a kind: "Partnerhochschule", "Regionalkrankenhaus"', () => {
    expect(orgs('Unsere Partnerhochschule und das Regionalkrankenhaus in Lutsk tauschen Ärzte aus.')).toEqual([]);
    expect(orgs('Das Gebietskrankenhaus und die Kommunalschule bekamen Laptops.')).toEqual([]);
    // A name grown into the head still names one body.
    expect(orgs('Die Marienschule und das Elisabethkrankenhaus helfen.')).toEqual([
      'Marienschule (education)',
      'Elisabethkrankenhaus (health)',
    ]);
  });

  it('counts a service club only with its place', () => {
    expect(orgs('Ein paar Leute vom Lions Club und vom Rotary Club packen mit.')).toEqual([]);
    expect(orgs('Der Lions Club Kamen packt mit.')).toEqual(['Lions Club Kamen (association)']);
  });

  it('ends a name before a noun that is the object of the sentence', () => {
    expect(orgs('Der Stadtsportbund Interesse bekundet, das Jobcenter Bescheid gegeben.')).toEqual([]);
    expect(orgs('Der Stadtsportbund Lippstadt hat Interesse bekundet.')).toEqual(['Stadtsportbund Lippstadt (association)']);
    // A town whose name is a noun too ("Essen") stays the place of its body.
    expect(orgs('Die Stadtwerke Essen und das Klinikum Essen helfen.')).toEqual([
      'Stadtwerke Essen (company)',
      'Klinikum Essen (health)',
    ]);
  });

  it('joins a university’s short form to its long form, known or not', () => {
    expect(orgs('Die TU Dortmund und die FH Aachen forschen; die Uni Paderborn auch.')).toEqual([
      'Technische Universität Dortmund (education)',
      'Fachhochschule Aachen (education)',
      'Universität Paderborn (education)',
    ]);
  });

  it('knows the binational youth offices and church bodies partnerships name', () => {
    expect(orgs('Das Deutsch-Französische Jugendwerk und die Diakonie Katastrophenhilfe haben gezahlt.')).toEqual([
      'Deutsch-Französisches Jugendwerk (funder)',
      'Diakonie Katastrophenhilfe (association)',
    ]);
    expect(orgs('Die Johanniter-Unfallhilfe fährt; Geld kam aus dem Kinder- und Jugendplan.')).toEqual([
      'Johanniter-Unfall-Hilfe (association)',
      'Kinder- und Jugendplan des Bundes (funder)',
    ]);
  });

  it('counts a district that shares a partner town’s name, but not a partner written with its kind', () => {
    expect(orgs('Der Kreis Soest und die Stadt Soest helfen.', ['Soest', 'Iwano-Frankiwsk'])).toEqual([
      'Kreis Soest (public-body)',
    ]);
    expect(orgs('Der Kreis Borken und die Kreisverwaltung Borken helfen.', ['Kreis Borken', 'Rajon Kowel'])).toEqual([]);
  });

  it('runs a registered name with its legal form leftwards over "der … in" to its organisation noun', () => {
    expect(orgs('Wir, der Verein der Polen in Unna e.V., sammeln.')).toEqual(['Verein der Polen in Unna e.V. (association)']);
    expect(orgs('Der Bund der Vertriebenen in Soest e.V. hilft.')).toEqual([
      'Bund der Vertriebenen in Soest e.V. (association)',
    ]);
  });

  it('names municipalities and schools of other countries by their own head words', () => {
    expect(orgs('Mit der Gmina Nowa Wieś in Polen, dem Powiat Lubański und dem Lycée Victor Hugo. Die Gmina hilft.')).toEqual([
      'Gmina Nowa Wieś (public-body)',
      'Powiat Lubański (public-body)',
      'Lycée Victor Hugo (education)',
    ]);
  });

  it('takes a quoted name after the class noun of a business or a network', () => {
    expect(orgs('Das Kommunalunternehmen „Lwiw-Teplo“, der Agrarbetrieb „Sonnenfeld“ und der Verbund „Ruhr hilft“ machen mit.')).toEqual([
      'Lwiw-Teplo (company)',
      'Sonnenfeld (company)',
      'Ruhr hilft (association)',
    ]);
    expect(orgs('Im Projekt „Grüne Plätze“ pflanzen wir.')).toEqual([]);
  });

  it('takes a street name after a head, and ends the name there', () => {
    expect(orgs('Sie unterrichtet an der Realschule Am Stadtpark Deutsch und am Gymnasium An der Lippe Englisch.')).toEqual([
      'Realschule Am Stadtpark (education)',
      'Gymnasium An der Lippe (education)',
    ]);
  });

  it('names municipal companies by their field with a place, not alone', () => {
    expect(orgs('Die Abwassergesellschaft Unna und die Wohnungsbaugesellschaft Kamen bauen.')).toEqual([
      'Abwassergesellschaft Unna (company)',
      'Wohnungsbaugesellschaft Kamen (company)',
    ]);
    expect(orgs('Die Entsorgungsgesellschaft hilft, eine Verkehrsgesellschaft auch.')).toEqual([]);
  });

  it('takes an adjective in "-lich" before a head, and a "Vereinigung" with its place', () => {
    expect(orgs('Der Landwirtschaftliche Kreisverband Soest und die Polnische Studierendenvereinigung Münster helfen.')).toEqual([
      'Landwirtschaftlicher Kreisverband Soest (association)',
      'Polnische Studierendenvereinigung Münster (association)',
    ]);
    expect(orgs('Die Studierendenvereinigung hilft, eine wissenschaftliche Vereinigung auch.')).toEqual([]);
    // An office of the administration is no name, however its adjective is written.
    expect(orgs('Das Kommunale Integrationszentrum berät.')).toEqual([]);
  });

  it('counts a parish named after a person with a hyphen', () => {
    expect(orgs('Die Dietrich-Bonhoeffer-Gemeinde sammelt; die Gemeinde hilft.')).toEqual([
      'Dietrich-Bonhoeffer-Gemeinde (association)',
    ]);
  });

  it('counts "Sportfreunde <Ort>" as a club, with a founding year written in full', () => {
    expect(orgs('Die Sportfreunde Werne 1921 sammeln, die Naturfreunde Selm wandern; die Sportfreunde helfen.')).toEqual([
      'Sportfreunde Werne 1921 (association)',
      'Naturfreunde Selm (association)',
    ]);
    // A year after a school is no part of its name.
    expect(orgs('Die Realschule Werne 2022 hat gesammelt.')).toEqual(['Realschule Werne (education)']);
  });

  it('reads money that came from a foundation, or costs it took over, as funding', () => {
    expect(orgs('Das Geld für die Reise kam von der Anna-und-Paul-Meier-Stiftung.')).toEqual([
      'Anna-und-Paul-Meier-Stiftung (funder)',
    ]);
    expect(orgs('Die Fahrtkosten hat uns die Bürgerstiftung Selm abgenommen.')).toEqual(['Bürgerstiftung Selm (funder)']);
    expect(orgs('Die Bürgerstiftung Selm organisiert ein Fest.')).toEqual(['Bürgerstiftung Selm (association)']);
  });

  it('counts a community house led by an adjective and named by its place, not alone', () => {
    expect(orgs('Wir arbeiten mit dem Polnischen Haus Rhein-Sieg und dem Europäischen Haus Kamen.')).toEqual([
      'Polnisches Haus Rhein-Sieg (association)',
      'Europäisches Haus Kamen (association)',
    ]);
    expect(orgs('Das Ukrainische Haus hilft; im Haus Elisabeth wohnen Familien; ein Haus Kamen gibt es nicht.')).toEqual([]);
  });

  it('finds every gazetteer name and alias through the first-word index, written as listed or inflected', () => {
    // The index files names by their first word's text or stem; a name it misfiled would no longer be found.
    for (const entry of GAZETTEER) {
      for (const alias of [entry.name, ...entry.aliases]) {
        const written = alias.replace(/^=/, '');
        const found = detectOrganisations(`Gestern hat ${written} geholfen.`, { partners: ['Hamm', 'Tscherniwzi'] });
        expect(found.map((o) => o.name), written).toContain(entry.name);
      }
    }
    expect(orgs('Mit Hilfe des Deutschen Roten Kreuzes und der Diakonie Katastrophenhilfe.')).toEqual([
      'Deutsches Rotes Kreuz (association)',
      'Diakonie Katastrophenhilfe (association)',
    ]);
  });
});

describe('organisations, the seventh round', () => {
  const written = (text: string) =>
    detectOrganisations(text, { partners: ['Hamm', 'Tscherniwzi'] }).map((o) => `${o.name} = ${o.text}`);

  it('writes a local chapter with its parent as the chapter, place included, and counts it as the parent', () => {
    expect(written('Die Helfer vom ASB-Ortsverband Wetter und vom DRK-Kreisverband Unna-Kamen fuhren los.')).toEqual([
      'Arbeiter-Samariter-Bund = ASB-Ortsverband Wetter',
      'Deutsches Rotes Kreuz = DRK-Kreisverband Unna-Kamen',
    ]);
    // In the genitive, without a place, and the youth chapter.
    expect(written('Dank des AWO-Kreisverbands Borken und der THW-Ortsgruppe kam der Strom zurück.')).toEqual([
      'Arbeiterwohlfahrt = AWO-Kreisverbands Borken',
      'Technisches Hilfswerk = THW-Ortsgruppe',
    ]);
    expect(written('Die DLRG-Jugend schwimmt mit.')).toEqual(['Deutsche Lebens-Rettungs-Gesellschaft = DLRG-Jugend']);
  });

  it('takes the place after a parent whose name is a chapter kind: "Caritasverband Lemgo"', () => {
    expect(written('Der Caritasverband Lemgo schickt Betten, der Caritasverband allein nichts.')).toEqual([
      'Caritas = Caritasverband Lemgo',
      'Caritas = Caritasverband',
    ]);
  });

  it('takes a chapter written before its parent in the genitive: "Ortsverband des THW"', () => {
    expect(written('Mit dem Kreisverband der AWO aus Menden und der Jugend des DRK fing es an.')).toEqual([
      'Arbeiterwohlfahrt = Kreisverband der AWO',
      'Deutsches Rotes Kreuz = DRK',
    ]);
  });

  it('takes the area a chapter serves after "für" into its text', () => {
    expect(written('Der Caritasverband für den Kreis Lippe und das DRK-Ortsverband für Kinder helfen.')).toEqual([
      'Caritas = Caritasverband für den Kreis Lippe',
      'Deutsches Rotes Kreuz = DRK-Ortsverband',
    ]);
  });

  it('ends the chapter before an object, a legal form or a lower-case word', () => {
    expect(written('Erst hat der DRK-Ortsverein Decken gesammelt, dann der THW-Ortsverband geholfen.')).toEqual([
      'Deutsches Rotes Kreuz = DRK-Ortsverein',
      'Technisches Hilfswerk = THW-Ortsverband',
    ]);
  });
});

describe('organisations, the seventh round, held-out-7 classes', () => {

  it('reads "Zentral" before a head as part of a name only when a name follows the head', () => {
    expect(typed('Der Chefarzt des Zentralen Rajonkrankenhauses Kiwerzi kam zu Besuch.')).toEqual([
      'Zentrales Rajonkrankenhaus Kiwerzi (health) = Zentralen Rajonkrankenhauses Kiwerzi',
    ]);
    expect(typed('Das Zentrale Krankenhaus bekam zwei Monitore.')).toEqual([]);
  });

  it('types a care home by its name as health, also with a legal form', () => {
    expect(typed('Die Altenzentrum Talblick gGmbH und das Pflegezentrum Lindenau helfen.')).toEqual([
      'Altenzentrum Talblick (health) = Altenzentrum Talblick gGmbH',
      'Pflegezentrum Lindenau (health) = Pflegezentrum Lindenau',
    ]);
  });

  it('counts a municipal enterprise with its own name as a company', () => {
    expect(typed('Unser Partner ist der Kommunalbetrieb Teplo-Merezha, der die Fernwärme liefert.')).toEqual([
      'Kommunalbetrieb Teplo-Merezha (company) = Kommunalbetrieb Teplo-Merezha',
    ]);
    expect(typed('Der Kommunalbetrieb hat abgelehnt.')).toEqual([]);
  });

  it('takes no duty a person does in a body as its name', () => {
    expect(typed('Rentnerinnen, die im Theater Führungen anbieten und im Archiv Aufsicht halten.')).toEqual([]);
  });

  it('knows the chambers and associations partnership programme', () => {
    expect(typed('Über das Kammer- und Verbandspartnerschaftsprogramm lief die Finanzierung.')).toEqual([
      'Kammer- und Verbandspartnerschaftsprogramm (funder) = Kammer- und Verbandspartnerschaftsprogramm',
    ]);
  });

  it('reads a short form a later answer uses for a name the record wrote in full', () => {
    const record = analyseRecord({
      partners: ['Hamm', 'Tscherniwzi'],
      answers: [
        { questionId: 'first-contact', text: 'Angefangen hat es im St.-Anna-Klinikum Bockum und im Pflegeheim Haus Sonnenhang.' },
        { questionId: 'successes', text: 'Ärzte des St.-Anna-Klinikums operieren jetzt auch dort, und im Haus Sonnenhang lernen Pflegekräfte.' },
      ],
    });
    const written = record.answers.map((a) => a.organisations.map((o) => `${o.name} = ${o.text}`));
    expect(written).toEqual([
      ['St.-Anna-Klinikum Bockum = St.-Anna-Klinikum Bockum', 'Pflegeheim Haus Sonnenhang = Pflegeheim Haus Sonnenhang'],
      ['St.-Anna-Klinikum Bockum = St.-Anna-Klinikums', 'Pflegeheim Haus Sonnenhang = Haus Sonnenhang'],
    ]);
  });
});

describe('a denial after the comma', () => {
  it('negates the clause before it when it says nothing else', () => {
    expect(topics('Kultur und Sport kommen vielleicht später, im Moment noch nicht.')).toEqual([]);
    expect(topics('Schulen kommen dazu, bisher aber nicht.')).toEqual([]);
  });

  it('leaves the clause before alone when the denial has its own subject', () => {
    expect(topics('Die Feuerwehr hilft mit Fahrzeugen, die Schulen nicht.')).toEqual(['civil-protection']);
    expect(topics('Mit Schulen gibt es Kontakte, mit Sportvereinen leider noch nicht.')).toEqual(['schools']);
  });

  it('does not reach back over a sentence end', () => {
    expect(topics('Die Feuerwehr hat Fahrzeuge bekommen. Noch nicht.')).toEqual(['civil-protection']);
  });
});

describe('the question an answer replies to (fifth round)', () => {

  it('reads plain words about people and time as staffing in the staffing answer only', () => {
    const text = 'Das übernimmt eine Kollegin aus dem Hauptamt, vielleicht vier Stunden in der Woche.';
    expect(framed(text, 'staffing')).toEqual(['staffing']);
    expect(framed(text, 'successes')).toEqual([]);
    expect(framed(text, null)).toEqual([]);
    expect(framed('Zuständig ist bei uns der Büroleiter des Bürgermeisters.', 'staffing')).toEqual(['staffing']);
  });

  it('shows the frame’s words as evidence and lets a denial cancel them', () => {
    const found = detectTopics('Für die Partnerschaft ist Herr Okafor zuständig.', undefined, [], [], 'staffing');
    expect(found.map((t) => t.id)).toEqual(['staffing']);
    expect(found[0]!.evidence.map((e) => e.text)).toEqual(['zuständig']);
    expect(framed('Eine Stelle dafür gibt es bei uns nicht.', 'staffing')).toEqual([]);
  });

  it('reads Ukrainians living here as the community and people from Ukraine as newcomers in the diaspora answer', () => {
    expect(framed('Viele Ukrainerinnen wohnen seit den Neunzigerjahren in Soest.', 'diaspora-refugees')).toEqual([
      'diaspora',
    ]);
    expect(framed('Viele Ukrainerinnen wohnen seit den Neunzigerjahren in Soest.', null)).toEqual([]);
    expect(framed('Elf Familien aus der Ukraine wohnen jetzt in Wohnungen der Stadt.', 'diaspora-refugees')).toEqual([
      'refugees',
    ]);
    // "Menschen aus der Ukraine" stays the community (docs/ideas.md).
    expect(framed('In Soest leben 300 Menschen aus der Ukraine.', 'diaspora-refugees')).toEqual(['diaspora']);
  });

  it('lets a weak cue of the question’s own topic count alone', () => {
    expect(framed('Ja, wir haben mehrmals Kleidung gesammelt.', 'prior-contacts')).toEqual(['humanitarian-aid']);
    expect(framed('Ja, wir haben mehrmals Kleidung gesammelt.', 'successes')).toEqual([]);
  });

  it('applies the frame of each answer in a record', () => {
    const text = 'Das übernimmt eine Kollegin aus dem Hauptamt.';
    const ideas = analyseRecord({
      partners: [],
      answers: [
        { questionId: 'staffing', text },
        { questionId: 'successes', text },
      ],
    });
    expect(ideas.answers.map((a) => a.topics.map((t) => t.id))).toEqual([['staffing'], []]);
  });
});

describe('offices named by their field (fifth round)', () => {
  it('does not read the office a person works in as its field', () => {
    expect(topics('Frau Demir aus dem Kulturamt hält den Kontakt.')).toEqual([]);
    expect(topics('Der Sozialausschuss hat sich die Lage berichten lassen.')).toEqual([]);
    expect(topics('Das Sportbüro der Stadt hat eine Sporthalle ausgestattet.')).toEqual(['sport']);
  });
});

describe('cue families written from the domain (fifth round)', () => {

  it('reads a plural that Snowball leaves with its "s" as the word itself', () => {
    expect(topics('Wir haben drei Trafos nach Dubno geliefert.')).toEqual(['energy']);
  });

  it('reads parcels, lorries and packing as relief, weakly outside the aid question', () => {
    expect(topics('Die Pakete kamen mit zwei Lastwagen an.')).toEqual(['humanitarian-aid']);
    expect(topics('Die Pakete kamen gut an.')).toEqual([]);
    expect(framed('Ein paar Pakete haben wir geschickt.', 'prior-contacts')).toEqual(['humanitarian-aid']);
  });

  it('knows hospital wards, sports teams and coaches, on-site instruction, trades and jobs', () => {
    expect(topics('Die Geburtsstation in Sambir hat neue Betten.')).toEqual(['health']);
    expect(topics('Ein Historiker hat im Stadtarchiv geforscht.')).toContain('culture');
    expect(topics('Eine Mannschaft aus Dubno spielte mit, ihre Übungsleiterin auch.')).toEqual(['sport']);
    expect(topics('Die Monteure haben das Personal in Dubno eingewiesen.')).toEqual(['administration']);
    expect(topics('Drei Innungsbetriebe bilden jetzt aus.')).toEqual(['economy']);
    expect(topics('Die Bäckerei bietet zwei Praktikumsplätze an.')).toEqual(['economy']);
    expect(topics('Die Bäckerei hat Brötchen gestiftet.')).toEqual([]);
  });

  it('reads particle verbs of repair, damage, counselling and the community’s own institutions', () => {
    expect(topics('Das Dach wollen wir bis zum Winter instand setzen.')).toEqual(['reconstruction']);
    expect(topics('Im Frauenhaus gibt es jetzt zwei Plätze mehr.')).toEqual(['social-care']);
    expect(topics('Wir beraten Frauen bei häuslicher Gewalt.')).toEqual(['social-care']);
    expect(topics('Die ukrainisch-orthodoxe Gemeinde feiert ihre Gottesdienste bei uns.')).toContain('diaspora');
    expect(topics('Die ukrainische Sonntagsschule trifft sich im Pfarrheim.')).toContain('diaspora');
    expect(topics('Die Fahrt nach Stryj hat ein Sponsor übernommen.')).toContain('funding');
  });
});

describe('mentions that are no activity (fifth round)', () => {
  it('reads digitalisation as peer exchange only beside another word of administration', () => {
    expect(topics('Wir digitalisieren gemeinsam alte Kirchenbücher.')).not.toContain('administration');
    expect(topics('Die Stadtverwaltung wird gemeinsam digitalisiert.')).toContain('administration');
    expect(topics('Die Geschichte der beiden Städte wollen wir digitalisieren.')).toEqual([]);
  });

  it('does not read towns named after a church as churches', () => {
    expect(topics('Mit Gelsenkirchen und Neukirchen-Vluyn treffen wir uns zweimal im Jahr.')).toEqual([]);
    expect(topics('Die Kirchengemeinden haben gesammelt.')).toEqual(['civil-society']);
  });

  it('does not read farming as what a town is like as business', () => {
    expect(topics('Beide Städte sind landwirtschaftlich geprägt.')).toEqual([]);
    expect(topics('Die Wirtschaftsförderung bringt Firmen zusammen.')).toContain('economy');
  });

  it('reads Ukrainian "Gemeinden" as municipalities and one "ukrainische Gemeinde" as the community', () => {
    expect(topics('Der Landkreistag hat Anfragen ukrainischer Gemeinden weitergegeben.')).toEqual([]);
    expect(topics('Die ukrainische Gemeinde in Soest trifft sich monatlich.')).toEqual(['diaspora']);
  });

  it('does not read the head of an institution as its field', () => {
    expect(topics('Ich mache das neben der Museumsleitung.')).toEqual([]);
  });
});

describe('clauses that report nothing (sixth round)', () => {
  it('reads "nichts" as a denial of its clause', () => {
    expect(topics('Beim Sport ist bislang nichts geschehen.')).toEqual([]);
    expect(topics('Beim Sport ist bislang viel geschehen.')).toEqual(['sport']);
  });

  it('reads interest only as no activity', () => {
    expect(topics('Zwei Handwerksbetriebe aus Werne haben Interesse bekundet.')).toEqual([]);
    expect(topics('Der Stadtsportverband hat Interesse signalisiert.')).toEqual([]);
    expect(topics('Zwei Handwerksbetriebe aus Werne bilden jetzt Lehrlinge aus.')).toEqual(['economy']);
  });

  it('sets aside what "zwar" concedes when an "aber" clause after it denies', () => {
    expect(topics('Die Stadtwerke Unna versorgen uns zwar mit Fernwärme, an der Partnerschaft sind sie aber nicht beteiligt.')).toEqual([]);
    expect(topics('Die Stadtwerke Unna versorgen uns mit Fernwärme, an der Partnerschaft sind sie nicht beteiligt.')).toEqual(['energy']);
    expect(topics('Eine Stelle gibt es zwar nicht, aber die Kollegin hat zehn Prozent ihrer Arbeitszeit dafür.')).toEqual(['staffing']);
    // The concession reaches no further back than its sentence.
    expect(topics('Wir liefern Fernwärme. Die Stadtwerke sind zwar klein, aber nicht untätig.')).toEqual(['energy']);
  });
});

describe('cue families written from the domain (sixth round)', () => {

  it('knows the grid, storage, hydrogen and heat from wood as energy, and hydrogen as no water', () => {
    expect(topics('Die Ingenieure prüfen die Ortsnetzstationen in Sambir.')).toEqual(['energy']);
    expect(topics('Geplant ist ein Stromspeicher für das Rathaus.')).toEqual(['energy']);
    expect(topics('Wir planen gemeinsam eine Anlage für Wasserstoff.')).toEqual(['energy']);
    expect(topics('Die neue Anlage verfeuert Hackschnitzel aus dem Stadtwald.')).toEqual(['energy']);
  });

  it('does not read schools of an art, a skill or a language, nor weekend schools, as the school system', () => {
    expect(topics('Die Tanzschule Müller und eine Fahrschule haben gespendet.')).not.toContain('schools');
    expect(topics('Die ukrainische Samstagsschule trifft sich im Pfarrheim.')).toEqual(['diaspora']);
    expect(topics('Die Grundschule am Park hat gespendet.')).toContain('schools');
  });

  it('reads coordinating as staffing only weakly outside the staffing answer', () => {
    const text = 'Das Netzwerk koordiniert die Landesregierung.';
    expect(framed(text, 'nrw-synergies')).not.toContain('staffing');
    expect(framed(text, 'staffing')).toContain('staffing');
    expect(framed('Herr Yilmaz koordiniert das mit zehn Stunden pro Woche.', 'successes')).toContain('staffing');
  });

  it('reads passing on knowledge and the experts’ own contact as peer exchange', () => {
    expect(topics('Mit dem Wissen aus unserem Klärwerk helfen wir in Sambir.')).toContain('administration');
    expect(topics('Drei Fachdelegationen aus Sambir kamen zum Thema Grundbuch.')).toContain('administration');
    expect(topics('Der Bauhofleiter hält den fachlichen Kontakt nach Sambir.')).toEqual(['administration']);
    // Advising alone is weak: "hat uns beim Antrag beraten" is no peer exchange.
    expect(topics('Die Bezirksregierung hat uns gut beraten.')).toEqual([]);
    expect(topics('Die Kämmerei berät die Kollegen in Sambir bei der Verwaltungsreform.')).toContain('administration');
  });

  it('reads citizens’ circles and their collections as civil society', () => {
    expect(topics('Der Partnerschaftskreis lädt zum Adventscafé ein.')).toEqual(['civil-society']);
    // Collecting is a weak cue: with another one, or in the civil-society answer.
    expect(topics('Freiwillige aus dem Dorf haben gesammelt.')).toContain('civil-society');
    expect(framed('Die Nachbarn haben Geld gesammelt.', 'civil-society')).toContain('civil-society');
    expect(topics('Die Nachbarn haben Geld gesammelt.')).not.toContain('civil-society');
    expect(topics('Die Daten werden gesammelt.')).toEqual([]);
  });

  it('reads packing and loading in every form as relief, weakly', () => {
    expect(topics('Im Gemeindehaus wurden Pakete gepackt.')).toContain('humanitarian-aid');
    expect(topics('Wir haben den Transporter beladen und an die Grenze gefahren.')).toContain('humanitarian-aid');
    expect(topics('Der Umzugswagen wurde beladen.')).toEqual([]);
  });

  it('reads renovation as rebuilding only beside a word of war damage', () => {
    expect(topics('Im Herbst beginnt die Sanierung der Turnhalle.')).not.toContain('reconstruction');
    expect(topics('Die beschädigte Turnhalle wird saniert.')).toContain('reconstruction');
  });

  it('does not read food as an industry as relief goods', () => {
    expect(topics('Der Kreis ist von Lebensmittelverarbeitung geprägt.')).toEqual([]);
    expect(topics('Wir haben Lebensmittel nach Sambir gebracht.')).toEqual(['humanitarian-aid']);
  });

  it('knows therapies, soil and species, instruments and trade between the sides', () => {
    expect(topics('Eine Physiotherapeutin aus Hamm hat dort Kurse in Ergotherapie gegeben.')).toContain('health');
    expect(topics('Gemeinsam untersuchen wir den Bodenschutz am Flussufer.')).toEqual(['environment-climate']);
    expect(topics('Drei Kinder lernen jetzt Akkordeon.')).toContain('culture');
    expect(topics('Ein Baumaschinenhändler aus Werne liefert Bagger nach Sambir.')).toEqual(['economy']);
  });

  it('knows the fire brigade’s houses and gear, and tent camps for children', () => {
    expect(topics('Das neue Gerätehaus in Sambir hat ein Notstromaggregat.')).toContain('civil-protection');
    expect(topics('Wir haben 40 Schläuche und zwei Strahlrohre übergeben.')).toEqual(['civil-protection']);
    expect(topics('Im Sommer fahren 30 Kinder aus Sambir mit ins Zeltlager.')).toContain('youth');
    expect(topics('Die Abwehr von Cyberangriffen ist Thema.')).not.toContain('civil-protection');
  });

  it('reads the community’s own groups as the community', () => {
    expect(topics('Der ukrainische Frauenchor probt in der Stadthalle.')).toContain('diaspora');
    expect(topics('Der Verein der Ukrainerinnen in Unna hat gekocht.')).toContain('diaspora');
    expect(topics('Mit ukrainischen Vereinen in Köln tauschen wir Kontakte.')).toContain('diaspora');
    expect(topics('Wir haben Vereine in Köln angefragt.')).not.toContain('diaspora');
  });
});

describe('evidence', () => {
  it('points at the words that triggered each topic and organisation', () => {
    const text = 'Über die SKEW kamen Mittel für drei Notstromaggregate.';
    const ideas = analyseRecord({ partners: [], answers: [{ questionId: null, text }] });
    for (const topic of ideas.answers[0]!.topics) {
      for (const e of topic.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    const energy = ideas.answers[0]!.topics.find((t) => t.id === 'energy')!;
    expect(energy.evidence.map((e) => e.text)).toEqual(['Notstromaggregate']);
    const funding = ideas.answers[0]!.topics.find((t) => t.id === 'funding')!;
    expect(funding.evidence.map((e) => e.text)).toEqual(['SKEW', 'Mittel']);
    const skew = ideas.answers[0]!.organisations[0]!;
    expect(text.slice(skew.mentions[0]!.start, skew.mentions[0]!.end)).toBe('SKEW');
  });
});

describe('odd and hostile input', () => {
  it('copes with empty, missing, foreign and huge answers without inventing anything', () => {
    const ideas = analyseRecord({
      partners: [],
      answers: [
        { questionId: null, text: '' },
        { questionId: null, text: undefined as unknown as string },
        { questionId: null, text: 'Ми співпрацюємо з містом.' },
        { questionId: null, text: 'We work with the fire brigade.' },
        { questionId: null, text: 'Feuerwehr '.repeat(20_000) },
      ],
    });
    expect(ideas.answers.slice(0, 4).map((a) => [a.topics, a.organisations])).toEqual([
      [[], []],
      [[], []],
      [[], []],
      [[], []],
    ]);
    expect(ideas.answers[4]!.topics.map((t) => t.id)).toEqual(['civil-protection']);
  });

  it('keeps markup as plain text in names and evidence', () => {
    const text = '<img src=x onerror=alert(1)> Die Stiftung <b>Hilfe</b> und der Verein "><script>alert(1)</script> e.V. sammeln für die Feuerwehr.';
    const ideas = analyseRecord({ partners: [], answers: [{ questionId: null, text }] });
    const answer = ideas.answers[0]!;
    expect(answer.topics.map((t) => t.id)).toContain('civil-protection');
    for (const o of answer.organisations) expect(text.slice(o.mentions[0]!.start, o.mentions[0]!.end)).toBe(o.text);
    expect(answer.organisations.map((o) => o.name).join(' ')).not.toMatch(/[<>]/);
  });
});

describe('the reviewed data', () => {
  it('has a cue list for every topic id and a known type for every gazetteer entry', () => {
    expect(Object.keys(LEXICON).sort()).toEqual([...TOPIC_IDS].sort());
    for (const entry of GAZETTEER) expect(ORGANISATION_TYPES).toContain(entry.type);
    expect(new Set(GAZETTEER.map((e) => e.name)).size).toBe(GAZETTEER.length);
  });
});

describe('institution heads, place adjectives and quoted names (fifth round)', () => {
  const texts = (text: string) => detectOrganisations(text, { partners: ['Hamm', 'Tscherniwzi'] }).map((o) => `${o.name} | ${o.text}`);

  it('knows the heads of agencies, archives, clubs, works and firms with a place after them', () => {
    expect(orgs('Das Jobcenter Soest hat beraten, und das Staatsarchiv Tscherkassy bekam einen Scanner.')).toEqual([
      'Jobcenter Soest (public-body)',
      'Staatsarchiv Tscherkassy (public-body)',
    ]);
    expect(orgs('Der Stadtsportbund Lünen und die Tafel Werne sammeln, die Kreiswerke Unna liefern Kabel.')).toEqual([
      'Stadtsportbund Lünen (association)',
      'Tafel Werne (association)',
      'Kreiswerke Unna (company)',
    ]);
    expect(orgs('Die Landfrauen Welver backen, die Molkerei Berghofen spendet Käse, das Hospiz Kamen sucht Betten.')).toEqual([
      'Landfrauen Welver (association)',
      'Molkerei Berghofen (company)',
      'Hospiz Kamen (health)',
    ]);
  });

  it('leaves those heads generic without a name, and an office of a town unnamed', () => {
    expect(orgs('Das Jobcenter hat geholfen, die Brauerei spendete, und das Archiv blieb geschlossen.')).toEqual([]);
    expect(orgs('Die Wasserwerke und das Netzwerk sind informiert; die Datenbank Ukraine wächst.')).toEqual([]);
    expect(orgs('Das Stadtarchiv Tscherniwzi und die Stadtbibliothek Hamm tauschen Bücher.')).toEqual([]);
  });

  it('takes a town adjective before any head as the name, unless it is counted', () => {
    expect(orgs('Geld gab die Ostbeverner Brauerei, Kurse die Bönener Akademie.')).toEqual([
      'Ostbeverner Brauerei (company)',
      'Bönener Akademie (education)',
    ]);
    expect(orgs('Eine Bönener Akademie und zwei Dortmunder Kliniken haben angefragt.')).toEqual([]);
  });

  it('needs a name after a head joined to a word by a hyphen', () => {
    expect(orgs('Über das Ukraine-Netzwerk Münsterland kamen Fahrer.')).toEqual(['Ukraine-Netzwerk Münsterland (association)']);
    expect(orgs('Das Ukraine-Netzwerk trifft sich monatlich.')).toEqual([]);
  });

  it('takes the quoted name after a class noun, not the class noun with its adjective', () => {
    expect(orgs('Der Unnaer Verein „Kalyna“ tanzt, die Technische Universität „Polytechnika“ forscht.')).toEqual([
      'Kalyna (association)',
      'Polytechnika (education)',
    ]);
    expect(orgs('Die Beratungsstelle „Lichtblick“ berät Frauen.')).toEqual(['Lichtblick (association)']);
  });

  it('reads a programme\'s quoted name as a funder, with the sign it ends in, but no project title', () => {
    expect(texts('Die Fahrten zahlt das Förderprogramm „Gemeinsam stark!“ des Landes.')).toEqual([
      'Gemeinsam stark! | Gemeinsam stark!',
    ]);
    expect(orgs('Die Fahrten zahlt das Förderprogramm „Gemeinsam stark!“ des Landes.')).toEqual(['Gemeinsam stark! (funder)']);
    expect(orgs('Im Projekt „Neue Wege!“ malen Kinder.')).toEqual([]);
    expect(texts('Über Erasmus+ kamen zwei Lehrkräfte, über Erasmus auch.')).toEqual(['Erasmus+ | Erasmus+', 'Erasmus+ | Erasmus']);
  });
});

describe('state bodies, saints, registered names, programmes and acronyms (fifth round)', () => {
  it('names a state body by its field and region, or by its field after "für"', () => {
    expect(orgs('Das Landesamt Natur NRW hat Proben genommen, das Landeszentrum Wald und Holz NRW beraten.')).toEqual([
      'Landesamt Natur NRW (public-body)',
      'Landeszentrum Wald und Holz NRW (public-body)',
    ]);
    expect(orgs('Das Landesinstitut für Lehrerbildung hat Kurse gegeben.')).toEqual(['Landesinstitut für Lehrerbildung (public-body)']);
    expect(orgs('Das Bundesinstitut hat geantwortet.')).toEqual([]);
  });

  it('takes an institution with its field when an adjective leads, not a kind with a field', () => {
    expect(orgs('Das Wolynische Berufslyzeum für Holzbau schickt Lehrlinge.')).toEqual([
      'Wolynisches Berufslyzeum für Holzbau (education)',
    ]);
    expect(orgs('Das Krankenhaus für Kinder und ein Lyzeum für Mathematik wurden beschädigt.')).toEqual([]);
  });

  it('keeps a saint\'s name written apart before the head', () => {
    expect(orgs('Sie arbeitet im St. Vinzenz Krankenhaus, er im St. Ludgerus Gymnasium.')).toEqual([
      'St. Vinzenz Krankenhaus (health)',
      'St. Ludgerus Gymnasium (education)',
    ]);
  });

  it('takes a registered name over an inner preposition, a founding year and a genitive class noun', () => {
    expect(orgs('Kassiererin des Vereins Hoffnung für Tscherkassy e.V. bin ich seit 2022.')).toEqual([
      'Hoffnung für Tscherkassy e.V. (association)',
    ]);
    expect(orgs('Seit 2022 spendet die Brücke nach Butscha e.V. Kleidung.')).toEqual(['Brücke nach Butscha e.V. (association)']);
    expect(orgs('Wir schickten Pakete nach Hilfe e.V. und nach Kyjiw.')).toEqual([]);
    expect(orgs('Ich trainiere bei der TuRa Bergkamen 1921 e.V. und im Turnverein Heeren 1889 e.V.')).toEqual([
      'TuRa Bergkamen 1921 e.V. (association)',
      'Turnverein Heeren 1889 e.V. (association)',
    ]);
  });

  it('counts a scout group only where scouts are named', () => {
    expect(orgs('Die Pfadfinder vom Stamm Silberpfeil zelten mit.')).toEqual(['Stamm Silberpfeil (association)']);
    expect(orgs('Der Stamm Eiche im Stadtpark wurde gefällt.')).toEqual([]);
  });

  it('types a federal or state programme as a funder, and a foundation one applies to', () => {
    expect(orgs('Die Stelle zahlt die Nationale Wasserstoffinitiative.')).toEqual(['Nationale Wasserstoffinitiative (funder)']);
    expect(orgs('Die Bürgerinitiative Heeren pflanzt Bäume.')).toEqual(['Bürgerinitiative Heeren (association)']);
    expect(orgs('Für den Rest stellen wir einen Antrag bei der Hannelore Berg-Stiftung.')).toEqual([
      'Hannelore Berg-Stiftung (funder)',
    ]);
  });

  it('does not count a unit of a fire brigade, nor a district as the place people live in', () => {
    expect(orgs('Die Löschgruppe Heeren und der Löschzug Methler haben geübt.')).toEqual([]);
    expect(orgs('Viele Familien leben heute im Kreis Unna.')).toEqual([]);
    expect(orgs('Der Kreis Unna hat Betten gestellt.')).toEqual(['Kreis Unna (public-body)']);
  });

  it('reads an acronym no bracket defined as the one full name of the record whose initials it spells', () => {
    const record = analyseRecord({
      partners: ['Hamm', 'Tscherniwzi'],
      answers: [
        { questionId: 'municipal-utilities', text: 'Die Wasserversorgung Bönen GmbH hat Pumpen geliefert.' },
        { questionId: 'other-actors', text: 'Die WVB schickt im Herbst zwei Monteure, die ABC nicht.' },
      ],
    });
    expect(record.answers[1]!.organisations.map((o) => `${o.name} | ${o.text}`)).toEqual(['Wasserversorgung Bönen | WVB']);
  });
});

describe('acronym initials', () => {
  it('lets each word give its initial and letters of its compound parts, in order', async () => {
    const { spellsInitials } = await import('../../../src/ideas/detect-organisations');
    expect(spellsInitials('EVO', 'Energieversorgung Oelde')).toBe(true);
    expect(spellsInitials('KHS', 'Kreishandwerkerschaft Hochsauerland')).toBe(true);
    expect(spellsInitials('VOE', 'Energieversorgung Oelde')).toBe(false);
    expect(spellsInitials('EO', 'Energieversorgung Oelde Werne')).toBe(false);
    expect(spellsInitials('EVO', 'Energieversorgung')).toBe(false);
  });
});

describe('Ukrainian and public institutions by kind (fifth round)', () => {
  it('names Ukrainian bodies by their kind and place, and a ministry "der Ukraine" with its field', () => {
    expect(orgs('Das Kulturhaus Sokal und der Gebietsrat Wolyn haben zugestimmt.')).toEqual([
      'Kulturhaus Sokal (public-body)',
      'Gebietsrat Wolyn (public-body)',
    ]);
    expect(orgs('Das Ministerium für Jugend und Sport der Ukraine lud ein.')).toEqual([
      'Ministerium für Jugend und Sport der Ukraine (public-body)',
    ]);
    expect(orgs('Die Staatliche Agraruniversität Poltawa und der Wodokanal Sokal sind dabei.')).toEqual([
      'Staatliche Agraruniversität Poltawa (education)',
      'Wodokanal Sokal (company)',
    ]);
    expect(orgs('Das Perinatalzentrum Sokal bekam Brutkästen.')).toEqual(['Perinatalzentrum Sokal (health)']);
  });

  it('names police, theatres (typed like ensembles since the tenth round), development agencies and the Kolping works with a place', () => {
    expect(orgs('Die Polizei Bochum, das Theater Gütersloh und die Wirtschaftsförderung Lünen halfen.')).toEqual([
      'Polizei Bochum (public-body)',
      'Theater Gütersloh (association)',
      'Wirtschaftsförderung Lünen (company)',
    ]);
    expect(orgs('Das Kolpingwerk Paderborn sammelt.')).toEqual(['Kolpingwerk Paderborn (association)']);
    expect(orgs('Die Polizei kam, das Kindertheater spielte, die Wirtschaftsförderung beriet.')).toEqual([]);
  });

  it('does not read a noun in "-er" before a name as a town\'s adjective', () => {
    expect(orgs('Der Wasserversorger Wodokanal bekam Filter, der Partner Akademie nichts.')).toEqual([]);
    expect(orgs('Die Bielefelder Akademie und die Sauerländer Brauerei spendeten.')).toEqual([
      'Bielefelder Akademie (education)',
      'Sauerländer Brauerei (company)',
    ]);
  });

  it('knows the State Emergency Service of Ukraine by its names', () => {
    expect(orgs('Der Staatliche Katastrophenschutzdienst der Ukraine, kurz DSNS, bekam Pumpen.')).toEqual([
      'Staatlicher Katastrophenschutzdienst der Ukraine (public-body)',
      'Staatlicher Katastrophenschutzdienst der Ukraine (public-body)',
    ]);
  });
});

describe('goods after a head (fifth round)', () => {
  it('reads goods given to a body as the object, not as the body\'s name', () => {
    expect(orgs('Wir haben dem Klinikum Monitore und der Akademie Laptops geschickt.')).toEqual([]);
    expect(orgs('Die Stadtwerke Pumpen, der Bibliothek Bücher: alles kam an.')).toEqual([]);
    expect(orgs('Das Jobcenter Sprachkurse vermittelt, die Brauerei Praktikumsplätze.')).toEqual([]);
    expect(orgs('Das Klinikum Westfalen bekam Monitore.')).toEqual(['Klinikum Westfalen (health)']);
  });

  it('knows the National Academy of Sciences of Ukraine in full', () => {
    expect(orgs('Die Nationale Akademie der Wissenschaften der Ukraine schickte Forscher.')).toEqual([
      'Nationale Akademie der Wissenschaften der Ukraine (education)',
    ]);
  });
});

describe('plurals of a known name (fifth round)', () => {
  it('reads a one-word known name in the plural as many bodies of that kind', () => {
    expect(orgs('Anträge laufen über die Landesjugendringe der Länder.')).toEqual([]);
    expect(orgs('Der Landesjugendring hat beraten.')).toEqual(['Landesjugendring NRW (association)']);
    expect(orgs('Die Klinik bekam Inkubatoren, das Klinikum Westfalen Defibrillatoren.')).toEqual(['Klinikum Westfalen (health)']);
  });
});

describe('the written conventions on who acts (seventh round)', () => {
  it('reads volunteers in the staffing answer as staffing and civil society', () => {
    expect(framed('Eine bezahlte Stelle gibt es nicht, das machen Freiwillige aus dem Ort.', 'staffing')).toEqual([
      'civil-society',
      'staffing',
    ]);
    expect(framed('Das erledigen zwei Schöffinnen in ihrer Freizeit.', 'staffing')).toEqual(['civil-society', 'staffing']);
    expect(framed('Wir sind drei Festangestellte, das läuft über meinen Schreibtisch.', 'staffing')).toEqual(['staffing']);
    // Elsewhere spare time is no staffing.
    expect(framed('Das erledigen zwei Schöffinnen in ihrer Freizeit.', 'successes')).toEqual([]);
  });

  it('gives a person named by a job no topic by itself, but what the person does', () => {
    expect(topics('Eine Zahnärztin aus Unna hält den Kontakt zur Stadtverwaltung.')).toEqual([]);
    expect(topics('Unser Gerätewart hat die Idee gehabt.')).toEqual([]);
    expect(topics('Der Kontakt kam über einen Grundschullehrer aus Werl.')).toEqual([]);
    expect(framed('Das macht unsere Pflegedienstleiterin mit zwei Stunden pro Woche.', 'staffing')).toEqual(['staffing']);
    expect(topics('Eine Zahnärztin aus Unna behandelt in Butscha Kinder.')).toContain('health');
    expect(topics('Ein Grundschullehrer aus Werl hat eine Schulpartnerschaft begründet.')).toContain('schools');
  });

  it('reads a group that collects as civil society, not as its own field', () => {
    const found = topics('Der Tennisverein hat beim Sommerfest 900 Euro gesammelt.');
    expect(found).toContain('civil-society');
    expect(found).toContain('funding');
    expect(found).not.toContain('sport');
    expect(topics('Die Jugendfeuerwehr sammelt Pfandflaschen für die Partnerstadt.')).not.toContain('civil-protection');
    // Doing its own thing with the partner still counts, and so does a brigade collected for.
    expect(topics('Der Tennisverein hat 900 Euro gesammelt und ein Turnier mit Gästen aus Irpin gespielt.')).toContain('sport');
    expect(topics('Die Landfrauen sammeln Geld für die Feuerwehr in Irpin.')).toContain('civil-protection');
  });

  it('reads the community’s own association as the community, not also as civil society', () => {
    const found = topics('Der Ukrainische Tanzverein Hamm hat beim Fest getanzt.');
    expect(found).toContain('diaspora');
    expect(found).not.toContain('civil-society');
    // The town's own citizens acting beside it still are civil society.
    expect(topics('Der Ukrainische Tanzverein Hamm und der Heimatverein haben das Fest organisiert.')).toContain(
      'civil-society',
    );
  });

  it('knows plastics, a municipal enterprise and a business promoter for what they are', () => {
    expect(topics('Ein Betrieb in Werl prüft, ob er Kunststoffe aus Irpin abnehmen kann.')).not.toContain('culture');
    expect(topics('Das Kommunalunternehmen der Stadt betreibt die Kläranlage.')).not.toContain('economy');
    expect(topics('Unser Wirtschaftsförderer hält den Kontakt.')).toEqual([]);
  });

  it('reads a group staying as guests, a camp with guests and travel costs as visits', () => {
    expect(topics('Im August war der Posaunenchor aus Irpin eine Woche bei uns zu Gast.')).toContain('visits');
    expect(topics('Die Fahrtkosten hat die Bürgerstiftung übernommen.')).toContain('visits');
    expect(topics('Im Zeltlager am See hatten wir zwölf Gäste aus Irpin.')).toContain('visits');
    // A camp alone is no journey between the partners.
    expect(topics('Im Zeltlager am See waren vierzig Kinder aus dem Ort.')).not.toContain('visits');
  });

  it('reads people who came since the war, said by the year, as refugees in the answer about them', () => {
    expect(framed('Ein Ehepaar aus Sumy, das 2022 gekommen ist, kocht beim Stadtfest.', 'diaspora-refugees')).toContain('refugees');
    expect(framed('Eine Lehrerin, die seit 2022 in Werl wohnt, übersetzt für uns.', 'diaspora-refugees')).toContain('refugees');
    // Elsewhere a year is a year.
    expect(framed('Die Lehrerin ist seit 2022 dabei.', 'successes')).not.toContain('refugees');
  });

  it('reads a pupil exchange as schools, youth and visits', () => {
    const found = topics('Der Schüleraustausch mit dem Lyzeum in Irpin findet im Mai statt.');
    expect(found).toContain('schools');
    expect(found).toContain('youth');
    expect(found).toContain('visits');
  });
});

// The eighth round wrote cue families per topic from the domain, not from any set's misses (docs/ideas.md).
// Each case: a sentence from no fixture that only the new cues find, and a look-alike that must stay silent.
describe('cue families written from the domain (eighth round, breadth)', () => {
  const cases: { topic: TopicId; found: string; silent: string }[] = [
    { topic: 'humanitarian-aid', found: 'Im Dezember haben wir eine Feldküche und Winterkleidung nach Stryj gebracht.', silent: 'Die Nudeln beim Stadtfest waren lecker.' },
    { topic: 'civil-protection', found: 'Der Krisenstab in Stryj hat mit uns einen Notfallplan erarbeitet.', silent: 'Im Notfall rufen wir einfach an.' },
    { topic: 'health', found: 'Wir haben Rollatoren, Krücken und Infusionen geschickt.', silent: 'Die Diagnose war klar: zu wenig Zeit.' },
    { topic: 'energy', found: 'Ein Kesselhaus und neue Wechselrichter sichern die Heizperiode.', silent: 'Das Licht im Saal war schön.' },
    { topic: 'water-waste', found: 'Stryj hat eine Pumpstation und zwei Kehrmaschinen bekommen.', silent: 'Das Rohr im Keller ist verstopft.' },
    { topic: 'schools', found: 'Die Abschlussklassen lernen jetzt mit neuen Lehrbüchern.', silent: 'Das war eine Klasse für sich.' },
    { topic: 'higher-education', found: 'Die Dissertation über Kommunalrecht entstand an der Fakultät in Lwiw.', silent: 'Die Rehabilitation der Verwundeten dauert lange.' },
    { topic: 'youth', found: 'Im Sommer gab es ein Ferienprogramm für Teenager.', silent: 'Unser Nachwuchs im Rathaus ist motiviert.' },
    { topic: 'culture', found: 'Zur Vernissage in der Galerie kamen zweihundert Menschen.', silent: 'Das Fest steht fest, die Tradition ist lang.' },
    { topic: 'sport', found: 'Beim Freundschaftsspiel im Stadion waren beide Städte vertreten.', silent: 'Das spielt für die Spieler im Rat keine Rolle.' },
    { topic: 'administration', found: 'Ein Bürgerhaushalt und die Bauleitplanung waren Themen der Kollegialberatung.', silent: 'Das Handbuch liegt im Rathaus.' },
    { topic: 'economy', found: 'Eine Betriebsbesichtigung und ein Messestand brachten neue Zulieferer.', silent: 'Es handelt sich um Kunden der Stadtbücherei.' },
    { topic: 'reconstruction', found: 'Nach den Raketenschäden bekam das Gebäude ein Notdach.', silent: 'Die Baustelle vor dem Rathaus stört.' },
    { topic: 'refugees', found: 'Die Erstaufnahme und ein Willkommenscafé helfen den Neuankömmlingen.', silent: 'Die Hilfsgüter sind gut angekommen.' },
    { topic: 'diaspora', found: 'Der ukrainische Gottesdienst in St. Marien ist ein wichtiger Ort.', silent: 'Die ukrainische Seite hat den Text geprüft.' },
    { topic: 'civil-society', found: 'Mit Tombola und Kuchenverkauf kam viel zusammen.', silent: 'Der Bürgermeister hat den Kontakt hergestellt.' },
    { topic: 'funding', found: 'Der Verwendungsnachweis und der Sachbericht sind eingereicht.', silent: 'Die Vegetation am Ufer ist in Europa einmalig.' },
    { topic: 'staffing', found: 'Ein Minijob und eine Honorarkraft tragen die Arbeit.', silent: 'Der Vorstand stellt sich vor.' },
    { topic: 'visits', found: 'Nach der Anreise mit dem Nachtzug gab es eine Stadtführung.', silent: 'Der Preis für den Kreis ist hoch.' },
    { topic: 'agreements', found: 'Die beiden Bürgermeister haben die Erklärung besiegelt.', silent: 'Wir haben uns guten Rat geholt.' },
    { topic: 'environment-climate', found: 'Am Flussufer haben Freiwillige Blühwiesen angelegt und Nistkästen aufgehängt.', silent: 'Der Einfluss der Stadt ist groß.' },
    { topic: 'social-care', found: 'Die Suppenküche versorgt Alleinerziehende.', silent: 'Die Partnerschaftspflege kostet Zeit.' },
  ];

  it('covers every topic once', () => {
    expect(cases.map((c) => c.topic).sort()).toEqual([...TOPIC_IDS].sort());
  });

  checkFamilies(cases);
});

// The twelfth round wrote a second pass of cue families from the domain: things given, built or repaired, places
// and institutions named by their field, events and formats, compound parts (docs/ideas.md). Each case: a sentence
// from no fixture that the eleventh round's rules miss and these find, and a look-alike that must stay without the topic.
describe('cue families written from the domain (twelfth round, second pass)', () => {
  const cases: { topic: TopicId; found: string; silent: string }[] = [
    { topic: 'humanitarian-aid', found: 'Im Winter haben wir Isomatten, Rettungsdecken und Säuglingsnahrung nach Stryj geschickt.', silent: 'Zur Spendenübergabe kam auch die Presse.' },
    { topic: 'civil-protection', found: 'Stryj hat jetzt einen Rüstwagen und eine Wärmebildkamera.', silent: 'Der Hausnotruf hilft im Notfall.' },
    { topic: 'health', found: 'Für den Kreißsaal kamen ein Stethoskop und zwei Blutdruckmessgeräte.', silent: 'Das Gründerzentrum ist ein Inkubator für junge Firmen.' },
    { topic: 'energy', found: 'In der Schule wurden neue Heizkörper und ein Gaskessel eingebaut.', silent: 'Die Straße war im Winter glatt.' },
    { topic: 'water-waste', found: 'Die Kommune bekam einen Saugwagen für die Kanalreinigung.', silent: 'Ein Wasserkraftwerk ist in Planung.' },
    { topic: 'schools', found: 'Beim Elternabend im Lehrerzimmer wurde die Partnerschaft vorgestellt.', silent: 'Die Hundeschule trainiert mit Rettungshunden.' },
    { topic: 'higher-education', found: 'Das Studienjahr endet mit einem Kolloquium über die Masterarbeiten.', silent: 'Ein Diplomat der Botschaft war dabei.' },
    { topic: 'youth', found: 'Zum Kindertag gab es ein Kinderprogramm und eine Ferienbetreuung.', silent: 'Die Kindertagesstätte hat neue Räume.' },
    { topic: 'culture', found: 'In der Bücherei gab es eine Autorenlesung und danach Kabarett.', silent: 'Der neue Kunstrasenplatz ist fertig.' },
    { topic: 'sport', found: 'Beim Stadtlauf und im Badminton waren Gäste aus Stryj dabei.', silent: 'Die Turnhalle dient als Notunterkunft.' },
    { topic: 'administration', found: 'Die Digitalisierung des Katasters und ein Beteiligungsverfahren waren Themen.', silent: 'Die Katastrophe hat alle getroffen.' },
    { topic: 'economy', found: 'Auf der Handelsmesse entstanden Geschäftskontakte und ein Marktzugang.', silent: 'Der Traktor der Gemeinde ist alt.' },
    { topic: 'reconstruction', found: 'Nach der Enttrümmerung folgte die Schadensbewertung der Schule.', silent: 'Das Hochhaus wurde beschossen.' },
    { topic: 'refugees', found: 'Sprachpaten und eine Behördenbegleitung helfen den Familien.', silent: 'Die Registrierung des Vereins dauerte lange.' },
    { topic: 'diaspora', found: 'Die ukrainische Wochenendschule hat zwanzig Kinder.', silent: 'Die ukrainische Delegation kam im Mai.' },
    { topic: 'civil-society', found: 'Eine Mahnwache und eine Spendengala haben viele bewegt.', silent: 'Die Gemeindefinanzen sind knapp.' },
    { topic: 'funding', found: 'Die Geldspende und weitere Finanzmittel kamen aus der Region.', silent: 'Das Zeitbudget der Kollegin ist knapp.' },
    { topic: 'staffing', found: 'Die Stellenausschreibung läuft, die Stellenbesetzung folgt im Mai.', silent: 'Der Kummer in der Stadt ist groß.' },
    { topic: 'visits', found: 'Die Reisegruppe fuhr mit dem Reisebus bis Przemyśl.', silent: 'Der Flughafen ist seit dem Krieg geschlossen.' },
    { topic: 'agreements', found: 'Eine Partnerschaftserklärung und ein Kooperationsprotokoll liegen vor.', silent: 'Der Ratsantrag der Fraktion wurde vertagt.' },
    { topic: 'environment-climate', found: 'An der Obstwiese ist eine Wiedervernässung des Moores geplant.', silent: 'Das Lastenrad steht vor dem Rathaus.' },
    { topic: 'social-care', found: 'Ein Mehrgenerationenhaus und die Wärmestube helfen im Winter.', silent: 'Die Traumatologie der Klinik wurde ausgebaut.' },
  ];

  it('covers every topic once', () => {
    expect(cases.map((c) => c.topic).sort()).toEqual([...TOPIC_IDS].sort());
  });

  checkFamilies(cases);

  it('finds the later batches of the round, which the old rules miss or read as another field', () => {
    const cases: [string, TopicId][] = [
      ['Die Erstklässler in Stryj bekamen neue Tornister.', 'schools'],
      ['Die Entsiegelung des Marktplatzes schafft einen Grüngürtel.', 'environment-climate'],
      ['Menschen mit Demenz und ihre Pflegeeltern brauchen Hilfe.', 'social-care'],
      ['Die Eiskunstläuferinnen trainieren in Dortmund.', 'sport'],
      ['Ein Firmenbesuch brachte den Markteintritt.', 'economy'],
      ['Die Stellenbeschreibung sieht einen Stundenanteil für die Partnerschaft vor.', 'staffing'],
      ['Nach dem neuen Dachstuhl ist das Haus wieder bewohnbar.', 'reconstruction'],
      ['Die Seiteneinsteiger lernen in der Sprachlernklasse.', 'refugees'],
      ['Der Ferienpass bietet ein Kindercamp.', 'youth'],
      ['Die Reiseplanung und der Reisebericht liegen bei Frau Kühn.', 'visits'],
      ['Eine Finanzspritze aus dem Projektetat half.', 'funding'],
      ['Viele Familien hier haben ukrainische Wurzeln.', 'diaspora'],
      ['Das Ratsvotum war eindeutig.', 'agreements'],
    ];
    for (const [text, topic] of cases) expect(topics(text), text).toContain(topic);
    // Figure skating is no art, a seminar no term of study, a union of Ukrainian cities no community association.
    expect(topics('Die Eiskunstläuferinnen trainieren in Dortmund.')).not.toContain('culture');
    expect(topics('Das Seminar zur Buchführung war gut besucht.')).not.toContain('higher-education');
    expect(topics('Der Ukrainische Städteverband hat uns vermittelt.')).not.toContain('diaspora');
  });

  it('gives a look-alike the new blocks silence its own field instead (the old rules read it as the other)', () => {
    // A fire-service school is no school, a hydropower plant no water supply, a time budget no money, a
    // trauma surgery ward no psychosocial care, a Ukrainian supplementary school the community's own.
    const cases: [string, TopicId, TopicId][] = [
      ['Die Feuerwehrschule in Stryj hat neue Lehrgänge.', 'civil-protection', 'schools'],
      ['Ein Wasserkraftwerk ist in Planung.', 'energy', 'water-waste'],
      ['Das Zeitbudget der Kollegin für die Partnerschaft ist knapp.', 'staffing', 'funding'],
      ['Die Traumatologie der Klinik wurde ausgebaut.', 'health', 'social-care'],
      ['Die ukrainische Ergänzungsschule hat zwanzig Kinder.', 'diaspora', 'schools'],
    ];
    for (const [text, own, other] of cases) {
      expect(topics(text), text).toContain(own);
      expect(topics(text), text).not.toContain(other);
    }
  });
});

/** One test per case of a round's cue families: the new words give their topic, the look-alike does not. */
function checkFamilies(cases: { topic: TopicId; found: string; silent: string; q?: QuestionId }[]): void {
  for (const { topic, found, silent, q = null } of cases) {
    it(`finds ${topic} in words the earlier rounds lacked, and not in a look-alike`, () => {
      expect(framed(found, q)).toContain(topic);
      expect(framed(silent, q)).not.toContain(topic);
    });
  }
}

// The tenth round sorted held-out-8's topic misses into classes (docs/ideas.md, "The tenth round"); each
// mechanism here is tested with sentences from no fixture, and each test fails on the rules before the round.
describe('the tenth round: topics', () => {
  const answerTopics = (text: string, questionId: QuestionId | null = 'successes') =>
    analyseRecord({ partners: ['Hamm', 'Tscherniwzi'], answers: [{ questionId, text }] }).answers[0]!.topics.map((t) => t.id);

  it('reads a field word inside a funder’s or a programme’s name as weak: the name says where money comes from', () => {
    const named = answerTopics('Die Stiftung Umwelt und Entwicklung hat unseren Antrag schnell bewilligt.');
    expect(named).toContain('funding');
    expect(named).not.toContain('environment-climate');
    // The field the money is for still counts, and so does the name beside another word of its field.
    expect(answerTopics('Die Stiftung Umwelt und Entwicklung hat die Baumpflanzungen am Ufer gefördert.')).toContain(
      'environment-climate',
    );
    expect(answerTopics('Die Stiftung Umwelt und Entwicklung fördert unser Umweltbildungsprojekt.')).toContain('environment-climate');
  });

  it('negates the reason given for a denial with it, and only that', () => {
    expect(topics('Das Kreiskrankenhaus macht nicht mit, weil es selbst Medikamente und Verbandsmaterial sucht.')).not.toContain('health');
    // The reason for what happened is reported with it; a new sentence is read on its own.
    expect(topics('Wir liefern Medikamente nach Tscherniwzi, weil dort Verbandsmaterial fehlt.')).toContain('health');
    expect(topics('Das Kreiskrankenhaus ist nicht beteiligt. Weil dort Medikamente fehlen, sammeln wir.')).toContain('health');
  });

  it('reads advice and training in the answer about the utilities as peer exchange (the question frames it)', () => {
    const text = 'Unsere Netzgesellschaft berät die Kollegen in Tscherniwzi bei der Planung der Trafostationen.';
    expect(framed(text, 'municipal-utilities')).toContain('administration');
    // Elsewhere advising alone stays too weak to be peer exchange.
    expect(framed(text, 'successes')).not.toContain('administration');
  });

  it('reads working along at the other side\'s place as a hospitation (peer exchange)', () => {
    expect(topics('Drei Elektriker aus Tscherniwzi haben zwei Wochen in unserem Umspannwerk mitgearbeitet.')).toContain('administration');
  });

  it('reads a named association in the civil-society answer as civil society, whatever it does, and only there', () => {
    const text = 'Der Lions Club Unna hat die Fahrten der Schüler bezahlt.';
    expect(answerTopics(text, 'civil-society')).toContain('civil-society');
    expect(answerTopics(text, 'successes')).not.toContain('civil-society');
    // A denial still cancels it.
    expect(answerTopics('Der Lions Club Unna ist nicht beteiligt.', 'civil-society')).not.toContain('civil-society');
  });

  it('matches a phrase with a gap ("…") within one sentence, the fewest words apart', () => {
    const cue = compileCue('=kamen … zu uns', 1);
    const end = (text: string) => matchEnd(cue, tokenize(text), 0, text);
    expect(end('kamen im August zum ersten Mal neun Gäste zu uns.')).toBe(10);
    expect(end('kamen zu uns.')).toBe(3);
    // Not across a sentence, not further than the gap allows, and "zum" is no "zu uns".
    expect(end('kamen spät. Zu uns sprach keiner.')).toBe(-1);
    expect(end('kamen am Ende eines langen und sehr heißen Sommers mit vielen müden Kindern zu uns.')).toBe(-1);
    expect(end('kamen zum Glück uns allen zugute.')).toBe(-1);
  });

  it('reads people coming or staying, said with the verb and the place apart, as a weak visit word', () => {
    expect(topics('Im Juli kamen vierzehn Mädchen aus Irpin zu uns ins Zeltlager.')).toContain('visits');
    expect(topics('Im Herbst waren neun Sängerinnen aus Irpin zwei Wochen bei uns, mit einem Abschlusskonzert.')).not.toContain(
      'visits',
    );
    expect(topics('Im Herbst waren neun Sängerinnen aus Irpin zwei Wochen bei uns, untergebracht bei Gastgebern und mit Stadtführung.')).toContain(
      'visits',
    );
    // Weak: a stay alone, or goods that came, are no journey of a group.
    expect(topics('2023 kamen drei Lastwagen mit Spenden zu uns ins Lager.')).not.toContain('visits');
    // A missile's "Treffer" is no "Treffen".
    expect(topics('Nach dem Treffer im Mai gab es im Rathaus einen Empfang für die Helfer.')).not.toContain('visits');
    // "persönlich" as written: its stem "person" also starts "Personal" and "Personen".
    expect(topics('Wir haben das Personal vor Ort in die neue Software eingewiesen.')).not.toContain('visits');
    expect(topics('Wir haben uns im Mai persönlich vor Ort kennengelernt.')).toContain('visits');
    expect(topics('Nach dem Treffen im Mai gab es im Rathaus einen Empfang für die Gäste.')).toContain('visits');
  });
});

// The tenth round's families of held-out-8's missed words, written from the domain (docs/ideas.md). Each case:
// a sentence from no fixture that the rules before the round miss, and a look-alike that must stay silent.
describe('cue families of the tenth round', () => {
  checkFamilies([
    { topic: 'humanitarian-aid', found: 'Die Konfirmanden haben vierzig Weihnachtspäckchen für Kinder in Irpin gepackt.', silent: 'Das Päckchen mit den Flyern kam zu spät.' },
    { topic: 'civil-protection', found: 'Die Wasserwacht schult am Badesee in Irpin Rettungsschwimmer.', silent: 'Das Wasser im See ist sauber.' },
    { topic: 'water-waste', found: 'In Irpin planen wir die Klärschlammbehandlung neu.', silent: 'Die Behandlung im Rathaus war freundlich.' },
    { topic: 'environment-climate', found: 'Gemeinsam messen wir die Bodenfeuchte und schreiben einen Hitzeaktionsplan.', silent: 'Der Teich hinter dem Rathaus ist zugefroren.' },
    { topic: 'economy', found: 'Zwei Azubis aus Irpin lernen bei uns in der Holzindustrie.', silent: 'Die Akten sind fertig, die Wände vorgefertigt.' },
    { topic: 'culture', found: 'Zur Erinnerung an die Opfer gestalten wir gemeinsam Gedenktafeln.', silent: 'Ich erinnere mich gern an den Mai.' },
    { topic: 'refugees', found: 'Eine Familie aus Sumy hat 2022 bei uns Schutz gefunden und hilft jetzt im Café.', silent: 'Die Kinder brauchen Schutz vor der Sonne.' },
    { topic: 'funding', found: 'Die Kreissparkasse zahlt die Hälfte, den Rest decken Stabilisierungsmittel.', silent: 'Die Zahlen sprechen für sich.' },
    { topic: 'social-care', found: 'Die Migrationsberatung der Diakonie hilft den Familien.', silent: 'Die Beratung im Rathaus war kurz.' },
    { topic: 'staffing', found: 'Für die Partnerschaft gibt es eine Viertelstelle im Rathaus.', silent: 'Wir kommen um Viertel nach acht.' },
    { topic: 'staffing', q: 'staffing', found: 'Alles läuft über unsere Vorsitzende und den Schriftführer.', silent: 'Alles läuft über die Stadt.' },
    { topic: 'diaspora', found: 'Der ukrainische Lehrerklub trifft sich jeden Monat in der Stadtbücherei.', silent: 'Der Ukrainische Städteverband ist Partner des Projekts.' },
    { topic: 'diaspora', found: 'Der Verein „Sonnenblume“ der Ukrainerinnen in Borken kocht beim Stadtfest.', silent: 'Der Verein hat Ukrainerinnen eingeladen.' },
    { topic: 'reconstruction', found: 'Ziel ist, das Umspannwerk bis zum Herbst wieder ans Netz zu bringen.', silent: 'Das Netz der Partner ist stabil.' },
  ]);

  it('reads look-alikes of other topics inside these families as what they are', () => {
    // Lifeguards and water rescue are no sport and no water supply; treating sludge is no health care.
    const rescue = topics('Die Wasserwacht schult am Badesee in Irpin Rettungsschwimmer.');
    expect(rescue).toContain('civil-protection');
    expect(rescue).not.toContain('sport');
    expect(rescue).not.toContain('water-waste');
    expect(topics('In Irpin planen wir die Klärschlammbehandlung neu.')).not.toContain('health');
    // Contracts of business are no partnership agreements; a school's science profile is no research.
    const trade = topics('Über die Kooperationsbörse kamen drei Lieferverträge zustande.');
    expect(trade).toContain('economy');
    expect(trade).not.toContain('agreements');
    expect(topics('Das Gymnasium hat einen naturwissenschaftlichen Schwerpunkt.')).not.toContain('higher-education');
    // The community's association is the community, not also civil society.
    expect(topics('Der Verein „Sonnenblume“ der Ukrainerinnen in Borken kocht beim Stadtfest.')).not.toContain('civil-society');
  });
});

describe('the eleventh round: topics, classes every set shares', () => {
  const inRecord = (text: string, partners = ['Lindenau', 'Kupjansk'], questionId: QuestionId | null = 'successes') =>
    analyseRecord({ partners, answers: [{ questionId, text }] }).answers[0]!.topics;
  const ids = (text: string, partners?: string[]) => inRecord(text, partners).map((t) => t.id);

  it('reads people who were in one of the two partner towns as a journey, with the verb and the place as evidence', () => {
    const found = inRecord('Im Mai waren neun Feuerwehrleute aus Lindenau, deren Wache wir ausgestattet hatten, eine Woche in Kupjansk.');
    const visits = found.find((t) => t.id === 'visits');
    expect(visits?.evidence.map((e) => e.text)).toEqual(['waren neun Feuerwehrleute aus Lindenau, deren Wache wir ausgestattet hatten, eine Woche in Kupjansk']);
    expect(ids('Die Theatergruppe war im Herbst in Lindenau und hat zweimal gespielt.')).toContain('visits');
    // A partner written with its kind is found by its place.
    expect(ids('Unsere Handballerinnen waren im Juli in Werde.', ['Kreis Werde', 'Kupjansk'])).toContain('visits');
  });

  it('leaves a place that is no partner, a denial, a copula and things on show alone', () => {
    expect(ids('Die Theatergruppe war im Herbst in Lemberg und hat zweimal gespielt.')).not.toContain('visits');
    expect(ids('Die Theatergruppe war noch nie in Kupjansk.')).not.toContain('visits');
    expect(ids('Sie war vorher Ärztin an der Klinik in Kupjansk.')).not.toContain('visits');
    expect(ids('Uns war wichtig, dass die Anlage in Kupjansk lange hält.')).not.toContain('visits');
    expect(ids('Die Fotoausstellung war im Mai im Rathaus zu sehen, danach in Kupjansk.')).not.toContain('visits');
    // "kamen nach" and "gebracht nach" are said of refugees and goods as often: no journey by themselves.
    expect(ids('Viele Familien kamen 2022 nach Lindenau.')).not.toContain('visits');
    expect(ids('Die Decken haben wir nach Kupjansk gebracht.')).not.toContain('visits');
    // The next sentence is another matter.
    expect(ids('Die Gruppe war begeistert. In Kupjansk fehlt vieles.')).not.toContain('visits');
  });

  it('reads a camp or a tournament with people of the partner town or of both towns as a group\'s journey', () => {
    const found = inRecord('Der Ruderclub richtet ein Pfingstlager für Jugendliche aus Kupjansk aus.');
    expect(found.find((t) => t.id === 'visits')?.evidence.map((e) => e.text)).toEqual(['Pfingstlager', 'aus Kupjansk']);
    expect(ids('Im Herbst gibt es ein Hallenturnier mit Teams aus beiden Städten.')).toContain('visits');
    expect(ids('Die Partnergemeinde schickt eine Gruppe zu unseren Kinderfreizeiten.')).toContain('visits');
  });

  it('leaves a camp alone without the partner\'s people, with people who fled, and spare time', () => {
    expect(ids('Der Ruderclub richtet ein Pfingstlager für Jugendliche aus Dortmund aus.')).not.toContain('visits');
    expect(ids('Zwei Frauen, die aus Kupjansk geflohen sind, helfen im Zeltlager als Betreuerinnen.')).not.toContain('visits');
    expect(ids('Viele aus Kupjansk helfen in ihrer Freizeit mit.')).not.toContain('visits');
    expect(ids('Das Hallenturnier war ein Erfolg. Aus Kupjansk kam ein Dankesbrief.')).not.toContain('visits');
  });

  it('reads training the partner\'s people in the training\'s own words as peer exchange (administration)', () => {
    for (const text of [
      'Wir wollen in Kupjansk Sanitäterinnen ausbilden.',
      'Sechs Kollegen haben bei uns die Grundausbildung mitgemacht.',
      'Ziel ist, Handwerker für den Wiederaufbau zu qualifizieren.',
      'Drei Trainerinnen haben bei uns die Lizenz erworben.',
      'Die Schwimmer haben das Rettungsabzeichen in Bronze gemacht.',
    ]) expect(topics(text), text).toContain('administration');
    // "ausgebildet" alone is weak (a town's own staff trained long ago); the apprentices are no training word.
    expect(topics('Unser Haus hat schon früher Pflegekräfte ausgebildet.')).not.toContain('administration');
    expect(topics('Zwei Auszubildende aus Kupjansk lernen im Betrieb.')).not.toContain('administration');
  });

  it('reads a field word in the staffing answer as weak: it says where the people sit, not what they do', () => {
    // Not an office (offices were silent before): the place where the people work.
    const text = 'Die Arbeit macht eine Kollegin aus der Kläranlage mit, zwei Stunden pro Woche.';
    expect(framed(text, 'staffing')).toContain('staffing');
    expect(framed(text, 'staffing')).not.toContain('water-waste');
    expect(framed('Zwei pensionierte Hebammen machen die Arbeit ehrenamtlich.', 'staffing')).not.toContain('health');
    // Two words of the field still give it, volunteers stay civil society, and other answers read as before.
    expect(framed('Ein Kollege der Feuerwehr wartet zehn Stunden im Monat die gespendeten Löschfahrzeuge.', 'staffing')).toContain('civil-protection');
    expect(framed('Alles machen Ehrenamtliche in ihrer Freizeit.', 'staffing')).toContain('civil-society');
    expect(framed('Zwei pensionierte Hebammen machen die Arbeit ehrenamtlich.', 'successes')).toContain('health');
  });

  it('reads Ukrainians whose own relative clause says they fled as refugees, not as the community', () => {
    const fled = framed('Zwei Ukrainerinnen, die 2022 hierher geflohen sind, dolmetschen bei uns.', 'diaspora-refugees');
    expect(fled).toContain('refugees');
    expect(fled).not.toContain('diaspora');
    expect(framed('Drei Ukrainer, die bei uns Schutz gefunden haben, fahren mit.', 'diaspora-refugees')).not.toContain('diaspora');
    // Ukrainians who live here, or a flight said of someone else, still name the community.
    expect(framed('Die Sprachcafés leiten Ukrainerinnen, die schon lange hier leben.', 'diaspora-refugees')).toContain('diaspora');
    expect(framed('Eine Frau, die geflohen ist, hat die Ukrainer der Stadt zusammengebracht.', 'diaspora-refugees')).toContain('diaspora');
  });

  it('reads a council or board named by its field as a body, like an office, not as its field', () => {
    expect(topics('Die erste Idee stammte vom städtischen Seniorenrat.')).not.toContain('social-care');
    expect(topics('Der Landesmusikrat hat unser Modell vorgestellt.')).not.toContain('culture');
    // Equipment and stocks that end the same way are still their field.
    expect(topics('Wir haben ein Beatmungsgerät und Verbandsmaterial übergeben.')).toContain('health');
  });

  it('reads money given in other forms than a grant as funding', () => {
    expect(topics('Die Volksbank hat zwei Stipendien für die Studentinnen vergeben.')).toContain('funding');
    expect(topics('Der Kreis hat einmal 3.000 Euro für Heizöl überwiesen.')).toContain('funding');
    expect(topics('Eine Bürgschaft der Stiftung sichert die Kredite ab.')).toContain('funding');
    // A scholarship holder is a person, not money.
    expect(topics('Die Stipendiaten wählt eine Jury aus.')).not.toContain('funding');
  });

  it('reads a church as the place where something happens as a building, not as a church acting', () => {
    expect(topics('Die rumänische Gemeinde feiert ihre Messe in unserer Kirche.')).not.toContain('civil-society');
    expect(topics('Das Abschlusskonzert fand in der Klosterkirche statt.')).not.toContain('civil-society');
    // A church that acts, or a church body, still counts.
    expect(topics('Die Kirche sammelt jeden Advent für die Partnerstadt.')).toContain('civil-society');
    expect(topics('Wir arbeiten mit der Evangelischen Kirche von Westfalen zusammen.')).toContain('civil-society');
  });
});

describe('organisations, the tenth round, held-out-8 classes', () => {

  it('joins the partners of a firm\'s name across "&", and takes "Gebr." into it', () => {
    expect(typed('Die Schlosserei Vogt & Söhne und die Firma Gebr. Lammers GmbH halfen, auch die Kranbau Thiel & Partner KG.')).toEqual([
      'Schlosserei Vogt & Söhne (company) = Schlosserei Vogt & Söhne',
      'Gebr. Lammers (company) = Gebr. Lammers GmbH',
      'Kranbau Thiel & Partner (company) = Kranbau Thiel & Partner KG',
    ]);
    // Two bodies joined by "&" stay two when each is a name of its own kind.
    expect(typed('Die Stadtwerke Lünen & Sparkasse Unna zahlen.')).toEqual([
      'Stadtwerke Lünen (company) = Stadtwerke Lünen',
      'Sparkasse Unna (company) = Sparkasse Unna',
    ]);
  });

  it('reads a trade noun before a firm with a legal form as apposition: "der Baustoffhändler …"', () => {
    expect(typed('Der Baustoffhändler Krämer Baubedarf GmbH schickt Zement.')).toEqual([
      'Krämer Baubedarf (company) = Krämer Baubedarf GmbH',
    ]);
  });

  it('takes a registered club name with its founding year before its town', () => {
    expect(typed('Wir singen im Gemischten Chor Harmonie 1899 Bad Wiesenau e.V. mit.')).toEqual([
      'Gemischter Chor Harmonie 1899 Bad Wiesenau e.V. (association) = Gemischten Chor Harmonie 1899 Bad Wiesenau e.V.',
    ]);
    expect(typed('Der Gemischte Chor hat gesungen.')).toEqual([]);
  });

  it('writes a local office of the employment agency with its place, counted as the agency', () => {
    expect(typed('Die Agentur für Arbeit Lippstadt und die Arbeitsagentur Soest beraten.')).toEqual([
      'Bundesagentur für Arbeit (public-body) = Agentur für Arbeit Lippstadt',
      'Bundesagentur für Arbeit (public-body) = Arbeitsagentur Soest',
    ]);
  });

  it('takes an umbrella body\'s region after "von" and a hyphenated field word into the name', () => {
    expect(typed('Der Landesverband der Freien Puppenspieler von Rheinland-Pfalz hat beraten.')).toEqual([
      'Landesverband der Freien Puppenspieler von Rheinland-Pfalz (association) = Landesverband der Freien Puppenspieler von Rheinland-Pfalz',
    ]);
    expect(typed('Wir sind im Aktionsbündnis Polen-Austausch Münsterland aktiv.')).toEqual([
      'Aktionsbündnis Polen-Austausch Münsterland (association) = Aktionsbündnis Polen-Austausch Münsterland',
    ]);
    expect(typed('Die Hromada-Verwaltung hat zugestimmt.')).toEqual([]);
  });

  it('takes a ministry\'s portfolio with a genitive: "Ministerium für Angelegenheiten der Veteranen der Ukraine"', () => {
    expect(typed('Geholfen hat das Ministerium für Angelegenheiten der Veteranen der Ukraine.')).toEqual([
      'Ministerium für Angelegenheiten der Veteranen der Ukraine (public-body) = Ministerium für Angelegenheiten der Veteranen der Ukraine',
    ]);
  });

  it('counts a welfare body named by its place as a body of its own: "Diakonie Olpe"', () => {
    expect(typed('Die Diakonie Olpe und die Caritas Spenden sammeln.')).toEqual([
      'Diakonie Olpe (association) = Diakonie Olpe',
      'Caritas (association) = Caritas',
    ]);
  });

  it('types named theatres like ensembles, and a faith\'s congregation as an association', () => {
    expect(typed('Das Theater an der Ruhrbrücke und die Philharmonie Hellweg spielen.')).toEqual([
      'Theater an der Ruhrbrücke (association) = Theater an der Ruhrbrücke',
      'Philharmonie Hellweg (association) = Philharmonie Hellweg',
    ]);
    expect(typed('Die Jüdische Gemeinde Kamen und die Synagogengemeinde Unna laden ein.')).toEqual([
      'Jüdische Gemeinde Kamen (association) = Jüdische Gemeinde Kamen',
      'Synagogengemeinde Unna (association) = Synagogengemeinde Unna',
    ]);
  });

  it('reads a faith adjective before a parish as a kind unless a name follows', () => {
    expect(typed('Die Katholische Kirchengemeinde und die Evangelische Kirchengemeinde Rünthe helfen.')).toEqual([
      'Evangelische Kirchengemeinde Rünthe (association) = Evangelische Kirchengemeinde Rünthe',
    ]);
  });

  it('counts a chapter of the nature conservation union or the Kolping association as its parent', () => {
    expect(typed('Die NABU-Ortsgruppe und das Kolpingwerk Bezirksverband Olpe halfen.')).toEqual([
      'Naturschutzbund Deutschland (association) = NABU-Ortsgruppe',
      'Kolpingwerk (association) = Kolpingwerk Bezirksverband Olpe',
    ]);
  });
});

describe('organisations, breadth from the domain (tenth round)', () => {

  it('finds the new entries in their inflected forms, acronyms as written', () => {
    expect(typed('Die Jugend des Naturschutzbundes und die Ortsgruppe des BUND pflanzten Bäume.')).toEqual([
      'Naturschutzbund Deutschland (association) = Naturschutzbundes',
      'Bund für Umwelt und Naturschutz Deutschland (association) = Ortsgruppe des BUND',
    ]);
    expect(typed('Abgeordnete des Deutschen Bundestages und der Werchowna Rada kamen, Reporter der Deutschen Welle auch.')).toEqual([
      'Deutscher Bundestag (public-body) = Deutschen Bundestages',
      'Werchowna Rada (public-body) = Werchowna Rada',
      'Deutsche Welle (company) = Deutschen Welle',
    ]);
    expect(typed('Mit dem Ukrainischen Roten Kreuz und dem Deutschen Roten Kreuz, Experten der Weltgesundheitsorganisation und der OSZE.')).toEqual([
      'Ukrainisches Rotes Kreuz (association) = Ukrainischen Roten Kreuz',
      'Deutsches Rotes Kreuz (association) = Deutschen Roten Kreuz',
      'Weltgesundheitsorganisation (public-body) = Weltgesundheitsorganisation',
      'Organisation für Sicherheit und Zusammenarbeit in Europa (public-body) = OSZE',
    ]);
    expect(typed('Studierende der Westfälischen Wilhelms-Universität und der Nationalen Iwan-Franko-Universität Lwiw, Mitglieder von ver.di.')).toEqual([
      'Universität Münster (education) = Westfälischen Wilhelms-Universität',
      'Nationale Iwan-Franko-Universität Lwiw (education) = Nationalen Iwan-Franko-Universität Lwiw',
      'ver.di (association) = ver.di',
    ]);
    expect(typed('Die Züge der Ukrsalisnyzja und die Pakete von Nova Poshta kamen an; Soldaten der Bundeswehr halfen.')).toEqual([
      'Ukrsalisnyzja (company) = Ukrsalisnyzja',
      'Nova Poshta (company) = Nova Poshta',
      'Bundeswehr (public-body) = Bundeswehr',
    ]);
  });

  it('leaves the common words beside the new names alone', () => {
    // "der Bund" is the federation (a level of government), "der Landtag" any state's, a "Welle" a wave.
    expect(typed('Der Bund und der Landtag haben zugestimmt; eine Welle der Hilfe folgte, der Naturschutz profitiert.')).toEqual([]);
  });

  it('types a foundation that also acts by what the answer says it does', () => {
    expect(typed('Die Friedrich-Ebert-Stiftung hat die Fahrt bezahlt.')).toEqual([
      'Friedrich-Ebert-Stiftung (funder) = Friedrich-Ebert-Stiftung',
    ]);
    expect(typed('Mit der KAS haben wir ein Seminar in Kyjiw organisiert.')).toEqual([
      'Konrad-Adenauer-Stiftung (association) = KAS',
    ]);
  });

  it('takes the town after a club\'s founding year, a spa town in two words', () => {
    expect(typed('Der Männergesangverein Liederkranz 1878 Werries und die Schützenbruderschaft St. Johannes 1652 Bad Westernkotten singen.')).toEqual([
      'Männergesangverein Liederkranz 1878 Werries (association) = Männergesangverein Liederkranz 1878 Werries',
      'Schützenbruderschaft St. Johannes 1652 Bad Westernkotten (association) = Schützenbruderschaft St. Johannes 1652 Bad Westernkotten',
    ]);
  });

  it('names a council by its municipality after "von", not a councillor or the partner\'s own council', () => {
    expect(typed('Der Stadtrat von Kamjanka stimmte zu, Stadtrat Berger auch, der Stadtrat von Tscherniwzi später.')).toEqual([
      'Stadtrat von Kamjanka (public-body) = Stadtrat von Kamjanka',
    ]);
  });

  it('names day-care centres, communities, Ukrainian municipalities by kind and venues by their building', () => {
    expect(typed('Die Kita Sonnenblume, die Polnische Gemeinde Unna und die Stadtgemeinde Horodok machen mit.')).toEqual([
      'Kita Sonnenblume (education) = Kita Sonnenblume',
      'Polnische Gemeinde Unna (association) = Polnische Gemeinde Unna',
      'Stadtgemeinde Horodok (public-body) = Stadtgemeinde Horodok',
    ]);
    expect(typed('Das Theater im Lokschuppen und das Regionale Klinische Krankenhaus Ternopil helfen.')).toEqual([
      'Theater im Lokschuppen (association) = Theater im Lokschuppen',
      'Regionales Klinisches Krankenhaus Ternopil (health) = Regionale Klinische Krankenhaus Ternopil',
    ]);
    // Alone or with a partner's name they stay generic or the partner.
    expect(typed('Die Kita bekam Spielzeug, das Regionale Krankenhaus Betten, die Stadtgemeinde Tscherniwzi Geld.')).toEqual([]);
  });

  it('takes an adjective before "Verein" into a registered name: "der Griechische Verein Kamen e.V."', () => {
    expect(typed('Der Griechische Verein Kamen e.V. und der Verein Brücke Kamen e.V. kochen.')).toEqual([
      'Griechischer Verein Kamen e.V. (association) = Griechische Verein Kamen e.V.',
      'Brücke Kamen e.V. (association) = Brücke Kamen e.V.',
    ]);
  });

  it('reads the legal forms of sole traders and partnerships, and Ukrainian companies before a quoted name', () => {
    expect(typed('Das Autohaus Lindner e.K. und die Praxis Dr. Kessler GbR spendeten, die Kanzlei Brandt & Partner mbB auch.')).toEqual([
      'Autohaus Lindner (company) = Autohaus Lindner e.K.',
      'Praxis Dr. Kessler (company) = Praxis Dr. Kessler GbR',
      'Kanzlei Brandt & Partner (company) = Kanzlei Brandt & Partner mbB',
    ]);
    expect(typed('Das Holz kam von der TOW „Bukowyna-Derewo“.')).toEqual(['Bukowyna-Derewo (company) = Bukowyna-Derewo']);
  });

  it('names municipal stages and keeps a faith hospital named by its adjective', () => {
    expect(typed('Die Vereinigten Städtischen Bühnen Krefeld und das Evangelische Krankenhaus spielen mit.')).toEqual([
      'Städtische Bühnen Krefeld (association) = Städtischen Bühnen Krefeld',
      'Evangelisches Krankenhaus (health) = Evangelische Krankenhaus',
    ]);
  });
});

describe('organisations, the eleventh round, held-out-9 classes', () => {
  const recordNames = (...texts: string[]) =>
    analyseRecord({ partners: ['Hamm', 'Tscherniwzi'], answers: texts.map((text) => ({ questionId: 'other-actors' as const, text })) })
      .answers.map((a) => a.organisations.map((o) => `${o.name} = ${o.mentions.map((m) => m.text).join(', ')}`));

  it("takes a person's hyphenated name before any kind of school or care home", () => {
    expect(typed('Das Karl-Heinz-Brenner-Berufskolleg und die Astrid-Lindgren-Kita machen mit, auch das Johannes-Hospiz.')).toEqual([
      'Karl-Heinz-Brenner-Berufskolleg (education) = Karl-Heinz-Brenner-Berufskolleg',
      'Astrid-Lindgren-Kita (education) = Astrid-Lindgren-Kita',
      'Johannes-Hospiz (health) = Johannes-Hospiz',
    ]);
    expect(typed('Unsere Berufskollegs und eine Kita helfen.')).toEqual([]);
  });

  it('takes a trade firm with its partners across "&" after a shop or office head', () => {
    expect(typed('Das Sanitätshaus Brandt & Söhne und das Ingenieurbüro Kessler & Partner halfen.')).toEqual([
      'Sanitätshaus Brandt & Söhne (company) = Sanitätshaus Brandt & Söhne',
      'Ingenieurbüro Kessler & Partner (company) = Ingenieurbüro Kessler & Partner',
    ]);
    expect(typed('Ein Sanitätshaus hat Rollstühle geschickt.')).toEqual([]);
  });

  it('reads more club and youth-group abbreviations before a place', () => {
    expect(typed('Die HSG Lindenfeld, der MGV Eintracht Sennhorst und der CVJM Osterbruch waren dabei.')).toEqual([
      'HSG Lindenfeld (association) = HSG Lindenfeld',
      'MGV Eintracht Sennhorst (association) = MGV Eintracht Sennhorst',
      'CVJM Osterbruch (association) = CVJM Osterbruch',
    ]);
    expect(typed('Die RSG-Mannschaft spielte gegen den CVJM.')).toEqual([]);
  });

  it('takes an acronym defined in brackets after a quoted name, also with small letters, for later answers', () => {
    expect(
      recordNames('Der Verein „Freunde von Tscherniwzi in Hamm“ (FvTH) hat angefangen.', 'Die FvTH sammelt jetzt Spenden.'),
    ).toEqual([['Freunde von Tscherniwzi in Hamm = Freunde von Tscherniwzi in Hamm, FvTH'], ['Freunde von Tscherniwzi in Hamm = FvTH']]);
  });

  it('does not take a role said of a body as its place', () => {
    expect(typed('Für Firmen ist die Wirtschaftsförderung Kooperationspartnerin, für Vereine der Kreissportbund Träger.')).toEqual([]);
    expect(typed('Die Wirtschaftsförderung Hamm ist Ansprechpartnerin.')).toEqual([
      'Wirtschaftsförderung Hamm (company) = Wirtschaftsförderung Hamm',
    ]);
  });

  it("writes a hyphenated adjective's strong form in the canonical name", () => {
    expect(typed('Mit dem Deutsch-Polnischen Freundeskreis Hamm und dem Griechisch-Orthodoxen Verein Lünen.')).toEqual([
      'Deutsch-Polnischer Freundeskreis Hamm (association) = Deutsch-Polnischen Freundeskreis Hamm',
      'Griechisch-Orthodoxer Verein Lünen (association) = Griechisch-Orthodoxen Verein Lünen',
    ]);
  });

  it("joins a name of a body's own kind after its class noun to the full name in other answers", () => {
    expect(recordNames('Wir arbeiten mit der Nationalen Universität Karasin-Akademie.', 'Die Karasin-Akademie lädt ein.')).toEqual([
      ['Nationale Universität Karasin-Akademie = Nationalen Universität Karasin-Akademie'],
      ['Nationale Universität Karasin-Akademie = Karasin-Akademie'],
    ]);
    // A support association's school is another body.
    expect(recordNames('Der Förderverein Marienschule zahlt.', 'Die Marienschule feiert.')).toEqual([
      ['Förderverein Marienschule = Förderverein Marienschule'],
      ['Marienschule = Marienschule'],
    ]);
  });

  it("counts a welfare body's unit and its work in an area as the body, the text as written", () => {
    expect(typed('Die Diakonie-Sozialstation hilft, und das Diakonische Werk im Kirchenkreis Lünen berät.')).toEqual([
      'Diakonie (association) = Diakonie-Sozialstation',
      'Diakonie (association) = Diakonische Werk im Kirchenkreis Lünen',
    ]);
    expect(typed('Die Caritas-Beratungsstelle in Hamm öffnet.')).toEqual(['Caritas (association) = Caritas-Beratungsstelle']);
  });

  it('takes a named café and a working group with a place adjective, not a working group of another body', () => {
    expect(typed('Das Repair-Café Osterbruch und der Arbeitskreis Sauerländer Partnerschaften treffen sich.')).toEqual([
      'Repair-Café Osterbruch (association) = Repair-Café Osterbruch',
      'Arbeitskreis Sauerländer Partnerschaften (association) = Arbeitskreis Sauerländer Partnerschaften',
    ]);
    expect(typed('Wir sind im Arbeitskreis Energie des Städtetags und gehen ins Repair-Café.')).toEqual([
      'Deutscher Städtetag (public-body) = Städtetags',
    ]);
  });

  it('knows the service clubs’ foundations and grants and NRW’s integration programmes and councils', () => {
    expect(typed('Die Rotary Foundation gab über die District Grants Geld, die LCIF und KOMM-AN NRW auch.')).toEqual([
      'Rotary Foundation (funder) = Rotary Foundation',
      'District Grants (funder) = District Grants',
      'Lions Clubs International Foundation (funder) = LCIF',
      'KOMM-AN NRW (funder) = KOMM-AN NRW',
    ]);
    expect(typed('Der Landesintegrationsrat hat mit der Landesseniorenvertretung NRW getagt.')).toEqual([
      'Landesintegrationsrat NRW (association) = Landesintegrationsrat',
      'Landesseniorenvertretung NRW (association) = Landesseniorenvertretung NRW',
    ]);
  });
});

describe('organisations, name shapes from knowledge (eleventh round)', () => {

  it('finds day-care centres, schools with "vom" in a person\'s name, day care and nursing services, in their inflected forms', () => {
    expect(typed('Im Kindergarten Löwenzahn und am Freiherr-vom-Stein-Gymnasium wurde gesammelt.')).toEqual([
      'Kindergarten Löwenzahn (education) = Kindergarten Löwenzahn',
      'Freiherr-vom-Stein-Gymnasium (education) = Freiherr-vom-Stein-Gymnasium',
    ]);
    expect(typed('Die Tagespflege Lindenhof und der Pflegedienstes Sonnenblick halfen.')).toEqual([
      'Tagespflege Lindenhof (health) = Tagespflege Lindenhof',
      'Pflegedienst Sonnenblick (health) = Pflegedienstes Sonnenblick',
    ]);
    // Kinds alone, and the children or a language after the head, are no name.
    expect(typed('Der Kindergarten hat gesammelt, im Kindergarten Kinder betreut und Deutsch gelernt; die Tagespflege ist voll.')).toEqual([]);
    expect(typed('Im Kindergarten Deutsch gelernt.')).toEqual([]);
  });

  it('finds marching bands, choirs by their own name, church districts and congregations with hyphenated adjectives', () => {
    expect(typed('Der Spielmannszug Blau-Gold Werries und der Chor Cantamus Uentrop spielten.')).toEqual([
      'Spielmannszug Blau-Gold Werries (association) = Spielmannszug Blau-Gold Werries',
      'Chor Cantamus Uentrop (association) = Chor Cantamus Uentrop',
    ]);
    expect(typed('Das Dekanat Ahlen und die Ukrainisch-Orthodoxe Gemeinde Lünen luden ein.')).toEqual([
      'Dekanat Ahlen (association) = Dekanat Ahlen',
      'Ukrainisch-Orthodoxe Gemeinde Lünen (association) = Ukrainisch-Orthodoxe Gemeinde Lünen',
    ]);
    expect(typed('Wir haben mit dem Chor Lieder gesungen; das Dekanat hat gesammelt.')).toEqual([]);
  });

  it('reads a long club abbreviation with its dot and the service clubs named in two words', () => {
    expect(typed('Die Spvgg. Werries spielte, der Inner Wheel Club Unna und der Soroptimist International Club Kamen spendeten.')).toEqual([
      'Spvgg Werries (association) = Spvgg. Werries',
      'Inner Wheel Club Unna (association) = Inner Wheel Club Unna',
      'Soroptimist International Club Kamen (association) = Soroptimist International Club Kamen',
    ]);
  });

  it('finds tax advisers and builders by their family name, with partners across "&"', () => {
    expect(typed('Die Steuerberatung Hoffmann & Kollegen und die Bauunternehmung Tenhagen halfen.')).toEqual([
      'Steuerberatung Hoffmann & Kollegen (company) = Steuerberatung Hoffmann & Kollegen',
      'Bauunternehmung Tenhagen (company) = Bauunternehmung Tenhagen',
    ]);
  });

  it('takes a quoted name after "NGO", "Organisation" and "Einrichtung"', () => {
    expect(typed('Die NGO „Nadija Karpat“ und die Jugendorganisation „Sokilky“ helfen.')).toEqual([
      'Nadija Karpat (association) = Nadija Karpat',
      'Sokilky (association) = Sokilky',
    ]);
    expect(typed('Die Gesellschaftliche Organisation „Mütter von Kalusch“ hilft.')).toEqual([
      'Mütter von Kalusch (association) = Mütter von Kalusch',
    ]);
  });

  it('names networks, alliances and round tables by their field and place, not by the field alone', () => {
    expect(typed('Das Netzwerk Integration Ahlen, das Bündnis für Familie Kamen und der Runde Tisch Ukraine Unna trafen sich.')).toEqual([
      'Netzwerk Integration Ahlen (association) = Netzwerk Integration Ahlen',
      'Bündnis für Familie Kamen (association) = Bündnis für Familie Kamen',
      'Runder Tisch Ukraine Unna (association) = Runde Tisch Ukraine Unna',
    ]);
    expect(typed('Am Runden Tisch Ukraine Unna sitzen alle.')).toEqual(['Runder Tisch Ukraine Unna (association) = Runden Tisch Ukraine Unna']);
    expect(typed('Das Netzwerk Integration und das Bündnis für Familie trafen sich am Runden Tisch.')).toEqual([]);
    expect(typed('Ein Bündnis aus Vereinen hilft, die Freiwilligenagentur vermittelt.')).toEqual([]);
  });

  it('types a public hospital run as an enterprise by its quoted name, and a primary care centre by its field', () => {
    expect(typed('Das Kommunale Nichtkommerzielle Unternehmen „Bezirkskrankenhaus Tlumatsch“ bekam Betten.')).toEqual([
      'Bezirkskrankenhaus Tlumatsch (health) = Bezirkskrankenhaus Tlumatsch',
    ]);
    expect(typed('Das Zentrum für primäre medizinische Versorgung Tlumatsch bekam ein Ultraschallgerät.')).toEqual([
      'Zentrum für primäre medizinische Versorgung Tlumatsch (health) = Zentrum für primäre medizinische Versorgung Tlumatsch',
    ]);
  });

  it('finds technical colleges, adult education, youth centres and farmers’ district bodies by their place', () => {
    expect(typed('Das Technikum Tlumatsch und das Fachkolleg für Agrartechnik Horodenka bilden aus.')).toEqual([
      'Technikum Tlumatsch (education) = Technikum Tlumatsch',
      'Fachkolleg für Agrartechnik Horodenka (education) = Fachkolleg für Agrartechnik Horodenka',
    ]);
    expect(typed('Das Katholische Bildungswerk Ahlen, der Jugendtreff Funkenflug und die Kreisbauernschaft Soest luden ein.')).toEqual([
      'Katholisches Bildungswerk Ahlen (education) = Katholische Bildungswerk Ahlen',
      'Jugendtreff Funkenflug (association) = Jugendtreff Funkenflug',
      'Kreisbauernschaft Soest (association) = Kreisbauernschaft Soest',
    ]);
  });

  it('finds builders, hotels and inns by name, and the physicians’ associations', () => {
    expect(typed('Das Bauunternehmen Kötter, das Hotel Zur Linde und der Gasthof Brüggemann halfen, auch die KVWL.')).toEqual([
      'Bauunternehmen Kötter (company) = Bauunternehmen Kötter',
      'Hotel Zur Linde (company) = Hotel Zur Linde',
      'Gasthof Brüggemann (company) = Gasthof Brüggemann',
      'Kassenärztliche Vereinigung Westfalen-Lippe (public-body) = KVWL',
    ]);
  });

  it('takes a quoted name after a Ukrainian municipal enterprise\'s class noun, and a regional council in the genitive', () => {
    expect(typed('Das KP „Horodenka-Wodokanal“ und das Komunalne Pidpryjemstwo „Teplo Horodenky“ bekamen Pumpen.')).toEqual([
      'Horodenka-Wodokanal (company) = Horodenka-Wodokanal',
      'Teplo Horodenky (company) = Teplo Horodenky',
    ]);
    expect(typed('Die Leiterin des Oblastrats Ternopil und Schüler des Lyzeums Nr. 4 kamen.')).toEqual([
      'Oblastrat Ternopil (public-body) = Oblastrats Ternopil',
      'Lyzeum Nr. 4 (education) = Lyzeums Nr. 4',
    ]);
  });

  it('reads a registered name over a hyphenated word that is no name alone, and a field with hyphenated adjectives', () => {
    expect(typed('Die Ukraine-Hilfe Werne e.V. und die Gesellschaft für deutsch-ukrainische Zusammenarbeit Werne helfen.')).toEqual([
      'Ukraine-Hilfe Werne e.V. (association) = Ukraine-Hilfe Werne e.V.',
      'Gesellschaft für deutsch-ukrainische Zusammenarbeit Werne (association) = Gesellschaft für deutsch-ukrainische Zusammenarbeit Werne',
    ]);
  });

  it('names a support association or circle of friends by its field and the places a dash joins, not by goods', () => {
    expect(typed('Der Förderverein Partnerschaft Werne–Ternopil und der Freundeskreis Integration Selm trafen sich.')).toEqual([
      'Förderverein Partnerschaft Werne-Ternopil (association) = Förderverein Partnerschaft Werne–Ternopil',
      'Freundeskreis Integration Selm (association) = Freundeskreis Integration Selm',
    ]);
    expect(typed('Der Förderverein Partnerschaft hilft; dem Förderverein Geld Selmer Firmen gegeben.')).toEqual([]);
  });

  it('knows the Ukrainian community\'s own bodies in Germany, in their inflected forms', () => {
    expect(typed('Helfer des Blau-Gelben Kreuzes und der Allianz Ukrainischer Organisationen kamen, auch Pfadfinder von Plast.')).toEqual([
      'Blau-Gelbes Kreuz (association) = Blau-Gelben Kreuzes',
      'Allianz Ukrainischer Organisationen (association) = Allianz Ukrainischer Organisationen',
      'Plast (association) = Plast',
    ]);
    expect(typed('Wir haben Plastik und blau-gelbe Fahnen gesammelt.')).toEqual([]);
  });

  it('leaves people, meals and the kinds alone after the new heads', () => {
    expect(
      typed('Im Hotel Frühstück bekommen, im Technikum Studenten ausgebildet, im Jugendhaus Jugendliche getroffen; wir haben im Hotel übernachtet.'),
    ).toEqual([]);
  });
});

describe('organisations, breadth from the domain, third pass (twelfth round)', () => {

  it('finds EU and federal programmes and the bodies that run them, acronyms as written', () => {
    expect(typed('Das Geld kam erst von U-LEAD with Europe, dann aus der Ukraine-Fazilität und über ECHO.')).toEqual([
      'U-LEAD with Europe (funder) = U-LEAD with Europe',
      'Ukraine-Fazilität (funder) = Ukraine-Fazilität',
      'Generaldirektion Europäischer Katastrophenschutz und humanitäre Hilfe (funder) = ECHO',
    ]);
    expect(typed('Mit U-LEAD haben wir geschult; das BMEL und die Plattform Wiederaufbau Ukraine haben vernetzt.')).toEqual([
      'U-LEAD with Europe (funder) = U-LEAD',
      'Bundesministerium für Ernährung und Landwirtschaft (public-body) = BMEL',
      'Plattform Wiederaufbau Ukraine (public-body) = Plattform Wiederaufbau Ukraine',
    ]);
  });

  it('finds networks of municipalities and international bodies as public bodies, inflected', () => {
    expect(typed('Wir sind im Klima-Bündnis und im Konvent der Bürgermeister; Fachleute des Internationalen Währungsfonds und der FAO kamen.')).toEqual([
      'Klima-Bündnis (public-body) = Klima-Bündnis',
      'Konvent der Bürgermeister (public-body) = Konvent der Bürgermeister',
      'Internationaler Währungsfonds (public-body) = Internationalen Währungsfonds',
      'Ernährungs- und Landwirtschaftsorganisation der Vereinten Nationen (public-body) = FAO',
    ]);
    // The UN's children's fund is UNICEF, not the United Nations read from its first word.
    expect(typed('Das UN-Kinderhilfswerk hat Decken geschickt.')).toEqual(['UNICEF (association) = UN-Kinderhilfswerk']);
  });

  it('finds Muslim and church umbrella bodies, youth, scouting and sport federations', () => {
    expect(typed('Der Zentralrat der Muslime, die DITIB-Gemeinde und die Kaiserswerther Diakonie sammelten.')).toEqual([
      'Zentralrat der Muslime in Deutschland (association) = Zentralrat der Muslime',
      'DITIB (association) = DITIB',
      'Kaiserswerther Diakonie (association) = Kaiserswerther Diakonie',
    ]);
    expect(typed('Die DPSG, die Jugendfeuerwehr NRW und der Westdeutsche Handball-Verband luden die Gäste ein.')).toEqual([
      'Deutsche Pfadfinderschaft Sankt Georg (association) = DPSG',
      'Jugendfeuerwehr NRW (association) = Jugendfeuerwehr NRW',
      'Westdeutscher Handball-Verband (association) = Westdeutsche Handball-Verband',
    ]);
    expect(typed('Trainer des FLVW und des Westfälischen Turnerbundes kamen mit.')).toEqual([
      'Fußball- und Leichtathletik-Verband Westfalen (association) = FLVW',
      'Westfälischer Turnerbund (association) = Westfälischen Turnerbundes',
    ]);
    // The kinds alone stay generic.
    expect(typed('Die Jugendfeuerwehr und der Turnerbund haben gesammelt; die Plattform ist online.')).toEqual([]);
  });

  it('finds aid NGOs, Ukrainian foundations and short forms of university hospitals, joined with their long forms', () => {
    expect(typed('Das Hammer Forum, die Kindernothilfe und Come Back Alive halfen; die Stiftung Prytula schickte Drohnen.')).toEqual([
      'Hammer Forum (association) = Hammer Forum',
      'Kindernothilfe (association) = Kindernothilfe',
      'Come Back Alive (association) = Come Back Alive',
      'Serhij-Prytula-Stiftung (association) = Stiftung Prytula',
    ]);
    expect(typed('Ärzte der Uniklinik Münster und der Universitätsmedizin Essen operierten; die HSPV NRW schulte.')).toEqual([
      'Universitätsklinikum Münster (health) = Uniklinik Münster',
      'Universitätsklinikum Essen (health) = Universitätsmedizin Essen',
      'Hochschule für Polizei und öffentliche Verwaltung NRW (education) = HSPV NRW',
    ]);
  });

  it('finds regional utilities, housing companies and Ukrainian firms as companies', () => {
    expect(typed('Westenergie, Vonovia und die Provinzial spendeten, Kyivstar stellte SIM-Karten.')).toEqual([
      'Westenergie (company) = Westenergie',
      'Vonovia (company) = Vonovia',
      'Provinzial (company) = Provinzial',
      'Kyivstar (company) = Kyivstar',
    ]);
  });
});

describe('organisations, name shapes from knowledge, third pass (twelfth round)', () => {

  it('does not crash when a network or working group and its field end the answer', () => {
    // The field-then-place reading looked one word past the last: the whole analysis of the answer failed.
    expect(typed('Wir sind im Netzwerk Integration')).toEqual([]);
    expect(typed('Seit Jahren sind wir im Arbeitskreis Partnerschaft.')).toEqual([]);
    expect(analyseRecord({ partners: ['Hamm'], answers: [{ questionId: 'other-actors', text: 'Mitglied im Bündnis Integration' }] }).answers).toHaveLength(1);
  });

  it('finds Ukrainian regional councils and military administrations, and NRW regional councils, by their place', () => {
    expect(typed('Die Oblastmilitärverwaltung Charkiw, die Oblastrada Wolyn und der Regionalrat Arnsberg stimmten zu.')).toEqual([
      'Oblastmilitärverwaltung Charkiw (public-body) = Oblastmilitärverwaltung Charkiw',
      'Oblastrada Wolyn (public-body) = Oblastrada Wolyn',
      'Regionalrat Arnsberg (public-body) = Regionalrat Arnsberg',
    ]);
    expect(typed('Die Oblastrada hat getagt, die Militärverwaltung hat zugestimmt.')).toEqual([]);
  });

  it('finds clubs by their kind of fellowship with place and year, brass bands and a provost parish', () => {
    expect(typed('Die Turngemeinde Werries 1862, die Schützengesellschaft Bockum und die Blaskapelle Uentrop spielten.')).toEqual([
      'Turngemeinde Werries 1862 (association) = Turngemeinde Werries 1862',
      'Schützengesellschaft Bockum (association) = Schützengesellschaft Bockum',
      'Blaskapelle Uentrop (association) = Blaskapelle Uentrop',
    ]);
    expect(typed('Die Chorgemeinschaft Rhynern sang in der Propsteigemeinde St. Peter.')).toEqual([
      'Chorgemeinschaft Rhynern (association) = Chorgemeinschaft Rhynern',
      'Propsteigemeinde St. Peter (association) = Propsteigemeinde St. Peter',
    ]);
    expect(typed('Die Turngemeinde hat gesammelt, die Schützengesellschaft lud ein und die Blaskapelle spielte.')).toEqual([]);
  });

  it('reads "VHS <Ort>" as the Volkshochschule and a museum, a pharmacy or a mosque after a person or a saint', () => {
    expect(typed('Die VHS Unna bot Kurse an, das Gustav-Lübcke-Museum lud ein, die Marien-Apotheke und die Fatih-Moschee spendeten.')).toEqual([
      'Volkshochschule Unna (education) = VHS Unna',
      'Gustav-Lübcke-Museum (public-body) = Gustav-Lübcke-Museum',
      'Marien-Apotheke (company) = Marien-Apotheke',
      'Fatih-Moschee (association) = Fatih-Moschee',
    ]);
    expect(typed('In der VHS Deutsch gelernt; das Heimat-Museum war offen.')).toEqual([]);
  });

  it('reads a quoted name after a firm, a fund or a charity fund, typed by its class noun', () => {
    expect(typed('Die Agrarfirma „Podillja-Agro“, der Wohltätigkeitsfonds „Dobro“ und der Fonds „Kraft der Zukunft“ halfen.')).toEqual([
      'Podillja-Agro (company) = Podillja-Agro',
      'Dobro (association) = Dobro',
      'Kraft der Zukunft (funder) = Kraft der Zukunft',
    ]);
    expect(typed('Der Wohltätigkeitsfonds Horodenka half; der Fonds hat gezahlt.')).toEqual([
      'Wohltätigkeitsfonds Horodenka (association) = Wohltätigkeitsfonds Horodenka',
    ]);
  });

  it('finds crafts, shops, care homes, practices, children\'s homes and volunteer circles by their name or place', () => {
    expect(typed('Die Dachdeckerei Bömer, der Malerbetrieb Wessels und die Baumschule Lorenz spendeten Material.')).toEqual([
      'Dachdeckerei Bömer (company) = Dachdeckerei Bömer',
      'Malerbetrieb Wessels (company) = Malerbetrieb Wessels',
      'Baumschule Lorenz (company) = Baumschule Lorenz',
    ]);
    expect(typed('Im Seniorenstift St. Anna, in der Zahnarztpraxis Dr. Lehmann und im Kinderheim St. Vincenz wurde gesammelt.')).toEqual([
      'Seniorenstift St. Anna (health) = Seniorenstift St. Anna',
      'Zahnarztpraxis Dr. Lehmann (health) = Zahnarztpraxis Dr. Lehmann',
      'Kinderheim St. Vincenz (association) = Kinderheim St. Vincenz',
    ]);
    expect(typed('Der Helferkreis Asyl Werne und die Ukraine-Hilfe Kamen packten, das Hauptzollamt Dortmund fertigte ab.')).toEqual([
      'Helferkreis Asyl Werne (association) = Helferkreis Asyl Werne',
      'Ukraine-Hilfe Kamen (association) = Ukraine-Hilfe Kamen',
      'Hauptzollamt Dortmund (public-body) = Hauptzollamt Dortmund',
    ]);
    // The kinds alone, and the aid itself, stay generic.
    expect(typed('Die Baumschule hat Bäume gespendet, der Helferkreis trifft sich, die Ukraine-Hilfe läuft weiter, das Finanzamt prüft.')).toEqual([]);
  });

  it('types a quoted kindergarten or Lyzeum as education and a Ukrainian development agency as a public body', () => {
    expect(typed('Der Kindergarten „Sonechko“, das Lyzeum „Erudit“ und die Regionale Entwicklungsagentur Lwiw arbeiten mit.')).toEqual([
      'Sonechko (education) = Sonechko',
      'Erudit (education) = Erudit',
      'Regionale Entwicklungsagentur Lwiw (public-body) = Regionale Entwicklungsagentur Lwiw',
    ]);
  });

  it('finds a third batch: EU information centres by their town, business and church umbrellas, UN agencies, lotteries, donors', () => {
    expect(typed('Europe Direct Hamm informierte, die LAG 21 NRW beriet, der DIHK und das Gustav-Adolf-Werk halfen.')).toEqual([
      'Europe Direct (public-body) = Europe Direct Hamm',
      'Landesarbeitsgemeinschaft Agenda 21 NRW (association) = LAG 21 NRW',
      'Deutsche Industrie- und Handelskammer (public-body) = DIHK',
      'Gustav-Adolf-Werk (association) = Gustav-Adolf-Werk',
    ]);
    // "UN Women" is its own agency, not the United Nations read from its first word.
    expect(typed('UN Women und OCHA waren vor Ort; die GlücksSpirale und der Heimat-Scheck förderten uns.')).toEqual([
      'UN Women (public-body) = UN Women',
      'Amt der Vereinten Nationen für die Koordinierung humanitärer Angelegenheiten (public-body) = OCHA',
      'GlücksSpirale (funder) = GlücksSpirale',
      'Heimat-Scheck (funder) = Heimat-Scheck',
    ]);
    expect(typed('Viessmann und Vaillant spendeten Heizungen, Lwiwoblenergo baute die Leitungen.')).toEqual([
      'Viessmann (company) = Viessmann',
      'Vaillant (company) = Vaillant',
      'Lwiwoblenergo (company) = Lwiwoblenergo',
    ]);
  });

  it('finds a parish named after its church in one word and a general-education school with its number', () => {
    expect(typed('Die Pauluskirchengemeinde, die Martin-Luther-Kirchengemeinde und die Allgemeinbildende Schule Nr. 2 sammelten.')).toEqual([
      'Pauluskirchengemeinde (association) = Pauluskirchengemeinde',
      'Martin-Luther-Kirchengemeinde (association) = Martin-Luther-Kirchengemeinde',
      'Allgemeinbildende Schule Nr. 2 (education) = Allgemeinbildende Schule Nr. 2',
    ]);
    // Kinds of parish and of school stay generic.
    expect(typed('Die Stadtkirchengemeinde, unsere Ortskirchengemeinde und die Partnerkirchengemeinde sammelten; die Allgemeinbildende Schule hilft.')).toEqual([]);
  });

  it('reads the new heads in the genitive, with their nominative as the canonical name', () => {
    expect(typed('Mitarbeiter des Kinderheims St. Vincenz, des Finanzamts Hamm und des Hofladens Wessel halfen.')).toEqual([
      'Kinderheim St. Vincenz (association) = Kinderheims St. Vincenz',
      'Finanzamt Hamm (public-body) = Finanzamts Hamm',
      'Hofladen Wessel (company) = Hofladens Wessel',
    ]);
    expect(typed('Vertreter des Regionalrats Arnsberg und des Helferkreises Asyl Werne kamen.')).toEqual([
      'Regionalrat Arnsberg (public-body) = Regionalrats Arnsberg',
      'Helferkreis Asyl Werne (association) = Helferkreises Asyl Werne',
    ]);
  });

  it('finds the professional football clubs and the repatriates\' association from the gazetteer', () => {
    expect(typed('Fans von Borussia Dortmund und vom BVB, Trainer von Schachtar Donezk und die Landsmannschaft der Deutschen aus Russland.')).toEqual([
      'Borussia Dortmund (association) = Borussia Dortmund',
      'Borussia Dortmund (association) = BVB',
      'Schachtar Donezk (association) = Schachtar Donezk',
      'Landsmannschaft der Deutschen aus Russland (association) = Landsmannschaft der Deutschen aus Russland',
    ]);
  });
});
