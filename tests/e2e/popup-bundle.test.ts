// The popup's first render must not wait for Dexie: it reads with plain IndexedDB
// (src/db/quick-read.ts) and imports Dexie right after. This holds the built
// popup to that: Dexie is only in what it imports later.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../bench/bundle-size';
import { EXTENSION_DIR } from './support/extension';

// A string only Dexie's own code contains.
const holdsDexie = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8').includes('_dbNamesDB');

describe('the built popup', () => {
  it('loads Dexie only after its first render', () => {
    const { popup, popupAfterFirstRender } = bundleSizes(EXTENSION_DIR);
    expect(popup.files.length).toBeGreaterThan(0);
    expect(popup.files.filter(holdsDexie)).toEqual([]);
    expect(popupAfterFirstRender.files.filter(holdsDexie)).toHaveLength(1);
  });
});
