#!/usr/bin/env node
// `npm start`: build the extension, then open Chromium with it loaded where a
// display exists; otherwise say how to load the built folder by hand.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const build = spawnSync('node_modules/.bin/wxt', ['build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const extensionDir = resolve('.output/chrome-mv3');
const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);
const chrome = candidates.find((path) => existsSync(path));
const hasDisplay = process.platform === 'darwin' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const manualSteps = `
Load it by hand:
  Chrome/Chromium: open chrome://extensions, switch on "Developer mode",
                   click "Load unpacked" and choose ${extensionDir}
  Firefox:         run "npm run build:firefox", open about:debugging#/runtime/this-firefox,
                   click "Load Temporary Add-on…" and choose .output/firefox-mv2/manifest.json
`;

if (!chrome || !hasDisplay) {
  console.log(`\nBuilt the extension into ${extensionDir}.`);
  console.log(!chrome ? 'No Chromium or Chrome found (set CHROME_PATH).' : 'No display found, so no browser was opened.');
  console.log(manualSteps);
  process.exit(0);
}

const profile = mkdtempSync(join(tmpdir(), 'partnership-clipper-'));
console.log(`Opening ${chrome} with the extension loaded (profile ${profile}).`);
const child = spawn(
  chrome,
  [
    `--user-data-dir=${profile}`,
    `--load-extension=${extensionDir}`,
    `--disable-extensions-except=${extensionDir}`,
    '--no-first-run',
    // Chrome 137+ ignores --load-extension unless this feature is off.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    'https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/',
  ],
  { stdio: 'inherit' },
);
child.on('exit', (code) => process.exit(code ?? 0));
