/** The full-backup file: records plus their revisions and the settings. A public contract like RecordsFileV1. */

import type { PartnershipRecord } from './types';

export const BACKUP_FORMAT = 'partnership-clipper/backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupRevision {
  id: string;
  recordId: string;
  savedAt: string;
  record: PartnershipRecord;
}

export interface BackupSetting {
  key: string;
  value: unknown;
}

export interface BackupFileV1 {
  format: typeof BACKUP_FORMAT;
  version: 1;
  exportedAt: string;
  records: PartnershipRecord[];
  revisions: BackupRevision[];
  settings: BackupSetting[];
}
