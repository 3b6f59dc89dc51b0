import { warmUpDatabase } from '../../src/db/open-existing';

// A new document's first IndexedDB open waited 140–290 ms in Chromium (performance finding 16). It starts
// here, in a module of a few lines, while the page's code (start.ts and all it imports) is still loading,
// instead of when the view first reads through Dexie.
void warmUpDatabase();
await import('./start');
