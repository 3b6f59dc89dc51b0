/**
 * The database's names and version, in a module without Dexie, so code that
 * reads the database directly (quick-read.ts) agrees with the schema.
 */

export const DEFAULT_DB_NAME = 'partnership-clipper';
/** The latest `version(n)` declared in schema.ts (a unit test holds them equal). */
export const SCHEMA_VERSION = 7;
export const RECORDS_TABLE = 'records';
export const SHARDS_TABLE = 'searchShards';
export const IDEAS_TABLE = 'ideasCache';
/** The records' index that orders the list (newest capture first), read directly by quick-read.ts and newest-first.ts. */
export const CAPTURED_INDEX = 'capturedAt';
