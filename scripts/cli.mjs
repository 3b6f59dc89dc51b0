#!/usr/bin/env node
// `npm run parse` / `npm run ideas`: runs a command-line tool as built JavaScript.
// Compiling TypeScript on every call (tsx) cost 1.4 s before anything was parsed;
// researchers run the CLI over folders, file by file. So each command is bundled
// once with esbuild into .output-cli/ (gitignored) and rebuilt only when a file
// under src/ is newer than the bundle. A run then costs about what Node's own
// start-up does.
//
//   node scripts/cli.mjs <command> [args…]   run a command (building it first if stale)
//   node scripts/cli.mjs --build             build every command (npm's postinstall runs this)
//
// A new command is one line in COMMANDS (plus its "scripts" entry in package.json).
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** command name → its entry point (a file that reads process.argv and sets process.exitCode). */
const COMMANDS = {
  parse: 'src/cli/main.ts',
  ideas: 'src/cli/main-ideas.ts',
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, '.output-cli');
const bundleOf = (command) => join(OUT_DIR, `${command}.mjs`);

/** The newest modification time of any file under `dir` (the sources a bundle is made of). */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function isFresh(command) {
  try {
    const built = statSync(bundleOf(command)).mtimeMs;
    return built >= newestMtime(join(ROOT, 'src')) && built >= statSync(fileURLToPath(import.meta.url)).mtimeMs;
  } catch {
    return false; // not built yet
  }
}

async function build(command) {
  const { build: esbuild } = await import('esbuild');
  mkdirSync(OUT_DIR, { recursive: true });
  // Written under a temporary name, then renamed: two first runs at once never see half a file.
  const temporary = `${bundleOf(command)}.${process.pid}.tmp`;
  await esbuild({
    entryPoints: [join(ROOT, COMMANDS[command])],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Bundled CommonJS dependencies may call require(); give the ES module one.
    banner: { js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);" },
  });
  renameSync(temporary, bundleOf(command));
}

const [first, ...rest] = process.argv.slice(2);
if (first === '--build') {
  for (const command of Object.keys(COMMANDS)) await build(command);
} else if (!first || !Object.hasOwn(COMMANDS, first)) {
  process.stderr.write(`cli: unknown command ${first ?? '(none)'}; known: ${Object.keys(COMMANDS).join(', ')}\n`);
  process.exitCode = 2;
} else {
  if (!isFresh(first)) await build(first);
  // The command reads its arguments from process.argv.slice(2), as if it were run directly.
  process.argv = [process.argv[0], bundleOf(first), ...rest];
  await import(pathToFileURL(bundleOf(first)).href);
}
