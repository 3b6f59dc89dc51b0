import { defineConfig } from 'wxt';

// The one site whose portraits we recognise without being asked. Everything
// else is reached through activeTab only.
export const PORTRAIT_HOST = 'staedtepartnerschaftennrw.org';

export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Partnership Clipper',
    description:
      'Clip interview portraits of NRW–Ukrainian municipal partnerships into a structured, comparable collection.',
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
