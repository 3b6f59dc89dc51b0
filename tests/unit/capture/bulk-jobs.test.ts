// A refused bulk start or retry carries a code, so the popup can say it in the UI language.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BulkJobs } from '../../../src/browser/bulk-jobs';
import { refusalKey } from '../../../src/refusals/messages';
import { freshDb } from '../db/helpers';

beforeEach(() => fakeBrowser.reset());

describe('BulkJobs refusals', () => {
  it('codes "nothing selected" and "nothing to retry", each with a translated message', async () => {
    const jobs = new BulkJobs(freshDb());
    const empty = await jobs.start(7, []);
    expect(empty).toMatchObject({ ok: false, code: 'bulk-empty' });
    const none = await jobs.retry(7);
    expect(none).toMatchObject({ ok: false, code: 'bulk-none' });
    for (const refused of [empty, none]) if (!refused.ok) expect(refusalKey(refused.code)).not.toBeNull();
  });
});
