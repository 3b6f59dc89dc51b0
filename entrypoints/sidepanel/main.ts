import { mount } from 'svelte';
import { i18n, startPageLanguage } from '../../src/ui/i18n';
import App from '../popup/App.svelte';
import '../../src/ui/theme.css';

// The popup's own view, laid out for the panel and following the active tab (no second copy of any view).
await startPageLanguage(() => i18n.t('panel.pageTitle'));

// `?window=<id>` follows another window's active tab: the panel page opened as a tab (tests, a pinned tab).
const followed = Number(new URLSearchParams(location.search).get('window')) || undefined;
mount(App, { target: document.getElementById('app')!, props: { surface: 'panel', windowId: followed } });
