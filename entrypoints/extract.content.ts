import { defineContentScript } from 'wxt/utils/define-content-script';
import { listen } from '../src/browser/messaging';
import { fetchAndExtract } from '../src/capture/fetch-page';
import { inertCopy } from '../src/dom/inert';
import { extractPage, findPortraitLinks } from '../src/extract/registry';

// Injected on demand (activeTab + scripting) when the user clips. It parses
// an inert copy of the page (src/extract/inert.ts: nothing in it loads or
// runs), and answers the background by message. It
// also fetches same-origin linked pages (context menu on a link, bulk clip)
// and parses them with DOMParser: the service worker has no DOM. Pages of
// other sites are fetched by the background and only parsed here.
declare global {
  interface Window {
    __partnershipClipperListening?: boolean;
  }
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    // Injection can happen once per clip; one listener is enough.
    if (window.__partnershipClipperListening) return;
    window.__partnershipClipperListening = true;
    // In-flight fetches per bulk job, so a cancel can abort them.
    const jobs = new Map<string, Set<AbortController>>();
    const deps = {
      fetch: (url: string, init: RequestInit) => fetch(url, init),
      parse: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
      extract: extractPage,
    };
    listen({
      extractPage: () => extractPage(inertCopy(document), location.href),
      listPortraitLinks: () => findPortraitLinks(document, location.href),
      extractUrl: async ({ url, jobId }) => {
        const controller = new AbortController();
        const group = jobId ? (jobs.get(jobId) ?? new Set()) : null;
        if (jobId && group) jobs.set(jobId, group.add(controller));
        try {
          return await fetchAndExtract(url, location.href, deps, controller.signal);
        } finally {
          group?.delete(controller);
        }
      },
      // The background fetched a page of another site; only the parsing is here.
      extractHtml: ({ html, url }) => extractPage(deps.parse(html), url),
      abortExtract: ({ jobId }) => {
        const group = jobs.get(jobId);
        jobs.delete(jobId);
        for (const controller of group ?? []) controller.abort();
        return group?.size ?? 0;
      },
    });
  },
});
