import { defineContentScript } from 'wxt/utils/define-content-script';
import { listen } from '../src/browser/messaging';
import { extractPage, findPortraitLinks } from '../src/extract/registry';

// Injected on demand (activeTab + scripting) when the user clips. It parses
// the live page where the DOM is, and answers the background by message.
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
    listen({
      extractPage: () => extractPage(document, location.href),
      listPortraitLinks: () => findPortraitLinks(document, location.href),
    });
  },
});
