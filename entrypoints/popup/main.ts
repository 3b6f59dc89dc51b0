import { mount } from 'svelte';
import { i18n } from '#i18n';
import App from './App.svelte';
import '../../src/ui/theme.css';

// The popup speaks the browser's UI language; tell assistive technology which one.
document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-') || 'en';

mount(App, { target: document.getElementById('app')! });
