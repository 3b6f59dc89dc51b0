/**
 * Just enough YAML for front matter. Strings are always written as
 * double-quoted scalars using JSON escaping, which YAML 1.2 accepts; this
 * avoids every plain-scalar trap (":", "#", "- ", "yes", numbers, leading spaces).
 */

export type YamlValue = string | number | boolean | null | readonly string[];

export function yamlScalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  // "<" as \u003c (the same value in YAML and JSON): a Markdown renderer that does not know
  // front matter shows these lines as text, and must not find a tag in them.
  if (typeof value === 'string') return JSON.stringify(value).replace(/</g, '\\u003c');
  return String(value);
}

export function yamlFrontMatter(fields: ReadonlyArray<[key: string, value: YamlValue]>): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (Array.isArray(value)) {
      const list = value as readonly string[];
      if (list.length === 0) lines.push(`${key}: []`);
      else lines.push(`${key}:`, ...list.map((v) => `  - ${yamlScalar(v)}`));
    } else lines.push(`${key}: ${yamlScalar(value as string | number | boolean | null)}`);
  }
  lines.push('---');
  return lines.join('\n');
}
