// The drawn graph must always be what the view state says: for every expanded entity, the first `limit` neighbours
// the server gives under the active filters (and the links to them), nothing more and nothing less — whatever order
// filters, expansions, "Show more", collapse, remove and undo came in. Uses the hub fixture (hub-fixture.ts) with more
// neighbours than one page. The expected graph is asked from the HTTP API directly, from the state in the URL.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { NeighborsResponse } from '../../src/api/contract.js';
import { decodeState } from '../../client/src/state.ts';
import { FIRST_PERSON, HUB, ORGS, PEOPLE, QUAYSIDE, QUILL, WESTPORT, ingestHubFixture } from './hub-fixture.js';
import { startExplorer, type Explorer } from './harness.js';

const PAGE = 25;
let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer({ ingest: ingestHubFixture });
});

// the pages a test opened, closed after it (harness.ts, closePages)
afterEach(async () => {
  await explorer?.closePages();
});
afterAll(async () => {
  await explorer?.close();
});

type KgWindow = {
  kg: {
    graph: {
      idle: boolean;
      visibleNodes(): Array<{ id(): string }>;
      visibleEdges(): Array<{ id(): string; data(k: 'weight'): number }>;
      expanded: Map<string, { limit: number; loaded: number; total: number }>;
    };
    pending?: () => number;
  };
};

/** node keys, and edge ids with their article counts (which depend on the date and outlet filters) */
interface Drawn {
  nodes: string[];
  edges: string[];
}

const drawn = (page: Page): Promise<Drawn> =>
  page.evaluate(() => {
    const kg = (window as unknown as KgWindow).kg;
    return {
      nodes: kg.graph
        .visibleNodes()
        .map((n) => n.id())
        .sort(),
      edges: kg.graph
        .visibleEdges()
        .map((e) => `${e.id()} ×${e.data('weight')}`)
        .sort(),
    };
  });

const busy = (page: Page) =>
  page.evaluate(() => {
    const kg = (window as unknown as KgWindow).kg;
    return (kg.pending?.() ?? 0) > 0;
  });

/** What the URL state says should be drawn, computed from the API alone (not from the client's code). */
async function expectedFor(hash: string, without: readonly string[] = []): Promise<Drawn> {
  const s = decodeState(hash);
  if (s.orgKinds.length || s.incidentKinds.length) throw new Error('expectedFor: kind filters are not modelled here');
  const limits = (s as { limits?: Record<string, number> }).limits ?? {};
  const shown = (s as { shown?: string[] }).shown ?? [];
  const nodes = new Set<string>([...s.focus, ...shown]);
  const edges = new Map<string, { from: string; to: string; weight: number }>();
  for (const key of s.focus) {
    const q = new URLSearchParams({ limit: String(limits[key] ?? PAGE), offset: '0' });
    if (s.types.length) q.set('types', s.types.join(','));
    if (s.from) q.set('from', s.from);
    if (s.to) q.set('to', s.to);
    if (s.source) q.set('sources', s.source);
    const r = await fetch(`${explorer.baseUrl}api/entities/${encodeURIComponent(key)}/neighbors?${q}`);
    if (!r.ok) throw new Error(`neighbors of ${key}: ${r.status} ${await r.text()}`);
    const body = (await r.json()) as NeighborsResponse;
    for (const n of body.nodes) nodes.add(n.key);
    for (const e of body.edges) edges.set(e.id, e);
  }
  for (const k of without) nodes.delete(k);
  return {
    nodes: [...nodes].sort(),
    edges: [...edges]
      .filter(([, e]) => nodes.has(e.from) && nodes.has(e.to))
      .map(([id, e]) => `${id} ×${e.weight}`)
      .sort(),
  };
}

/**
 * Wait until the client has no request in flight and draws what its URL state says, then assert it (so a failure
 * shows the difference). Returns the drawn graph.
 */
/** Expand the selected entity and wait until the URL holds one more expansion, so a later comparison cannot pass
 * against the state from before the click (a loaded machine can take a while to start the request). */
async function clickExpand(page: Page): Promise<void> {
  const count = () => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).getAll('f').length);
  const before = await count();
  await page.click('#btn-expand');
  await page.waitForFunction((n) => new URLSearchParams(location.hash.slice(1)).getAll('f').length > n, before);
}

async function expectDrawnToMatchState(page: Page, without: readonly string[] = []): Promise<Drawn> {
  const deadline = Date.now() + 20_000;
  let now: Drawn = { nodes: [], edges: [] };
  let want: Drawn = { nodes: [], edges: [] };
  for (;;) {
    const hash = await page.evaluate(() => location.hash);
    want = await expectedFor(hash, without);
    now = await drawn(page);
    if (!(await busy(page)) && JSON.stringify(now) === JSON.stringify(want)) break;
    if (Date.now() > deadline) break;
    await page.waitForTimeout(150);
  }
  // on a mismatch, say what the client thought it was showing
  const client = await page.evaluate(() => {
    const kg = (window as unknown as KgWindow).kg;
    return {
      hash: location.hash,
      status: document.querySelector('#status')?.textContent ?? '',
      expanded: [...kg.graph.expanded].map(([k, v]) => `${k}: ${v.loaded}/${v.total} (limit ${v.limit})`),
    };
  });
  expect(now, JSON.stringify(client)).toEqual(want);
  return now;
}

/** until the expanded entities in the URL satisfy `test` */
async function waitForFocus(page: Page, test: (focus: string[], key: string) => boolean, key: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  let focus: string[] = [];
  while (Date.now() < deadline) {
    focus = decodeState(await page.evaluate(() => location.hash)).focus;
    if (test(focus, key)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the expanded entities in the URL stayed ${JSON.stringify(focus)}`);
}

async function select(page: Page, name: string): Promise<void> {
  await page.locator('#node-list button', { hasText: name }).first().click();
  await page.waitForFunction((n) => document.querySelector('#sel-name')?.textContent?.startsWith(n), name);
}

async function onlyTypes(page: Page, keep: readonly string[]): Promise<void> {
  for (const t of ['person', 'organization', 'place', 'incident']) {
    const box = page.locator(`#f-types input[value=${t}]`);
    if (keep.includes(t)) await box.check();
    else await box.uncheck();
  }
}

/** the hub expanded from a link, once its neighbours are drawn */
async function openHub(): Promise<{ page: Page; errors: string[] }> {
  const opened = await explorer.open(hubHash);
  await opened.page.waitForFunction(() => (window as unknown as KgWindow).kg.graph.visibleNodes().length > 1);
  return opened;
}

const keys = (specs: Array<{ key: string }>) => specs.map((s) => s.key);
const hubHash = `f=${encodeURIComponent(HUB.key)}`;
// unfiltered, the hub's first page is its 15 organisations (two articles each) and the first 10 people by key
const FIRST_PAGE = [HUB.key, ...keys(ORGS), ...keys(PEOPLE.slice(0, PAGE - ORGS.length))].sort();

describe('the drawn graph follows the filter and expansion state', () => {
  it('a type filter on a hub with more than a page of neighbours, then cleared, leaves exactly the first page', async () => {
    const { page, errors } = await openHub();
    const first = await expectDrawnToMatchState(page);
    expect(first.nodes).toEqual(FIRST_PAGE);

    // only people: the hub's first 25 people (more of them than were drawn before)
    await onlyTypes(page, ['person']);
    const people = await expectDrawnToMatchState(page);
    expect(people.nodes).toEqual([HUB.key, ...keys(PEOPLE.slice(0, PAGE))].sort());

    // cleared again: the same first page as at the start, not the 15 extra people on top
    await page.click('#btn-reset-filters');
    await page.waitForFunction(() => !location.hash.includes('types='));
    const again = await expectDrawnToMatchState(page);
    expect(again.nodes).toEqual(FIRST_PAGE);

    // the same through the checkboxes, with organisations only
    await onlyTypes(page, ['organization']);
    expect((await expectDrawnToMatchState(page)).nodes).toEqual([HUB.key, ...keys(ORGS)].sort());
    await onlyTypes(page, ['person', 'organization', 'place', 'incident']);
    expect((await expectDrawnToMatchState(page)).nodes).toEqual(FIRST_PAGE);
    await explorer.shot(page, 'filter-state-hub');
    expect(errors).toEqual([]);
  });

  it('"Show more" under a filter, then the filter cleared, shows the first pages under the new filter; a link reopens it', async () => {
    const { page, errors } = await openHub();
    await expectDrawnToMatchState(page);
    await onlyTypes(page, ['person']);
    await expectDrawnToMatchState(page);
    await select(page, HUB.name);
    await page.click('#btn-more');
    await page.waitForFunction(() => location.hash.includes('lim=50'));
    // all 30 people now
    const more = await expectDrawnToMatchState(page);
    expect(more.nodes).toEqual([HUB.key, ...keys(PEOPLE)].sort());
    await expect(page.textContent('#sel-name')).resolves.toContain('30/30');

    // two pages unfiltered: all 15 organisations and all 30 people
    await page.click('#btn-reset-filters');
    const all = await expectDrawnToMatchState(page);
    expect(all.nodes).toEqual([HUB.key, ...keys(ORGS), ...keys(PEOPLE)].sort());

    // the link carries the two pages: reopened, the same graph
    const hash = await page.evaluate(() => location.hash.slice(1));
    const reopened = await explorer.open(hash);
    const again = await expectDrawnToMatchState(reopened.page);
    expect(again).toEqual(all);
    expect(errors).toEqual([]);
    expect(reopened.errors).toEqual([]);
  });

  it('expanding a neighbour under a date filter shows its neighbours in the range, and clearing the range adds the rest', async () => {
    const { page, errors } = await openHub();
    await expectDrawnToMatchState(page);
    await page.fill('#f-from', '2023-01-01');
    await page.waitForFunction(() => location.hash.includes('from=2023-01-01'));
    // the organisations were reported in 2020 only: 25 of the 30 people remain
    const inRange = await expectDrawnToMatchState(page);
    expect(inRange.nodes).toEqual([HUB.key, ...keys(PEOPLE.slice(0, PAGE))].sort());

    await select(page, FIRST_PERSON.name);
    await clickExpand(page);
    const expanded = await expectDrawnToMatchState(page);
    // Westport and Mara Quill (2023) come in; Quayside Union (2020) does not
    expect(expanded.nodes).toEqual(expect.arrayContaining([WESTPORT.key, QUILL.key]));
    expect(expanded.nodes).not.toContain(QUAYSIDE.key);

    await page.fill('#f-from', '');
    await page.waitForFunction(() => !location.hash.includes('from='));
    const cleared = await expectDrawnToMatchState(page);
    expect(cleared.nodes).toEqual(expect.arrayContaining([QUAYSIDE.key, WESTPORT.key, ...FIRST_PAGE]));
    expect(errors).toEqual([]);
  });

  it('collapse and remove after a filter take away what only that expansion brought, and stay so when filters change', async () => {
    const { page, errors } = await openHub();
    await expectDrawnToMatchState(page);
    await select(page, FIRST_PERSON.name);
    await clickExpand(page);
    expect((await expectDrawnToMatchState(page)).nodes).toEqual(
      expect.arrayContaining([WESTPORT.key, QUILL.key, QUAYSIDE.key]),
    );
    await onlyTypes(page, ['person']);
    const filtered = await expectDrawnToMatchState(page);
    expect(filtered.nodes).toContain(QUILL.key);
    expect(filtered.nodes).not.toContain(WESTPORT.key);

    // collapse: the first person stays (a neighbour of the hub), Mara Quill goes
    await select(page, FIRST_PERSON.name);
    await page.click('#btn-collapse');
    await waitForFocus(page, (f, k) => !f.includes(k), FIRST_PERSON.key);
    const collapsed = await expectDrawnToMatchState(page);
    expect(collapsed.nodes).toContain(FIRST_PERSON.key);
    expect(collapsed.nodes).not.toContain(QUILL.key);
    await page.click('#btn-reset-filters');
    expect((await expectDrawnToMatchState(page)).nodes).toEqual(FIRST_PAGE);

    // remove an expanded neighbour: it and what only it brought go, and a filter change does not bring them back
    await select(page, FIRST_PERSON.name);
    await clickExpand(page);
    await expectDrawnToMatchState(page);
    await select(page, FIRST_PERSON.name);
    await page.click('#btn-remove');
    const removed = await expectDrawnToMatchState(page, [FIRST_PERSON.key]);
    expect(removed.nodes).not.toContain(QUILL.key);
    expect(removed.nodes).not.toContain(WESTPORT.key);
    await onlyTypes(page, ['person']);
    expect((await expectDrawnToMatchState(page, [FIRST_PERSON.key])).nodes).not.toContain(FIRST_PERSON.key);
    await page.click('#btn-reset-filters');
    expect((await expectDrawnToMatchState(page, [FIRST_PERSON.key])).nodes).toEqual(
      FIRST_PAGE.filter((k) => k !== FIRST_PERSON.key),
    );

    // collapsing the hub itself leaves the hub alone, and a link to that view reopens it so
    await select(page, HUB.name);
    await page.click('#btn-collapse');
    await waitForFocus(page, (f) => f.length === 0, HUB.key);
    expect(await expectDrawnToMatchState(page)).toEqual({ nodes: [HUB.key], edges: [] });
    const reopened = await explorer.open(await page.evaluate(() => location.hash.slice(1)));
    await reopened.page.waitForFunction(() => (window as unknown as KgWindow).kg.graph.visibleNodes().length > 0);
    expect(await expectDrawnToMatchState(reopened.page)).toEqual({ nodes: [HUB.key], edges: [] });
    expect(reopened.errors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('undo after a filter change restores the expansions, fetched under the filters now active', async () => {
    const { page, errors } = await openHub();
    await expectDrawnToMatchState(page);
    await select(page, FIRST_PERSON.name);
    await clickExpand(page);
    await expectDrawnToMatchState(page);
    await onlyTypes(page, ['person']);
    await expectDrawnToMatchState(page);
    // undo the expansion of the first person: the hub's neighbourhood must still be the person-only one
    await page.locator('#btn-fit').focus();
    await page.keyboard.press('Control+z');
    await waitForFocus(page, (f, k) => f.length === 1 && f[0] === k, HUB.key);
    const undone = await expectDrawnToMatchState(page);
    expect(undone.nodes).toEqual([HUB.key, ...keys(PEOPLE.slice(0, PAGE))].sort());
    expect(errors).toEqual([]);
  });

  it('an outlet filter changes the article counts drawn on links already shown, and clearing it restores them', async () => {
    const { page, errors } = await openHub();
    const link = (d: Drawn) => d.edges.find((e) => e.includes(ORGS[0]!.key));
    expect(link(await expectDrawnToMatchState(page))).toMatch(/ ×2$/);
    await page.waitForSelector('#f-source option[value="Harbour Gazette"]', { state: 'attached' });
    await page.selectOption('#f-source', 'Harbour Gazette');
    await page.waitForFunction(() => location.hash.includes('src='));
    // each organisation is in one Harbour Gazette article and one Coast Ledger article
    expect(link(await expectDrawnToMatchState(page))).toMatch(/ ×1$/);
    await page.selectOption('#f-source', '');
    await page.waitForFunction(() => !location.hash.includes('src='));
    expect(link(await expectDrawnToMatchState(page))).toMatch(/ ×2$/);
    expect(errors).toEqual([]);
  });

  it('a filter changed while an expansion is still loading applies to that expansion too', async () => {
    const { page, errors } = await openHub();
    await expectDrawnToMatchState(page);
    // hold the first person's neighbourhood back until the date filter has been set
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(
      (url) => url.pathname.endsWith(`/entities/${encodeURIComponent(FIRST_PERSON.key)}/neighbors`),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await select(page, FIRST_PERSON.name);
    await page.click('#btn-expand'); // its answer is held back on purpose, so the URL does not change yet
    await page.fill('#f-from', '2023-01-01');
    await page.waitForFunction(() => location.hash.includes('from=2023-01-01'));
    await page.waitForTimeout(300);
    release();
    await waitForFocus(page, (f, k) => f.includes(k), FIRST_PERSON.key);
    const after = await expectDrawnToMatchState(page);
    expect(after.nodes).toEqual(expect.arrayContaining([WESTPORT.key, QUILL.key]));
    expect(after.nodes).not.toContain(QUAYSIDE.key);
    expect(errors).toEqual([]);
  });
});
