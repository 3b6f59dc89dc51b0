import { describe, expect, it, vi } from 'vitest';
import { decideLinkRoute, memoisePermission } from '../../../src/capture/link-route';

const PORTRAITS = 'https://staedtepartnerschaftennrw.org';
const OVERVIEW = `${PORTRAITS}/portraets/`;
const SEARCH = 'https://faq.example.test/links/?q=partnerschaft';

/** The extension's permissions in these tests: the portrait site (required) and whatever is granted. */
function permissions(...origins: string[]) {
  return vi.fn((origin: string) => origins.includes(origin));
}

describe('decideLinkRoute', () => {
  it('keeps a same-origin link in the tab, resolved against the page, without asking for permissions', async () => {
    const mayFetch = permissions(PORTRAITS);
    expect(await decideLinkRoute('/musterstadt-poltawa/', OVERVIEW, mayFetch)).toEqual({ via: 'tab', url: `${PORTRAITS}/musterstadt-poltawa/` });
    expect(mayFetch).not.toHaveBeenCalled();
  });

  it('sends a link to the portrait site from another site through the background', async () => {
    const mayFetch = permissions(PORTRAITS);
    const route = await decideLinkRoute(`${PORTRAITS}/musterstadt-poltawa/`, SEARCH, mayFetch);
    expect(route).toEqual({ via: 'background', url: `${PORTRAITS}/musterstadt-poltawa/`, origin: PORTRAITS });
    expect(mayFetch).toHaveBeenCalledWith(PORTRAITS);
  });

  it('counts an optional host the user granted, and asks about the exact origin (scheme and port)', async () => {
    const granted = 'https://partnerstadt.example.test';
    expect(await decideLinkRoute(`${granted}/a-b/`, OVERVIEW, permissions(PORTRAITS, granted))).toMatchObject({ via: 'background', origin: granted });
    const mayFetch = permissions(PORTRAITS);
    expect(await decideLinkRoute('http://staedtepartnerschaftennrw.org:8080/a-b/', SEARCH, mayFetch)).toMatchObject({ via: 'refused' });
    expect(mayFetch).toHaveBeenCalledWith('http://staedtepartnerschaftennrw.org:8080');
  });

  it('treats another scheme of the same host as another origin', async () => {
    const route = await decideLinkRoute('http://staedtepartnerschaftennrw.org/a-b/', OVERVIEW, permissions('http://staedtepartnerschaftennrw.org'));
    expect(route).toMatchObject({ via: 'background', origin: 'http://staedtepartnerschaftennrw.org' });
  });

  it('refuses another site without a permission, with the clear reason', async () => {
    const route = await decideLinkRoute('https://other.example.org/a-b/', SEARCH, permissions(PORTRAITS));
    expect(route).toMatchObject({ via: 'refused', code: 'cross-origin' });
    expect(route.via === 'refused' && route.reason).toContain('other.example.org');
    expect(route.via === 'refused' && route.reason).toContain('open it and clip it there');
  });

  it('treats a failing or async permission check correctly', async () => {
    expect(await decideLinkRoute(`${PORTRAITS}/a-b/`, SEARCH, async () => true)).toMatchObject({ via: 'background' });
    const throwing = () => {
      throw new Error('no permissions API');
    };
    expect(await decideLinkRoute(`${PORTRAITS}/a-b/`, SEARCH, throwing)).toMatchObject({ via: 'refused', code: 'cross-origin' });
    expect(await decideLinkRoute(`${PORTRAITS}/a-b/`, SEARCH, () => Promise.reject(new Error('x')))).toMatchObject({ via: 'refused' });
  });

  it('refuses what is not a web address', async () => {
    const mayFetch = permissions(PORTRAITS);
    expect(await decideLinkRoute('mailto:a@b.de', SEARCH, mayFetch)).toMatchObject({ via: 'refused', code: 'network' });
    expect(await decideLinkRoute('javascript:void(0)', SEARCH, mayFetch)).toMatchObject({ via: 'refused', code: 'network' });
    expect(await decideLinkRoute('/a-b/', '', mayFetch)).toMatchObject({ via: 'refused', code: 'network' });
    expect(mayFetch).not.toHaveBeenCalled();
  });

  it('with the page URL unknown, fetches a permitted site from the background and leaves the rest to the tab', async () => {
    expect(await decideLinkRoute(`${PORTRAITS}/a-b/`, '', permissions(PORTRAITS))).toMatchObject({ via: 'background' });
    // The content script knows its own origin and refuses other sites itself.
    expect(await decideLinkRoute('https://other.example.org/a-b/', '', permissions(PORTRAITS))).toEqual({ via: 'tab', url: 'https://other.example.org/a-b/' });
  });
});

describe('memoisePermission', () => {
  it('asks once per origin', async () => {
    const check = vi.fn(async (origin: string) => origin === PORTRAITS);
    const mayFetch = memoisePermission(check);
    const answers = await Promise.all([mayFetch(PORTRAITS), mayFetch(PORTRAITS), mayFetch('https://x.test'), mayFetch(PORTRAITS)]);
    expect(answers).toEqual([true, true, false, true]);
    expect(check).toHaveBeenCalledTimes(2);
  });
});
