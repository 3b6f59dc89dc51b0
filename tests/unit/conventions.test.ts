// House rules, checked: they keep the core portable, the entrypoints thin,
// the extractors registered, and page markup away from our DOM.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/extract/registry';
import { ENTRYPOINTS, LAYERS } from './layers';

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

/** The portable core (runs in Node, the browser and the CLI) and the browser-only adapters, from the layer table. */
const FOLDERS = Object.keys(LAYERS);
const CORE = FOLDERS.filter((f) => !LAYERS[f]!.adapter);
const TABLE = 'tests/unit/layers.ts';

describe('src/ layout', () => {
  it('has a layer for every folder of src/', () => {
    const folders = readdirSync(join(ROOT, 'src')).filter((f) => statSync(join(ROOT, 'src', f)).isDirectory());
    const missing = folders.filter((f) => !FOLDERS.includes(f));
    expect(
      missing,
      `src/${missing[0]}/ is not in the layer table (${TABLE}). Add it there with the folders it may use, ` +
        'and a row to the "Layers" table of docs/architecture.md.',
    ).toEqual([]);
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

/** Every module specifier a file imports: static, type-only, re-exports, side-effect imports and dynamic import(). */
function importsOf(source: string): string[] {
  const specs: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1/gm,
    /^\s*import\s*(['"])([^'"]+)\1/gm,
    /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) specs.push(m[2]!);
  return specs;
}

/** The src/ folder a path lies in, 'entrypoints', or null (tests, config). */
function folderOf(path: string): string | null {
  const parts = path.split(sep);
  if (parts[0] === 'src' && parts.length > 2) return parts[1]!;
  return parts[0] === ENTRYPOINTS ? ENTRYPOINTS : null;
}

function packageOf(spec: string): string {
  if (spec.startsWith('node:')) return spec;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

interface Dependency {
  file: string;
  spec: string;
  /** The src/ folder imported from ('entrypoints', or null outside both), when the import is a path. */
  folder: string | null;
  /** The package, when the import is one. */
  pkg: string | null;
}

const codeFiles = [
  ...filesUnder('src', (p) => /\.(ts|svelte)$/.test(p)),
  ...filesUnder(ENTRYPOINTS, (p) => /\.(ts|svelte)$/.test(p) && !p.endsWith('.d.ts')),
];
const dependencies: Dependency[] = codeFiles.flatMap((file) =>
  importsOf(read(file)).map((spec): Dependency => {
    if (!spec.startsWith('.')) return { file, spec, folder: null, pkg: packageOf(spec) };
    return { file, spec, folder: folderOf(relative(ROOT, resolve(ROOT, dirname(file), spec))), pkg: null };
  }),
);

/** A circle in a folder graph, as "a → b → a", or null. */
function findCycle(edges: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'visiting') return [...path.slice(path.indexOf(node)), node].join(' → ');
    state.set(node, 'visiting');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of edges.keys()) {
    const found = visit(node);
    if (found) return found;
  }
  return null;
}

describe(`layers (the table is ${TABLE})`, () => {
  it('finds the imports it checks, dynamic ones and those of .svelte files included', () => {
    expect(dependencies.some((d) => d.file.endsWith('.svelte') && d.folder === 'db')).toBe(true);
    expect(dependencies.some((d) => d.file === join(ENTRYPOINTS, 'popup', 'App.svelte') && d.folder === 'live')).toBe(true);
    expect(importsOf("const m = await import('../x/y');\nimport type { A } from '../a/b';\nimport '../c.css';")).toEqual(['../a/b', '../c.css', '../x/y']);
  });

  it.each(codeFiles.filter((f) => folderOf(f) !== ENTRYPOINTS))('%s imports only what its layer may use', (file) => {
    const own = folderOf(file)!;
    const layer = LAYERS[own];
    if (!layer) return; // reported by "has a layer for every folder of src/"
    const problems: string[] = [];
    for (const d of dependencies.filter((x) => x.file === file)) {
      if (d.folder === ENTRYPOINTS) {
        problems.push(`${file} imports ${d.spec}: src/ never imports from entrypoints/ (the thin top layer).`);
      } else if (d.pkg === null && d.folder !== own && (d.folder === null || !layer.mayUse.includes(d.folder))) {
        problems.push(
          `${file} imports ${d.spec}: src/${own}/ may use only [${layer.mayUse.join(', ') || 'no other folder'}], not src/${d.folder}/. ` +
            `Move the shared code down into a folder both may use, or, if ${own} → ${d.folder} is the right direction, ` +
            `add '${d.folder}' to ${own}.mayUse in ${TABLE} and to docs/architecture.md (the table must stay free of cycles).`,
        );
      } else if (d.pkg !== null && !(layer.packages ?? []).includes(d.pkg)) {
        problems.push(
          `${file} imports the package ${d.spec}: src/${own}/ may use only [${(layer.packages ?? []).join(', ') || 'no packages'}]. ` +
            `Add '${d.pkg}' to ${own}.packages in ${TABLE} if it belongs in this layer.`,
        );
      }
    }
    expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
  });

  it('the layer table itself has no cycle and names only known folders', () => {
    const edges = new Map(FOLDERS.map((f) => [f, new Set(LAYERS[f]!.mayUse)]));
    expect(findCycle(edges), `${TABLE} lets folders use each other in a circle`).toBeNull();
    for (const f of FOLDERS) for (const used of LAYERS[f]!.mayUse) expect(FOLDERS, `${f}.mayUse in ${TABLE}`).toContain(used);
  });

  it('no folders of src/ import each other, directly or in a circle', () => {
    const edges = new Map<string, Set<string>>();
    for (const d of dependencies) {
      const from = folderOf(d.file);
      if (!from || from === ENTRYPOINTS || !d.folder || d.folder === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(d.folder);
    }
    expect(findCycle(edges), 'folders of src/ import each other in a circle: move the shared piece down a layer').toBeNull();
  });

  it('docs/architecture.md shows the same layers', () => {
    const rows = new Map<string, string[]>();
    for (const m of read('docs/architecture.md').matchAll(/^\| `src\/([\w-]+)\/` \|[^|\n]*\|([^|\n]*)\|$/gm)) {
      rows.set(m[1]!, [...m[2]!.matchAll(/`src\/([\w-]+)`/g)].map((x) => x[1]!).sort());
    }
    expect([...rows.keys()].sort(), `the "Layers" table of docs/architecture.md lists the folders of ${TABLE}`).toEqual([...FOLDERS].sort());
    for (const f of FOLDERS) expect(rows.get(f), `"may use" of src/${f}/ in docs/architecture.md, as in ${TABLE}`).toEqual([...LAYERS[f]!.mayUse].sort());
  });

  it('docs/architecture.md cites only files that exist', () => {
    const cited = [...read('docs/architecture.md').matchAll(/`((?:src|tests|entrypoints|docs|scripts)\/[\w./-]*\w)`/g)].map((m) => m[1]!);
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
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
