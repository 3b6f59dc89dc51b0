#!/usr/bin/env node
// Renders assets/icon.svg to the toolbar and store PNGs in public/icon/ with the
// same headless Chromium the browser tests use (puppeteer-core, nothing downloaded).
// Run after changing the SVG: `npm run icons`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const ICON_SIZES = [16, 32, 48, 128];
const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'assets', 'icon.svg');
const OUT_DIR = join(ROOT, 'public', 'icon');

const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .filter(Boolean)
  .find((path) => existsSync(path));
if (!chrome) {
  console.error('No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH.');
  process.exit(1);
}

const svg = readFileSync(SOURCE, 'utf8');
const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of ICON_SIZES) {
    // The SVG is drawn at the target size by the browser's own rasteriser, so small
    // sizes get proper anti-aliasing instead of a downscaled 128 px bitmap.
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(OUT_DIR, `${size}.png`), png);
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
