// The per-tab badge follows the collection: a record deleted, restored or
// stored anywhere (popup, collection page, import) updates the tabs showing
// its page, without a new recognition report. Real Dexie on fake IndexedDB;
// the toolbar API is WXT's fake browser with a recorder for the per-tab state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Subscription } from 'dexie';
import { TabBadges, badgeTitleText } from '../../../src/browser/tab-badge';
import { openClipperDB, type ClipperDB } from '../../../src/db/schema';
import { deleteRecords, restoreDeleted, saveClip } from '../../../src/db/records';
import { useEnglishMessages } from '../helpers/english-messages';
import { makeContent } from '../helpers/records';
import type { RefusalCode } from '../../../src/refusals/codes';

const TAB = 5;
const URL_A = 'https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/';

let db: ClipperDB;
let badges: TabBadges;
let watching: Subscription | null;
const shown = new Map<number, { text: string; title: string }>();

function recordToolbar() {
  const action = {
    setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void shown.set(tabId, { ...(shown.get(tabId) ?? { title: '' }), text }),
    setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void shown.set(tabId, { ...(shown.get(tabId) ?? { text: '' }), title }),
    setBadgeBackgroundColor: async () => {},
  };
  (fakeBrowser as unknown as { action: typeof action }).action = action;
}

async function until(accept: () => boolean, what: string) {
  for (let i = 0; i < 200 && !accept(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(accept(), what).toBe(true);
}

beforeEach(async () => {
  fakeBrowser.reset();
  useEnglishMessages();
  recordToolbar();
  shown.clear();
  db = openClipperDB(`tab-badge-${Math.random()}`);
  await db.open();
  badges = new TabBadges(db);
  watching = null;
});

afterEach(async () => {
  watching?.unsubscribe();
  db.close();
  await db.delete();
});

describe('TabBadges.watchCollection', () => {
  it('drops "already in your collection" when the record is deleted elsewhere, and brings it back on undo', async () => {
    const saved = await saveClip(db, makeContent({ url: URL_A }));
    await badges.recognised(TAB, { url: URL_A, isPortrait: true, title: 'Duisburg – Kryvyi Rih' });
    expect(shown.get(TAB)!.title).toContain('Already in your collection');
    watching = badges.watchCollection();

    // Another extension page deletes it: nobody tells the badge directly.
    const payload = await deleteRecords(db, [saved.record.id]);
    await until(() => shown.get(TAB)!.text === '+', 'badge back to "recognised"');
    expect(shown.get(TAB)!.title).toBe('Partnership Clipper: Portrait recognised — click to clip');

    await restoreDeleted(db, payload);
    await until(() => shown.get(TAB)!.text === '✓', 'badge back to "already clipped"');
    expect(shown.get(TAB)!.title).toContain('Already in your collection');
  });

  it('shows "already in your collection" when a record for the tab\'s page arrives from elsewhere (e.g. an import)', async () => {
    await badges.recognised(TAB, { url: URL_A, isPortrait: true, title: 'Duisburg – Kryvyi Rih' });
    expect(shown.get(TAB)!.text).toBe('+');
    watching = badges.watchCollection();
    await saveClip(db, makeContent({ url: URL_A }));
    await until(() => shown.get(TAB)!.text === '✓', 'badge shows the stored page');
  });

  it('stops following after unsubscribe', async () => {
    const saved = await saveClip(db, makeContent({ url: URL_A }));
    await badges.recognised(TAB, { url: URL_A, isPortrait: true, title: 'Duisburg – Kryvyi Rih' });
    watching = badges.watchCollection();
    await new Promise((r) => setTimeout(r, 30));
    watching.unsubscribe();
    await deleteRecords(db, [saved.record.id]);
    await new Promise((r) => setTimeout(r, 100));
    expect(shown.get(TAB)!.text).toBe('✓');
  });
});

describe('TabBadges.confirm', () => {
  it('keeps the clip confirmation even though the store itself makes the watcher refresh the tab', async () => {
    await badges.recognised(TAB, { url: URL_A, isPortrait: true, title: 'Duisburg – Kryvyi Rih' });
    watching = badges.watchCollection();
    const saved = await saveClip(db, makeContent({ url: URL_A }));
    // A refresh (as the watcher starts one on the store) is reading the database when the confirmation comes.
    const refreshing = badges.refresh(TAB);
    await badges.confirm(TAB, { ok: true, status: saved.status, record: saved.record, questionCount: 3, warnings: [] }, true);
    await refreshing;
    await new Promise((r) => setTimeout(r, 150));
    expect(shown.get(TAB)!.title).toBe('Partnership Clipper: Clipped: Duisburg – Kryvyi Rih');
    badges.forget(TAB);
  });
});

describe('badgeTitleText', () => {
  it('words every state in the UI language (English messages here)', () => {
    expect(badgeTitleText({ state: 'recognised' })).toBe('Portrait recognised — click to clip');
    expect(badgeTitleText({ state: 'created', name: 'A – B' })).toBe('Clipped: A – B');
    expect(badgeTitleText({ state: 'updated', name: 'A – B' })).toBe('Updated, previous version kept: A – B');
    expect(badgeTitleText({ state: 'unchanged', name: 'A – B' })).toBe('Already clipped, nothing changed: A – B');
    expect(badgeTitleText({ state: 'clipped', capturedAt: '2026-03-04T10:00:00.000Z' })).toMatch(/^Already in your collection \(clipped .*2026.*\)$/);
  });
  it('translates a refusal by its code, and keeps the reason for an unknown code', () => {
    expect(badgeTitleText({ state: 'refused', code: 'no-qa', reason: 'ignored' })).toBe('Not clipped: No questions and answers found on this page.');
    expect(badgeTitleText({ state: 'refused', code: 'brand-new' as RefusalCode, reason: 'Some new reason.' })).toBe('Not clipped: Some new reason.');
  });
});
