/**
 * Everything the popup needs from Dexie, in one module it imports after its
 * first render (quick-read.ts gives that render its data): the database, the
 * live index, the record cache, live queries and the writes it makes.
 */
export { liveQuery } from 'dexie';
export { openClipperDB } from '../db/schema';
export { deleteRecords, restoreDeleted } from '../db/records';
export { recordsByIds } from '../db/search';
export { liveSearchIndex } from './live-search-index';
export { liveHead } from './live-head';
export { RecordCache } from './record-cache';
