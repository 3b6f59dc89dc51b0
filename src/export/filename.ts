/** Safe, unique file names for exported documents. */

import { foldChar } from '../text/fold';

/** "Hürth – Peremyschljany" → "huerth-peremyschljany": ASCII, no path separators, no leading dots. */
export function slugify(text: string, maxLength = 80): string {
  let folded = '';
  for (const ch of text) folded += foldChar(ch, true);
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || 'record';
}

/** Returns a function giving each base name a unique file name ("a.md", "a-2.md", …). */
export function uniqueNamer(extension: string): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    const slug = slugify(base);
    let name = `${slug}.${extension}`;
    for (let n = 2; used.has(name); n++) name = `${slug}-${n}.${extension}`;
    used.add(name);
    return name;
  };
}
