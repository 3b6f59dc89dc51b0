/**
 * Launches Debian's Chromium with the built extension installed, and opens
 * the REAL toolbar popup for a tab (activeTab granted, as a click does).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Extension, type Page } from 'puppeteer-core';
import { findChrome } from './chrome';

export const EXTENSION_DIR = resolve(process.env.PC_OUT_DIR ?? '.output', 'chrome-mv3');
export const ARTIFACTS_DIR = resolve('tests/artifacts');
export { PORTRAIT_HOST } from '../../../src/extract/site';
/** A second, unrelated site for generic Q&A pages (no host permission). */
export const OTHER_HOST = 'faq.example.test';

export interface Session {
  browser: Browser;
  extension: Extension;
  extensionId: string;
  downloadsDir: string;
  userDataDir: string;
  /** Whether the toolbar button is pinned, as a user who clips keeps it (see pinToToolbar). */
  pinned: boolean;
  close(): Promise<void>;
}

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, 32 hex digits spelled a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Pins the extension's toolbar button in the profile before the browser starts (Chromium reads the list only
 * then). Unpinned, every toolbar click first pops the button out of the extensions menu and opens the popup
 * only after that animation: about 250 ms of browser UI before the popup's page even starts loading
 * (docs/performance.md, finding 19), which would swamp every popup figure.
 */
function pinToToolbar(userDataDir: string, extensionId: string): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  const prefs = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { extensions?: { pinned_extensions?: string[] } }) : {};
  const pinned = prefs.extensions?.pinned_extensions ?? [];
  if (pinned.includes(extensionId)) return;
  prefs.extensions = { ...prefs.extensions, pinned_extensions: [...pinned, extensionId] };
  writeFileSync(file, JSON.stringify(prefs));
}

export interface LaunchOptions {
  /** A profile to reuse (a restart); a fresh temporary one otherwise. */
  userDataDir?: string;
  /** Pin the toolbar button first (default: yes, see pinToToolbar). */
  pinAction?: boolean;
  /** The browser's UI and page language (default: English, for stable labels). */
  lang?: string;
}

export async function launchWithExtension(port: number, options: LaunchOptions = {}): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npx wxt build\` first (npm test does).`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'pc-profile-'));
  const expectedId = unpackedExtensionId(EXTENSION_DIR);
  if (options.pinAction ?? true) pinToToolbar(userDataDir, expectedId);
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Stable English labels for the tests, whatever the machine's locale, unless a test asks for another.
      ...(options.lang ? [`--lang=${options.lang}`, `--accept-lang=${options.lang}`] : ['--lang=en-US']),
      // Every host name resolves to the fixture server: pages keep their real
      // URLs and no request can leave the machine.
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
    ],
  });
  const extensionId = await browser.installExtension(EXTENSION_DIR);
  const extension = (await browser.extensions()).get(extensionId);
  if (!extension) throw new Error('The extension did not install.');
  const downloadsDir = mkdtempSync(join(tmpdir(), 'pc-downloads-'));
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadsDir, eventsEnabled: true });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return {
    browser,
    extension,
    extensionId,
    downloadsDir,
    userDataDir,
    pinned: (options.pinAction ?? true) && extensionId === expectedId,
    close: () => browser.close(),
  };
}

/** Opens `url` in a new tab. The fixture server speaks plain HTTP, so https URLs are visited as http. */
export async function visitPage(session: Session, url: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(url.replace(/^https:/, 'http:'), { waitUntil: 'domcontentloaded' });
  return page;
}

/**
 * Clicks the toolbar button for `page`'s tab and returns the popup page, once its list is ready
 * (`ready: false`: at once, for a popup whose list cannot be read yet, e.g. while an import writes).
 */
export async function openPopup(session: Session, page: Page, { ready = true }: { ready?: boolean } = {}): Promise<Page> {
  await page.bringToFront();
  const target = session.browser.waitForTarget((t) => t.url().endsWith('popup.html'), { timeout: 10_000 });
  await page.triggerExtensionAction(session.extension);
  const popup = await (await target).asPage();
  if (ready) await popup.waitForSelector('[data-ready="true"]', { timeout: 10_000 });
  return popup;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}
