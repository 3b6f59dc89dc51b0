/** The import size limit, checked before a big file is parsed. */

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** A message when the file is too big, else null. UI code can call it with File.size before reading. */
export function checkImportSize(bytes: number, maxBytes: number = MAX_IMPORT_BYTES): string | null {
  return bytes > maxBytes
    ? `The file is ${formatBytes(bytes)}; files over ${formatBytes(maxBytes)} cannot be imported.`
    : null;
}

/** UTF-8 size of a string, without encoding it when the answer is obvious. */
export function utf8Length(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).length;
}
