// Pins the permission set of the built extension: anything broader fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/extension';

type Manifest = {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: unknown[];
  background?: { service_worker?: string };
  commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  side_panel?: { default_path?: string };
  browser_action?: { default_icon?: Record<string, string> };
};

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

const ICON_SIZES = ['16', '32', '48', '128'];

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The manifest's icons and the toolbar button's icons name packaged PNGs of the stated sizes. */
function expectIcons(dir: string, built: Manifest) {
  const toolbar = (built.action ?? built.browser_action)?.default_icon;
  for (const icons of [built.icons, toolbar]) {
    expect(Object.keys(icons ?? {}).sort()).toEqual([...ICON_SIZES].sort());
    for (const [size, path] of Object.entries(icons ?? {})) {
      expect(pngSize(join(dir, path))).toEqual([Number(size), Number(size)]);
    }
  }
}

describe('built Chrome manifest', () => {
  it('is MV3 with a service worker', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background?.service_worker).toBeTruthy();
  });

  it('asks for exactly the permissions the features name', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(
      // sidePanel: only to show the collection in Chrome's side panel (Firefox's sidebar needs no permission).
      ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage'].sort(),
    );
    // `alarms` is asked only when the user picks a scheduled check for updates.
    expect(manifest.optional_permissions ?? []).toEqual(['alarms']);
  });

  it('asks for other sites only as optional host permissions (requested on use in the options page)', () => {
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.host_permissions).not.toContain('*://*/*');
  });

  it('declares the clip-page command with a default shortcut', () => {
    expect(manifest.commands?.['clip-page']?.suggested_key?.default).toBe('Alt+Shift+K');
    expect(manifest.commands?.['clip-page']?.description).toBeTruthy();
  });

  it('offers the collection in the side panel', () => {
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
  });

  it('has the icon at 16, 32, 48 and 128 px for the store, the extensions page and the toolbar', () => {
    expectIcons(EXTENSION_DIR, manifest);
  });

  it('reaches only the portrait site without asking', () => {
    expect(manifest.host_permissions).toEqual(['*://staedtepartnerschaftennrw.org/*']);
  });

  it('injects nothing into other sites by default', () => {
    for (const script of (manifest.content_scripts ?? []) as { matches: string[] }[]) {
      for (const match of script.matches) expect(match).toBe('*://staedtepartnerschaftennrw.org/*');
    }
  });
});

describe.each(['firefox-mv2', 'firefox-mv3'])('built %s manifest', (target) => {
  const dir = join(EXTENSION_DIR, '..', target);
  const firefox = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest & {
    manifest_version: number;
    permissions?: string[];
    host_permissions?: string[];
    optional_permissions?: string[];
    optional_host_permissions?: string[];
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  // MV2 lists hosts among the permissions; MV3 keeps them apart.
  const hosts = [...(firefox.host_permissions ?? []), ...(firefox.permissions ?? []).filter((p) => p.includes('://'))];
  const apis = (firefox.permissions ?? []).filter((p) => !p.includes('://'));
  const optional = [...(firefox.optional_permissions ?? []), ...(firefox.optional_host_permissions ?? [])];

  it('asks for the same permissions as the Chrome build, less sidePanel (the sidebar needs none)', () => {
    expect(apis.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'].sort());
    expect(hosts).toEqual(['*://staedtepartnerschaftennrw.org/*']);
    expect([...optional].sort()).toEqual(['*://*/*', 'alarms']);
  });

  it('offers the collection in the sidebar', () => {
    const sidebar = (firefox as { sidebar_action?: { default_panel?: string; default_icon?: Record<string, string> } }).sidebar_action;
    expect(sidebar?.default_panel).toBe('sidepanel.html');
    // Not thrust on the user at install (Firefox's default is to open it).
    expect((sidebar as { open_at_install?: boolean } | undefined)?.open_at_install).toBe(false);
    for (const [size, path] of Object.entries(sidebar?.default_icon ?? {})) expect(pngSize(join(dir, path))).toEqual([Number(size), Number(size)]);
    expect(Object.keys(sidebar?.default_icon ?? {})).toEqual(['16', '32']);
  });

  it('has the same icons as the Chrome build, on the toolbar button too', () => {
    expectIcons(dir, firefox);
  });

  it('has a stable add-on id', () => {
    expect(firefox.browser_specific_settings?.gecko?.id).toBe('partnership-clipper@example.org');
  });
});
