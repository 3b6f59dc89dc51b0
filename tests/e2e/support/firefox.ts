/**
 * Launches Debian's Firefox ESR headless, with a fresh profile and the REAL Firefox build of the add-on
 * (.output/firefox-mv2) installed over WebDriver BiDi, and opens the add-on's pages as tabs.
 * Nothing is downloaded (findFirefox: FIREFOX_PATH, then the usual system locations).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from './chrome';
import { ARTIFACTS_DIR } from './extension';

/** The shipped Firefox build (MV2); PC_FIREFOX_BUILD=firefox-mv3 runs the same tests on the MV3 build. */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.PC_OUT_DIR ?? '.output', process.env.PC_FIREFOX_BUILD ?? 'firefox-mv2');
/** Any fixed UUID: Firefox gives each add-on a random one per profile unless the profile names it. */
const ADDON_UUID = '5b0c6a3e-2f4d-4e8a-9c1b-7d2e6f8a4c10';

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id from the built manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** moz-extension://<fixed uuid> */
  origin: string;
  /** Where Firefox saves downloads, without asking. */
  downloadsDir: string;
  /**
   * The add-on's uncaught errors and rejections (pages, background, content scripts) and every console.error
   * of a page, as Firefox printed them since launch. The fixture pages run no script, so these are the add-on's.
   */
  addonErrors(): string[];

  close(): Promise<void>;
}

function addonIdOf(dir: string): string {
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`No Firefox build at ${dir}: run \`npx wxt build -b firefox\` first (npm test does).`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestFile} names no gecko id, so its moz-extension UUID cannot be fixed.`);
  return id;
}

export async function launchFirefoxWithAddon(port: number): Promise<FirefoxSession> {
  const addonId = addonIdOf(FIREFOX_EXTENSION_DIR);
  const executablePath = findFirefox();
  const userDataDir = mkdtempSync(join(tmpdir(), 'pc-firefox-'));
  const downloadsDir = mkdtempSync(join(tmpdir(), 'pc-firefox-downloads-'));
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir,
    // A Firefox that does not come up fails the test in a minute; a hung command fails in 30 s instead of never.
    timeout: 60_000,
    protocolTimeout: 30_000,
    // BiDi refuses to navigate a tab to a moz-extension: page unless the client is granted system access.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      // Fixes the add-on's moz-extension://<uuid>/ origin before it is installed, so its pages can be opened.
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: ADDON_UUID }),
      // Every host name goes to the fixture server, so pages keep their real URLs and nothing leaves the
      // machine. Firefox has no --host-resolver-rules, and network.dns.forceResolve maps names to an address
      // but not to the server's random port, so the server is the proxy for every host: plain HTTP arrives
      // as an absolute-form request it serves like any other; an HTTPS CONNECT finds no handler there and
      // is closed at once (no hang, nothing sent out). localhost too (hijacking allowed, no exceptions).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Saves every download into downloadsDir without a dialog (2: the folder named in browser.download.dir).
      'browser.download.folderList': 2,
      'browser.download.dir': downloadsDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      // Stable English labels for the tests, whatever the machine's locale.
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      // BiDi reports no console message or uncaught error of an extension page (nor runs a preload script
      // there), so Firefox prints them to its own output, where addonErrors reads them.
      'devtools.console.stdout.content': true,
    },
  });
  // Firefox's own output (stdout and stderr), line by line, for addonErrors.
  const log: string[] = [];
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) {
    stream?.on('data', (chunk) => log.push(...String(chunk).split('\n').filter(Boolean)));
  }
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== addonId) throw new Error(`Firefox installed the add-on as ${installed}, not as ${addonId}.`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    addonId,
    origin: `moz-extension://${ADDON_UUID}`,
    downloadsDir,
    addonErrors: () =>
      log.filter((line) => line.startsWith(`JavaScript error: moz-extension://${ADDON_UUID}/`) || line.startsWith('console.error: ')),
    close: async () => {
      await browser.close();
      for (const dir of [userDataDir, downloadsDir]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens one of the add-on's pages (e.g. '/collection.html') in a new tab or window and waits for `ready`.
 * Firefox's BiDi never reports an extension page's navigation as finished (puppeteer issue 14314), so the
 * navigation is started, not awaited, and the page's own ready marker is awaited instead.
 */
export async function openAddonPage(
  session: FirefoxSession,
  path: string,
  { ready, type = 'tab' }: { ready: string; type?: 'tab' | 'window' },
): Promise<Page> {
  const page = await session.browser.newPage({ type });
  const url = `${session.origin}${path}`;
  page.goto(url, { timeout: 0 }).catch(() => {});
  // Polled by hand: while the tab swaps about:blank for the add-on's page, Firefox's BiDi can fail an
  // evaluate outright ("right-hand side of 'in' should be an object"), which ends puppeteer's own waits.
  const deadline = Date.now() + 15_000;
  while ((await page.evaluate(() => location.href).catch(() => '')) !== url) {
    if (Date.now() > deadline) throw new Error(`${url} did not open in Firefox within 15 s.`);
    await new Promise((done) => setTimeout(done, 50));
  }
  await page.waitForSelector(ready, { timeout: 15_000 });
  return page;
}
