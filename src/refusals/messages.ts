/**
 * Refusal codes → UI message keys. `reason` stays English (logs, CLI); the
 * UI translates by `code`, and shows `reason` only for a code it does not
 * know. Pure: the caller passes its translator (i18n.t in the extension).
 */

/** Message keys of the `refusal:` group in src/locales/*.yml. */
export type RefusalKey =
  | 'refusal.noQa'
  | 'refusal.notAPortrait'
  | 'refusal.invalidInput'
  | 'refusal.internalError'
  | 'refusal.cannotAccess'
  | 'refusal.noAnswer'
  | 'refusal.storage'
  | 'refusal.noTab'
  | 'refusal.http'
  | 'refusal.network'
  | 'refusal.aborted'
  | 'refusal.crossOrigin'
  | 'refusal.interrupted'
  | 'refusal.bulkRunning'
  | 'refusal.bulkEmpty'
  | 'refusal.bulkNone'
  | 'refusal.error';

/** Extract codes (NotExtractableCode), clip codes (clip-tab.ts), fetch codes (FetchFailureCode) and bulk codes. */
const KEYS: Readonly<Record<string, RefusalKey>> = {
  'no-qa': 'refusal.noQa',
  'not-a-portrait': 'refusal.notAPortrait',
  'invalid-input': 'refusal.invalidInput',
  'internal-error': 'refusal.internalError',
  'cannot-access': 'refusal.cannotAccess',
  'no-answer': 'refusal.noAnswer',
  storage: 'refusal.storage',
  'no-tab': 'refusal.noTab',
  http: 'refusal.http',
  network: 'refusal.network',
  aborted: 'refusal.aborted',
  'cross-origin': 'refusal.crossOrigin',
  interrupted: 'refusal.interrupted',
  'bulk-running': 'refusal.bulkRunning',
  'bulk-empty': 'refusal.bulkEmpty',
  'bulk-none': 'refusal.bulkNone',
  error: 'refusal.error',
};

export const REFUSAL_CODES: readonly string[] = Object.keys(KEYS);

export function refusalKey(code: string | undefined): RefusalKey | null {
  return code !== undefined && Object.hasOwn(KEYS, code) ? KEYS[code]! : null;
}

/** The refusal in the UI language; the English `reason` for an unknown code (or a missing message). */
export function refusalText(refusal: { code?: string; reason?: string }, translate: (key: RefusalKey) => string): string {
  const key = refusalKey(refusal.code);
  const text = key ? translate(key) : '';
  return text || refusal.reason || '';
}
