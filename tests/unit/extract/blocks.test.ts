import { describe, expect, it } from 'vitest';
import { findContentRoot, segmentBlocks } from '../../../src/extract/blocks';
import { answerFromBlocks } from '../../../src/extract/answer';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const texts = (html: string): string[] => {
  const doc = parse(html);
  return segmentBlocks(findContentRoot(doc)).map((b) => b.text);
};

describe('segmentBlocks', () => {
  it('splits on <br> and block elements alike', () => {
    expect(texts('<div>a<br>b<p>c</p>d<br><br>e</div>')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(texts('<p><strong>1. Frage?</strong><br>Antwort <em>kursiv</em></p>')).toEqual(['1. Frage?', 'Antwort kursiv']);
  });

  it('splits a bold question from an answer on the same line', () => {
    const doc = parse('<p><b>2. Was?</b> Die Antwort.</p>');
    const blocks = segmentBlocks(doc.body);
    expect(blocks.map((b) => [b.text, b.bold])).toEqual([['2. Was?', true], ['Die Antwort.', false]]);
  });

  it('keeps lists and tables whole and marks headings', () => {
    const blocks = segmentBlocks(parse('<h3>Titel</h3><p>Intro</p><ul><li>a</li><li>b</li></ul>').body);
    expect(blocks.map((b) => [b.text, b.heading, b.atomic])).toEqual([['Titel', 3, false], ['Intro', 0, false], ['a b', 0, true]]);
  });

  it('skips site chrome, hidden nodes and the Jetpack line', () => {
    expect(
      texts('<nav>Menü</nav><aside>Seite</aside><p>Inhalt</p><div class="cookie-banner">Cookies?</div><p hidden>weg</p><p>%d Bloggern gefällt das:</p><footer>Impressum</footer>'),
    ).toEqual(['Inhalt']);
  });

  it('prefers the entry content as root', () => {
    expect(texts('<body><p>Kopf</p><article><div class="entry-content"><p>Text</p></div></article></body>')).toEqual(['Text']);
  });
});

describe('answerFromBlocks', () => {
  it('builds Markdown from the original nodes: lines become paragraphs, lists stay lists', () => {
    const doc = parse('<p>Erfolge:<br>erstens</p><ul><li>Besuch</li><li>Spenden</li></ul>');
    const answer = answerFromBlocks(segmentBlocks(doc.body), doc);
    expect(answer.markdown).toBe('Erfolge:\n\nerstens\n\n- Besuch\n- Spenden');
    expect(answer.text).toBe('Erfolge: erstens Besuch Spenden');
  });
});

describe('findContentRoot', () => {
  const long = (word: string, n = 40) => Array.from({ length: n }, () => word).join(' ');

  it('is not a teaser card or a reader comment, whatever comes first', () => {
    const doc = parse(`<body><article class="card"><h3>Teaser</h3><p>${long('kurz', 10)}</p></article>
      <div class="page"><div class="story"><p>${long('Interview')}</p><p>${long('Antwort')}</p><p>${long('Text')}</p></div>
      <section class="discussion"><article class="comment-body"><p>${long('Leserbrief')}</p></article></section></div></body>`);
    expect(findContentRoot(doc).tagName).toBe('BODY');
  });

  it('takes the longest article when it holds a fair share of the page', () => {
    const doc = parse(`<body><article class="card"><p>${long('kurz', 10)}</p></article><article class="post"><p>${long('Antwort')}</p></article><div>${long('Fuß', 30)}</div></body>`);
    expect(findContentRoot(doc).getAttribute('class')).toBe('post');
  });

  it('ignores chrome-looking classes on the body, and finds a post a theme wrapped in a "widget"', () => {
    const drupal = parse(`<body class="one-sidebar sidebar-first"><nav>Menü</nav><article class="node"><p>${long('Text')}</p></article></body>`);
    expect(findContentRoot(drupal).getAttribute('class')).toBe('node');
    const blogger = parse(`<body><div class="header">Kopf</div><div class="widget Blog"><div class="post-body entry-content"><p>${long('Text')}</p></div></div></body>`);
    expect(findContentRoot(blogger).getAttribute('class')).toBe('post-body entry-content');
  });
});
