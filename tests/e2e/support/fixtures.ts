/** The golden fixtures, reused as pages the browser tests visit. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURES_DIR = resolve('tests/golden/fixtures');

export interface PageFixture {
  name: string;
  html: string;
  url: string;
  expected: Record<string, unknown>;
}

export function loadFixtures(): PageFixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.expected.json`), 'utf8'));
      return { name, html: readFileSync(join(FIXTURES_DIR, file), 'utf8'), url: expected.url as string, expected };
    });
}

export function fixture(name: string): PageFixture {
  const found = loadFixtures().find((f) => f.name === name);
  if (!found) throw new Error(`No fixture named ${name} in ${FIXTURES_DIR}`);
  return found;
}
