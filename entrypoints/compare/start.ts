import { mount } from 'svelte';
import { i18n, startPageLanguage } from '../../src/ui/i18n';
import App from './App.svelte';
import '../../src/ui/print.css';

// The language chosen in the options (or the browser's) applies before the first render and follows switches.
await startPageLanguage(() => i18n.t('tab.pageTitle'));

mount(App, { target: document.getElementById('app')! });
