// Defect 8: the explorer is served with a strict Content-Security-Policy and still works under it in Chromium
// (no violation while searching, expanding, reading evidence, exporting and switching views).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from './fixture.js';
import { startExplorer, type Explorer } from './harness.js';

let explorer: Explorer;
beforeAll(async () => {
  explorer = await startExplorer();
});
// the pages a test opened, closed after it (harness.ts, closePages)
afterEach(async () => {
  await explorer?.closePages();
});
afterAll(async () => {
  await explorer?.close();
});

describe('explorer under its Content-Security-Policy', () => {
  it('sends the policy and the explorer works with no CSP violation', async () => {
    const res = await fetch(explorer.baseUrl);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');

    const context = await explorer.browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text().slice(0, 120));
    });
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
        ),
      );
    });
    await page.goto(explorer.baseUrl);
    await page.waitForSelector('#cy canvas', { state: 'attached' });
    await page.fill('#search-input', 'Ormsb');
    const option = page.locator('#search-list [role=option]', { hasText: 'Daniel Ormsby' }).first();
    await option.waitFor({ state: 'visible' });
    await option.dispatchEvent('mousedown');
    await page.waitForFunction((k) => {
      const kg = (window as unknown as { kg: { graph: { visibleNodes(): Array<{ id(): string }> } } }).kg;
      return kg.graph.visibleNodes().some((n) => n.id() === k);
    }, ENTITIES.mi5!.key);
    await page.waitForSelector('#panel .evidence mark');
    await page.locator('#panel .evidence button[data-article]').first().click();
    await page.waitForSelector('#panel .article-text .mention');
    const download = page.waitForEvent('download');
    await page.click('#btn-png');
    await download;
    await page.click('#tab-duplicates');
    await page.click('#tab-explore');
    await page.waitForTimeout(500);
    expect(violations).toEqual([]);
    await context.close();
  });
});
