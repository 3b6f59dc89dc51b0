import { afterEach, describe, expect, it } from 'vitest';
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
    expect(look!.title).toEqual({ state: 'clipped', capturedAt: '2026-03-04T10:00:00.000Z' });
  });
  it('says "portrait recognised" for a portrait not yet clipped', () => {
    expect(recognitionBadge({ isPortrait: true, clippedAt: null })).toMatchObject({ text: '+', title: { state: 'recognised' } });
  });
  it('shows nothing on a page that is neither', () => {
    expect(recognitionBadge({ isPortrait: false, clippedAt: null })).toBeNull();
  });
});

describe('formatClipDate', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('formats a broken date as given', () => {
    expect(formatClipDate('yesterday')).toBe('yesterday');
  });
  it('gives the day in the user\'s time zone, not in UTC', () => {
    // 23:30 UTC on 4 March is already 5 March in Berlin, and still 4 March in New York.
    process.env.TZ = 'Europe/Berlin';
    expect(formatClipDate('2026-03-04T23:30:00.000Z', 'de-DE')).toBe('05.03.2026');
    process.env.TZ = 'America/New_York';
    expect(formatClipDate('2026-03-04T23:30:00.000Z', 'de-DE')).toBe('04.03.2026');
  });
  it('uses the date format of the UI language', () => {
    process.env.TZ = 'UTC';
    expect(formatClipDate('2026-03-04T10:00:00.000Z', 'en-US')).toBe('03/04/2026');
    expect(formatClipDate('2026-03-04T10:00:00.000Z', 'de')).toBe('04.03.2026');
  });
});

describe('clipFeedbackBadge', () => {
  it('names the outcome and the partnership', () => {
    expect(clipFeedbackBadge(ok('created')).title).toEqual({ state: 'created', name: 'A – B' });
    expect(clipFeedbackBadge(ok('updated')).title).toEqual({ state: 'updated', name: 'A – B' });
    expect(clipFeedbackBadge(ok('unchanged')).title).toEqual({ state: 'unchanged', name: 'A – B' });
    expect(clipFeedbackBadge(ok('created')).text).toBe('✓');
  });
  it('shows a red "!" with the refusal code on refusal', () => {
    const look = clipFeedbackBadge({ ok: false, code: 'no-qa', reason: 'No questions and answers found on this page.' });
    expect(look.text).toBe('!');
    expect(look.title).toEqual({ state: 'refused', code: 'no-qa', reason: 'No questions and answers found on this page.' });
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
