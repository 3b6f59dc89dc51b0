/** JavaScript heap figures over CDP: a page's heap after a GC, and the high-water mark while something runs. */
import type { Page } from 'puppeteer-core';

const MB = 1024 * 1024;

/** The page's used JS heap in MB after a full garbage collection. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / MB;
  } finally {
    await cdp.detach();
  }
}

/**
 * Runs `work` while sampling the page's used JS heap every `everyMs`; returns
 * its result and the highest sample in MB. The samples are answered between
 * the page's tasks and by V8 interrupts, so a peak inside one long task can be
 * missed: the figure is a lower bound of the true high-water mark.
 */
export async function heapHighWater<T>(page: Page, work: () => Promise<T>, everyMs = 50): Promise<{ result: T; peakMB: number; samples: number }> {
  const cdp = await page.createCDPSession();
  let peak = 0;
  let samples = 0;
  let running = true;
  const poll = (async () => {
    while (running) {
      try {
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        peak = Math.max(peak, usedSize);
        samples++;
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  try {
    const result = await work();
    return { result, peakMB: peak / MB, samples };
  } finally {
    running = false;
    await poll;
    await cdp.detach();
  }
}
