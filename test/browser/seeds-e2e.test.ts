// The product as a user gets it: the real seeds/ folder through the real pipeline (real extractor, duplicate hook),
// served by the real app, driven in headless Chromium. Counts depend on the extractor, so the checks are about
// facts that hold for any reasonable extraction of these articles (documented in seeds/README.md).
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type {
  EntityResponse,
  EntitySummary,
  MapResponse,
  NeighborsResponse,
  SearchResponse,
  TimelineResponse,
} from '../../src/api/contract.js';
import { INCIDENT_KINDS, ORG_KINDS } from '../../src/extract/types.js';
import { ingestPaths, type IngestSummary } from '../../src/ingest/pipeline.js';
import { cachedExtract } from '../helpers/extraction-cache.js';
import { explorerForFile } from './harness.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

let summary: IngestSummary;

const explorer = explorerForFile(
  {
    ingest: async (graph) => {
      summary = await ingestPaths(graph, [SEEDS], { duplicates: true, extract: cachedExtract });
    },
  },
  600_000,
);
const { api } = explorer;

const enc = encodeURIComponent;

type KgWindow = {
  kg: {
    graph: { idle: boolean; visibleNodes(): Array<{ id(): string; data(k: string): unknown }> };
    cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number }; nonempty(): boolean } };
    state(): { selected: string | null; focus: string[] };
  };
};

const settled = (page: Page) => page.waitForFunction(() => (window as unknown as KgWindow).kg.graph.idle);

/** what is drawn: key, type and kind of every visible node */
const visible = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as KgWindow).kg.graph
      .visibleNodes()
      .map((n) => n.data('summary') as EntitySummary)
      .map((s) => ({ key: s.key, type: s.type, kind: s.kind, name: s.name })),
  );

const visibleCount = (page: Page) =>
  page.evaluate(() => (window as unknown as KgWindow).kg.graph.visibleNodes().length);

/** a real mouse click on a node where Cytoscape drew it */
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

/** every highlighted span of the evidence is one of the entity's names (name or alias, or part of one) */
function namesOf(e: EntityResponse['entity']): string[] {
  return [e.name, ...e.aliases].map((n) => n.toLowerCase());
}
function matchesEntity(mark: string, names: string[]): boolean {
  const m = mark.replace(/\s+/g, ' ').trim().toLowerCase();
  return m.length > 1 && names.some((n) => n === m || n.includes(m) || m.includes(n));
}

/** the facts an entity's page lists ("When", "Where", "Defendants", …), by their labels */
function panelFacts(page: Page): Promise<Record<string, string>> {
  return page
    .locator('#panel dl.entity-facts')
    .evaluate((dl) =>
      Object.fromEntries(
        [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? '']),
      ),
    );
}

describe('the seeds, end to end in the browser', () => {
  it('ingests all 63 seed articles through the real extractor without failures', () => {
    expect(summary.failures).toEqual([]);
    expect(summary.articles.new).toBe(63);
    expect(summary.distinctEntities).toBeGreaterThan(100);
  });

  it('analyst: search → neighbourhood → evidence with the entity highlighted → article with entities marked', async () => {
    const { page, errors } = await explorer.open();
    await page.fill('#search-input', 'Manchester Arena');
    const option = page.locator('#search-list [role=option]', { hasText: 'Manchester Arena' }).first();
    await option.waitFor({ state: 'visible' });
    await option.dispatchEvent('mousedown');
    await page.waitForFunction(() => (window as unknown as KgWindow).kg.state().focus.length === 1);
    const center = await page.evaluate(() => (window as unknown as KgWindow).kg.state().focus[0]!);

    // the graph shows the neighbours the API has for it
    const expected = await api<NeighborsResponse>(`entities/${enc(center)}/neighbors?limit=25`);
    expect(expected.nodes.length).toBeGreaterThan(2);
    await page.waitForFunction(
      (n) => (window as unknown as KgWindow).kg.graph.visibleNodes().length >= n,
      expected.nodes.length + 1,
    );
    const drawn = (await visible(page)).map((n) => n.key);
    expect(drawn).toEqual(expect.arrayContaining([center, ...expected.nodes.map((n) => n.key)]));

    // the panel shows the searched entity with its names highlighted in the evidence
    await page.waitForSelector('#panel .evidence mark');
    const centerInfo = await api<EntityResponse>(`entities/${enc(center)}`);
    await expect(page.locator('#panel h2').textContent()).resolves.toContain(centerInfo.entity.name);
    for (const m of await page.locator('#panel .evidence mark').allTextContents())
      expect(matchesEntity(m, namesOf(centerInfo.entity)), m).toBe(true);
    await settled(page);
    await explorer.shot(page, 'seeds-analyst-search');

    // click a neighbour that is well covered: the evidence panel switches to it
    const neighbour = [...expected.nodes]
      .filter((n) => n.type !== 'incident')
      .sort((a, b) => b.articles - a.articles)[0]!;
    await clickNode(page, neighbour.key);
    await page.waitForFunction(
      (name) => document.querySelector('#panel h2')?.textContent?.includes(name),
      neighbour.name,
    );
    await page.waitForSelector('#panel .evidence mark');
    const info = await api<EntityResponse>(`entities/${enc(neighbour.key)}`);
    const marks = await page.locator('#panel .evidence mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks)
      expect(matchesEntity(m, namesOf(info.entity)), `"${m}" highlighted for ${info.entity.name}`).toBe(true);
    const quotes = await page.locator('#panel .evidence blockquote').allTextContents();
    expect(quotes.length).toBe(info.evidence.length);
    // the click expanded the neighbour too: its neighbours join the drawing and the view keeps every node on screen
    await page.waitForFunction(
      (k) =>
        /\d+\/\d+ neighbours/.test(document.querySelector('#sel-name')?.textContent ?? '') &&
        (window as unknown as { kg: { graph: { expanded: Map<string, unknown> } } }).kg.graph.expanded.has(k),
      neighbour.key,
    );
    await settled(page);
    const offscreen = await page.evaluate(() => {
      const kg = (
        window as unknown as {
          kg: {
            cy: { width(): number; height(): number };
            graph: { visibleNodes(): Array<{ id(): string; renderedPosition(): { x: number; y: number } }> };
          };
        }
      ).kg;
      const [w, h] = [kg.cy.width(), kg.cy.height()];
      return kg.graph
        .visibleNodes()
        .filter((n) => {
          const p = n.renderedPosition();
          return p.x < 0 || p.y < 0 || p.x > w || p.y > h;
        })
        .map((n) => n.id());
    });
    expect(offscreen).toEqual([]);
    await explorer.shot(page, 'seeds-analyst-evidence');

    // the article view opens with the entities of the text marked, this one among them
    await page.locator('#panel .evidence button[data-article]').first().click();
    await page.waitForSelector('#panel .article-text .mention');
    const mentions = await page.locator('#panel .article-text .mention').allTextContents();
    expect(mentions.some((m) => matchesEntity(m, namesOf(info.entity)))).toBe(true);
    const types = await page
      .locator('#panel .article-text .mention')
      .evaluateAll((els) => [...new Set(els.map((e) => [...e.classList].find((c) => c.startsWith('m-'))))]);
    expect(types.length).toBeGreaterThanOrEqual(2);
    await explorer.shot(page, 'seeds-analyst-article');
    expect(errors).toEqual([]);
  });

  it('analyst: "Show more" loads the next page of a hub with more neighbours than one page', async () => {
    // the best-connected of a few hubs of the seeds
    let hub: { key: string; total: number } | null = null;
    for (const q of ['Paris', 'London', 'ISIL', 'United Kingdom']) {
      const s = await api<SearchResponse>(`search?q=${enc(q)}&limit=1`);
      const first = s.results[0];
      if (!first) continue;
      const n = await api<NeighborsResponse>(`entities/${enc(first.key)}/neighbors?limit=1`);
      if (!hub || n.total > hub.total) hub = { key: first.key, total: n.total };
    }
    if (!hub) throw new Error('none of the hubs was found');
    const { page, errors } = await explorer.open(`f=${enc(hub.key)}&sel=${enc(hub.key)}`);
    const shown = async () => {
      const m = /(\d+)\/(\d+) neighbours/.exec((await page.textContent('#sel-name')) ?? '');
      return m ? { loaded: Number(m[1]), total: Number(m[2]) } : null;
    };
    await page.waitForFunction(() =>
      /\d+\/\d+ neighbours/.test(document.querySelector('#sel-name')?.textContent ?? ''),
    );
    const first = (await shown())!;
    expect(first.total).toBe(hub.total);
    // the client's page must be smaller than this hub, or there is nothing to show more of
    expect(first.loaded).toBeLessThan(first.total);
    expect(await visibleCount(page)).toBe(first.loaded + 1);
    expect(await page.locator('#btn-more').isDisabled()).toBe(false);
    await page.click('#btn-more');
    await page.waitForFunction((n) => {
      const m = /(\d+)\/\d+ neighbours/.exec(document.querySelector('#sel-name')?.textContent ?? '');
      return m && Number(m[1]) > n;
    }, first.loaded);
    const second = (await shown())!;
    expect(second.loaded).toBe(Math.min(first.total, first.loaded * 2));
    expect(await visibleCount(page)).toBe(second.loaded + 1);
    expect(await page.locator('#btn-more').isDisabled()).toBe(second.loaded >= second.total);
    await settled(page);
    await explorer.shot(page, 'seeds-show-more');
    expect(errors).toEqual([]);
  });

  it('analyst: the organisation-kind and incident-kind filters change what is drawn', async () => {
    // a hub whose neighbourhood has organisations and incidents of several kinds
    const s = await api<SearchResponse>('search?q=Paris&type=place&limit=1');
    const paris = s.results[0]!;
    const { page, errors } = await explorer.open(`f=${enc(paris.key)}`);
    await page.waitForFunction(() => /neighbours shown/.test(document.querySelector('#status')?.textContent ?? ''));
    await settled(page);
    const before = await visible(page);
    const orgs = before.filter((n) => n.type === 'organization');
    const incidents = before.filter((n) => n.type === 'incident');
    const orgKind = orgs
      .map((o) => o.kind!)
      .sort((a, b) => orgs.filter((o) => o.kind === b).length - orgs.filter((o) => o.kind === a).length)[0]!;
    expect(orgKind).toBeTruthy();

    // What should be drawn under a kind filter: what was drawn, plus the neighbours the server now ranks into the
    // page (a filtered page makes room for lower-ranked neighbours), minus what the filter excludes.
    const drawnUnder = async (kinds: string[], keep: (n: { type: string; kind: string | null }) => boolean) => {
      const res = await api<NeighborsResponse>(
        `entities/${enc(paris.key)}/neighbors?limit=${before.length - 1}&kinds=${kinds.map(enc).join(',')}`,
      );
      const all = new Map(before.map((n) => [n.key, n]));
      for (const n of [res.center, ...res.nodes]) all.set(n.key, n);
      return [...all.values()]
        .filter(keep)
        .map((n) => n.key)
        .sort();
    };
    const drawnKeys = () =>
      page.evaluate(() =>
        (window as unknown as KgWindow).kg.graph
          .visibleNodes()
          .map((n) => n.id())
          .sort(),
      );
    const waitDrawn = async (want: string[]) => {
      await page
        .waitForFunction(
          (w) =>
            JSON.stringify(
              (window as unknown as KgWindow).kg.graph
                .visibleNodes()
                .map((n) => n.id())
                .sort(),
            ) === JSON.stringify(w),
          want,
          { timeout: 15_000 },
        )
        .catch(async () => expect(await drawnKeys()).toEqual(want));
    };

    // untick the commonest organisation kind: those organisations go, people, places and incidents stay
    await page.click('summary:has-text("Organisation kinds")');
    await page.locator(`#f-orgkinds input[value="${orgKind}"]`).uncheck();
    await page.waitForFunction(() => location.hash.includes('ok='));
    const wantOrg = await drawnUnder(
      [...ORG_KINDS.filter((k) => k !== orgKind), ...INCIDENT_KINDS],
      (n) => !(n.type === 'organization' && n.kind === orgKind),
    );
    await waitDrawn(wantOrg);
    for (const k of before.filter((n) => n.type !== 'organization')) expect(wantOrg).toContain(k.key);
    for (const k of before.filter((n) => n.type === 'organization' && n.kind === orgKind))
      expect(wantOrg).not.toContain(k.key);
    await settled(page);
    await explorer.shot(page, 'seeds-filter-orgkind');
    await page.locator(`#f-orgkinds input[value="${orgKind}"]`).check();
    await page.waitForFunction(() => !location.hash.includes('ok='));

    // keep only one incident kind: incidents of other kinds go
    expect(incidents.length).toBeGreaterThan(0);
    const keep = incidents[0]!.kind!;
    expect(incidents.some((n) => n.kind !== keep)).toBe(true);
    await page.click('summary:has-text("Incident kinds")');
    const boxes = page.locator('#f-inckinds input');
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      if ((await box.getAttribute('value')) !== keep) await box.uncheck();
    }
    await page.waitForFunction(() => location.hash.includes('ik='));
    const wantInc = await drawnUnder([...ORG_KINDS, keep], (n) => n.type !== 'incident' || n.kind === keep);
    await waitDrawn(wantInc);
    for (const k of before.filter((n) => n.type === 'incident')) expect(wantInc.includes(k.key)).toBe(k.kind === keep);
    for (const k of before.filter((n) => n.type === 'person' || n.type === 'place')) expect(wantInc).toContain(k.key);
    await settled(page);
    await explorer.shot(page, 'seeds-filter-inckind');
    expect(errors).toEqual([]);
  });

  it('student: the timeline spans 2013–2024 and the map places markers where they are', async () => {
    const { page, errors } = await explorer.open();
    await page.waitForSelector('#timeline circle.tl-dot');
    await page.waitForSelector('#map .marker.incident');
    const dots = await page
      .locator('#timeline circle.tl-dot')
      .evaluateAll((els) => els.map((e) => ({ date: e.getAttribute('data-date')!, x: Number(e.getAttribute('cx')) })));
    const years = dots.map((d) => Number(d.date.slice(0, 4)));
    expect(years).toContain(2013);
    expect(years).toContain(2024);
    // drawn in date order from left to right
    const sorted = [...dots].sort((a, b) => a.date.localeCompare(b.date));
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.x).toBeGreaterThanOrEqual(sorted[i - 1]!.x);
    // an incident no report dates is a ring at its first report, and says so
    const { incidents } = await api<TimelineResponse>('timeline');
    const firstReports = incidents.filter((i) => i.dateBasis === 'first-report');
    expect(firstReports.every((i) => i.date === null)).toBe(true);
    const rings = await page
      .locator('#timeline circle.tl-dot.first-report')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-key'), e.querySelector('title')?.textContent ?? '']));
    expect(rings.map(([key]) => key).sort()).toEqual(firstReports.map((i) => i.key).sort());
    for (const [, title] of rings) expect(title).toMatch(/first reported \d{4}-\d{2}-\d{2} \(on or before\)/);

    // markers closer than a few pixels are clusters that carry their keys; both count
    const shownPlaces = await page.locator('#map .marker.place').count();
    const clustered = await page
      .locator('#map .cluster-marker')
      .evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-count')), 0));
    expect(shownPlaces + clustered).toBeGreaterThan(5);
    // places and incidents are clustered apart: a city's places never hide the incidents there in one count
    // (keys may hold spaces, so a cluster's keys are matched whole within its space-separated list)
    const clusters = await page
      .locator('#map .cluster-marker')
      .evaluateAll((els) => els.map((e) => ({ keys: ` ${e.getAttribute('data-keys')} `, n: Number(e.dataset.count) })));
    const mapped = await api<MapResponse>('map');
    const holds = (list: { key: string }[], keys: string) => list.filter((x) => keys.includes(` ${x.key} `)).length;
    for (const { keys, n } of clusters) expect([0, n]).toContain(holds(mapped.incidents, keys));
    expect(clusters.some(({ keys, n }) => n > 1 && holds(mapped.incidents, keys) === n)).toBe(true);
    expect(clusters.some(({ keys, n }) => n > 1 && holds(mapped.places, keys) === n)).toBe(true);
    // an incident the reports place only by its country or region stands at that centre: drawn hollow, and its
    // label says so; one placed in a city or at a site is drawn solid
    const coarse = new Set(
      mapped.incidents.filter((i) => i.placePrecision === 'country' || i.placePrecision === 'region').map((i) => i.key),
    );
    const drawn = await page
      .locator('#map .marker.incident')
      .evaluateAll((els) =>
        els.map(
          (e) => [e.getAttribute('data-key')!, e.classList.contains('coarse'), e.getAttribute('aria-label')!] as const,
        ),
      );
    // (the seeds report arrests they place only by the country, such as the Crocus suspects' "in Russia")
    expect(coarse.size).toBeGreaterThan(0);
    expect(drawn.some(([key]) => coarse.has(key))).toBe(true);
    for (const [key, hollow, label] of drawn) {
      expect(hollow, key).toBe(coarse.has(key));
      expect(/placed only by its (country|region)/.test(label), key).toBe(coarse.has(key));
    }
    // places where the seeds' events happened sit where they are: London west of Paris, Sydney far east of both
    // the place of that very name (a search also finds districts and sites "in London")
    const keyOf = async (q: string) => {
      const { results } = await api<SearchResponse>(`search?q=${enc(q)}&type=place&limit=10`);
      return (results.find((r) => r.name === q) ?? results[0]!).key;
    };
    const at = async (key: string) => {
      const box = await page
        .locator(`#map .marker[data-key="${key}"], #map .cluster-marker[data-keys~="${key}"]`)
        .first()
        .boundingBox();
      if (!box) throw new Error(`no map marker for ${key}`);
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const [londonKey, parisKey, sydneyKey] = [await keyOf('London'), await keyOf('Paris'), await keyOf('Sydney')];
    const [paris0, sydney] = [await at(parisKey), await at(sydneyKey)];
    expect(sydney.x).toBeGreaterThan(paris0.x + 100);
    expect(sydney.y).toBeGreaterThan(paris0.y);
    // zooming into a cluster that holds both splits it until London and Paris are drawn apart (a marker or a
    // cluster of their own districts each); zooming elsewhere could take one of them out of view
    for (let i = 0; i < 5; i++) {
      const both = page.locator(`#map .cluster-marker[data-keys~="${parisKey}"][data-keys~="${londonKey}"]`);
      if ((await both.count()) === 0) break;
      await both.first().dispatchEvent('click');
    }
    const [london, paris] = [await at(londonKey), await at(parisKey)];
    expect(london.x).toBeLessThan(paris.x);
    expect(london.y).toBeLessThan(paris.y);
    await explorer.shot(page, 'seeds-timeline-map');

    // a timeline dot brings its incident into the graph
    await page.locator('#timeline circle.tl-dot').last().dispatchEvent('click');
    await page.waitForFunction(() => (window as unknown as KgWindow).kg.graph.visibleNodes().length > 0);
    expect(errors).toEqual([]);
  });

  it("student: an incident's page says when, where, the toll and who did it, and why its reports are one", async () => {
    // the Manchester Arena bombing: one event reported by several seed articles (seeds/README.md)
    const { results } = await api<SearchResponse>(`search?q=${enc('Manchester Arena')}&type=incident&limit=10`);
    const bombing = results.find((r) => r.kind === 'bombing' && r.date === '2017-05-22');
    expect(bombing, 'the Manchester Arena bombing is one dated incident').toBeDefined();
    const { page, errors } = await explorer.open(`f=${enc(bombing!.key)}&sel=${enc(bombing!.key)}`);
    await page.waitForSelector('#panel dl.entity-facts');
    const facts = await panelFacts(page);
    expect(facts.When).toBe('2017-05-22');
    expect(facts.Where).toMatch(/Manchester/);
    expect(Number(facts.Killed)).toBeGreaterThanOrEqual(22);
    expect(facts.Perpetrators).toMatch(/Salman Abedi/);
    // the reasons its reports were joined, each naming the two reports by title
    const why = page.locator('#panel details.entity-reasons', { hasText: 'Why these reports are one incident' });
    await why.locator('summary').click();
    const reasons = await why.locator('li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).toMatch(/^“[^”]+” ~ “[^”]+”: score /);
    expect(errors).toEqual([]);
  });

  it("analyst: a sentencing's page names who was sentenced and shows the words it came from", async () => {
    // seeds/README.md: the Manchester Arena bomber's brother sentenced in 2020, a follow-up of the bombing
    const { results } = await api<SearchResponse>(
      `search?q=${enc('Sentencing Manchester Arena')}&type=incident&limit=10`,
    );
    const sentencing = results.find((r) => r.kind === 'sentencing' && r.date === '2020-08-20');
    expect(sentencing, 'the 2020 sentencing is one dated follow-up').toBeDefined();
    // its article counts: the follow-up is said in it, not only covered
    expect(sentencing!.articles).toBeGreaterThanOrEqual(1);
    const { page, errors } = await explorer.open(`f=${enc(sentencing!.key)}&sel=${enc(sentencing!.key)}`);
    await page.waitForSelector('#panel dl.entity-facts');
    const facts = await panelFacts(page);
    expect(facts.Defendants).toMatch(/Hashem Abedi/);
    expect(facts.Follows).toMatch(/Manchester Arena/);
    // the words it came from: its cue marked in the title or a lede sentence
    const marked = await page.locator('#panel .evidence-list mark').allTextContents();
    expect(marked.some((m) => /sentenced|jailed|sentence/i.test(m))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('editor: the Duplicates view lists the documented wire copies and compares them with shared passages', async () => {
    const { page, errors } = await explorer.open('view=duplicates');
    await page.waitForSelector('#dup-list .cluster');
    const clusters = await page
      .locator('#dup-list .cluster.kind-copies')
      .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    const pairs: Array<[string, string]> = [
      [
        'Bomber kills 22 at Manchester Arena as concert crowd leaves — Northline Wire',
        'Manchester Arena attack: 22 dead after suicide bombing at pop concert — Meridian Post',
      ],
      [
        'Jury finds Tsarnaev guilty on all counts in Boston Marathon bombing — Northline Wire',
        'Boston bomber convicted; jury turns to death penalty question — The Harbour Courier',
      ],
      [
        'at Brussels airport, prosecutors say — Northline Wire',
        "to being airport's 'man in the hat' — The Eastgate Ledger",
      ],
      [
        'Truck ploughs into Bastille Day crowd in Nice, killing 84 — Northline Wire',
        'Bastille Day horror: truck kills 84 on Nice seafront',
      ],
      [
        'Anis Amri shot dead by police near Milan — Northline Wire',
        'Anis Amri shot dead by police near Milan — Coastal Evening Star',
      ],
      [
        'a first for New Zealand — Northline Wire',
        'In brief: Christchurch gunman gets life without parole — Lantern Daily',
      ],
    ];
    const missing = pairs.filter(([a, b]) => !clusters.some((c) => c.includes(a) && c.includes(b)));
    expect(missing).toEqual([]);

    // compare the Manchester Arena copy side by side
    const manchester = page.locator('#dup-list .cluster.kind-copies', {
      hasText: 'Bomber kills 22 at Manchester Arena',
    });
    await manchester.locator('button', { hasText: 'Compare first two' }).click();
    await page.waitForSelector('#dup-compare mark.shared');
    const cols = page.locator('#dup-compare .compare-col');
    expect(await cols.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const meta = (await cols.nth(i).locator('.meta').textContent()) ?? '';
      const pct = Number(/(\d+)% shared/.exec(meta)?.[1]);
      expect(pct).toBeGreaterThanOrEqual(60);
      const shared = (await cols.nth(i).locator('mark.shared').allTextContents()).join(' ');
      expect(shared).toMatch(/Manchester Arena/);
      // not everything is shared: the copy changed phrases and trimmed its last paragraph
      expect(pct).toBeLessThan(100);
    }
    await explorer.shot(page, 'seeds-duplicates');
    expect(errors).toEqual([]);
  });

  // `KG_README_SCREENSHOT=1` refreshes docs/screenshot.png: a real neighbourhood, its evidence, the timeline and the map
  it.runIf(process.env.KG_README_SCREENSHOT === '1')('README screenshot', async () => {
    const s = await api<SearchResponse>('search?q=Salman%20Abedi&type=person&limit=1');
    const key = s.results[0]!.key;
    const { page, errors } = await explorer.open(`f=${enc(key)}&sel=${enc(key)}`);
    await page.waitForSelector('#panel .evidence mark');
    await page.waitForSelector('#timeline circle.tl-dot');
    await page.waitForSelector('#map .marker.incident');
    await settled(page);
    await page.waitForTimeout(500);
    await page.screenshot({ path: fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url)) });
    expect(errors).toEqual([]);
  });
});
