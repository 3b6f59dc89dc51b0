import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '../src/browser/messaging';
import { recognisePage } from '../src/capture/recognise';
import { PORTRAIT_HOST } from '../src/extract/site';

// A light script on the known site (and on sites the user granted in the
// options page): it only tells the background whether this page is a
// portrait, so the badge can say so before the user clicks. No turndown, no
// extraction: the real clip injects the extract script on demand.
export default defineContentScript({
  matches: [`*://${PORTRAIT_HOST}/*`],
  runAt: 'document_idle',
  main() {
    void sendToBackground('pageRecognised', recognisePage(document, location.href)).catch(() => {
      // The background may be restarting; the badge is a hint, not a must.
    });
  },
});
