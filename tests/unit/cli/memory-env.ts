import type { CommandEnv } from '../../../src/cli/parse-command';

/** An in-memory file system: paths map to contents, folders to file lists. */
export function env(files: Record<string, string | Uint8Array>, folders: Record<string, string[]> = {}): CommandEnv {
  let n = 0;
  return {
    fs: {
      readFile: (p) => {
        const content = files[p];
        if (content === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
        return typeof content === 'string' ? content : new TextDecoder().decode(content);
      },
      readBytes: (p) => {
        const content = files[p];
        if (content === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
        return typeof content === 'string' ? new TextEncoder().encode(content) : content;
      },
      isDirectory: (p) => {
        if (p in folders) return true;
        if (p in files) return false;
        throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      },
      readDir: (p) => folders[p] ?? [],
      resolve: (p) => `/abs/${p}`,
    },
    now: () => '2026-01-02T03:04:05.000Z',
    uuid: () => `00000000-0000-4000-8000-00000000000${(n += 1)}`,
  };
}
