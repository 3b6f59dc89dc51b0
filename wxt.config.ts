import { defineConfig } from 'wxt';

// The one site whose portraits we recognise without being asked. Everything
// else is reached through activeTab only.
export const PORTRAIT_HOST = 'staedtepartnerschaftennrw.org';

export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // UI strings live beside the code they label; the language follows the browser.
  i18n: { localesDir: 'src/locales' },
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    host_permissions: [`*://${PORTRAIT_HOST}/*`],
    action: { default_title: 'Partnership Clipper' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'partnership-clipper@example.org', strict_min_version: '115.0' },
      },
    }),
  }),
});
