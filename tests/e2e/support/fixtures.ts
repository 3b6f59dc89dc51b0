/** The golden fixtures, reused as pages the browser tests visit. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeHtml } from '../../../src/cli/html-bytes';
import type { ExtractResult } from '../../../src/extract/types';
import type { FixtureServer } from './fixture-server';

export const FIXTURES_DIR = resolve('tests/golden/fixtures');

export interface PageFixture {
  name: string;
  html: string;
  url: string;
  /** What the extractors must make of the page (the golden file). */
  result: ExtractResult;
}

export function loadFixtures(): PageFixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const golden = JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.expected.json`), 'utf8'));
      // Decoded as the CLI decodes the saved file (one fixture is iso-8859-1); the server sends it as UTF-8.
      return { name, html: decodeHtml(readFileSync(join(FIXTURES_DIR, file))).text, url: golden.url as string, result: golden.expected };
    });
}

/** Portrait fixtures on the portrait site, with all 12 standard answers. */
export function completePortraits(fixtures = loadFixtures()): PageFixture[] {
  return fixtures.filter(
    (f) =>
      f.result.ok &&
      f.result.content.extractor === 'portrait' &&
      new Set(f.result.content.answers.map((a) => a.questionId).filter(Boolean)).size === 12,
  );
}

/** The named complete portraits, in that order; a renamed or incomplete fixture fails loudly. */
export function pickPortraits(...names: string[]): PageFixture[] {
  const complete = completePortraits();
  return names.map((name) => {
    const found = complete.find((f) => f.name === name);
    if (!found) throw new Error(`Need the complete portrait fixture ${name}`);
    return found;
  });
}

export function titleOf(fixture: PageFixture): string {
  if (!fixture.result.ok) throw new Error(`${fixture.name} is not extractable`);
  return fixture.result.content.title;
}

/** Serves each fixture at its own URL (host and path; the server answers https URLs over http). */
export function serveFixtures(server: FixtureServer, fixtures: PageFixture[]): void {
  for (const f of fixtures) server.page(f.url, f.html);
}
