/**
 * Saves generated content as a file through an <a download> click: no
 * `downloads` permission needed, and it works the same in Chrome and Firefox.
 */
export function downloadFile(filename: string, content: BlobPart | BlobPart[], type: string): void {
  // Pieces (serialiseParts) go into the Blob as they are: a large backup is never one giant string.
  const url = URL.createObjectURL(new Blob(Array.isArray(content) ? content : [content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "partnership-clipper-2026-11-25.json" style names, in local time. */
export function datedFilename(stem: string, extension: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${stem}-${day}.${extension}`;
}
