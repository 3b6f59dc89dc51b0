/** Entry point of `npm run parse`: wires the parse command to the real process. */

import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { runParseCommand } from './parse-command';

const result = runParseCommand(process.argv.slice(2), {
  fs: {
    readFile: (path) => readFileSync(path, 'utf8'),
    isDirectory: (path) => statSync(path).isDirectory(),
    readDir: (path) => readdirSync(path),
    resolve: (path) => resolve(path),
  },
  now: () => new Date().toISOString(),
  uuid: () => randomUUID(),
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
