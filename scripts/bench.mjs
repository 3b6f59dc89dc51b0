#!/usr/bin/env node
// `npm run bench [-- --quick]`: builds the extension into its own folder
// (never .output/, which others rebuild), bundles the in-browser bench code
// into one IIFE, then runs tests/bench/run.ts in real headless Chromium.
// Exit code is 0 whatever the numbers; non-zero only if the harness breaks.
// Flags: --quick (CI: 3 runs, 300 records), --no-build (reuse the last build),
// --sizes=0,1000,10000 / --records=N / --runs=N / --upgrade=N (records of the v1 upgrade figure) (explore), --profile (CPU profiles, see tests/bench/profile.ts),
// --chart-only (draw docs/performance-curve.svg again from docs/performance-results.json; no build, no browser).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const args = process.argv.slice(2);
const outDir = resolve(process.env.PC_BENCH_OUT_DIR ?? '.output-bench');
const env = { ...process.env, PC_OUT_DIR: outDir };
const bin = (name) => resolve('node_modules/.bin', name);

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`[bench] ${cmd} ${cmdArgs.join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

if (args.includes('--chart-only')) {
  run(bin('tsx'), ['tests/bench/run.ts', ...args]);
  process.exit(0);
}

if (!args.includes('--no-build')) {
  console.error(`[bench] building the extension into ${outDir}`);
  run(bin('wxt'), ['build']);
}

const benchDir = resolve(outDir, 'bench');
mkdirSync(benchDir, { recursive: true });
console.error('[bench] bundling tests/bench/browser/entry.ts');
await build({
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: benchDir,
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    lib: { entry: resolve('tests/bench/browser/entry.ts'), formats: ['iife'], name: 'PcBench', fileName: () => 'bench.iife.js' },
  },
});

env.PC_BENCH_BUNDLE = resolve(benchDir, 'bench.iife.js');
// --profile: CPU profiles of the hot paths instead of the figures (for the findings).
run(bin('tsx'), [args.includes('--profile') ? 'tests/bench/profile.ts' : 'tests/bench/run.ts', ...args]);
