/**
 * Benchmark code that runs INSIDE Chromium. Bundled by scripts/bench.mjs into
 * one IIFE (window.__pcBench) and evaluated in a fixture page (parse figures),
 * in an extension page (DB figures: same origin as the extension, so the same
 * IndexedDB) and in the real popup (search, compare, clip).
 * Not an entrypoint of the extension: nothing here ships.
 */
import { Readability } from '@mozilla/readability';
import TurndownService from 'turndown';
import Dexie from 'dexie';
import { extractPage } from '../../../src/extract/registry';
import { openClipperDB, type ClipperDB } from '../../../src/db/schema';
import { stableStringify, toStored } from '../../../src/record/content';
import { loadSearchIndex } from '../../../src/db/search';
import { exportRecordsBlob } from '../../../src/export/json-stream';
import { applyImport, planImport } from '../../../src/export/import-plan';
import type { ClippedContent, PartnershipRecord } from '../../../src/record/types';
import { recordStream } from '../generate';
import { analyseRecord } from '../../../src/ideas/analyse';
import { collectionIdeas, type CollectionIdeas } from '../../../src/ideas/collection';
import { similarTo } from '../../../src/ideas/similarity';
import { readIdeasCache } from '../../../src/db/ideas-cache';
import { RULES_FINGERPRINT } from '../../../src/ideas/cache-entry';
import { overviewOf } from '../../../src/ideas/overview';

// ---------------------------------------------------------------- timing

/** Iterations so that one sample lasts about `minMs` (timers are coarse outside cross-origin isolation). */
function calibrate(fn: () => unknown, minMs: number): number {
  let k = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < k; i++) fn();
    const dt = performance.now() - t0;
    if (dt >= minMs || k >= 1 << 16) return k;
    k = dt < 1 ? k * 8 : Math.ceil((k * minMs) / dt);
  }
}

function batch(fn: () => unknown, k: number): number {
  const t0 = performance.now();
  for (let i = 0; i < k; i++) fn();
  return (performance.now() - t0) / k;
}

// ---------------------------------------------------------------- parse (fixture page)

function ours(): unknown {
  const result = extractPage(document, location.href);
  if (!result.ok) throw new Error(`extractPage failed: ${result.reason}`);
  return result;
}

/** What most clippers do: Readability on a clone (it mutates the DOM), then turndown on its HTML. */
function readabilityTurndown(): string {
  const article = new Readability(document.cloneNode(true) as Document).parse();
  if (!article?.content) throw new Error('Readability found no article');
  return new TurndownService().turndown(article.content);
}

/** The floor: visit every node of the page once. */
function treeWalk(): number {
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

export interface ParseSamples {
  ours: number[];
  readability: number[];
  walker: number[];
  nodes: number;
  answers: number;
  iterations: { ours: number; readability: number; walker: number };
}

/** Interleaves the three methods run by run, so machine drift hits them alike. */
function parse(opts: { runs: number; warmup: number; minMs: number }): ParseSamples {
  const answers = (ours() as { content: { answers: unknown[] } }).content.answers.length;
  const k = { ours: calibrate(ours, opts.minMs), readability: calibrate(readabilityTurndown, opts.minMs), walker: calibrate(treeWalk, opts.minMs) };
  for (let i = 0; i < opts.warmup; i++) {
    batch(ours, k.ours);
    batch(readabilityTurndown, k.readability);
    batch(treeWalk, k.walker);
  }
  const out: ParseSamples = { ours: [], readability: [], walker: [], nodes: treeWalk(), answers, iterations: k };
  for (let i = 0; i < opts.runs; i++) {
    out.ours.push(batch(ours, k.ours));
    out.readability.push(batch(readabilityTurndown, k.readability));
    out.walker.push(batch(treeWalk, k.walker));
  }
  // The page must be unchanged by our extractor (it is read-only on the live DOM).
  const after = (ours() as { content: { answers: unknown[] } }).content.answers.length;
  if (after !== answers) throw new Error('the page changed while parsing');
  return out;
}

// ---------------------------------------------------------------- DB (extension page)

let db: ClipperDB | null = null;
let exported: Blob | null = null;
const IMPORT_DB = 'pc-bench-import';

function clipperDB(): ClipperDB {
  db ??= openClipperDB();
  return db;
}

/** Replaces the collection with `count` generated records, written 2,000 at a time (as an import's batches). */
async function seed(templates: ClippedContent[], count: number, seedValue = 7): Promise<{ count: number; ms: number }> {
  const t0 = performance.now();
  const d = clipperDB();
  await d.transaction('rw', d.records, d.revisions, async () => {
    await d.records.clear();
    await d.revisions.clear();
  });
  let batch: ReturnType<typeof toStored>[] = [];
  for (const record of recordStream(templates, count, seedValue)) {
    batch.push(toStored(record));
    if (batch.length === 2000) {
      await d.records.bulkPut(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await d.records.bulkPut(batch);
  return { count: await d.records.count(), ms: performance.now() - t0 };
}

/** Replaces the collection with exactly these records (the check-for-updates figure brings its own). */
async function replaceRecords(records: PartnershipRecord[]): Promise<number> {
  const d = clipperDB();
  await d.transaction('rw', d.records, d.revisions, async () => {
    await d.records.clear();
    await d.revisions.clear();
    await d.records.bulkPut(records.map(toStored));
  });
  return d.records.count();
}

async function count(): Promise<number> {
  return clipperDB().records.count();
}

/** The ids the popup should show for a query (first page, newest first), from the index alone. */
async function expectedIds(query: string, limit: number): Promise<{ ids: string[]; total: number }> {
  const ids = (await loadSearchIndex(clipperDB())).match(query, { sort: 'captured' });
  return { ids: ids.slice(0, limit), total: ids.length };
}

/**
 * Export as the app does it for the whole collection: streamed, a page of records at a time, topics and
 * organisations from the ideas cache. `emptyCache` first drops the cache (untimed), as right after an import.
 */
async function exportOnce(emptyCache = false): Promise<{ ms: number; bytes: number; records: number }> {
  const d = clipperDB();
  if (emptyCache) await d.ideasCache.clear();
  const t0 = performance.now();
  exported = await exportRecordsBlob(d);
  const ms = performance.now() - t0;
  return { ms, bytes: exported.size, records: await d.records.count() };
}

/** Import the last export into an empty collection: planImport (parse, validate, diff) + applyImport. */
async function importOnce(): Promise<{ ms: number; planMs: number; applyMs: number; created: number; error?: string }> {
  if (!exported) throw new Error('export first');
  await Dexie.delete(IMPORT_DB);
  const target = openClipperDB(IMPORT_DB);
  await target.open();
  try {
    const t0 = performance.now();
    // As the import page does: the chosen File, read in pieces.
    const planned = await planImport(target, exported);
    const t1 = performance.now();
    if (!planned.ok) return { ms: t1 - t0, planMs: t1 - t0, applyMs: 0, created: 0, error: planned.error };
    const applied = await applyImport(target, planned.plan);
    const t2 = performance.now();
    return {
      ms: t2 - t0,
      planMs: t1 - t0,
      applyMs: t2 - t1,
      created: applied.ok ? applied.created : 0,
      error: applied.ok ? undefined : applied.error,
    };
  } finally {
    target.close();
    await Dexie.delete(IMPORT_DB);
  }
}

/** Drops the last export (a few hundred MB at 50,000 records) before the figures that follow. */
function forgetExport(): void {
  exported = null;
}

// ---------------------------------------------------------------- popup (the real popup page)

function listIds(): string[] {
  return Array.from(document.querySelectorAll('[data-record-id]'), (el) => el.getAttribute('data-record-id') ?? '');
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Resolves with performance.now() at the first DOM state where `done()` holds (checked on every mutation). */
function when(done: () => boolean, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    if (done()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!done()) return;
      const t = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      resolve(t);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

function searchBox(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type=search]');
  if (!input) throw new Error('no search box');
  return input;
}

function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, data: value.slice(-1), inputType: 'insertText' }));
}

/** Sets the search text without timing (e.g. back to ''), waiting for the expected list. */
async function setSearch(value: string, expected: string[]): Promise<void> {
  typeInto(searchBox(), value);
  await when(() => sameList(listIds(), expected));
}

/** One keystroke → the expected first page of results is in the DOM. */
async function searchOnce(value: string, expected: string[]): Promise<number> {
  const input = searchBox();
  const t0 = performance.now();
  typeInto(input, value);
  const t1 = await when(() => sameList(listIds(), expected) && (expected.length > 0 || !!document.querySelector('.empty')));
  return t1 - t0;
}

function button(selector: string): HTMLButtonElement {
  const b = document.querySelector<HTMLButtonElement>(selector);
  if (!b) throw new Error(`no button ${selector}`);
  return b;
}

function frames(n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

/** Selects `ids` (untimed), then Compare click → table with one column per record rendered. */
async function compareOnce(ids: string[]): Promise<number> {
  for (const id of ids) document.querySelector<HTMLInputElement>(`[data-record-id="${id}"] input[type=checkbox]`)?.click();
  const compare = button('footer button');
  await when(() => !compare.disabled && compare.textContent!.includes(`(${ids.length})`));
  // Let the selection's live query deliver the records before timing.
  await frames(2);
  await new Promise((r) => setTimeout(r, 30));
  const t0 = performance.now();
  compare.click();
  const t1 = await when(() => {
    const heads = document.querySelectorAll('table.compare th[data-column-id]');
    return heads.length === ids.length && document.querySelectorAll('table.compare tbody tr').length >= 12;
  });
  // Back to the list and clear the selection (untimed).
  button('.bar button').click();
  await when(() => listIds().length > 0);
  for (const id of ids) document.querySelector<HTMLInputElement>(`[data-record-id="${id}"] input[type=checkbox]`)?.click();
  await when(() => button('footer button').disabled);
  return t1 - t0;
}

// ---------------------------------------------------------------- upgrade from schema v1 (extension page)

const UPGRADE_DB = 'pc-bench-upgrade';

export interface UpgradeResult {
  ms: number;
  records: number;
  /** Records not in the upgraded database (neither stored nor quarantined). */
  lost: number;
  /** Records stored with other data than the v1 row plus the fields v2 fills in. */
  changed: number;
  quarantined: number;
}

/**
 * A v1 database as the first version wrote it (every third row without tags,
 * note and updatedAt), opened with the current schema: the time of every
 * upgrade step (v2 … latest) on `count` records, and whether each came through.
 */
async function upgradeFromV1(templates: ClippedContent[], count: number): Promise<UpgradeResult> {
  await Dexie.delete(UPGRADE_DB);
  const v1 = new Dexie(UPGRADE_DB);
  v1.version(1).stores({ records: 'id, &url, capturedAt' });
  const expected = new Map<string, string>();
  let rows: Array<Record<string, unknown>> = [];
  let i = 0;
  for (const record of recordStream(templates, count, 31)) {
    const row: Record<string, unknown> = { ...record };
    if (i++ % 3 === 0) {
      delete row.tags;
      delete row.note;
      delete row.updatedAt;
      expected.set(record.id, stableStringify({ ...record, tags: [], note: '', updatedAt: record.capturedAt }));
    } else expected.set(record.id, stableStringify(record));
    rows.push(row);
    if (rows.length === 2000) {
      await v1.table('records').bulkAdd(rows);
      rows = [];
    }
  }
  if (rows.length) await v1.table('records').bulkAdd(rows);
  v1.close();

  const t0 = performance.now();
  const upgraded = openClipperDB(UPGRADE_DB);
  await upgraded.open();
  const ms = performance.now() - t0;
  try {
    let changed = 0;
    let found = 0;
    await upgraded.records.each((row) => {
      const want = expected.get(row.id);
      if (want === undefined) return;
      found++;
      if (stableStringify(row) !== want) changed++;
    });
    const quarantined = await upgraded.quarantine.count();
    return { ms, records: count, lost: count - found - quarantined, changed, quarantined };
  } finally {
    upgraded.close();
    await Dexie.delete(UPGRADE_DB);
  }
}

/** "Clip this page" click → status shown and the new record at the top of the list. */
async function clipOnce(): Promise<{ ms: number; status: string }> {
  const before = listIds()[0];
  const t0 = performance.now();
  button('header button.primary').click();
  const t1 = await when(() => {
    const status = document.querySelector('[data-clip-status]')?.getAttribute('data-clip-status');
    if (!status) return false;
    return status === 'refused' || (listIds()[0] !== undefined && listIds()[0] !== before);
  }, 15_000);
  return { ms: t1 - t0, status: document.querySelector('[data-clip-status]')?.getAttribute('data-clip-status') ?? '' };
}

// ---------------------------------------------------------------- ideas (extension page)

let ideasRecords: PartnershipRecord[] = [];
let ideas: CollectionIdeas | null = null;

/** Generates the records the ideas figures analyse (the same generator as the seeded collection). */
function ideasSetup(templates: ClippedContent[], count: number): { records: number; chars: number } {
  ideasRecords = [...recordStream(templates, count, 7)];
  ideas = collectionIdeas(ideasRecords);
  const chars = ideasRecords.reduce((sum, r) => sum + r.answers.reduce((s, a) => s + a.text.length, 0), 0);
  return { records: ideasRecords.length, chars };
}

/** Topics and organisations of every record: what the Ideas view, the filters and the exports compute. */
function ideasAnalyseOnce(): { ms: number; topics: number; organisations: number } {
  const t0 = performance.now();
  const all = ideasRecords.map(analyseRecord);
  const ms = performance.now() - t0;
  return {
    ms,
    topics: all.reduce((s, r) => s + r.topics.length, 0),
    organisations: all.reduce((s, r) => s + r.organisations.length, 0),
  };
}

/** "Similar to this" for one record against the whole collection (the index built beforehand, as the view does). */
function similarOnce(target: number): { ms: number; found: number } {
  if (!ideas) throw new Error('ideasSetup first');
  const t0 = performance.now();
  const found = similarTo(ideas.similarity, target % ideasRecords.length, 5);
  return { ms: performance.now() - t0, found: found.length };
}

/**
 * In a new document, with the database opened first (untimed: a new document's first open waits on the
 * browser, finding 16 of docs/performance.md): the whole ideas cache read, then the Ideas view's model built from it.
 */
async function ideasReadOnce(): Promise<{ readMs: number; modelMs: number; records: number }> {
  const d = clipperDB();
  await d.open();
  const t0 = performance.now();
  const read = await readIdeasCache(d, RULES_FINGERPRINT);
  const t1 = performance.now();
  const overview = overviewOf(read.rows);
  return { readMs: t1 - t0, modelMs: performance.now() - t1, records: overview.ids.length };
}

/** Empties the ideas cache, as a write of every record would. */
async function ideasCacheClear(): Promise<void> {
  await clipperDB().ideasCache.clear();
}

/** Records the ideas cache holds an entry for. */
async function ideasCacheSize(): Promise<number> {
  return (await clipperDB().ideasCache.toArray()).reduce((n, row) => n + ('ids' in row ? row.ids.length : 0), 0);
}

function ideasForget(): void {
  ideasRecords = [];
  ideas = null;
}

declare global {
  interface Window {
    __pcBench: typeof api;
  }
}

const api = { ideasReadOnce, ideasSetup, ideasAnalyseOnce, similarOnce, ideasForget, ideasCacheClear, ideasCacheSize, parse, seed, replaceRecords, count, expectedIds, exportOnce, importOnce, forgetExport, upgradeFromV1, listIds, setSearch, searchOnce, compareOnce, clipOnce };
window.__pcBench = api;
