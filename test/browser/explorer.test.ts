// The explorer in headless Chromium against the real API and Neo4j, with the fixture from fixture.ts.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { linkReason } from '../../src/graph/queries/link-reasons.js';
import { ENTITIES, PLOT, SHOOTING } from './fixture.js';
import { labelsPlaced, startExplorer, type Explorer } from './harness.js';

/**
 * Taps the first link drawn between two entities (from → to when `directed`; of `type` when given), as a click would,
 * and returns the link's data under `keys`; null when no such link is drawn.
 */
async function tapEdge(
  page: Page,
  from: string,
  to: string,
  keys: string[],
  opts: { type?: string; directed?: boolean } = {},
): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    ({ from, to, keys, type, directed }) => {
      const kg = (
        window as unknown as {
          kg: {
            cy: {
              edges(): {
                filter(f: (e: { data(k: string): unknown }) => boolean): Array<{
                  emit(e: string): void;
                  data(k: string): unknown;
                }>;
              };
            };
          };
        }
      ).kg;
      const ends = [from, to];
      const e = kg.cy
        .edges()
        .filter(
          (x) =>
            (type === null || x.data('type') === type) &&
            (directed
              ? x.data('source') === from && x.data('target') === to
              : ends.includes(x.data('source') as string) && ends.includes(x.data('target') as string)),
        )[0];
      if (!e) return null;
      e.emit('tap');
      return Object.fromEntries(keys.map((k) => [k, e.data(k)]));
    },
    { from, to, keys, type: opts.type ?? null, directed: opts.directed ?? false },
  );
}

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

/** Type into the main search and pick the suggestion whose name matches. */
async function searchAndPick(page: Page, query: string, name: string): Promise<void> {
  await page.fill('#search-input', query);
  const option = page.locator('#search-list [role=option]', { hasText: name }).first();
  await option.waitFor({ state: 'visible' });
  await option.dispatchEvent('mousedown');
}

/** Pick both ends of the path search (each typed as a query, picked by the suggestion's name) and ask for paths. */
async function findPath(page: Page, from: [string, string], to: [string, string]): Promise<void> {
  for (const [field, [q, name]] of [
    ['#path-from', from],
    ['#path-to', to],
  ] as const) {
    await page.fill(field, q);
    const opt = page.locator(`${field}-list [role=option]`, { hasText: name }).first();
    await opt.waitFor({ state: 'visible' });
    await opt.dispatchEvent('mousedown');
  }
  await page.click('#btn-path');
}

/** until no layout runs and nothing animates */
const settled = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { kg: { graph: { idle: boolean } } }).kg.graph.idle);

const nodeIds = (page: Page) =>
  page.evaluate(() => {
    const kg = (window as unknown as { kg: { graph: { visibleNodes(): Array<{ id(): string }> } } }).kg;
    return kg.graph
      .visibleNodes()
      .map((n) => n.id())
      .sort();
  });

async function waitForNode(page: Page, key: string): Promise<void> {
  await page.waitForFunction(
    (k) => {
      const kg = (window as unknown as { kg: { graph: { visibleNodes(): Array<{ id(): string }> } } }).kg;
      return kg.graph.visibleNodes().some((n) => n.id() === k);
    },
    key,
    { timeout: 30_000 },
  );
}

describe('explorer in the browser', () => {
  it('search → graph → evidence panel with highlighted mentions, then expand a neighbour', async () => {
    const { page, errors } = await explorer.open();
    await searchAndPick(page, 'Ormsb', 'Daniel Ormsby');
    await waitForNode(page, ENTITIES.mi5!.key);
    // Ormsby's neighbourhood in the fixture: MI5, the plot, the Brigade, London
    const ids = await nodeIds(page);
    expect(ids).toEqual(
      expect.arrayContaining([ENTITIES.ormsby!.key, ENTITIES.mi5!.key, PLOT, ENTITIES.bcb!.key, ENTITIES.london!.key]),
    );
    expect(ids).not.toContain(ENTITIES.vasseur!.key);

    await page.waitForSelector('#panel .evidence mark');
    const marks = await page.locator('#panel .evidence mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(['Daniel Ormsby', 'Ormsby']).toContain(m);
    await expect(page.locator('#panel h2').textContent()).resolves.toContain('Daniel Ormsby');
    await expect(page.locator('#panel .evidence .meta').first().textContent()).resolves.toMatch(
      /(Pennine Herald|Dales Courier|Northgate Times) · 2021-03-0\d/,
    );
    // the one title that names him, his name marked, with its article; a title is not counted as evidence
    await expect(page.locator('#panel h3', { hasText: 'In titles' }).textContent()).resolves.toBe('In titles (1)');
    await expect(page.locator('#panel .headline-item blockquote').allTextContents()).resolves.toEqual([
      'Leeds plot suspect Ormsby charged',
    ]);
    await expect(page.locator('#panel .headline-item mark').allTextContents()).resolves.toEqual(['Ormsby']);
    await expect(page.locator('#panel .headline-item .meta').textContent()).resolves.toMatch(/Northgate Times/);
    expect(await page.locator('#panel .headline-item.evidence').count()).toBe(0);

    // expanding the Brigade (via the keyboard-usable list) brings in Delorme without moving what was placed
    const position = (k: string) =>
      page.evaluate((key) => {
        const kg = (
          window as unknown as { kg: { cy: { getElementById(id: string): { position(): { x: number; y: number } } } } }
        ).kg;
        return kg.cy.getElementById(key).position();
      }, k);
    await settled(page);
    const before = await position(ENTITIES.mi5!.key);
    await page.locator('#node-list button', { hasText: 'Black Crescent Brigade' }).click();
    await page.click('#btn-expand');
    await waitForNode(page, ENTITIES.delorme!.key);
    await settled(page);
    const after = await position(ENTITIES.mi5!.key);
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(1);

    // the panel now shows the Brigade; its evidence links to the article view with entities highlighted
    await page.waitForFunction(() =>
      document.querySelector('#panel h2')?.textContent?.includes('Black Crescent Brigade'),
    );
    await page.locator('#panel .evidence button[data-article]').first().click();
    await page.waitForSelector('#panel .article-text .mention');
    const mentions = await page.locator('#panel .article-text .mention').allTextContents();
    expect(mentions).toEqual(expect.arrayContaining(['Black Crescent Brigade']));
    expect(await page.locator('#panel h3', { hasText: 'Same story' }).count()).toBe(1);
    expect(await page.locator('#panel h3', { hasText: 'Copies' }).count()).toBe(1);
    await explorer.shot(page, 'search-expand-evidence');
    expect(errors).toEqual([]);
  });

  it('a searched entity and its neighbours come into view with their labels whole, clear of the panels', async () => {
    const { page, errors } = await explorer.open();
    for (const [q, name, key] of [
      ['Ormsb', 'Daniel Ormsby', ENTITIES.ormsby!.key],
      ['Delorme', 'Marc Delorme', ENTITIES.delorme!.key],
      ['Crescent', 'Black Crescent Brigade', ENTITIES.bcb!.key],
    ] as const) {
      await searchAndPick(page, q, name);
      await waitForNode(page, key);
      await settled(page);
      // once labels are placed, every drawn label lies inside the canvas
      await labelsPlaced(page);
      const outside = await page.evaluate(() => {
        type N = {
          id(): string;
          hasClass(c: string): boolean;
          renderedBoundingBox(o: object): { x1: number; x2: number; y1: number; y2: number };
        };
        const cy = (window as unknown as { kg: { cy: { width(): number; height(): number; nodes(s: string): N[] } } })
          .kg.cy;
        return cy
          .nodes(':visible')
          .filter((n) => !n.hasClass('nolabel'))
          .map((n) => ({ id: n.id(), bb: n.renderedBoundingBox({ includeLabels: true, includeOverlays: false }) }))
          .filter(({ bb }) => bb.x1 < 0 || bb.y1 < 0 || bb.x2 > cy.width() || bb.y2 > cy.height())
          .map(({ id }) => id);
      });
      expect(outside, `after picking ${name}`).toEqual([]);
    }
    await explorer.shot(page, 'labels-in-view');
    expect(errors).toEqual([]);
  });

  it("a selected link's caption is level, whole and clear of the node labels shown", async () => {
    const { page, errors } = await explorer.open();
    await searchAndPick(page, 'Ormsb', 'Daniel Ormsby');
    await waitForNode(page, ENTITIES.mi5!.key);
    await settled(page);
    const ids = await page.evaluate(() =>
      (window as unknown as { kg: { graph: { visibleEdges(): Array<{ id(): string }> } } }).kg.graph
        .visibleEdges()
        .map((e) => e.id()),
    );
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids) {
      const found = await page.evaluate(async (id) => {
        type Box = { x1: number; x2: number; y1: number; y2: number };
        type El = {
          id(): string;
          select(): void;
          unselect(): void;
          data(k: string): unknown;
          hasClass(c: string): boolean;
          renderedBoundingBox(o: object): Box;
        };
        const { cy, graph } = (
          window as unknown as {
            kg: {
              cy: {
                getElementById(id: string): El;
                edges(): { unselect(): void };
                nodes(s: string): El[];
                zoom(): number;
              };
              graph: { labelsPlaced: boolean };
            };
          }
        ).kg;
        cy.edges().unselect();
        const e = cy.getElementById(id);
        e.select();
        // labels and captions are placed a moment after a selection, however long a loaded machine takes
        while (!graph.labelsPlaced) await new Promise((r) => setTimeout(r, 20));
        // what is drawn: cytoscape widens every label's bounding box by 2 model units on each side beyond its
        // background and border ("marginOfError" in its bounds code)
        const slack = 2 * cy.zoom();
        const drawn = (b: Box): Box => ({ x1: b.x1 + slack, x2: b.x2 - slack, y1: b.y1 + slack, y2: b.y2 - slack });
        const caption = drawn(e.renderedBoundingBox({ includeLabels: true, includeEdges: false, includeNodes: false }));
        const hits = cy
          .nodes(':visible')
          .filter((n) => !n.hasClass('nolabel'))
          .filter((n) => {
            const b = drawn(
              n.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false }),
            );
            return b.x1 < caption.x2 && caption.x1 < b.x2 && b.y1 < caption.y2 && caption.y1 < b.y2;
          })
          .map((n) => n.id());
        return { short: String(e.data('short')), height: caption.y2 - caption.y1, hits };
      }, id);
      // one line of text, not tilted along the link
      expect(found.height, found.short).toBeLessThan(24);
      expect(found.hits, `caption "${found.short}" of ${id}`).toEqual([]);
    }
    await explorer.shot(page, 'edge-caption');
    expect(errors).toEqual([]);
  });

  it('clicking an edge shows the sentences that support it', async () => {
    const { page, errors } = await explorer.open(`f=${encodeURIComponent(ENTITIES.prewitt!.key)}`);
    await waitForNode(page, ENTITIES.wyp!.key);
    const edge = await tapEdge(page, ENTITIES.prewitt!.key, ENTITIES.wyp!.key, ['weight', 'outlets'], {
      directed: true,
    });
    // ROLE Prewitt → West Yorkshire Police is said in three articles from three outlets
    expect(edge).toEqual({ weight: 3, outlets: 3 });
    await page.waitForSelector('#panel .evidence');
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('Alan Prewitt → West Yorkshire Police');
    // why it is a role: the rule the two plot reports record, in words; the third article's link kept no rule
    await expect(page.locator('#panel .why-link').textContent()).resolves.toBe(
      `Why this link: ${linkReason('relation/title-person-of-org')} · 2 articles`,
    );
    // three articles, but the Pennine Herald and Dales Courier pieces print the same sentence: it is listed once
    expect(await page.locator('#panel .evidence').count()).toBe(2);
    const text = await page.locator('#panel .evidence blockquote').first().textContent();
    expect(text).toContain('West Yorkshire Police');
    const repeated = page.locator('#panel .evidence', { has: page.locator('.also-in') });
    expect(await repeated.count()).toBe(1);
    await expect(repeated.locator('.meta').first().textContent()).resolves.toMatch(/Pennine Herald · 2021-03-02/);
    await expect(repeated.locator('.also-in summary').textContent()).resolves.toBe('also in 1 other article');
    // collapsed by default; opening it names the other article, which opens like any evidence article
    const other = repeated.locator('.also-in-list button[data-article]');
    expect(await other.isVisible()).toBe(false);
    await repeated.locator('.also-in summary').click();
    await expect(other.textContent()).resolves.toBe('Leeds bomb plot foiled, suspect detained');
    await expect(repeated.locator('.also-in-list .meta').textContent()).resolves.toContain(
      'Dales Courier · 2021-03-03',
    );
    await explorer.shot(page, 'edge-evidence');
    await other.click();
    await page.waitForFunction(
      () => document.querySelector('#panel h2')?.textContent === 'Leeds bomb plot foiled, suspect detained',
    );
    expect(errors).toEqual([]);
  });

  it('hide, pin, remove and undo change the drawn graph and come back', async () => {
    const ormsby = encodeURIComponent(ENTITIES.ormsby!.key);
    const { page, errors } = await explorer.open(`f=${ormsby}`);
    await waitForNode(page, ENTITIES.london!.key);
    await settled(page);
    const all = await nodeIds(page);
    const pick = async (name: string) => {
      await page.locator('#node-list button', { hasText: name }).click();
      await page.waitForFunction((n) => document.querySelector('#sel-name')?.textContent?.startsWith(n), name);
    };

    await pick('London');
    await page.click('#btn-hide');
    await page.waitForFunction(() => !document.querySelector('#btn-unhide')?.hasAttribute('disabled'));
    expect(await nodeIds(page)).toEqual(all.filter((k) => k !== ENTITIES.london!.key));
    await page.click('#btn-unhide');
    expect(await nodeIds(page)).toEqual(all);

    await pick('MI5');
    await page.click('#btn-pin');
    const pinned = await page.evaluate((k) => {
      const kg = (
        window as unknown as {
          kg: { cy: { getElementById(id: string): { locked(): boolean; hasClass(c: string): boolean } } };
        }
      ).kg;
      const n = kg.cy.getElementById(k);
      return n.locked() && n.hasClass('pinned');
    }, ENTITIES.mi5!.key);
    expect(pinned).toBe(true);
    await expect(page.textContent('#btn-pin')).resolves.toBe('Unpin');

    await page.click('#btn-remove');
    expect(await nodeIds(page)).toEqual(all.filter((k) => k !== ENTITIES.mi5!.key));
    // Undo with the keyboard shortcut brings MI5 back, still pinned
    await page.locator('#btn-fit').focus();
    await page.keyboard.press('Control+z');
    await page.waitForFunction((k) => {
      const kg = (
        window as unknown as {
          kg: { cy: { getElementById(id: string): { nonempty(): boolean; hasClass(c: string): boolean } } };
        }
      ).kg;
      return kg.cy.getElementById(k).nonempty() && kg.cy.getElementById(k).hasClass('pinned');
    }, ENTITIES.mi5!.key);
    expect(await nodeIds(page)).toEqual(all);
    await explorer.shot(page, 'hide-pin-remove-undo');
    expect(errors).toEqual([]);
  });

  it('finds and highlights a path between two entities', async () => {
    const { page, errors } = await explorer.open();
    await findPath(page, ['Ormsby', 'Daniel Ormsby'], ['Delorme', 'Marc Delorme']);
    // the paths found are listed, shortest first; the first is drawn
    const first = page.locator('#path-list button').first();
    await first.waitFor({ state: 'visible' });
    expect(await first.textContent()).toContain('Daniel Ormsby → Black Crescent Brigade → Marc Delorme');
    expect(await page.textContent('#path-result')).toMatch(/^\d+ paths?, shortest first \(2 hops\)/);
    const onPath = await page.evaluate(() => {
      const kg = (window as unknown as { kg: { cy: { $(s: string): Array<{ id(): string; isNode(): boolean }> } } }).kg;
      return kg.cy
        .$('.path')
        .filter((e) => e.isNode())
        .map((e) => e.id())
        .sort();
    });
    expect(onPath).toEqual([ENTITIES.bcb!.key, ENTITIES.ormsby!.key, ENTITIES.delorme!.key].sort());
    await explorer.shot(page, 'path');
    expect(errors).toEqual([]);
  });

  it('a chosen one-hop path is framed at a readable zoom, not blown up to fill the canvas', async () => {
    const { page, errors } = await explorer.open();
    await findPath(page, ['Ormsby', 'Daniel Ormsby'], ['Crescent', 'Black Crescent Brigade']);
    await page.locator('#path-list button').first().waitFor({ state: 'visible' });
    expect(await page.textContent('#path-result')).toMatch(/shortest first \(1 hop\)/);
    await settled(page);
    const zoom = await page.evaluate(() => (window as unknown as { kg: { cy: { zoom(): number } } }).kg.cy.zoom());
    // two nodes alone would fit at the renderer's maximum (4); the Fit button's cap is 2
    expect(zoom).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
  });

  it('brushing the timeline filters the graph by date', async () => {
    // Delorme's and Ormsby's neighbourhoods: both incidents are in view
    const { page, errors } = await explorer.open(
      `f=${encodeURIComponent(ENTITIES.delorme!.key)}&f=${encodeURIComponent(ENTITIES.ormsby!.key)}`,
    );
    await waitForNode(page, SHOOTING);
    await waitForNode(page, PLOT);
    await page.waitForSelector('#timeline circle.tl-dot');
    expect(await page.locator('#timeline circle.tl-dot').count()).toBe(2);

    // drag across the right part of the timeline: only the 2022 shooting is inside
    const dot = await page.locator(`#timeline circle[data-key="${SHOOTING}"]`).boundingBox();
    const svg = await page.locator('#timeline svg').boundingBox();
    if (!dot || !svg) throw new Error('timeline not drawn');
    const y = svg.y + svg.height / 2;
    await page.mouse.move(dot.x - 40, y);
    await page.mouse.down();
    await page.mouse.move(dot.x + 20, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => location.hash.includes('from='));
    const from = await page.inputValue('#f-from');
    const to = await page.inputValue('#f-to');
    expect(from <= '2022-06-10' && to >= '2022-06-10').toBe(true);
    expect(from > '2021-03-09').toBe(true);
    // the plot (dated 2021) goes at once; MI5, linked to Ormsby only by 2021 articles, once the server answers
    await page.waitForFunction(
      (keys) => {
        const kg = (window as unknown as { kg: { graph: { visibleNodes(): Array<{ id(): string }> } } }).kg;
        return !kg.graph.visibleNodes().some((n) => keys.includes(n.id()));
      },
      [PLOT, ENTITIES.mi5!.key],
    );
    const ids = await nodeIds(page);
    expect(ids).toEqual(
      expect.arrayContaining([SHOOTING, ENTITIES.delorme!.key, ENTITIES.vasseur!.key, ENTITIES.ormsby!.key]),
    );
    await explorer.shot(page, 'timeline-brush');

    await page.click('#btn-range-clear');
    await waitForNode(page, PLOT);
    expect(errors).toEqual([]);
  });

  it('the timeline draws each lane label whole, left of the lanes', async () => {
    const { page, errors } = await explorer.open();
    await page.waitForSelector('#timeline circle.tl-dot');
    const lanesLeft = Number(await page.locator('#timeline rect.lane').first().getAttribute('x'));
    const labels = await page.locator('#timeline text.lane-label').evaluateAll((els) =>
      els.map((e) => {
        const box = (e as SVGTextElement).getBBox();
        return { text: e.textContent ?? '', left: box.x, right: box.x + box.width };
      }),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) {
      expect(l.left, `"${l.text}" starts inside the timeline`).toBeGreaterThanOrEqual(0);
      expect(l.right, `"${l.text}" ends before the lanes`).toBeLessThanOrEqual(lanesLeft);
    }
    expect(errors).toEqual([]);
  });

  it('a link is called what the legend and the link-type filter call it, in the panel and on the graph', async () => {
    const { page, errors } = await explorer.open(`f=${encodeURIComponent(ENTITIES.ormsby!.key)}`);
    await waitForNode(page, ENTITIES.mi5!.key);
    const caption = (
      await tapEdge(page, ENTITIES.ormsby!.key, ENTITIES.mi5!.key, ['caption'], { type: 'CO_MENTIONED' })
    )?.caption;
    expect(caption).toMatch(/^mentioned together · /);
    await page.waitForSelector('#panel .evidence');
    await expect(page.locator('#panel p.facts.support').textContent()).resolves.toMatch(/^mentioned together · /);
    await expect(page.locator('#f-rels label', { hasText: /^mentioned together$/ }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('the outlet filter keeps only links reported by that outlet', async () => {
    const ormsby = encodeURIComponent(ENTITIES.ormsby!.key);
    const { page, errors } = await explorer.open(`f=${ormsby}`);
    await waitForNode(page, ENTITIES.mi5!.key);
    await page.waitForSelector('#f-source option[value="Northgate Times"]', { state: 'attached' });
    await page.selectOption('#f-source', 'Northgate Times');
    // Ormsby–MI5 is only reported by the Pennine Herald and the Dales Courier
    await page.waitForFunction((k) => {
      const kg = (window as unknown as { kg: { graph: { visibleNodes(): Array<{ id(): string }> } } }).kg;
      return !kg.graph.visibleNodes().some((n) => n.id() === k);
    }, ENTITIES.mi5!.key);
    expect(await nodeIds(page)).toEqual([ENTITIES.ormsby!.key, ENTITIES.bcb!.key, ENTITIES.london!.key, PLOT].sort());
    expect(await page.evaluate(() => location.hash)).toContain('src=Northgate+Times');
    await page.selectOption('#f-source', '');
    await waitForNode(page, ENTITIES.mi5!.key);
    expect(errors).toEqual([]);
  });

  it('the map draws countries offline and incident markers that focus the entity', async () => {
    const { page, errors } = await explorer.open();
    await page.waitForSelector('#map .countries path');
    await page.waitForSelector('#map .marker.incident');
    // the countries in view (the map frames the markers, and draws nothing for countries outside its frame)
    expect(await page.locator('#map .countries path').count()).toBeGreaterThan(20);
    await expect(page.getAttribute('#map svg', 'data-detail')).resolves.toBe('110m');
    const incidents = page.locator('#map .marker.incident');
    expect(await incidents.count()).toBe(2);
    expect(await page.locator('#map .marker.place').count()).toBe(3);
    // incidents are drawn over the places (a later layer), and the Places button hides the places alone
    expect(await page.locator('#map .layer-places ~ .layer-incidents .marker.incident').count()).toBe(2);
    await page.click('#btn-map-places');
    await page.waitForFunction(() => !document.querySelector('#map .marker.place'));
    expect(await incidents.count()).toBe(2);
    await expect(page.getAttribute('#btn-map-places', 'aria-pressed')).resolves.toBe('false');
    await page.click('#btn-map-places');
    await page.waitForSelector('#map .marker.place');
    await page.locator(`#map .marker[data-key="${SHOOTING}"]`).click();
    await waitForNode(page, ENTITIES.delorme!.key);
    await page.waitForSelector('#panel .evidence mark');
    await expect(page.locator('#panel h2').textContent()).resolves.toContain('Lyon tram stop shooting');
    await explorer.shot(page, 'map');
    expect(errors).toEqual([]);
  });

  it('exports the view as PNG, JSON and CSV downloads', async () => {
    const ormsby = encodeURIComponent(ENTITIES.ormsby!.key);
    const { page, errors } = await explorer.open(`f=${ormsby}&sel=${ormsby}`);
    await waitForNode(page, ENTITIES.mi5!.key);
    await page.waitForSelector('#panel .evidence');
    const visible = await nodeIds(page);

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#btn-png')]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const pngBytes = readFileSync(await png.path());
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    expect(pngBytes.length).toBeGreaterThan(5000);

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#btn-json')]);
    const body = JSON.parse(readFileSync(await json.path(), 'utf8')) as {
      nodes: Array<{ key: string }>;
      edges: Array<{ from: string; to: string }>;
      evidence: Record<string, unknown>;
    };
    expect(body.nodes.map((n) => n.key).sort()).toEqual(visible);
    expect(body.edges.length).toBeGreaterThan(0);
    for (const e of body.edges) expect(visible).toEqual(expect.arrayContaining([e.from, e.to]));
    expect(Object.keys(body.evidence)).toContain(ENTITIES.ormsby!.key);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#btn-csv')]);
    const lines = readFileSync(await csv.path(), 'utf8')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toMatch(/^element,id,type,name_or_label/);
    expect(lines.filter((l) => l.startsWith('node,')).length).toBe(visible.length);
    expect(lines.some((l) => l.startsWith('edge,') && l.includes('Daniel Ormsby'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a link reopens the same view (focus, filters, selection)', async () => {
    const { page } = await explorer.open();
    await searchAndPick(page, 'Prewitt', 'Alan Prewitt');
    await waitForNode(page, ENTITIES.wyp!.key);
    await page.locator('#f-types input[value=place]').uncheck();
    await page.waitForFunction(() => location.hash.includes('types='));
    const hash = await page.evaluate(() => location.hash.slice(1));
    const reopened = await explorer.open(hash);
    await waitForNode(reopened.page, ENTITIES.wyp!.key);
    expect(await reopened.page.locator('#f-types input[value=place]').isChecked()).toBe(false);
    expect(await nodeIds(reopened.page)).toEqual(await nodeIds(page));
    await expect(reopened.page.locator('#panel h2').textContent()).resolves.toContain('Alan Prewitt');
  });

  it('every control is labelled and reachable with the keyboard', async () => {
    const { page, errors } = await explorer.open();
    const unlabelled = await page.evaluate(() => {
      const bad: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('input, select, button')) {
        if (el.closest('[hidden]')) continue;
        const input = el as HTMLInputElement;
        const name =
          el.getAttribute('aria-label') ||
          (input.labels && input.labels.length ? input.labels[0]!.textContent : '') ||
          (el.tagName === 'BUTTON' ? el.textContent : '');
        if (!name || !name.trim()) bad.push(el.outerHTML.slice(0, 80));
      }
      return bad;
    });
    expect(unlabelled).toEqual([]);

    // Tab through the page: the search box, the export buttons and the filters are all reached
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      if (id) reached.add(id);
    }
    for (const id of [
      'search-input',
      'search-type',
      'btn-png',
      'btn-json',
      'btn-csv',
      'path-from',
      'btn-path',
      'f-from',
    ])
      expect(reached).toContain(id);

    // a keyboard-only search: type, arrow down, Enter
    await page.focus('#search-input');
    await page.keyboard.type('Vasseur');
    await page.waitForSelector('#search-list [role=option]');
    await page.keyboard.press('Enter');
    await waitForNode(page, ENTITIES.delorme!.key);
    // focus styles are visible
    await page.focus('#btn-fit');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await explorer.shot(page, 'keyboard');
    expect(errors).toEqual([]);
  });

  it("the graph tools show with the graph only: not over the Duplicates or What's new view", async () => {
    const { page, errors } = await explorer.open('view=duplicates');
    await page.waitForSelector('#dup-list h2');
    const shown = () =>
      page.evaluate(() =>
        ['btn-fit', 'btn-clear', 'btn-png'].map((id) => document.getElementById(id)!.getClientRects().length > 0),
      );
    await expect(shown()).resolves.toEqual([false, false, false]);
    await page.click('#tab-new');
    await expect(shown()).resolves.toEqual([false, false, false]);
    await page.click('#tab-explore');
    await expect(shown()).resolves.toEqual([true, true, true]);
    expect(errors).toEqual([]);
  });

  it('the tab of the open view stays readable while the pointer rests on it', async () => {
    const { page, errors } = await explorer.open();
    await page.click('#tab-duplicates');
    await page.waitForSelector('#dup-list h2');
    await page.hover('#tab-duplicates');
    const look = await page.evaluate(() => {
      const s = getComputedStyle(document.getElementById('tab-duplicates')!);
      return { background: s.backgroundColor, color: s.color };
    });
    // the pressed tab has dark text on a light ground; the dark hover shade of the other tabs must not go under it
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [hi, lo] = [luminance(look.background), luminance(look.color)].sort((a, b) => b - a);
    // WCAG AA for normal text
    expect((hi! + 0.05) / (lo! + 0.05)).toBeGreaterThanOrEqual(4.5);
    expect(errors).toEqual([]);
  });

  it('editors see duplicate clusters and compare two articles with shared passages highlighted', async () => {
    const { page, errors } = await explorer.open('view=duplicates');
    await page.waitForSelector('#dup-list h2');
    // compare the two versions of the Leeds story directly through the link state
    const ids = await page.evaluate(async () => {
      const r = await fetch('api/search?q=Ormsby');
      const s = (await r.json()) as { results: Array<{ key: string }> };
      const e = await fetch(`api/entities/${encodeURIComponent(s.results[0]!.key)}`);
      return ((await e.json()) as { articles: Array<{ id: string; source: string }> }).articles;
    });
    const herald = ids.find((a) => a.source === 'Pennine Herald')!;
    const courier = ids.find((a) => a.source === 'Dales Courier')!;
    const { page: cmp } = await explorer.open(`view=duplicates&cmp=${herald.id},${courier.id}`);
    await cmp.waitForSelector('#dup-compare mark.shared');
    const shared = await cmp.locator('#dup-compare .compare-col').first().locator('mark.shared').allTextContents();
    // the two texts differ only in "told"/"informed": everything else is shared
    expect(shared.join(' ')).toContain('Counter-terrorism police arrested a man in Leeds');
    expect(shared.join(' ')).not.toContain('told');
    await explorer.shot(cmp, 'duplicates-compare');
    expect(errors).toEqual([]);
  });
});
