/**
 * Who fetches a linked page (context menu on a link, bulk clip). A link on
 * the tab's own site is fetched by the content script (same-origin). A link
 * to another site the extension holds a host permission for (the portrait
 * site, or a site the user granted) is fetched by the background, which may
 * fetch such hosts; the content script then only parses the HTML. Any other
 * site is refused with a clear reason. Pure: the permission check is injected.
 */

import type { FetchFailureCode } from '../refusals/codes';

export type LinkRoute =
  | { via: 'tab'; url: string }
  | { via: 'background'; url: string; origin: string }
  | { via: 'refused'; code: FetchFailureCode; reason: string };

/** Whether the extension may fetch pages of this origin ("https://host"). */
export type HostPermissionCheck = (origin: string) => boolean | Promise<boolean>;

function parse(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

export async function decideLinkRoute(url: string, pageUrl: string, mayFetch: HostPermissionCheck): Promise<LinkRoute> {
  const page = parse(pageUrl);
  const target = parse(url, page?.href);
  if (!target || (target.protocol !== 'http:' && target.protocol !== 'https:')) {
    return { via: 'refused', code: 'network', reason: `Not a web address: ${url}` };
  }
  if (page && target.origin === page.origin) return { via: 'tab', url: target.href };
  let permitted = false;
  try {
    permitted = await mayFetch(target.origin);
  } catch {
    // A failing check is a missing permission, not a crash.
  }
  if (permitted) return { via: 'background', url: target.href, origin: target.origin };
  // Page URL unknown: the content script knows its own origin and refuses other sites itself.
  if (!page) return { via: 'tab', url: target.href };
  return {
    via: 'refused',
    code: 'cross-origin',
    reason: `The link goes to another site (${target.host}); open it and clip it there.`,
  };
}

/** Asks once per origin (bulk clip links many pages of one site). */
export function memoisePermission(check: HostPermissionCheck): HostPermissionCheck {
  const known = new Map<string, Promise<boolean>>();
  return (origin) => {
    let answer = known.get(origin);
    if (!answer) {
      answer = Promise.resolve().then(() => check(origin));
      known.set(origin, answer);
    }
    return answer;
  };
}
