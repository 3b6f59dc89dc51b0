// What the popup says for the page classes of issue 12, clipped through the
// real popup: teasers of other portraits are not counted ("12 questions
// found", not 14), and a news post that quotes the standard questions inside
// sentences is refused with the usual message. (fixtures-vs-cli.test.ts checks
// every stored field of the same fixtures against the CLI.)
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';
import { loadFixtures, type PageFixture } from './support/fixtures';
import { clipUrl } from './support/popup';

const fixtures = new Map<string, PageFixture>();

const { session } = useExtensionSession({
  pages: (server) => {
    for (const f of loadFixtures()) {
      fixtures.set(f.name, f);
      server.page(f.url.replace(/^https:/, 'http:'), f.html);
    }
  },
});

function fixture(name: string): PageFixture {
  const f = fixtures.get(name);
  if (!f) throw new Error(`tests/golden/fixtures/${name}.html is missing`);
  return f;
}

describe('the popup counts only what it keeps', () => {
  it.each(['portrait--teasers-elementor', 'portrait--teasers-in-content'])('%s: 12 questions found, not the teasers', async (name) => {
    const outcome = await clipUrl(session, fixture(name).url);
    expect(outcome.status).toBe('created');
    expect(outcome.text).toContain('12 questions found');
  });

  it('refuses a news post that quotes questions inside sentences', async () => {
    const outcome = await clipUrl(session, fixture('no-qa--news-quoted-questions').url);
    expect(outcome.status).toBe('refused');
    expect(outcome.text).toContain('No questions and answers found on this page.');
  });

  it('keeps a genuine interview whose question headings carry quotes', async () => {
    const outcome = await clipUrl(session, fixture('heading-qa--quoted-headings').url);
    expect(outcome.status).toBe('created');
    expect(outcome.text).toContain('4 questions found');
  });
});
