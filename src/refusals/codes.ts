/**
 * Every code a refusal can carry. The UI translates by code
 * (src/refusals/messages.ts maps each to a message key, and the compiler
 * insists on a key for every code here); `reason` stays English for logs and the CLI.
 */

/** Why a page could not be turned into a record (the extractors). */
export type NotExtractableCode = 'no-qa' | 'not-a-portrait' | 'invalid-input' | 'internal-error';

/** Fetching a linked page can fail before the extractors run. */
export type FetchFailureCode = 'http' | 'network' | 'aborted' | 'cross-origin';

/** The clip flow around the extractors: the tab, the content script, the database. */
export type ClipFailureCode = 'cannot-access' | 'no-answer' | 'storage' | 'no-tab';

/** Starting, retrying or resuming a bulk clip; 'error' is a worker that threw instead of answering. */
export type BulkRefusalCode = 'bulk-running' | 'bulk-empty' | 'bulk-none' | 'interrupted' | 'error';

export type RefusalCode = NotExtractableCode | FetchFailureCode | ClipFailureCode | BulkRefusalCode;
