// Analyst corrections in the explorer, on the real seeds/: merge two duplicate people found by the suggestions,
// reload and see one node with both names and the reason, undo it, reject a junk node, split a sentence off an
// entity and undo that; then export the judgements from the explorer and import them with `kg judgements import`
// into an empty database rebuilt from seeds/: the same graph.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EntitySummary, SearchResponse } from '../../src/api/contract.js';
import type { Graph } from '../../src/graph/driver.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { entityGraphRows } from '../helpers/graph-hash.js';
import { memoExtract } from '../helpers/memo-extract.js';
import { resetDatabase } from '../helpers/neo4j.js';
import { startExplorer, type Explorer } from './harness.js';
import { runKg } from '../helpers/kg-cli.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const TOKEN = 'browser-test-write-token';
// the rebuild in the last test takes each article's extraction from the first ingest (test/helpers/memo-extract.ts)
const extract = memoExtract();
const ingestSeeds = async (graph: Graph) => ingestPaths(graph, [SEEDS], { duplicates: true, extract });

let explorer: Explorer;
const previousToken = process.env.KG_WRITE_TOKEN;
beforeAll(async () => {
  process.env.KG_WRITE_TOKEN = TOKEN; // createApp reads it when not given one
  explorer = await startExplorer({ ingest: ingestSeeds });
}, 300_000);
// the pages a test opened, closed after it (harness.ts, closePages)
afterEach(async () => {
  await explorer?.closePages();
});
afterAll(async () => {
  await explorer?.close();
  if (previousToken === undefined) delete process.env.KG_WRITE_TOKEN;
  else process.env.KG_WRITE_TOKEN = previousToken;
});

// A reader without a token meets the legend first: the corrections come last in the sidebar, closed. Opening them
// and keeping the token keeps them open across reloads of the tab.
async function keepToken(page: Page): Promise<void> {
  const layout = await page.evaluate(() => {
    const box = document.getElementById('judgements');
    const sidebar = document.getElementById('sidebar');
    return {
      open: box instanceof HTMLDetailsElement ? box.open : null,
      last: box !== null && box === sidebar?.lastElementChild,
      first: sidebar?.firstElementChild?.getAttribute('aria-labelledby') ?? null,
    };
  });
  expect(layout).toEqual({ open: false, last: true, first: 'h-legend' });
  await page.click('#judgements > summary');
  await page.fill('#jg-token', TOKEN);
  await page.click('#jg-token-save');
}

async function api<T>(path: string): Promise<T> {
  const r = await fetch(`${explorer.baseUrl}api/${path}`);
  if (!r.ok) throw new Error(`GET /api/${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

type KgWindow = {
  kg: {
    pending(): number;
    graph: { idle: boolean; visibleNodes(): Array<{ id(): string; data(k: string): unknown }> };
    cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } };
  };
};
/** the link in the URL is restored and the layout has stopped */
const settled = (page: Page) =>
  page.waitForFunction(() => {
    const kg = (window as unknown as Partial<KgWindow>).kg;
    return kg !== undefined && kg.pending() === 0 && kg.graph.idle;
  });
const visible = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as KgWindow).kg.graph.visibleNodes().map((n) => n.data('summary') as EntitySummary),
  );

async function clickNode(page: Page, key: string): Promise<void> {
  await settled(page);
  const pos = await page.evaluate(
    (k) => (window as unknown as KgWindow).kg.cy.getElementById(k).renderedPosition(),
    key,
  );
  const box = await page.locator('#cy').boundingBox();
  if (!box) throw new Error('#cy is not laid out');
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
}

/** Reloads the explorer after a judgement; waits for the new page to have drawn its view. */
async function afterReload(page: Page, click: () => Promise<void>): Promise<void> {
  await Promise.all([page.waitForEvent('load'), click()]);
  await page.waitForSelector('#cy canvas', { state: 'attached' });
  await settled(page);
}

interface Suggestion {
  keep: { key: string; name: string; type: string };
  merge: { key: string; name: string; type: string };
  why: string[];
}

describe('corrections in the explorer', () => {
  let keep: Suggestion['keep'];
  let merge: Suggestion['merge'];

  it('merges two duplicate people, shows one node with both names and the reason after a reload, and undoes it', async () => {
    const { suggestions } = await api<{ suggestions: Suggestion[] }>('judgements/suggestions');
    // two spellings, so that "both names" can be seen on the merged node
    const people = suggestions.find(
      (s) => s.keep.type === 'person' && s.merge.type === 'person' && s.keep.name !== s.merge.name,
    );
    expect(people, 'the seeds hold at least one likely duplicate person').toBeDefined();
    ({ keep, merge } = people as Suggestion);

    const { page, errors } = await explorer.open(
      new URLSearchParams([
        ['k', keep.key],
        ['k', merge.key],
      ]).toString(),
    );
    await settled(page);
    await keepToken(page);
    await page.fill('#jg-who', 'browser analyst');
    await page.fill('#jg-why', 'same person, two spellings');
    await clickNode(page, merge.key);
    await clickNode(page, keep.key);
    await expect.poll(() => page.textContent('#jg-target')).toContain(`${keep.name} + ${merge.name}`);
    await settled(page);
    await afterReload(page, () => page.click('#jg-same'));

    const drawn = await visible(page);
    const merged = drawn.find((n) => n.key === keep.key);
    expect(merged?.aliases).toContain(merge.name);
    expect(drawn.map((n) => n.key)).not.toContain(merge.key);
    await clickNode(page, keep.key);
    await expect
      .poll(() => page.textContent('#jg-shaping'))
      .toContain(`merged with "${merge.name}" by browser analyst`);
    expect(await page.textContent('#jg-shaping')).toContain('same person, two spellings');
    const found = await api<SearchResponse>(`search?q=${encodeURIComponent(merge.name)}`);
    expect(found.results.map((r) => r.key)).not.toContain(merge.key);
    await explorer.shot(page, 'judgements-merged');

    await page.click('#jg-history-box summary');
    await page.locator('#jg-history .jg-undo').first().waitFor();
    await afterReload(page, () => page.locator('#jg-history .jg-undo').first().click());
    const after = await api<{ judgements: Array<{ withdrawnAt: string | null }> }>('judgements');
    expect(after.judgements.map((j) => j.withdrawnAt !== null)).toEqual([true]);
    const back = await api<SearchResponse>(`search?q=${encodeURIComponent(merge.name)}`);
    expect(back.results.map((r) => r.key)).toContain(merge.key);
    expect(errors).toEqual([]);
  });

  it('rejects a junk node: it leaves the view and the search', async () => {
    const { page, errors } = await explorer.open(new URLSearchParams([['f', keep.key]]).toString());
    await settled(page);
    const neighbour = (await visible(page)).find((n) => n.key !== keep.key);
    expect(neighbour).toBeDefined();
    const junk = neighbour as EntitySummary;
    await keepToken(page);
    await page.fill('#jg-why', 'not a real entity (test)');
    await clickNode(page, junk.key);
    await expect.poll(() => page.textContent('#jg-target')).toContain(junk.name);
    await afterReload(page, () => page.click('#jg-reject'));
    expect((await visible(page)).map((n) => n.key)).not.toContain(junk.key);
    const found = await api<SearchResponse>(`search?q=${encodeURIComponent(junk.name)}`);
    expect(found.results.map((r) => r.key)).not.toContain(junk.key);
    expect(errors).toEqual([]);
  });

  it('splits a sentence off an entity: the new entity takes it, with the reason; undone, it is gone', async () => {
    const { page, errors } = await explorer.open(new URLSearchParams([['f', keep.key]]).toString());
    await settled(page);
    await keepToken(page);
    await page.fill('#jg-why', 'another person of that name (test)');
    await clickNode(page, keep.key);
    await expect.poll(() => page.textContent('#jg-target')).toContain(keep.name);
    await page.click('#jg-mentions-box summary');
    const first = page.locator('#jg-mentions input[type=checkbox]').first();
    await first.waitFor();
    const sentenceId = await first.getAttribute('value');
    await first.check();
    await page.fill('#jg-split-name', `${keep.name} (other)`);
    await afterReload(page, () => page.click('#jg-split'));

    const { judgements } = await api<{
      judgements: Array<{ id: string; op: string; created: string | null; withdrawnAt: string | null }>;
    }>('judgements?op=split');
    expect(judgements).toHaveLength(1);
    const split = judgements[0] as { id: string; created: string };
    const other = await api<{
      entity: { name: string };
      evidence: Array<{ sentenceId: string }>;
      judgements: Array<{ why: string }>;
    }>(`entities/${encodeURIComponent(split.created)}`);
    expect(other.entity.name).toBe(`${keep.name} (other)`);
    expect(other.evidence.map((e) => e.sentenceId)).toEqual([sentenceId]);
    expect(other.judgements.map((j) => j.why)).toEqual(['another person of that name (test)']);
    const kept = await api<{ evidence: Array<{ sentenceId: string }> }>(
      `entities/${encodeURIComponent(keep.key)}?evidenceLimit=500`,
    );
    expect(kept.evidence.map((e) => e.sentenceId)).not.toContain(sentenceId);

    await page.click('#jg-history-box summary');
    await page.locator(`#jg-history .jg-undo[data-id="${split.id}"]`).waitFor();
    await afterReload(page, () => page.locator(`#jg-history .jg-undo[data-id="${split.id}"]`).click());
    expect((await fetch(`${explorer.baseUrl}api/entities/${encodeURIComponent(split.created)}`)).status).toBe(404);
    expect(errors).toEqual([]);
  });

  it('exports the judgements from the explorer and imports them with kg into an empty database rebuilt from seeds/: the same graph', async () => {
    const { graph } = explorer;
    const before = await entityGraphRows(graph);
    const { page } = await explorer.open('');
    await settled(page);
    // a new tab holds no token, so the corrections are closed until the reader opens them
    await page.click('#judgements > summary');
    await page.click('#jg-history-box summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#jg-export')]);
    const file = await download.path();
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    // merge (withdrawn), reject, split (withdrawn)
    expect(lines.map((l) => (JSON.parse(l) as { op: string }).op)).toEqual(['merge', 'reject', 'split']);
    await resetDatabase(graph);
    const extracted = extract.counts.extracted;
    const summary = await ingestSeeds(graph);
    expect(summary.failures).toEqual([]);
    expect(extract.counts.extracted).toBe(extracted);
    const imported = await runKg(['judgements', 'import', file]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/judgements imported: 3/);
    expect(await entityGraphRows(graph)).toEqual(before);
  }, 600_000);
});
