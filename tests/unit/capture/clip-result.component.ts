// ClipResult.svelte shows a refusal in the UI language, by its code; the
// English `reason` (for logs and the CLI) is shown only for an unknown code.
// German runs against the real de.yml, as Chrome would substitute it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import ClipResult from '../../../entrypoints/popup/ClipResult.svelte';
import type { ClipOutcome } from '../../../src/messaging/map';
import { useEnglishMessages } from '../helpers/english-messages';
import type { RefusalCode } from '../../../src/refusals/codes';

function useGermanMessages(): void {
  const text = readFileSync(join(__dirname, '..', '..', '..', 'src', 'locales', 'de.yml'), 'utf8');
  const de = new Map(parseMessagesText(text, 'YAML').map((m) => [m.key.join('_'), 'message' in m ? m.message : ''] as const));
  const getMessage = (name: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (de.get(name) ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  };
  (fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;
}

const NO_QA: ClipOutcome = { ok: false, code: 'no-qa', reason: 'No questions and answers found on this page.' };

let component: ReturnType<typeof mount> | null = null;
let target: HTMLElement;

function show(outcome: ClipOutcome): HTMLElement {
  component = mount(ClipResult, { target, props: { outcome } });
  flushSync();
  return target.querySelector('[data-clip-status="refused"]')!;
}

beforeEach(() => {
  fakeBrowser.reset();
  target = document.createElement('div');
  document.body.append(target);
});

afterEach(() => {
  if (component) unmount(component);
  component = null;
  target.remove();
});

describe('ClipResult refusal', () => {
  it('speaks German to German users, whatever the English reason says', () => {
    useGermanMessages();
    const shown = show(NO_QA);
    expect(shown.textContent!.trim()).toBe('Auf dieser Seite wurden keine Fragen und Antworten gefunden.');
    expect(shown.getAttribute('data-code')).toBe('no-qa');
  });

  it('translates the clip-flow codes too', () => {
    useGermanMessages();
    const shown = show({ ok: false, code: 'cannot-access', reason: 'This page cannot be clipped: the browser does not let extensions read it (x).' });
    expect(shown.textContent).toContain('Der Browser erlaubt Erweiterungen nicht');
  });

  it('says "No questions and answers found on this page" in English', () => {
    useEnglishMessages();
    expect(show(NO_QA).textContent).toContain('No questions and answers found on this page');
  });

  it('falls back to the reason for a code it does not know', () => {
    useGermanMessages();
    expect(show({ ok: false, code: 'brand-new' as RefusalCode, reason: 'A brand-new refusal.' }).textContent!.trim()).toBe('A brand-new refusal.');
  });
});
