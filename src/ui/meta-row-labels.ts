import { i18n } from './i18n';
import type { MetaRowKey } from '../compare/align';

/** The comparison's metadata row labels in the current language: one list for the table on screen and its exports. */
export function metaRowLabels(): Record<MetaRowKey, string> {
  return {
    partners: i18n.t('compare.partners'),
    kind: i18n.t('compare.kind'),
    interviewee: i18n.t('compare.interviewee'),
    interviewer: i18n.t('compare.interviewer'),
    captured: i18n.t('compare.captured'),
    source: i18n.t('compare.source'),
  };
}
