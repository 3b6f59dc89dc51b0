// House rules, checked: they keep the core portable, the entrypoints thin,
// the extractors registered, and page markup away from our DOM.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/extract/registry';

const ROOT = join(__dirname, '..', '..');

function filesUnder(dir: string, test: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir))) {
    const path = join(dir, entry);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...filesUnder(path, test));
    else if (test(path)) out.push(path);
  }
  return out;
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The portable core: runs in Node, the browser and the CLI alike. */
const CORE = [
  'text', 'dom', 'links', 'record', 'questions', 'extract', 'html-to-markdown', 'markdown-to-html', 'compare', 'search',
  'export', 'settings', 'refusals', 'db', 'live', 'messaging', 'cli', 'capture', 'ideas',
];
/** The only folders of src/ that may touch extension APIs or Svelte. */
const ADAPTERS = ['browser', 'ui', 'locales'];

describe('src/ layout', () => {
  it('has only core and adapter folders', () => {
    const folders = readdirSync(join(ROOT, 'src')).filter((f) => statSync(join(ROOT, 'src', f)).isDirectory());
    for (const folder of folders) expect([...CORE, ...ADAPTERS]).toContain(folder);
  });

  const coreFiles = CORE.flatMap((folder) => {
    try {
      return filesUnder(join('src', folder), (p) => p.endsWith('.ts'));
    } catch {
      return [];
    }
  });

  it.each(coreFiles)('%s uses no extension API', (file) => {
    const source = read(file);
    expect(source).not.toMatch(/from ['"](wxt\/browser|webextension-polyfill|#i18n|wxt\/utils\/[^'"]+)['"]/);
    expect(source).not.toMatch(/\b(browser|chrome)\.(runtime|tabs|storage|scripting|action|contextMenus|i18n)\b/);
    expect(source).not.toMatch(/from ['"][^'"]*\/(browser|ui)\/[^'"]*['"]/);
  });
});

describe('entrypoints stay thin', () => {
  const scripts = filesUnder('entrypoints', (p) => /\.(ts)$/.test(p) && !p.endsWith('.d.ts'));
  it.each(scripts)('%s is short and calls no browser API at module top level', (file) => {
    const source = read(file);
    expect(source.split('\n').length).toBeLessThanOrEqual(80);
    // Top-level statements are the lines with no indentation; none may call browser.*.
    const topLevel = source.split('\n').filter((line) => /^\S/.test(line));
    for (const line of topLevel) expect(line).not.toMatch(/\bbrowser\.\w+/);
  });
});

describe('extractors', () => {
  const extractorFiles = filesUnder('src/extract', (p) => p.endsWith('.ts')).filter((p) =>
    /export const \w+: Extractor\b/.test(read(p)),
  );

  it('every extractor is one file in src/extract/extractors/, and every file there is an extractor', () => {
    expect(extractorFiles.sort()).toEqual(filesUnder('src/extract/extractors', (p) => p.endsWith('.ts')).sort());
  });

  it('every extractor file is registered, under a unique id', () => {
    expect(extractorFiles.length).toBe(EXTRACTORS.length);
    expect(new Set(EXTRACTORS.map((e) => e.id)).size).toBe(EXTRACTORS.length);
  });

  it('every golden fixture has its expected result', () => {
    const htmls = filesUnder('tests/golden/fixtures', (p) => p.endsWith('.html'));
    expect(htmls.length).toBeGreaterThanOrEqual(12);
    for (const html of htmls) expect(() => read(html.replace(/\.html$/, '.expected.json'))).not.toThrow();
  });
});

describe('no page markup reaches our DOM unsanitised', () => {
  const uiFiles = [
    ...filesUnder('src', (p) => /\.(svelte|ts)$/.test(p)),
    ...filesUnder('entrypoints', (p) => /\.(svelte|ts)$/.test(p)),
  ].map((p) => relative(ROOT, join(ROOT, p)));

  it('{@html} is used only by the safe Markdown view', () => {
    const users = uiFiles.filter((p) => read(p).includes('{@html'));
    expect(users).toEqual(['src/ui/MarkdownView.svelte']);
  });

  it('innerHTML is set only on inert <template> elements in the parsers, or in the sanitiser', () => {
    const users = uiFiles.filter((p) => /\.innerHTML\s*=/.test(read(p)));
    for (const file of users) {
      if (file.startsWith('src/markdown-to-html/')) continue;
      expect(read(file)).toMatch(/template\.innerHTML\s*=/);
      expect(read(file)).not.toMatch(/(?<!template)\.innerHTML\s*=/);
    }
  });
});

describe('UI strings', () => {
  it('go through the runtime language lookup, never straight to @wxt-dev/i18n', () => {
    // '#i18n' (browser.i18n) cannot follow the language chosen in the options. Pages and
    // components use src/ui/i18n.ts, the background src/browser/i18n.ts.
    const files = [...filesUnder('src', (p) => /\.(svelte|ts)$/.test(p)), ...filesUnder('entrypoints', (p) => /\.(svelte|ts)$/.test(p))];
    const direct = files.filter((p) => /import \{[^}]*\} from ['"]#i18n['"]/.test(read(p)));
    expect(direct).toEqual([]);
  });
});
