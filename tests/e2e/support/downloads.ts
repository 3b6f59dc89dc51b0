import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Partial downloads: Chromium's .crdownload, Firefox's .part (beside an empty placeholder of the final name). */
const inProgress = (file: string) => file.endsWith('.crdownload') || file.endsWith('.part');

/** Waits until a finished download appears in `dir` (no partial file left) and returns its content. */
export async function waitForDownload(dir: string, pattern: RegExp, timeoutMs = 10_000): Promise<{ name: string; content: Buffer }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = readdirSync(dir);
    const done = files.find((f) => pattern.test(f) && !inProgress(f));
    if (done && !files.some(inProgress)) {
      return { name: done, content: readFileSync(join(dir, done)) };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No download matching ${pattern} in ${dir} after ${timeoutMs} ms (found: ${readdirSync(dir).join(', ') || 'nothing'})`);
}

/** Empties the downloads folder so the next download is unambiguous. */
export function clearDownloads(dir: string): void {
  for (const file of readdirSync(dir)) rmSync(join(dir, file), { force: true });
}
