import { describe, expect, it } from 'vitest';
import { clipFeedbackBadge, formatClipDate, recognitionBadge } from '../../../src/capture/badge';
import { formatEta } from '../../../src/capture/bulk-format';
import type { ClipOutcome } from '../../../src/messaging/map';
import type { PartnershipRecord } from '../../../src/record/types';

const record = { url: 'https://staedtepartnerschaftennrw.org/a-b/', title: 'A – B', partners: ['A', 'B'] } as PartnershipRecord;
const ok = (status: 'created' | 'updated' | 'unchanged'): ClipOutcome => ({ ok: true, status, record, questionCount: 12, warnings: [] });

describe('recognitionBadge', () => {
  it('says "already in your collection" with the clip date only when a record exists', () => {
    const look = recognitionBadge({ isPortrait: true, clippedAt: '2026-03-04T10:00:00.000Z' });
    expect(look).toMatchObject({ text: '✓' });
    expect(look!.title).toBe('Already in your collection (clipped 2026-03-04)');
  });
  it('says "portrait recognised" for a portrait not yet clipped', () => {
    expect(recognitionBadge({ isPortrait: true, clippedAt: null })).toMatchObject({ text: '+', title: 'Portrait recognised — click to clip' });
  });
  it('shows nothing on a page that is neither', () => {
    expect(recognitionBadge({ isPortrait: false, clippedAt: null })).toBeNull();
  });
  it('formats a broken date as given', () => {
    expect(formatClipDate('yesterday')).toBe('yesterday');
  });
});

describe('clipFeedbackBadge', () => {
  it('names the outcome and the partnership', () => {
    expect(clipFeedbackBadge(ok('created')).title).toBe('Clipped: A – B');
    expect(clipFeedbackBadge(ok('updated')).title).toBe('Updated, previous version kept: A – B');
    expect(clipFeedbackBadge(ok('unchanged')).title).toBe('Already clipped, nothing changed: A – B');
    expect(clipFeedbackBadge(ok('created')).text).toBe('✓');
  });
  it('shows a red "!" with the reason on refusal', () => {
    const look = clipFeedbackBadge({ ok: false, code: 'no-qa', reason: 'No questions and answers found on this page.' });
    expect(look.text).toBe('!');
    expect(look.title).toBe('Not clipped: No questions and answers found on this page.');
    expect(look.color).not.toBe(clipFeedbackBadge(ok('created')).color);
  });
});

describe('formatEta', () => {
  it('rounds up to seconds, then minutes', () => {
    expect(formatEta(0)).toBe('almost done');
    expect(formatEta(1200)).toBe('about 2 s left');
    expect(formatEta(125_000)).toBe('about 3 min left');
  });
});
