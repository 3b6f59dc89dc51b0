import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateScheduleSetting } from '../../../src/browser/settings';
import { chooseUpdateSchedule, overviewPagesFor, recordCheck, UPDATE_ALARM } from '../../../src/browser/updates';
import { offlineMarksItem } from '../../../src/browser/offline-marks';
import type { CheckSnapshot } from '../../../src/capture/update-check';
import { makeRecord } from '../helpers/records';

/** The fake browser does not model permissions: the user's answer is given per test. */
function permissions(granted: boolean) {
  const request = vi.fn(async () => granted);
  const remove = vi.fn(async () => true);
  Object.assign(fakeBrowser.permissions, { request, remove });
  return { request, remove };
}

beforeEach(() => fakeBrowser.reset());

describe('chooseUpdateSchedule', () => {
  it('asks for alarms only when a schedule is chosen, then sets a weekly alarm', async () => {
    const { request } = permissions(true);
    expect(await chooseUpdateSchedule('weekly')).toBe(true);
    expect(request).toHaveBeenCalledWith({ permissions: ['alarms'] });
    expect(await updateScheduleSetting.getValue()).toBe('weekly');
    const alarm = await fakeBrowser.alarms.get(UPDATE_ALARM);
    expect(alarm?.periodInMinutes).toBe(7 * 24 * 60);
  });

  it('keeps the setting when the user refuses the permission', async () => {
    permissions(false);
    expect(await chooseUpdateSchedule('monthly')).toBe(false);
    expect(await updateScheduleSetting.getValue()).toBe('never');
    expect(await fakeBrowser.alarms.get(UPDATE_ALARM)).toBeUndefined();
  });

  it('"never" clears the alarm and gives the permission back without asking', async () => {
    const { request, remove } = permissions(true);
    await chooseUpdateSchedule('monthly');
    request.mockClear();
    expect(await chooseUpdateSchedule('never')).toBe(true);
    expect(request).not.toHaveBeenCalled();
    expect(remove).toHaveBeenCalledWith({ permissions: ['alarms'] });
    expect(await fakeBrowser.alarms.get(UPDATE_ALARM)).toBeUndefined();
    expect(await updateScheduleSetting.getValue()).toBe('never');
  });
});

describe('recordCheck', () => {
  const snapshot = (states: Array<[string, 'gone' | 'unchanged' | 'failed']>): CheckSnapshot => ({
    phase: 'done',
    total: states.length,
    finished: states.length,
    entries: states.map(([id, state]) => ({ id, url: `https://staedtepartnerschaftennrw.org/${id}/`, title: id, state, status: state === 'gone' ? 410 : undefined })),
    counts: { unchanged: 0, changed: 0, gone: 0, failed: 0, notPortrait: 0, notPermitted: 0, cancelled: 0 },
    newPortraits: [],
    startedAt: 0,
    finishedAt: 1,
  });

  it('marks gone pages once, keeps the mark through failures and drops it when the page is back', async () => {
    await recordCheck(snapshot([['a', 'gone'], ['b', 'unchanged']]), new Date('2026-11-01T00:00:00Z'));
    await recordCheck(snapshot([['a', 'gone']]), new Date('2026-11-08T00:00:00Z'));
    expect(await offlineMarksItem.getValue()).toEqual({ a: { since: '2026-11-01T00:00:00.000Z', status: 410 } });
    await recordCheck(snapshot([['a', 'failed']]));
    expect(Object.keys(await offlineMarksItem.getValue())).toEqual(['a']);
    await recordCheck(snapshot([['a', 'unchanged']]));
    expect(await offlineMarksItem.getValue()).toEqual({});
  });
});

describe('overviewPagesFor', () => {
  it('uses the origin the portraits were clipped from, https when there are none', () => {
    expect(overviewPagesFor([])).toEqual(['https://staedtepartnerschaftennrw.org/', 'https://staedtepartnerschaftennrw.org/ukraine/']);
    expect(overviewPagesFor([makeRecord({ url: 'http://staedtepartnerschaftennrw.org/a-b/' }), makeRecord({ url: 'https://example.org/x/' })])).toEqual([
      'http://staedtepartnerschaftennrw.org/',
      'http://staedtepartnerschaftennrw.org/ukraine/',
    ]);
  });
});
