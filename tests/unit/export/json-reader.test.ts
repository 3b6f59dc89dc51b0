// The piecewise JSON reader must give exactly what JSON.parse gives, for any
// JSON and any way of cutting it into pieces (inside strings, escapes and
// multi-byte characters too), and refuse what JSON.parse refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonReader, JsonSyntaxError, readJson } from '../../../src/export/json-reader';
import { serialise } from '../../../src/export/json';

function readInPieces(text: string, cuts: number[]): unknown {
  const reader = new JsonReader();
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.push(text.slice(at, cut));
    at = cut;
  }
  reader.push(text.slice(at));
  return reader.finish();
}

const fileLike = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()))),
);

describe('JsonReader', () => {
  it('gives what JSON.parse gives, for any JSON in any layout cut anywhere (a property)', () => {
    fc.assert(
      fc.property(fileLike, fc.constantFrom(undefined, 2, '\t'), fc.array(fc.nat(), { maxLength: 8 }), (value, indent, cuts) => {
        const text = JSON.stringify(value, null, indent);
        expect(readInPieces(text, cuts.map((c) => c % (text.length + 1)))).toEqual(JSON.parse(text));
        const lines = serialise(value);
        expect(readInPieces(lines, cuts.map((c) => c % (lines.length + 1)))).toEqual(JSON.parse(lines));
      }),
    );
  });

  it('refuses what JSON.parse refuses (a property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat(), { maxLength: 4 }), (text, cuts) => {
        let expected: unknown;
        try {
          expected = JSON.parse(text);
        } catch {
          expect(() => readInPieces(text, cuts.map((c) => c % (text.length + 1)))).toThrow(JsonSyntaxError);
          return;
        }
        expect(readInPieces(text, cuts.map((c) => c % (text.length + 1)))).toEqual(expected);
      }),
    );
  });

  it.each([
    ['a cut-off file', '{"records":[{"id":"a"},{"id":'],
    ['a trailing comma', '{"records":[1,2,]}'],
    ['data after the end', '{"records":[]} x'],
    ['a missing colon', '{"records" []}'],
    ['an unquoted key', '{records: []}'],
    ['a broken entry', '{"records":[{"id": tru}]}'],
  ])('refuses %s with a JSON syntax error', (_name, text) => {
    expect(() => readInPieces(text, [7, 13])).toThrow(JsonSyntaxError);
  });

  it('hands each entry of a top-level array to the transform as it is parsed, with the members read before it', async () => {
    const seen: Array<[string, unknown, unknown]> = [];
    const text = serialise({ format: 'x', records: [{ a: 1 }, { a: 2 }], after: [3], scalar: 4 });
    const value = await readJson(new Blob([text]), {
      chunkBytes: 7,
      transform: (key, entry, root) => {
        seen.push([key, entry, root.format]);
        return key === 'records' ? { b: (entry as { a: number }).a * 10 } : entry;
      },
    });
    expect(value).toEqual({ format: 'x', records: [{ b: 10 }, { b: 20 }], after: [3], scalar: 4 });
    expect(seen).toEqual([
      ['records', { a: 1 }, 'x'],
      ['records', { a: 2 }, 'x'],
      ['after', 3, 'x'],
    ]);
  });

  it('keeps a "__proto__" key as data, as JSON.parse does', () => {
    const value = readInPieces('{"__proto__":[1],"format":"x"}', [3]) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
  });

  it('reads a Blob in byte pieces, with multi-byte characters and a BOM split across pieces', async () => {
    const value = { format: 'x', records: Array.from({ length: 300 }, (_, i) => ({ id: `r${i}`, text: 'Größe – Київ „Zitat“ 🙂'.repeat(i % 7) })) };
    const blob = new Blob(['\uFEFF', serialise(value)]);
    const seen: number[] = [];
    // Pieces of 7 bytes cut through every kind of character.
    expect(await readJson(blob, { chunkBytes: 7, onProgress: (read) => seen.push(read) })).toEqual(value);
    expect(seen.at(-1)).toBe(blob.size);
  });

  it('says so when the file is not UTF-8', async () => {
    await expect(readJson(new Blob([new Uint8Array([0x7b, 0xff, 0x7d])]))).rejects.toThrow(/not UTF-8/);
  });
});

