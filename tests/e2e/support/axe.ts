/** axe-core in a real page: the serious and critical violations, as readable lines. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';

const AXE = resolve('node_modules/axe-core/axe.min.js');

interface AxeResult {
  passes: unknown[];
  violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
}

export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Extension pages' CSP blocks the inline <script> addScriptTag would add;
  // evaluating the source through DevTools is not subject to the page's CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe.run();
    // No passes at all would mean axe checked nothing: fail loudly instead of vacuously.
    if (result.passes.length === 0) return [{ id: 'axe-checked-nothing', impact: 'critical', targets: [] as string[] }];
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => String(n.target)).slice(0, 3) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.targets.join(' | ')}`);
}
