/** The real process's file system, clock and ids, for the CLI commands (which are pure functions of them). */

import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandEnv, CommandResult } from './parse-command';

export function nodeCommandEnv(): CommandEnv {
  return {
    fs: {
      readFile: (path) => readFileSync(path, 'utf8'),
      readBytes: (path) => readFileSync(path),
      isDirectory: (path) => statSync(path).isDirectory(),
      readDir: (path) => readdirSync(path),
      resolve: (path) => resolve(path),
    },
    now: () => new Date().toISOString(),
    uuid: () => randomUUID(),
  };
}

export function writeResult(result: CommandResult): void {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
