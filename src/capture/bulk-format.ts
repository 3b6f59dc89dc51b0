/** Human wording for bulk-clip progress. */

/** The ETA rounded up for display: the UI words it in the user's language. */
export type EtaParts = { unit: 'done' } | { unit: 's' | 'min'; amount: number };

/** 0 → done; under a minute in whole seconds; otherwise in whole minutes (always rounded up). */
export function etaParts(ms: number): EtaParts {
  if (ms <= 0) return { unit: 'done' };
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return { unit: 's', amount: seconds };
  return { unit: 'min', amount: Math.ceil(seconds / 60) };
}

/** "about 12 s left", "about 2 min left"; 0 → "almost done" (English, for logs and the CLI). */
export function formatEta(ms: number): string {
  const eta = etaParts(ms);
  if (eta.unit === 'done') return 'almost done';
  return `about ${eta.amount} ${eta.unit} left`;
}
