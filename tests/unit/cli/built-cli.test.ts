// The CLI as users run it: `npm run parse` starts scripts/cli.mjs, which runs the
// command from a bundle in .output-cli/ (built when missing or older than src/).
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/cli.mjs', ...args], { encoding: 'utf8' });
const FIXTURES = 'tests/golden/fixtures';

describe('the built CLI (scripts/cli.mjs)', () => {
  it('keeps the documented exit codes: 0 record, 1 no Q&A, 2 unreadable', () => {
    const ok = run('parse', `${FIXTURES}/portrait--seed-paragraphs.html`);
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ url: 'https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/', extractor: 'portrait' });
    const refused = run('parse', `${FIXTURES}/no-qa--news-article.html`);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('No questions and answers found');
    const missing = run('parse', 'no-such-file.html');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read no-such-file\.html/);
  }, 60_000);

  it('runs from the bundle without rebuilding it when src/ has not changed', () => {
    expect(run('parse', '--help').status).toBe(0);
    const built = statSync('.output-cli/parse.mjs').mtimeMs;
    const again = run('parse', '--help');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Usage: npm run --silent parse');
    expect(statSync('.output-cli/parse.mjs').mtimeMs).toBe(built);
  }, 60_000);

  it('refuses an unknown command with exit code 2 and lists the known ones', () => {
    const r = run('parsee', 'x.html');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('cli: unknown command parsee; known: parse, ideas\n');
  });
});
