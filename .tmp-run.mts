import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractPage } from './src/extract/registry';
const [file, url] = process.argv.slice(2);
const doc = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
const r = extractPage(doc, url);
if (!r.ok) console.log(r); else { const c = r.content; console.log(c.extractor, c.title, c.partners, c.kind, c.interviewee, c.interviewer, c.photoCredit, 'n=', c.answers.length, c.warnings); for (const a of c.answers) console.log(' ', a.number, a.questionId, '|', a.question.slice(0,50), '=>', a.text.slice(0,70), '...', a.text.slice(-40)); }
