/** Human wording for bulk-clip progress. */

/** "about 12 s left", "about 2 min left"; 0 → "almost done". */
export function formatEta(ms: number): string {
  if (ms <= 0) return 'almost done';
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `about ${seconds} s left`;
  return `about ${Math.ceil(seconds / 60)} min left`;
}
