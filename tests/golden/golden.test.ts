/**
 * Golden fixtures: each tests/golden/fixtures/<name>.html is parsed and run
 * through the registry; the result must equal <name>.expected.json, which
 * holds the page URL used as input and the expected result (the spec).
 * A fixture is named after the extractor it specifies ("portrait--bold-b":
 * the portrait extractor, the bold-b variant), or after the refusal code when
 * no extractor may take the page ("no-qa--news-article").
 * `UPDATE_GOLDEN=1` rewrites the expected files — review every diff by eye.
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/cli/html-bytes';
import { extractPage } from '../../src/extract/registry';
import type { ExtractResult } from '../../src/extract/types';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();
const update = process.env.UPDATE_GOLDEN === '1';

interface Golden {
  url: string;
  expected?: unknown;
}

/** The comparable part of a result: content or refusal, without the confidence score. */
function comparable(result: ExtractResult): unknown {
  return result.ok ? { ok: true, content: result.content } : { ok: false, code: result.code, reason: result.reason };
}

function load(name: string): { html: string; golden: Golden; path: string } {
  const path = join(dir, `${name}.expected.json`);
  // Decoded as the CLI decodes a saved page (BOM, then <meta charset>, then UTF-8).
  return { html: decodeHtml(readFileSync(join(dir, `${name}.html`))).text, golden: JSON.parse(readFileSync(path, 'utf8')) as Golden, path };
}

function viaHappyDom(html: string, url: string): ExtractResult {
  return extractPage(new DOMParser().parseFromString(html, 'text/html'), url);
}

function viaLinkedom(html: string, url: string): ExtractResult {
  return extractPage(parseHTML(html).document as unknown as Document, url);
}

describe('golden fixtures', () => {
  it('has enough variants, including at least 3 refusals', () => {
    expect(names.length).toBeGreaterThanOrEqual(14);
    const refusals = names.filter((n) => (load(n).golden.expected as { ok?: boolean } | undefined)?.ok === false);
    expect(refusals.length).toBeGreaterThanOrEqual(3);
  });

  it('names every fixture after the extractor it specifies (or the refusal code)', () => {
    for (const name of names) {
      const expected = load(name).golden.expected as { ok: boolean; code?: string; content?: { extractor: string } } | undefined;
      const owner = expected?.ok ? expected.content?.extractor : expected?.code;
      expect(name.split('--')[0], `${name}: rename it to "${owner}--<variant>"`).toBe(owner);
    }
  });

  for (const name of names) {
    it(`${name} (happy-dom DOMParser)`, () => {
      const { html, golden, path } = load(name);
      const actual = comparable(viaHappyDom(html, golden.url));
      if (update) {
        writeFileSync(path, `${JSON.stringify({ url: golden.url, expected: actual }, null, 2)}\n`);
        return;
      }
      expect(golden.expected, `${name}.expected.json has no "expected"; run with UPDATE_GOLDEN=1 and review`).toBeDefined();
      expect(actual).toEqual(golden.expected);
    });

    it(`${name} (linkedom, the CLI path) gives the same result`, () => {
      const { html, golden } = load(name);
      expect(comparable(viaLinkedom(html, golden.url))).toEqual(comparable(viaHappyDom(html, golden.url)));
    });
  }
});
