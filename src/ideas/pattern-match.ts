/** A name a pattern found (patterns.ts): where it stands, how it is listed, its type and legal form. */

import type { OrganisationType } from './org-types';

export interface PatternMatch {
  /** Token indexes [from, to). */
  from: number;
  to: number;
  name: string;
  type: OrganisationType;
  /** The name without its legal form, which later mentions may use alone. */
  core: string;
  /** The legal form as written after the name ("GmbH", "e. V."), if any. */
  legalForm?: string;
}
