#!/usr/bin/env node
// `npm test`: build the extension, run every Vitest project (unit, golden,
// e2e) in one run, and finish with the plain line `N passed, N failed` that
// CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const extraArgs = process.argv.slice(2);

// Chrome MV3 for the browser tests; both Firefox builds for the manifest tests.
const builds = [['build'], ['build', '-b', 'firefox'], ['build', '-b', 'firefox', '--mv3']];
const build = builds.reduce(
  (previous, args) => (previous.status === 0 ? spawnSync(bin('wxt'), args, { stdio: 'inherit' }) : previous),
  { status: 0 },
);
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  console.error('The extension build failed, so no test could run.');
  process.exit(1);
}

mkdirSync('tests/artifacts', { recursive: true });
const report = 'tests/artifacts/vitest-report.json';
const run = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed = result.numPassedTests ?? 0;
  failed = (result.numFailedTests ?? 0) + (result.numRuntimeErrors ?? 0);
  // A test file that fails to load counts as a failure, not as nothing.
  for (const file of result.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
  }
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);
