/**
 * Refusal codes → UI message keys. `reason` stays English (logs, CLI); the
 * UI translates by `code`, and shows `reason` only for a code it does not
 * know (a bulk item stored by an older version). Pure: the caller passes its
 * translator, `(key) => i18n.t(key)`, which compiles only while every key
 * below is in src/locales/en.yml; the conventions test keeps de.yml complete.
 */

import type { RefusalCode } from './codes';

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

/** A message for every code: a code added to RefusalCode without one does not compile. */
const KEYS: Readonly<Record<RefusalCode, RefusalKey>> = {
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

export const REFUSAL_CODES = Object.keys(KEYS) as readonly RefusalCode[];

export function refusalKey(code: string | undefined): RefusalKey | null {
  return code !== undefined && Object.hasOwn(KEYS, code) ? KEYS[code as RefusalCode] : null;
}

/** The refusal in the UI language; the English `reason` for an unknown code (or a missing message). */
export function refusalText(refusal: { code?: string; reason?: string }, translate: (key: RefusalKey) => string): string {
  const key = refusalKey(refusal.code);
  const text = key ? translate(key) : '';
  return text || refusal.reason || '';
}
