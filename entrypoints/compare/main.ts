import { warmUpDatabase } from '../../src/db/open-existing';
// The theme is linked from the page's head, before the views' own styles and the print sheet (start.ts):
// loaded with start.ts it came last and overrode the print sheet's rules.
import '../../src/ui/theme.css';

// A new document's first IndexedDB open waited 140–290 ms in Chromium (performance finding 16). It starts
// here, in a module of a few lines, while the page's code (start.ts and all it imports) is still loading,
// instead of when the view first reads through Dexie.
void warmUpDatabase();
await import('./start');
