/**
 * Generated pages for the capture and bulk-clip browser tests: portraits of
 * invented NRW–Ukrainian partnerships (the anatomy of the real pages, see
 * src/extract/extractors/portrait.ts; the wording our own), a non-portrait report page, and an overview page that
 * links to them. A `revision` changes one answer, for re-clip tests.
 */
import { QUESTIONS } from '../../../src/questions/catalogue';

export const HOST = 'staedtepartnerschaftennrw.org';
const INTRO =
  'Die Kurzporträts nordrhein-westfälisch-ukrainischer Partnerschaften bieten einen Überblick, Tipps, Best Practices – nutzen Sie sie als Ideenfundgrube für eigene Projekte, oder als Anstoß zu Austausch und Vernetzung.';

export interface PortraitSpec {
  /** e.g. "Musterstadt" */
  nrw: string;
  /** e.g. "Poltawa" */
  ukraine: string;
  kind?: string;
  interviewee?: string;
  /** Bump to change the first answer (a "changed page"). */
  revision?: number;
}

export function slugOf(spec: PortraitSpec): string {
  const slug = (s: string) =>
    s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `/${slug(spec.nrw)}-${slug(spec.ukraine)}/`;
}

export function titleOf(spec: PortraitSpec): string {
  return `${spec.nrw} – ${spec.ukraine}`;
}

/** Invented answers; the town names make every page different. */
function answerFor(n: number, spec: PortraitSpec): string {
  const answers = [
    `Der erste Kontakt entstand ${spec.revision ? `im Jahr ${2021 + spec.revision} ` : ''}über einen Verein in ${spec.nrw}, der schon Hilfstransporte nach ${spec.ukraine} organisiert hatte.`,
    `Ähnliche Größe und eine gemeinsame Geschichte im Handwerk; geplant ist ein Austausch der Feuerwehren.`,
    `Ja, wir haben uns mit zwei Nachbarkommunen abgestimmt. Nothilfe leisten wir seit dem Frühjahr 2022.`,
    `Ein Bürgerfest mit Gästen aus ${spec.ukraine} und die Lieferung von zwei Stromgeneratoren.`,
    `Frühzeitig mit der Servicestelle sprechen und kleine Anträge mit klaren Zielen stellen.`,
    `Eine halbe Stelle im Büro des Bürgermeisters, dazu viele Ehrenamtliche.`,
    `Die Stadtwerke haben Ersatzteile für das Wassernetz bereitgestellt.`,
    `Schulen, Kirchengemeinden und ein Sportverein sammeln regelmäßig Spenden.`,
    `Wir tauschen uns im Netzwerk der NRW-Kommunen aus und planen einen gemeinsamen Transport.`,
    `Unsere Partnerstadt in Polen hilft bei der Logistik.`,
    `Ja, mehrere Geflüchtete übersetzen bei Besuchen und Videokonferenzen.`,
    `Es gibt Kontakte zwischen zwei Gymnasien und einer Musikschule.`,
  ];
  return answers[n - 1] ?? '';
}

export function portraitHtml(spec: PortraitSpec): string {
  const title = titleOf(spec);
  const kind = spec.kind ?? 'Solidaritätspartnerschaft';
  const interviewee = spec.interviewee ?? `Erika Beispiel, Stadt ${spec.nrw}`;
  const qa = QUESTIONS.map((q) => `<p>${q.number}. ${q.text}</p>\n<p>${answerFor(q.number, spec)}</p>`).join('\n');
  return `<!doctype html>
<html lang="de-DE"><head><meta charset="utf-8">
<title>${title} – Städtepartnerschaften NRW</title>
<link rel="canonical" href="https://${HOST}${slugOf(spec)}">
</head><body>
<header class="site-header"><nav class="main-navigation"><ul><li><a href="/projekt/">Projekt</a></li></ul></nav></header>
<main id="main"><article><header class="entry-header"><h1 class="entry-title">${title}</h1></header>
<div class="entry-content">
<p><strong>Porträt einer NRW-ukrainischen ${kind}</strong></p>
<p><em>${INTRO}</em></p>
<p>Interview mit ${interviewee}</p>
${qa}
<p>Frau Beispiel, wir danken Ihnen für das Interview.</p>
<p>Das Interview führte Max Mustermann</p>
<p>Fotos: Stadt ${spec.nrw}</p>
</div></article></main>
<footer class="site-footer"><p><a href="/impressum/">Impressum</a></p></footer>
</body></html>`;
}

/** A page of the site that is not a portrait: a short event report, no questions. */
export function reportHtml(title: string): string {
  return `<!doctype html>
<html lang="de-DE"><head><meta charset="utf-8"><title>${title} – Städtepartnerschaften NRW</title></head><body>
<main id="main"><article><h1>${title}</h1>
<div class="entry-content">
<p>Am Samstag trafen sich Vertreterinnen und Vertreter aus zwölf Kommunen zu einem Werkstattgespräch.</p>
<p>Im Mittelpunkt standen Erfahrungen mit Hilfstransporten und die Frage, wie Schulen eingebunden werden können.</p>
<p>Die Ergebnisse werden im Herbst in einer Broschüre veröffentlicht.</p>
</div></article></main></body></html>`;
}

/** An overview page linking to the given paths (with a menu link that is not a portrait). */
export function overviewHtml(links: { path: string; title: string }[]): string {
  const items = links.map((l) => `<li><a href="${l.path}">${l.title}</a></li>`).join('\n');
  return `<!doctype html>
<html lang="de-DE"><head><meta charset="utf-8"><title>Kurzporträts – Städtepartnerschaften NRW</title></head><body>
<header class="site-header"><nav class="main-navigation"><ul><li><a href="/projekt/">Projekt</a></li><li><a href="/who-is-who/">Who is Who</a></li></ul></nav></header>
<main id="main"><h1>Kurzporträts</h1><p>Hier finden Sie alle bisher erschienenen Porträts.</p>
<ul class="portraits">
${items}
</ul></main></body></html>`;
}

/** Twelve invented partnerships for the bulk test. */
export const BULK_TOWNS: PortraitSpec[] = [
  { nrw: 'Altenbruch', ukraine: 'Poltawa' },
  { nrw: 'Bergheide', ukraine: 'Tschernihiw' },
  { nrw: 'Kreis Emsland-Süd', ukraine: 'Riwne' },
  { nrw: 'Dorstenfeld', ukraine: 'Schytomyr' },
  { nrw: 'Eichhagen', ukraine: 'Uschhorod' },
  { nrw: 'Falkenau', ukraine: 'Winnyzja' },
  { nrw: 'Grünwalde', ukraine: 'Tscherkassy' },
  { nrw: 'Hohenbach', ukraine: 'Sumy' },
  { nrw: 'Kreis Ilmenhof', ukraine: 'Ternopil' },
  { nrw: 'Jägerstein', ukraine: 'Krementschuk' },
  { nrw: 'Kaltental', ukraine: 'Lozova' },
  { nrw: 'Lindenborn', ukraine: 'Kowel' },
];
