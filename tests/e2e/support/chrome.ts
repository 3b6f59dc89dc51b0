/**
 * Finds the browsers for the browser tests. Nothing is downloaded: the
 * environment variable wins, then the usual system locations.
 */
import { existsSync } from 'node:fs';

function findBrowser(envVar: string, candidates: string[], missing: string): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envVar} is set to ${fromEnv}, but no file is there.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(missing);
}

export function findChrome(): string {
  return findBrowser(
    'CHROME_PATH',
    [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    'No Chromium or Chrome found for the browser tests. Install one ' +
      '(Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to its executable.',
  );
}

/** For tests/e2e/firefox.test.ts (the Firefox build). */
export function findFirefox(): string {
  return findBrowser(
    'FIREFOX_PATH',
    ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    'No Firefox found for the Firefox browser tests. Install one ' +
      '(Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to its executable.',
  );
}
