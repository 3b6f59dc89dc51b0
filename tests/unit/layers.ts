/**
 * THE LAYER TABLE: which folder of src/ may import which. Written once, here;
 * tests/unit/conventions.test.ts checks every import of every .ts and .svelte
 * file under src/ and entrypoints/ against it (static, type-only, side-effect
 * and dynamic `import()`), that the folders never import each other in a
 * circle, and that the table in docs/architecture.md says the same.
 *
 * Adding a folder or a dependency: add or extend its entry here AND its row in
 * docs/architecture.md ("may use" column). Keep the table a one-way street:
 * if two folders need each other, move the shared piece down into a folder
 * both may use (that is how src/dom, src/links and src/refusals came about).
 */

export interface Layer {
  /** Folders of src/ this folder may import from (its own files are always fine). */
  mayUse: readonly string[];
  /** npm packages it may import (`node:` built-ins count as packages named "node:…"). */
  packages?: readonly string[];
  /** Browser-only: may use extension APIs, #i18n and Svelte. Every other folder is the portable core. */
  adapter?: true;
}

export const LAYERS: Readonly<Record<string, Layer>> = {
  // Leaves: no folder below them.
  text: { mayUse: [] },
  dom: { mayUse: [] },
  links: { mayUse: [] },
  refusals: { mayUse: [] },
  settings: { mayUse: [] },
  questions: { mayUse: ['text'] },
  record: { mayUse: ['questions'], packages: ['@cfworker/json-schema'] },
  // Turning pages into records.
  'html-to-markdown': { mayUse: ['dom', 'links'], packages: ['turndown'] },
  'markdown-to-html': { mayUse: ['links'], packages: ['marked', 'dompurify'] },
  extract: { mayUse: ['dom', 'text', 'questions', 'record', 'refusals', 'html-to-markdown'] },
  messaging: { mayUse: ['record', 'extract', 'refusals'] },
  capture: { mayUse: ['dom', 'record', 'extract', 'messaging', 'refusals', 'compare'] },
  cli: { mayUse: ['questions', 'record', 'extract', 'ideas'], packages: ['linkedom', 'node:fs', 'node:path', 'node:crypto', 'node:process'] },
  // Reading, comparing and storing records.
  search: { mayUse: ['text', 'record'] },
  ideas: { mayUse: ['text', 'questions', 'record'], packages: ['@orama/stemmers'] },
  compare: { mayUse: ['text', 'questions', 'record', 'export'], packages: ['diff'] },
  db: { mayUse: ['record', 'search', 'extract'], packages: ['dexie'] },
  export: { mayUse: ['text', 'links', 'questions', 'record', 'settings', 'html-to-markdown', 'extract', 'ideas', 'db'], packages: ['fflate', '@cfworker/json-schema'] },
  live: { mayUse: ['record', 'search', 'db'], packages: ['dexie'] },
  // Browser-only adapters.
  browser: {
    adapter: true,
    mayUse: ['record', 'extract', 'messaging', 'capture', 'refusals', 'settings', 'search', 'db'],
    packages: ['wxt', 'dexie', '#i18n'],
  },
  ui: {
    adapter: true,
    mayUse: ['text', 'links', 'questions', 'record', 'markdown-to-html', 'compare', 'search', 'ideas', 'settings', 'export', 'db', 'live', 'browser'],
    packages: ['svelte', 'dexie', '#i18n'],
  },
  locales: { adapter: true, mayUse: [] },
};

/** entrypoints/ are the thin adapters on top: they may use every folder of src/ and any package. */
export const ENTRYPOINTS = 'entrypoints';
