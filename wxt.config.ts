import { defineConfig } from 'wxt';
import { PORTRAIT_HOST } from './src/extract/site';
import { CLIP_COMMAND } from './src/messaging/commands';

// PORTRAIT_HOST is the one site whose portraits we recognise without being asked. Everything
// else is reached through activeTab only, or through an optional host
// permission the user grants in the options page at the moment of use.
const ANY_SITE = '*://*/*';
// Rendered from assets/icon.svg by `npm run icons` (scripts/icons.mjs).
const ICONS = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));

export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // UI strings live beside the code they label; the language follows the browser.
  i18n: { localesDir: 'src/locales' },
  imports: false,
  // Lets parallel work (e.g. a benchmark run) build into its own folder.
  outDir: process.env.PC_OUT_DIR ?? '.output',
  // Dexie's package entry wraps its ES5 UMD build; the same version's ES2018
  // module build is smaller (about 1.5 KB gzip in the popup) and needs no CommonJS interop.
  vite: () => ({ resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] } }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus'],
    host_permissions: [`*://${PORTRAIT_HOST}/*`],
    // Asked only on use (options page → "Add site"); MV2 has no separate key for hosts.
    // `alarms` only for a scheduled check for updates, asked when the user picks a schedule in the options.
    ...(manifestVersion === 3
      ? { optional_host_permissions: [ANY_SITE], optional_permissions: ['alarms'] }
      : { optional_permissions: [ANY_SITE, 'alarms'] }),
    icons: ICONS,
    // MV2 names the toolbar button browser_action; WXT would otherwise drop the icon there.
    [manifestVersion === 3 ? 'action' : 'browser_action']: { default_title: 'Partnership Clipper', default_icon: ICONS },
    commands: {
      // Changeable in chrome://extensions/shortcuts or Firefox's add-on shortcut settings.
      // Not Alt+Shift+C: Chromium keeps that one for itself and leaves the command unbound.
      [CLIP_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandClipPage__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'partnership-clipper@example.org',
          strict_min_version: '115.0',
          // The data stays in the browser: the extension collects and transmits nothing.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
