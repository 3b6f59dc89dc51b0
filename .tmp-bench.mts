import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
const reg = await import(process.argv[2]!);
const dir = '/work/wt/extract/tests/golden/fixtures/';
const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
const pages = files.map((f) => ({ html: readFileSync(dir + f, 'utf8'), url: JSON.parse(readFileSync(dir + f.replace('.html', '.expected.json'), 'utf8')).url }));
// big page: the seed repeated with many paragraphs
const docs = () => pages.map((p) => ({ doc: parseHTML(p.html).document, url: p.url }));
for (let r = 0; r < 3; r++) { for (const { doc, url } of docs()) reg.extractPage(doc, url); }
let total = 0;
for (let r = 0; r < 15; r++) { const ds = docs(); const t = performance.now(); for (const { doc, url } of ds) reg.extractPage(doc, url); total += performance.now() - t; }
console.log(process.argv[2], (total / 15).toFixed(1), 'ms per', pages.length, 'pages');
