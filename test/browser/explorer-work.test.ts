// The explorer for real work (issue 13), on the real seeds through the real pipeline, in headless Chromium at the
// narrow 1024×700 window the issue names and at a larger one. One test per numbered item, each with a screenshot
// in test-results/browser/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EDGE_TYPES } from '../../src/api/contract.js';
import type {
  DuplicatesResponse,
  EntityResponse,
  FindResponse,
  MapResponse,
  NeighborsResponse,
  PathsResponse,
  SourcesResponse,
} from '../../src/api/contract.js';
import { incidentColor } from '../../client/src/graph/style.ts';
import { nodesNeedingPlace } from '../../client/src/graph/tidy.ts';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { cachedExtract } from '../helpers/extraction-cache.js';
import { explorerForFile, labelsPlaced } from './harness.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const ONTOLOGY_FILE = fileURLToPath(new URL('../../data/ontology.json', import.meta.url));
/**
 * The seeds these checks need (a third of them, to keep the run short on a busy machine): the Paris, Brussels, Nice,
 * Berlin, Manchester, Sri Lanka, Crocus and Boston stories, with the two same-day Manchester reports (one copies the
 * other).
 */
const USED = [
  '2013-04-15-northline-wire-boston-marathon-blasts.md',
  '2015-01-07-harbour-courier-charlie-hebdo-attack.html',
  '2015-11-14-northline-wire-paris-attacks.md',
  '2015-11-19-eastgate-ledger-saint-denis-raid-abaaoud.md',
  '2016-03-22-crossroads-dispatch-brussels-bombings.md',
  '2016-07-15-crossroads-dispatch-nice-truck-attack.txt',
  '2016-07-15-northline-wire-nice-truck-attack.md',
  '2016-07-16-meridian-post-nice-isil-claim.md',
  '2016-12-20-harbour-courier-berlin-market-truck.md',
  '2017-05-23-meridian-post-manchester-arena-attack.md',
  '2017-05-23-northline-wire-manchester-arena-blast.md',
  '2019-04-21-northline-wire-sri-lanka-easter-bombings.md',
  '2019-04-26-meridian-post-sri-lanka-toll-revised-ntj.md',
  '2022-06-29-meridian-post-paris-attacks-trial-verdict.json',
  '2024-04-05-pennant-review-iskp-crocus-analysis.md',
  '2020-08-20-harbour-courier-hashem-abedi-sentenced.md',
  '2023-03-02-pennant-review-arena-inquiry-mi5.md',
  '2015-01-09-northline-wire-kouachi-brothers-killed.md',
  '2015-01-14-pennant-review-aqap-claim-analysis.md',
  '2016-03-18-harbour-courier-abdeslam-arrested-molenbeek.md',
  '2016-04-09-eastgate-ledger-abrini-confesses.md',
  '2016-04-09-northline-wire-abrini-man-in-hat.md',
  '2020-12-16-lantern-daily-charlie-hebdo-trial-verdicts.md',
  '2023-07-25-pennant-review-brussels-trial-verdict.md',
  '2022-12-13-lantern-daily-nice-trial-verdict.md',
  'northline-wire-security-feed.rss',
].map((f) => `${SEEDS}${f}`);
const NARROW = { width: 1024, height: 700 };
const WIDE = { width: 1600, height: 1000 };

const explorer = explorerForFile(
  {
    ingest: async (graph) => ingestPaths(graph, USED, { duplicates: true, extract: cachedExtract }),
  },
  600_000,
);
const { api } = explorer;

const enc = encodeURIComponent;

type KgWindow = {
  kg: {
    graph: {
      idle: boolean;
      visibleNodes(): Array<{ id(): string }>;
      visibleEdges(): Array<{ id(): string; data(k: string): unknown; numericStyle(k: string): number }>;
    };
    state(): { selected: string | null; focus: string[] };
  };
};
const settled = (page: Page) => page.waitForFunction(() => (window as unknown as KgWindow).kg.graph.idle);

/** luminance contrast of two CSS rgb() colours, as WCAG computes it */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('issue 13: the explorer for real work, on the seeds', () => {
  it('1: typed search text is readable (dark on light), not white on white', async () => {
    const { page, errors } = await explorer.open('', NARROW);
    await page.fill('#search-input', 'Manchester');
    const colours = await page.locator('#search-input').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { color: cs.color, background: cs.backgroundColor };
    });
    expect(contrast(colours.color, colours.background)).toBeGreaterThanOrEqual(4.5);
    await explorer.shot(page, 'work-1-search-text');
    expect(errors).toEqual([]);
  });

  it('2: search finds incident names and article text, grouped, highlighted; "ISIS" finds the Islamic State first', async () => {
    // the API: what articles say is found, with the words marked
    const bataclan = await api<FindResponse>('find?q=Bataclan');
    expect(bataclan.articles.length).toBeGreaterThan(0);
    for (const a of bataclan.articles) {
      const marked = a.snippet?.highlights.map((h) => a.snippet!.text.slice(h.start, h.end).toLowerCase()) ?? [];
      expect(marked).toContain('bataclan');
    }
    // the incident those articles cover is found through them, dated 13 November 2015
    expect(bataclan.incidents.some((i) => i.date === '2015-11-13')).toBe(true);
    for (const q of [
      'Paris attacks',
      'Charlie Hebdo attack',
      'Brussels bombings',
      'Easter bombings',
      'Christmas market',
    ]) {
      const res = await api<FindResponse>(`find?q=${enc(q)}`);
      expect(res.articles.length, q).toBeGreaterThan(0);
      expect(res.incidents.length, q).toBeGreaterThan(0);
    }
    const isis = await api<FindResponse>('find?q=ISIS');
    expect(isis.entities[0]?.key).toBe('org:known:isil');
    expect(isis.entities[0]?.matched).toBe('ISIS');

    // the browser: groups with headings, words marked; picking an article opens it, an incident focuses it
    const { page, errors } = await explorer.open('', NARROW);
    await page.fill('#search-input', 'Bataclan');
    await page.locator('#search-list .group-head', { hasText: 'Articles' }).waitFor();
    const heads = await page.locator('#search-list .group-head').allTextContents();
    expect(heads).toEqual(expect.arrayContaining(['Incidents', 'Articles']));
    const marks = await page.locator('#search-list mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.toLowerCase()).toBe('bataclan');
    await explorer.shot(page, 'work-2-search-grouped');
    // keyboard: the first option is active; Enter picks it and focuses it in the graph. The groups come in the order
    // entities, incidents, articles, so the first option is the first entity found (the Bataclan as a place), else
    // the first incident
    const firstOption = bataclan.entities[0] ?? bataclan.incidents[0];
    expect(firstOption).toBeDefined();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as KgWindow).kg.state().focus.length === 1);
    const focused = await page.evaluate(() => (window as unknown as KgWindow).kg.state().focus[0]);
    expect(focused).toBe(firstOption!.key);

    await page.fill('#search-input', 'ISIS');
    const first = page.locator('#search-list [role=option]').first();
    await first.waitFor();
    await expect(first.textContent()).resolves.toContain('ISIL');
    await expect(first.textContent()).resolves.toContain('matched “ISIS”');
    await explorer.shot(page, 'work-2-search-isis');
    expect(errors).toEqual([]);
  });

  it('3: copies collapse into their original: "N articles, M independent, K outlets", edge width by independent reports', async () => {
    const isil = 'org:known:isil';
    // the first page, as the explorer draws it
    const hood = await api<NeighborsResponse>(`entities/${enc(isil)}/neighbors?limit=25`);
    for (const e of hood.edges) {
      expect(e.independent).toBeGreaterThanOrEqual(1);
      expect(e.independent).toBeLessThanOrEqual(e.weight);
    }
    // the Manchester Arena bombing is linked by two same-day reports, one a copy of the other: one independent report
    const copied = hood.edges.filter((e) => e.independent < e.weight);
    expect(copied.length).toBeGreaterThan(0);
    const edge = copied[0]!;

    const { page, errors } = await explorer.open(`f=${enc(isil)}`, WIDE);
    await page.waitForFunction(
      (id) =>
        (window as unknown as { kg: { cy: { getElementById(i: string): { nonempty(): boolean } } } }).kg.cy
          .getElementById(id)
          .nonempty(),
      edge.id,
    );
    await settled(page);
    const widths = await page.evaluate((id) => {
      const kg = (
        window as unknown as {
          kg: { cy: { edges(): Array<{ id(): string; data(k: string): number; numericStyle(k: string): number }> } };
        }
      ).kg;
      const all = kg.cy.edges();
      const mine = all.find((e) => e.id() === id)!;
      const single = all.find(
        (e) => e.data('independent') === mine.data('independent') && e.data('weight') === e.data('independent'),
      );
      return { mine: mine.numericStyle('width'), sameIndependent: single ? single.numericStyle('width') : null };
    }, edge.id);
    // an edge counts by its independent reports: as wide as one whose reports are all independent
    if (widths.sameIndependent !== null) expect(widths.mine).toBeCloseTo(widths.sameIndependent, 5);
    await page.evaluate(
      (id) =>
        (window as unknown as { kg: { cy: { getElementById(i: string): { emit(e: string): void } } } }).kg.cy
          .getElementById(id)
          .emit('tap'),
      edge.id,
    );
    const facts = page.locator('#panel .facts.support');
    await facts.waitFor();
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    await expect(facts.textContent()).resolves.toContain(
      `${plural(edge.weight, 'article')}, ${edge.independent} independent, ${plural(edge.outlets, 'outlet')}`,
    );
    await explorer.shot(page, 'work-3-independent-reports');
    expect(errors).toEqual([]);
  }, 180_000);

  it('4: evidence says its total and loads the rest', async () => {
    let key: string | null = null;
    let total = 0;
    for (const q of ['Paris', 'ISIL', 'France', 'Brussels', 'Abdeslam', 'Manchester']) {
      const found = await api<FindResponse>(`find?q=${enc(q)}`);
      for (const e of found.entities) {
        const res = await api<EntityResponse>(`entities/${enc(e.key)}`);
        if (res.evidenceTotal > 20) {
          key = e.key;
          total = res.evidenceTotal;
          expect(res.evidence.length).toBe(20);
          break;
        }
      }
      if (key) break;
    }
    expect(key, 'an entity of the seeds with more than 20 evidence sentences').not.toBeNull();
    // pages do not overlap and together are the total
    const rest = await api<EntityResponse>(`entities/${enc(key!)}?evidenceOffset=20&evidenceLimit=500`);
    expect(rest.evidence.length).toBe(total - 20);

    const { page, errors } = await explorer.open(`f=${enc(key!)}&sel=${enc(key!)}`, NARROW);
    const head = page.locator('#panel .evidence-head');
    await head.waitFor();
    await expect(head.textContent()).resolves.toBe(`Evidence (20 of ${total} sentences)`);
    await explorer.shot(page, 'work-4-evidence-total');
    // keyboard: the button is reachable and loads the next page
    await page.locator('#panel .load-more').focus();
    await page.keyboard.press('Enter');
    const expected = Math.min(total, 40);
    await page.waitForFunction((n) => document.querySelectorAll('#panel .evidence blockquote').length === n, expected);
    await expect(head.textContent()).resolves.toBe(
      expected === total ? `Evidence (${total} sentences)` : `Evidence (40 of ${total} sentences)`,
    );
    const quotes = await page.locator('#panel .evidence blockquote').allTextContents();
    expect(new Set(quotes).size).toBe(quotes.length);
    await explorer.shot(page, 'work-4-evidence-loaded');
    expect(errors).toEqual([]);
  });

  it('10: a timeline drag snaps to the months dragged over; zoom to the range; play steps through time', async () => {
    const { page, errors } = await explorer.open('', WIDE);
    await page.waitForSelector('#timeline circle.tl-dot');
    const before = await page.locator('#timeline circle.tl-dot').count();
    // where the axis puts a date, from two of its tick labels ("2016-01")
    const ticks = await page
      .locator('#timeline text.axis-label')
      .evaluateAll((els) => els.map((e) => ({ label: e.textContent ?? '', x: Number(e.getAttribute('x')) })));
    const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
    const t = (label: string) => Date.parse(`${label}-01T00:00:00Z`);
    const px = (iso: string) =>
      a.x + ((Date.parse(`${iso}T00:00:00Z`) - t(a.label)) / (t(b.label) - t(a.label))) * (b.x - a.x);
    const svg = (await page.locator('#timeline svg').boundingBox())!;
    const y = svg.y + svg.height / 2;
    // from mid-January 2015 to mid-December 2017
    await page.mouse.move(svg.x + px('2015-01-15'), y);
    await page.mouse.down();
    await page.mouse.move(svg.x + px('2017-12-15'), y, { steps: 6 });
    await page.mouse.up();
    await page.waitForFunction(() => location.hash.includes('from='));
    expect(await page.inputValue('#f-from')).toBe('2015-01-01');
    expect(await page.inputValue('#f-to')).toBe('2017-12-31');
    // nothing outside the dragged months is in the range (the Sydney siege of December 2014 is not)
    const dates = await page
      .locator('#timeline circle.tl-dot:not(.outside)')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-date')!));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d >= '2015-01-01' && d <= '2017-12-31', d).toBe(true);
    await explorer.shot(page, 'work-10-timeline-snapped');

    await page.click('#btn-tl-zoom');
    await page.waitForFunction((n) => document.querySelectorAll('#timeline circle.tl-dot').length < n, before);
    const zoomed = await page
      .locator('#timeline circle.tl-dot')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-date')!));
    for (const d of zoomed) expect(d >= '2014-10-01' && d <= '2018-03-31', d).toBe(true);
    await explorer.shot(page, 'work-10-timeline-zoomed');
    await page.click('#btn-tl-all');
    await page.waitForFunction((n) => document.querySelectorAll('#timeline circle.tl-dot').length === n, before);

    // play: the range moves forward by itself until paused
    await page.click('#btn-tl-play');
    await expect(page.getAttribute('#btn-tl-play', 'aria-pressed')).resolves.toBe('true');
    const first = await page.inputValue('#f-from');
    await page.waitForFunction((f) => (document.querySelector('#f-from') as HTMLInputElement).value > f, first, {
      timeout: 20_000,
    });
    await page.click('#btn-tl-play');
    await expect(page.getAttribute('#btn-tl-play', 'aria-pressed')).resolves.toBe('false');
    const stoppedAt = await page.inputValue('#f-from');
    await page.waitForTimeout(2000);
    expect(await page.inputValue('#f-from')).toBe(stoppedAt);
    expect(errors).toEqual([]);
  }, 180_000);

  it('9: the map zooms, splits clusters, can be enlarged, and follows the timeline range', async () => {
    const { page, errors } = await explorer.open('', WIDE);
    await page.waitForSelector('#map .countries path');
    await page.waitForSelector('#map .cluster-marker');
    const total = async () => page.locator('#map .marker').count();
    const singlesBefore = await total();
    // Paris and the attacks there are one cluster at first; a click on it zooms in until it splits
    const cluster = page.locator('#map .cluster-marker').first();
    const count = Number(await cluster.getAttribute('data-count'));
    expect(count).toBeGreaterThan(1);
    await cluster.dispatchEvent('click');
    await page.waitForFunction((n) => document.querySelectorAll('#map .marker').length > n, singlesBefore);
    // the wheel zooms too
    const box = (await page.locator('#map svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const beforeWheel = await page.locator('#map .countries path').first().getAttribute('d');
    await page.mouse.wheel(0, -300);
    await page.waitForFunction(
      (d) => document.querySelector('#map .countries path')?.getAttribute('d') !== d,
      beforeWheel,
    );
    await page.click('#btn-map-reset');
    await expect(page.getAttribute('#map svg', 'data-detail')).resolves.toBe('110m');
    expect(await page.locator('#map .regions').count()).toBe(0);

    // zoomed in on Boston, the finer outlines arrive and the US state borders are drawn
    for (let i = 0; i < 20 && (await page.getAttribute('#map svg', 'data-detail')) !== '50m'; i++) {
      // the markers are drawn again as the map zooms: one caught between two drawings has no box, so try again
      const at = await page.locator('#map [aria-label*="Boston"]').first().boundingBox();
      if (!at) {
        await page.waitForTimeout(150);
        continue;
      }
      await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(150);
    }
    await page.waitForSelector('#map svg[data-detail="50m"] .regions');
    const stateLines = await page.locator('#map .regions').getAttribute('d');
    expect(stateLines?.length ?? 0).toBeGreaterThan(200);
    await explorer.shot(page, 'work-9-map-states');
    await page.click('#btn-map-reset');
    await expect(page.getAttribute('#map svg', 'data-detail')).resolves.toBe('110m');

    // enlarged, it covers the graph and timeline area; Escape shrinks it again
    await page.click('#btn-map-big');
    const big = (await page.locator('#map-box').boundingBox())!;
    const center = (await page.locator('#graph-region').boundingBox())!;
    expect(big.width).toBeGreaterThan(center.width - 4);
    expect(big.height).toBeGreaterThan(center.height - 4);
    await explorer.shot(page, 'work-9-map-enlarged');
    await page.locator('#map').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('Escape');
    await expect(page.getAttribute('#btn-map-big', 'aria-pressed')).resolves.toBe('false');

    // a date range hides the incidents outside it
    await page.fill('#f-from', '2016-01-01');
    await page.fill('#f-to', '2016-12-31');
    await page.locator('#f-to').dispatchEvent('change');
    await page.waitForFunction(() =>
      /outside the date range/.test(document.querySelector('#map svg')?.getAttribute('aria-label') ?? ''),
    );
    const labels = await page
      .locator('#map .marker.incident')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    for (const l of labels) expect(l, l).toMatch(/2016-\d\d-\d\d/);
    await explorer.shot(page, 'work-9-map-range');
    expect(errors).toEqual([]);
  }, 180_000);

  it('15: at 1024×700 nothing overlaps, and the side panels collapse and open', async () => {
    const isil = enc('org:known:isil');
    const { page, errors } = await explorer.open(`f=${isil}&sel=${isil}`, NARROW);
    await page.waitForSelector('#panel .evidence');
    await page.waitForSelector('#map .countries path');
    await page.waitForSelector('#timeline circle.tl-dot');
    const regions = ['#sidebar', '.graph-wrap', '.timeline-box', '#map-box', '#panel', '.topbar'];
    const overlaps = () =>
      page.evaluate((sels) => {
        const boxes = sels
          .map((s) => ({ s, r: document.querySelector(s)!.getBoundingClientRect() }))
          .filter((b) => b.r.width > 0 && b.r.height > 0);
        const bad: string[] = [];
        for (const b of boxes) {
          if (b.r.right > window.innerWidth + 0.5 || b.r.left < -0.5) bad.push(`${b.s} outside the window`);
          for (const c of boxes) {
            if (b.s >= c.s) continue;
            const w = Math.min(b.r.right, c.r.right) - Math.max(b.r.left, c.r.left);
            const h = Math.min(b.r.bottom, c.r.bottom) - Math.max(b.r.top, c.r.top);
            if (w > 1 && h > 1) bad.push(`${b.s} overlaps ${c.s}`);
          }
        }
        // what the map and timeline draw stays inside their boxes
        for (const [inner, outer] of [
          ['#map svg', '#map-box'],
          ['#timeline svg', '.timeline-box'],
        ] as const) {
          const i = document.querySelector(inner)!.getBoundingClientRect();
          const o = document.querySelector(outer)!.getBoundingClientRect();
          if (i.right > o.right + 0.5 || i.bottom > o.bottom + 0.5) bad.push(`${inner} spills out of ${outer}`);
        }
        return bad;
      }, regions);
    // narrow: the sidebar starts collapsed
    await expect(page.getAttribute('#btn-sidebar', 'aria-expanded')).resolves.toBe('false');
    expect(await overlaps()).toEqual([]);
    await explorer.shot(page, 'work-15-narrow');
    // opened, it takes its column; the graph canvas follows
    await page.click('#btn-sidebar');
    await page.waitForSelector('#sidebar', { state: 'visible' });
    // the timeline and map redraw for their new width on the next frame
    await expect.poll(overlaps, { timeout: 10_000 }).toEqual([]);
    await explorer.shot(page, 'work-15-narrow-tools');
    // the details panel collapses, and selecting an entity brings it back
    await page.click('#btn-details');
    await page.waitForSelector('#panel', { state: 'hidden' });
    await expect.poll(overlaps, { timeout: 10_000 }).toEqual([]);
    await page.locator('#node-list .node-item').first().click();
    await page.waitForSelector('#panel', { state: 'visible' });
    expect(errors).toEqual([]);
  });

  it('12: same-story clusters are labelled by their incident, list articles by time with outlet and role, count independent reports', async () => {
    const res = await api<DuplicatesResponse>('duplicates');
    const stories = res.clusters.filter((c) => c.kind === 'same story');
    expect(stories.length).toBeGreaterThan(2);
    for (const c of stories) {
      expect(c.incident).not.toBeNull();
      const incident = (await api<EntityResponse>(`entities/${enc(c.incident!)}`)).entity;
      expect(c.label.startsWith(incident.name), `${c.label} / ${incident.name}`).toBe(true);
      // a dated incident: an undated mention of a past attack does not make a story of later articles
      expect(incident.date).not.toBeNull();
      const days = c.articles.map((a) => a.published ?? '');
      expect(days).toEqual([...days].sort());
      expect(c.independent).toBe(c.articles.filter((a) => a.role !== 'copy').length);
      for (const a of c.articles) {
        if (a.role === 'copy') expect(c.articles.some((o) => o.id === a.copyOf) || a.copyOf !== null).toBe(true);
        // a report is at most a few days after its incident; a follow-up later
        const gap = (Date.parse(a.published!.slice(0, 10)) - Date.parse(incident.date!)) / 86_400_000;
        if (a.role === 'original') expect(gap).toBeLessThanOrEqual(3);
        if (a.role === 'follow-up') expect(gap).toBeGreaterThan(3);
      }
    }
    const { page, errors } = await explorer.open('view=duplicates', NARROW);
    const story = page.locator('#dup-list .cluster.kind-same-story').first();
    await story.waitFor();
    await expect(story.locator('.cluster-count').textContent()).resolves.toMatch(
      /^\d+ articles?, \d+ independent, \d+ outlets?$/,
    );
    expect(await story.locator('.role-badge').count()).toBeGreaterThan(1);
    await story.scrollIntoViewIfNeeded();
    await explorer.shot(page, 'work-12-same-story');
    expect(errors).toEqual([]);
  });

  it('11: duplicates filter by title, outlet and date; an article says plainly original or copy; one outlet is one outlet', async () => {
    const sources = await api<SourcesResponse>('sources');
    // the section feed "Northline Wire - Security" is the outlet Northline Wire
    expect(sources.sources.map((s) => s.name)).toContain('Northline Wire');
    expect(sources.sources.filter((s) => s.name.startsWith('Northline Wire')).map((s) => s.name)).toEqual([
      'Northline Wire',
    ]);

    const res = await api<DuplicatesResponse>('duplicates');
    const copies = res.clusters.find(
      (c) => c.kind === 'copies' && c.articles.some((a) => a.title.includes('Manchester')),
    )!;
    expect(copies).toBeDefined();
    const copy = copies.articles.find((a) => a.role === 'copy')!;
    const original = copies.articles.find((a) => a.id === copy.copyOf)!;
    expect(original.role).toBe('original');

    const { page, errors } = await explorer.open('view=duplicates', NARROW);
    await page.waitForSelector('#dup-count');
    const all = Number((await page.textContent('#dup-count'))!.split(' of ')[1]!.split(' ')[0]);
    await page.fill('#dup-title', 'manchester arena');
    await page.waitForFunction((n) => !document.querySelector('#dup-count')?.textContent?.startsWith(`${n} of`), all);
    const titles = await page.locator('#dup-list .cluster').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t.toLowerCase()).toContain('manchester arena');
    await page.selectOption('#dup-outlet', original.source!);
    await page.fill('#dup-from', '2017-05-23');
    await page.fill('#dup-to', '2017-05-23');
    await page.locator('#dup-to').dispatchEvent('change');
    const filtered = await page.locator('#dup-list .cluster').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(filtered.length).toBeGreaterThan(0);
    for (const t of filtered) expect(t).toContain(original.source!);
    await explorer.shot(page, 'work-11-duplicates-filtered');

    // the copy says which article it copies; the original says who copies it
    await page.goto(`${explorer.baseUrl}#article=${enc(copy.id)}`);
    const status = page.locator('#panel .copy-status');
    await status.waitFor();
    await expect(status.textContent()).resolves.toContain(`Copy. This article is a`);
    await expect(status.textContent()).resolves.toContain(original.title);
    await explorer.shot(page, 'work-11-copy-says-original');
    await page.goto(`${explorer.baseUrl}#article=${enc(original.id)}`);
    await page.waitForFunction(() =>
      document.querySelector('#panel .copy-status')?.textContent?.startsWith('Original.'),
    );
    await expect(page.locator('#panel').textContent()).resolves.not.toContain('original ↗');
    expect(errors).toEqual([]);
  });

  it('8: incident nodes are coloured by their kind, as on the timeline and map', async () => {
    const isil = enc('org:known:isil');
    const { page, errors } = await explorer.open(`f=${isil}`, WIDE);
    await page.waitForFunction(() => (window as unknown as KgWindow).kg.graph.visibleNodes().length > 5);
    await settled(page);
    const incidents = await page.evaluate(() => {
      const kg = (
        window as unknown as {
          kg: { cy: { nodes(s: string): Array<{ data(k: string): string | null; style(k: string): string }> } };
        }
      ).kg;
      return kg.cy
        .nodes('[type = "incident"]')
        .map((n) => ({ kind: n.data('kind'), colour: n.style('background-color') }));
    });
    expect(incidents.length).toBeGreaterThan(1);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    for (const i of incidents) expect(i.colour.replace(/\s/g, ''), i.kind ?? '').toBe(rgb(incidentColor(i.kind)));
    // more than one kind is drawn, so more than one colour
    expect(new Set(incidents.map((i) => i.colour)).size).toBeGreaterThan(1);
    await explorer.shot(page, 'work-8-incident-kinds');
    expect(errors).toEqual([]);
  });

  it('7: a link-type filter drops co-mentions (and the neighbours only they brought); hiding an entity hides what only it brought in', async () => {
    const isil = 'org:known:isil';
    const all = await api<NeighborsResponse>(`entities/${enc(isil)}/neighbors?limit=25`);
    const typed = await api<NeighborsResponse>(
      `entities/${enc(isil)}/neighbors?limit=25&rels=ROLE,AFFILIATED_WITH,LOCATED_IN,PARTICIPATED_IN,SPOKE_AT`,
    );
    expect(all.edges.some((e) => e.type === 'CO_MENTIONED')).toBe(true);
    expect(typed.total).toBeLessThan(all.total);

    const { page, errors } = await explorer.open(`f=${enc(isil)}`, WIDE);
    await page.waitForFunction(
      (n) => (window as unknown as KgWindow).kg.graph.visibleNodes().length === n,
      all.nodes.length + 1,
    );
    await page.locator('#f-rels').evaluate((el) => {
      (el.closest('details') as HTMLDetailsElement).open = true;
    });
    await page.locator('#rel-CO_MENTIONED').uncheck();
    await page.waitForFunction(() => location.hash.includes('rels='));
    await page.waitForFunction(
      (n) => (window as unknown as KgWindow).kg.graph.visibleNodes().length === n,
      typed.nodes.length + 1,
    );
    const types = await page.evaluate(() =>
      (window as unknown as KgWindow).kg.graph.visibleEdges().map((e) => e.data('type') as string),
    );
    expect(types.length).toBeGreaterThan(0);
    expect(types).not.toContain('CO_MENTIONED');
    await settled(page);
    await explorer.shot(page, 'work-7-no-co-mentions');

    // hiding ISIL hides the neighbours only its expansion brought in; "Show hidden" brings them back
    await page.locator('#node-list button', { hasText: 'ISIL' }).first().click();
    await page.click('#btn-hide');
    await page.waitForFunction(() => (window as unknown as KgWindow).kg.graph.visibleNodes().length === 0);
    await page.click('#btn-unhide');
    await page.waitForFunction(
      (n) => (window as unknown as KgWindow).kg.graph.visibleNodes().length === n,
      typed.nodes.length + 1,
    );
    expect(errors).toEqual([]);
  }, 180_000);
});

// ---------- items 5, 6, 7 (labels, keyboard) and 8 (every kind): paths, links that reopen exactly ----------
type LinkWindow = {
  kg: {
    cy: Core;
    graph: {
      idle: boolean;
      expanded: Map<string, unknown>;
      hide(keys: string[]): void;
      showHidden(): void;
      placeLabels(): void;
    };
    pending(): number;
    state(): { edge: string | null; path: unknown };
  };
};
const ISIL = 'org:known:isil';
const PARIS = 'place:geo:2988507';
const BRUSSELS = 'place:geo:2800866';
/**
 * places ISIL may reach by several ways: the first with more than one path within 4 hops (fewer than the 5 asked for)
 * and more within 6 hops, so the hop bound and the alternatives past the shortest length are both seen
 */
const TARGETS = ['place:geo:1248991', 'place:country:LK', 'place:geo:2800866', 'place:geo:2643743', 'place:country:SY'];
let pair: { to: string; name: string } | null = null;
async function pathTarget(): Promise<{ to: string; name: string }> {
  // the seeds' graph changes as extraction improves: after these, any place on the map will do
  const mapped = pair ? [] : (await api<MapResponse>('map')).places.map((p) => p.key);
  for (const to of pair ? [] : [...new Set([...TARGETS, ...mapped])]) {
    const near = await api<PathsResponse>(`paths?from=${enc(ISIL)}&to=${enc(to)}&max=4`);
    if (near.paths.length < 2 || near.paths.length >= 5) continue;
    const far = await api<PathsResponse>(`paths?from=${enc(ISIL)}&to=${enc(to)}&max=6`);
    if (far.paths.length > near.paths.length) {
      pair = { to, name: near.nodes.find((n) => n.key === to)!.name };
      break;
    }
  }
  if (!pair)
    throw new Error(
      `no place in ${TARGETS.join(', ')} or on the map has 2–4 paths from ISIL within 4 hops and more within 6`,
    );
  return pair;
}
/** every link type but "mentioned together", as the explorer asks for them when co-mentions are skipped */
const NON_CO = EDGE_TYPES.filter((t) => t !== 'CO_MENTIONED').join(',');

/** every request answered, no layout running, nothing animating */
const still = (page: Page) =>
  page.waitForFunction(() => {
    const kg = (window as unknown as LinkWindow).kg;
    return kg.pending() === 0 && kg.graph.idle;
  });

/** What is drawn, as an analyst would compare two screens: entities and links shown, hidden, pinned, selected, on the path; where each entity is. */
function drawn(page: Page) {
  return page.evaluate(() => {
    const { cy } = (window as unknown as LinkWindow).kg;
    const ids = (c: { map(f: (e: { id(): string }) => string): string[] }) => c.map((e) => e.id()).sort();
    return {
      nodes: ids(cy.nodes(':visible')),
      edges: ids(cy.edges(':visible')),
      hidden: ids(cy.nodes('.hidden')),
      pinned: ids(cy.nodes('.pinned')),
      selected: ids(cy.$(':selected')),
      path: ids(cy.$('.path')),
      positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
      panel: document.querySelector('#panel h2, #panel h3')?.textContent ?? '',
    };
  });
}

/** Press Tab (Shift+Tab backwards) until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, backwards = false, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} not reached with ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

describe('issue 13 items 5–8: paths, links that reopen exactly, legible labels, keyboard', () => {
  it('5: the API gives the k shortest paths (not only the shortest length), distinct and simple; co-mentions can be left out', async () => {
    const TARGET = (await pathTarget()).to;
    const all = await api<PathsResponse>(`paths?from=${enc(ISIL)}&to=${enc(TARGET)}&max=4`);
    expect(all.paths.length).toBeGreaterThan(1);
    const lengths = all.paths.map((p) => p.nodes.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    // alternatives longer than the shortest are listed too, up to k
    expect(all.paths.length).toBeLessThan(5);
    expect((await api<PathsResponse>(`paths?from=${enc(ISIL)}&to=${enc(TARGET)}&max=6`)).paths.length).toBeGreaterThan(
      all.paths.length,
    );
    expect(new Set(all.paths.map((p) => p.nodes.join('|'))).size).toBe(all.paths.length);
    for (const p of all.paths) {
      expect(new Set(p.nodes).size).toBe(p.nodes.length);
      expect(p.nodes[0]).toBe(ISIL);
      expect(p.nodes.at(-1)).toBe(TARGET);
    }
    expect((await api<PathsResponse>(`paths?from=${enc(ISIL)}&to=${enc(TARGET)}&max=4&k=1`)).paths).toEqual(
      all.paths.slice(0, 1),
    );
    const typed = await api<PathsResponse>(`paths?from=${enc(ISIL)}&to=${enc(TARGET)}&max=4&rels=${NON_CO}`);
    expect(typed.paths.length).toBeLessThanOrEqual(all.paths.length);
    for (const p of typed.paths) for (const id of p.edges) expect(id.startsWith('CO_MENTIONED:')).toBe(false);
    const bad = await fetch(`${explorer.baseUrl}api/paths?from=${enc(ISIL)}&to=${enc(TARGET)}&k=99`);
    expect(bad.status).toBe(400);
  });

  it('5: the explorer lists the alternative paths, draws each under the pointer, keeps the chosen one in the link; co-mentions can be skipped', async () => {
    const { to: TARGET, name: targetName } = await pathTarget();
    const all = await api<PathsResponse>(`paths?from=${enc(ISIL)}&to=${enc(TARGET)}&max=4`);
    expect(all.paths.length).toBeGreaterThan(1);
    const { page, errors } = await explorer.open('', WIDE);
    const pick = async (input: string, name: string) => {
      await page.fill(input, name);
      await page
        .locator(`${input}-list li.option`, { has: page.locator('.opt-name', { hasText: new RegExp(`^${name}$`) }) })
        .first()
        .dispatchEvent('mousedown');
    };
    await pick('#path-from', 'ISIL');
    await pick('#path-to', targetName);
    await page.selectOption('#path-max', '4');
    await page.click('#btn-path');
    const items = page.locator('#path-list button');
    await page.waitForFunction((n) => document.querySelectorAll('#path-list button').length === n, all.paths.length);
    await still(page);
    const onPath = () =>
      page.evaluate(() =>
        (window as unknown as LinkWindow).kg.cy
          .nodes('.path')
          .map((n) => n.id())
          .sort(),
      );
    expect(await onPath()).toEqual([...all.paths[0]!.nodes].sort());
    // pointing at the last alternative draws it; leaving the list draws the chosen one again
    const last = all.paths.length - 1;
    await items.nth(last).hover();
    await page.waitForFunction(
      (want) =>
        (window as unknown as LinkWindow).kg.cy
          .nodes('.path')
          .map((n) => n.id())
          .sort()
          .join('|') === want,
      [...all.paths[last]!.nodes].sort().join('|'),
    );
    await explorer.shot(page, 'work-5-path-under-pointer');
    await page.mouse.move(700, 300);
    await page.waitForFunction(
      (want) =>
        (window as unknown as LinkWindow).kg.cy
          .nodes('.path')
          .map((n) => n.id())
          .sort()
          .join('|') === want,
      [...all.paths[0]!.nodes].sort().join('|'),
    );
    // choosing it puts it in the link; the link opens with the same list and that path chosen and drawn
    await items.nth(last).click();
    await page.waitForFunction((i) => new URLSearchParams(location.hash.slice(1)).get('pi') === String(i), last);
    const hash = await page.evaluate(() => location.hash);
    expect(new URLSearchParams(hash.slice(1)).get('pf')).toBe(ISIL);
    expect(new URLSearchParams(hash.slice(1)).get('pt')).toBe(TARGET);
    const { page: again } = await explorer.open(hash.slice(1), WIDE);
    await again.waitForFunction((n) => document.querySelectorAll('#path-list button').length === n, all.paths.length);
    await still(again);
    await expect(again.locator('#path-list button').nth(last).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(again.inputValue('#path-from')).resolves.toBe('ISIL');
    expect(
      await again.evaluate(() =>
        (window as unknown as LinkWindow).kg.cy
          .nodes('.path')
          .map((n) => n.id())
          .sort(),
      ),
    ).toEqual([...all.paths[last]!.nodes].sort());
    await again.close();

    // without co-mentions: fewer paths, none drawn through a co-mention link, and the choice is in the link
    await page.check('#path-noco');
    await page.click('#btn-path');
    const typed = await api<PathsResponse>(`paths?from=${enc(ISIL)}&to=${enc(TARGET)}&max=4&rels=${NON_CO}`);
    if (typed.paths.length === 0) {
      // none without co-mentions: the answer says so
      await page.waitForFunction(() =>
        /without “mentioned together” links/.test(document.querySelector('#path-result')?.textContent ?? ''),
      );
      expect(await page.locator('#path-list button').count()).toBe(0);
    } else {
      await page.waitForFunction(
        (n) => document.querySelectorAll('#path-list button').length === n,
        typed.paths.length,
      );
      await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('pco') === '0');
      await still(page);
      const pathEdges = await page.evaluate(() =>
        (window as unknown as LinkWindow).kg.cy.edges('.path').map((e) => String(e.data('type'))),
      );
      expect(pathEdges.length).toBeGreaterThan(0);
      expect(pathEdges).not.toContain('CO_MENTIONED');
    }
    await explorer.shot(page, 'work-5-paths-without-co-mentions');
    expect(errors).toEqual([]);
  }, 180_000);

  it('6: a link reopens exactly what was shared: graph, hidden, removed, pinned, positions, selection, open link evidence, path', async () => {
    const { page, errors } = await explorer.open(`f=${enc(ISIL)}&f=${enc(PARIS)}`, WIDE);
    await page.waitForFunction(() => (window as unknown as LinkWindow).kg.graph.expanded.size === 2);
    await still(page);
    const neighbours = await page.evaluate(() => {
      const { cy, graph } = (window as unknown as LinkWindow).kg;
      return cy
        .nodes(':visible')
        .map((n) => n.id())
        .filter((k) => !graph.expanded.has(k))
        .sort();
    });
    const [toHide, toPin, toRemove, toDrag] = neighbours as [string, string, string, string];
    const nodeButton = (key: string) => page.locator(`#node-list button[data-key="${key.replace(/"/g, '\\"')}"]`);
    // with the sidebar's buttons, as a user does
    await nodeButton(toHide).click();
    await page.click('#btn-hide');
    await nodeButton(toPin).click();
    await page.click('#btn-pin');
    await nodeButton(toRemove).click();
    await page.click('#btn-remove');
    // drag a node with the mouse
    await still(page);
    const at = await page.evaluate((k) => {
      const { cy } = (window as unknown as LinkWindow).kg;
      const box = cy.container()!.getBoundingClientRect();
      const p = cy.getElementById(k).renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, toDrag);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 40, at.y + 60, { steps: 5 });
    await page.mouse.up();
    // a path, and a link's evidence open, with the keyboard list of links
    await page.evaluate(() => {
      const { cy } = (window as unknown as LinkWindow).kg;
      cy.nodes(':selected').unselect();
    });
    await nodeButton(ISIL).click();
    await page.locator('#edge-list button').first().click();
    await page.waitForFunction(() => (window as unknown as LinkWindow).kg.state().edge !== null);
    await page.locator('#panel .facts.support').waitFor();
    await page.waitForTimeout(400);
    await still(page);
    await page.waitForFunction(() => location.hash.includes('edge=') && location.hash.includes('&p='));
    // the URL is written a moment after the graph stops moving
    await page.waitForTimeout(600);
    const before = await drawn(page);
    const hash = await page.evaluate(() => location.hash);
    expect(before.hidden).toEqual([toHide]);
    expect(before.pinned).toEqual([toPin]);
    expect(before.nodes).not.toContain(toRemove);
    await explorer.shot(page, 'work-6-before-sharing');

    const { page: opened, errors: openedErrors } = await explorer.open(hash.slice(1), WIDE);
    await opened.waitForFunction(() => (window as unknown as LinkWindow).kg.graph.expanded.size === 2);
    await opened.locator('#panel .facts.support').waitFor();
    await still(opened);
    const after = await drawn(opened);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.edges).toEqual(before.edges);
    expect(after.hidden).toEqual(before.hidden);
    expect(after.pinned).toEqual(before.pinned);
    expect(after.selected).toEqual(before.selected);
    expect(after.panel).toBe(before.panel);
    const moved = Object.entries(before.positions).map(([k, p]) => {
      const q = after.positions[k];
      expect(q, k).toBeDefined();
      return Math.hypot(p.x - q!.x, p.y - q!.y);
    });
    // positions travel rounded to whole units
    expect(Math.max(...moved)).toBeLessThanOrEqual(0.75);
    // the view too: the same entity is at the same place on the screen
    const screen = (p: Page) =>
      p.evaluate((k) => (window as unknown as LinkWindow).kg.cy.getElementById(k).renderedPosition(), ISIL);
    const [s1, s2] = [await screen(page), await screen(opened)];
    expect(Math.hypot(s1.x - s2.x, s1.y - s2.y)).toBeLessThan(3);
    await explorer.shot(opened, 'work-6-reopened');

    // Re-layout keeps the mental map: the user drops one entity onto another, and Re-layout moves what needs a place
    // (that pair, anything far from its links) and little else; pinned entities stay exactly
    // both entities are well inside the drawing, and the one grabbed has no other entity over it, so the
    // mouse takes hold of it and not of a neighbour drawn on top (a drag cannot end outside the drawing)
    const grabbable = await opened.evaluate(() => {
      const { cy } = (window as unknown as LinkWindow).kg;
      const shown = cy.nodes(':visible').map((n) => ({
        id: n.id(),
        ...n.renderedPosition(),
        r: n.renderedWidth() / 2,
      }));
      const inside = (p: { x: number; y: number }) =>
        p.x > 40 && p.y > 40 && p.x < cy.width() - 40 && p.y < cy.height() - 40;
      return shown.filter(inside).map((p) => ({
        id: p.id,
        clear: shown.every((q) => q.id === p.id || Math.hypot(p.x - q.x, p.y - q.y) > p.r + q.r + 4),
      }));
    });
    const onScreen = grabbable.map((g) => g.id);
    const clearToGrab = (k: string) => grabbable.some((g) => g.id === k && g.clear);
    const movable = (k: string) => !after.pinned.includes(k) && !after.hidden.includes(k);
    const dragged = [toDrag, ...after.nodes].find((k) => movable(k) && clearToGrab(k))!;
    expect(dragged, `an entity clear to grab among ${JSON.stringify(grabbable)}`).toBeDefined();
    const target = after.nodes.find(
      (k) => k !== dragged && k !== toPin && !after.hidden.includes(k) && onScreen.includes(k),
    )!;
    expect(target).toBeDefined();
    const screenAt = (k: string) =>
      opened.evaluate((key) => {
        const { cy } = (window as unknown as LinkWindow).kg;
        const box = cy.container()!.getBoundingClientRect();
        const p = cy.getElementById(key).renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y };
      }, k);
    const [from, onto] = [await screenAt(dragged), await screenAt(target)];
    await opened.mouse.move(from.x, from.y);
    await opened.mouse.down();
    await opened.mouse.move(onto.x + 3, onto.y + 2, { steps: 6 });
    await opened.mouse.up();
    await still(opened);
    // the drag took: the entity grabbed now sits where it was dropped
    await expect
      .poll(async () => {
        const p = await screenAt(dragged);
        return Math.hypot(p.x - onto.x, p.y - onto.y);
      })
      .toBeLessThan(12);
    const crowded = async () => {
      const shown = await opened.evaluate(() =>
        (window as unknown as LinkWindow).kg.cy
          .nodes(':visible')
          .map((n) => ({ id: n.id(), ...n.position(), radius: n.width() / 2 })),
      );
      const links = await opened.evaluate(() =>
        (window as unknown as LinkWindow).kg.cy
          .edges(':visible')
          .map((e) => [e.source().id(), e.target().id()] as [string, string]),
      );
      return nodesNeedingPlace(shown, links, 440);
    };
    // the drop is seen once the drag has ended and the graph is still
    await expect.poll(async () => (await crowded()).has(dragged), { timeout: 10_000 }).toBe(true);
    const crowdedBefore = await crowded();
    const dropped = await drawn(opened);
    await opened.click('#btn-layout');
    await opened.waitForTimeout(300);
    await still(opened);
    await opened.waitForFunction(() => /Re-layout/.test(document.querySelector('#status')?.textContent ?? ''));
    const tidied = await drawn(opened);
    const shifts = dropped.nodes
      .filter((k) => tidied.positions[k] && !dropped.hidden.includes(k))
      .map((k) => {
        const p = dropped.positions[k]!;
        const q = tidied.positions[k]!;
        return [k, Math.hypot(p.x - q.x, p.y - q.y)] as const;
      });
    for (const [k, d] of shifts) if (dropped.pinned.includes(k)) expect(d, k).toBeLessThan(0.5);
    const mean = shifts.reduce((s, [, d]) => s + d, 0) / shifts.length;
    const stayed = shifts.filter(([, d]) => d < 1).length;
    const crowdedAfter = await crowded();
    console.log(
      `re-layout: mean move ${mean.toFixed(1)} units over ${shifts.length} entities, ${stayed} did not move; overlapping or far from their links ${crowdedBefore.size} → ${crowdedAfter.size}`,
    );
    // the issue measured 391 units for the old Re-layout; most entities now stay where the user saw them
    expect(mean).toBeLessThan(60);
    expect(stayed).toBeGreaterThan(shifts.length / 2);
    expect(crowdedAfter.has(dragged)).toBe(false);
    expect(crowdedAfter.size).toBeLessThan(crowdedBefore.size);
    await explorer.shot(opened, 'work-6-relayout');
    expect([...errors, ...openedErrors]).toEqual([]);
  }, 240_000);

  it('7: past 40 nodes labels stay legible: one size on screen, the important ones first, none overlapping, all when zoomed in', async () => {
    // three hubs of the seeds, so the view holds well over 40 nodes whatever a new extraction adds or drops
    const { page, errors } = await explorer.open(`f=${enc(ISIL)}&f=${enc(PARIS)}&f=${enc(BRUSSELS)}`, NARROW);
    await page.waitForFunction(() => (window as unknown as LinkWindow).kg.graph.expanded.size === 3);
    await still(page);
    await labelsPlaced(page);
    const labels = () =>
      page.evaluate(() => {
        const { cy, graph } = (window as unknown as LinkWindow).kg;
        const ext = cy.extent();
        const inView = cy.nodes(':visible').filter((n) => {
          const p = n.position();
          return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
        });
        const shown = inView.filter((n) => !n.hasClass('nolabel'));
        const boxes = shown.map((n) =>
          n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
        );
        // labels that are always shown (selected, focused, pinned, on the path, expanded) may meet each other where
        // the layout puts their nodes close; every label chosen by importance must find free room
        const always = shown.map(
          (n) => n.selected() || ['focus', 'pinned', 'path'].some((c) => n.hasClass(c)) || graph.expanded.has(n.id()),
        );
        let overlaps = 0;
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            if (always[i] && always[j]) continue;
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) overlaps++;
          }
        }
        return {
          nodes: cy.nodes(':visible').length,
          inView: inView.length,
          shown: shown.length,
          px: Math.min(...shown.map((n) => n.numericStyle('font-size') * cy.zoom())),
          pxMax: Math.max(...shown.map((n) => n.numericStyle('font-size') * cy.zoom())),
          overlaps,
          expandedLabelled: [...graph.expanded.keys()].every((k) => !cy.getElementById(k).hasClass('nolabel')),
        };
      });
    // labels are placed again 120 ms after the view or a node last moved; on a loaded machine the layout's last
    // moves can come after `still`, so measure once a placement has caught up (a real overlap stays and fails)
    let far = await labels();
    for (let i = 0; i < 20 && far.overlaps > 0; i++) {
      await page.waitForTimeout(250);
      far = await labels();
    }
    expect(far.nodes).toBeGreaterThan(40);
    // was about 7 px at 45 nodes
    expect(far.px).toBeGreaterThanOrEqual(11.5);
    expect(far.overlaps).toBe(0);
    expect(far.expandedLabelled).toBe(true);
    expect(far.shown).toBeGreaterThan(10);
    await explorer.shot(page, 'work-7-labels-45-nodes');
    // entities hidden while the view changes come back with labels placed for the view they return to: the size on
    // screen of the current zoom and only where there is room, with no pan or zoom needed to tidy them
    const hidden = await page.evaluate(() => {
      const { cy, graph } = (window as unknown as LinkWindow).kg;
      const ext = cy.extent();
      const centre = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
      const near = (n: { boundingBox(): { x1: number; x2: number; y1: number; y2: number } }) => {
        const b = n.boundingBox();
        return Math.hypot((b.x1 + b.x2) / 2 - centre.x, (b.y1 + b.y2) / 2 - centre.y);
      };
      const labelled = cy
        .nodes(':visible')
        .filter((n) => !n.hasClass('nolabel') && !graph.expanded.has(n.id()))
        .sort((a, b) => near(a) - near(b))
        .map((n) => n.id())
        .slice(0, 6);
      graph.hide(labelled);
      cy.zoom({ level: cy.zoom() * 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      return labelled;
    });
    expect(hidden.length).toBeGreaterThan(2);
    await labelsPlaced(page);
    await page.evaluate(() => (window as unknown as LinkWindow).kg.graph.showHidden());
    await labelsPlaced(page);
    // as above: on a loaded machine the placement may come later than 400 ms; a real overlap stays and fails
    let back = await labels();
    for (let i = 0; i < 20 && back.overlaps > 0; i++) {
      await page.waitForTimeout(250);
      back = await labels();
    }
    expect(back.nodes).toBe(far.nodes);
    expect(back.px).toBeGreaterThanOrEqual(11.5);
    expect(back.pxMax).toBeLessThanOrEqual(12.5);
    expect(back.overlaps).toBe(0);
    // zoomed in on ISIL, every entity in view is labelled
    await page.evaluate((k) => {
      const { cy } = (window as unknown as LinkWindow).kg;
      cy.zoom({ level: 3, position: cy.getElementById(k).position() });
    }, ISIL);
    await page.waitForFunction(() => {
      const { cy } = (window as unknown as LinkWindow).kg;
      return cy
        .nodes()
        .toArray()
        .every((n) => n.numericStyle('font-size') * cy.zoom() > 11);
    });
    await labelsPlaced(page);
    const near = await labels();
    expect(near.px).toBeGreaterThanOrEqual(11.5);
    expect(near.shown).toBe(near.inView);
    await explorer.shot(page, 'work-7-labels-zoomed-in');
    expect(errors).toEqual([]);
  }, 180_000);

  it('7: a focused entity’s label is bold, and the labels beside it keep clear of its full width', async () => {
    const { page, errors } = await explorer.open(`f=${enc(ISIL)}`, NARROW);
    await page.waitForFunction(() => (window as unknown as LinkWindow).kg.graph.expanded.size === 1);
    await still(page);
    // the focused entity and one ordinary labelled neighbour are moved to empty room right of the graph; the
    // neighbour's label starts just past where the focused label would end in plain type
    const setUp = (past: number) =>
      page.evaluate(
        ({ k, past }) => {
          const { cy, graph } = (window as unknown as LinkWindow).kg;
          const focus = cy.nodes().getElementById(k);
          const other = cy
            .nodes(':visible')
            .toArray()
            .find((n) => n.id() !== k && !graph.expanded.has(n.id()) && String(n.data('label') ?? '').length > 3)!;
          const right = cy.nodes().boundingBox({}).x2 + 2000;
          const y = cy.nodes().boundingBox({}).y1;
          focus.position({ x: right, y });
          const zoom = cy.zoom();
          const ctx = document.createElement('canvas').getContext('2d')!;
          ctx.font = `${focus.numericStyle('font-size')}px ${focus.style('font-family')}`;
          const plainHalf = ctx.measureText(String(focus.data('label'))).width / 2;
          const box = (n: typeof focus) =>
            n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
          other.position({ x: 0, y: y + (focus.height() - other.height()) / 2 });
          const otherHalf = (box(other).x2 - box(other).x1) / 2;
          other.position({
            x: right + plainHalf + (2 + past) / zoom + otherHalf,
            y: y + (focus.height() - other.height()) / 2,
          });
          cy.center(focus);
          graph.placeLabels();
          const f = box(focus);
          const o = box(other);
          return {
            bold: focus.style('font-weight'),
            boldWider: (f.x2 - f.x1) / 2 - plainHalf > 2 / zoom,
            otherShown: !other.hasClass('nolabel'),
            overlapPx: Math.max(0, (f.x2 - o.x1) * zoom),
          };
        },
        { k: ISIL, past },
      );
    const close = await setUp(0.1);
    expect(close.bold).toBe('bold');
    expect(close.boldWider).toBe(true);
    // either the neighbour's label gives way or it clears the bold label
    expect(close.otherShown ? close.overlapPx : 0).toBeLessThanOrEqual(1);
    // with room past the bold label, the neighbour keeps its label (the check above is not met by hiding everything)
    const clear = await setUp(30);
    expect(clear.otherShown).toBe(true);
    expect(clear.overlapPx).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
  }, 120_000);

  it('7: keyboard only: search, expand, open a link’s evidence', async () => {
    const { page, errors } = await explorer.open('', WIDE);
    await tabTo(page, '#search-input');
    await page.keyboard.type('ISIL');
    await page.waitForSelector('#search-list li[role="option"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as LinkWindow).kg.graph.expanded.size === 1);
    await still(page);
    // the links of the selected entity are reachable with Tab; Enter opens one's evidence
    await tabTo(page, '#edge-list button');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-edge'));
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (window as unknown as LinkWindow).kg.state().edge === id, first);
    await page.locator('#panel .facts.support').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel');
    // expand a neighbour: pick it in the list of entities in view, then the Expand button
    await tabTo(page, '#node-list button:not([data-key="org:known:isil"])');
    const neighbour = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
    await page.keyboard.press('Enter');
    await tabTo(page, '#btn-expand', true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((k) => (window as unknown as LinkWindow).kg.graph.expanded.has(k!), neighbour);
    await still(page);
    await tabTo(page, '#edge-list button');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-edge'));
    // the lists are drawn again whenever the selection or the graph changes: the keyboard stays on the same link
    await page.evaluate((k) => (window as unknown as LinkWindow).kg.cy.getElementById(k!).emit('select'), neighbour);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-edge'))).toBe(second);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (window as unknown as LinkWindow).kg.state().edge === id, second);
    await page.locator('#panel .facts.support').waitFor();
    expect(second).toContain(neighbour!);
    expect(
      await page.evaluate((id) => (window as unknown as LinkWindow).kg.cy.getElementById(id!).selected(), second),
    ).toBe(true);
    await explorer.shot(page, 'work-7-keyboard-edge-evidence');
    expect(errors).toEqual([]);
  }, 180_000);

  it('8: every incident kind in the ontology is drawn in its family’s colour', async () => {
    const ontology = JSON.parse(readFileSync(ONTOLOGY_FILE, 'utf8')) as {
      incidentKinds: Array<{ id: string; family: string }>;
      incidentFamilies: Array<{ id: string; color: string }>;
    };
    const familyColour = new Map(ontology.incidentFamilies.map((f) => [f.id, f.color]));
    const { page, errors } = await explorer.open('', WIDE);
    const drawnColours = await page.evaluate(
      (kinds) => {
        const { cy } = (window as unknown as LinkWindow).kg;
        const added = cy.add(
          kinds.map((k, i) => ({
            group: 'nodes' as const,
            data: { id: `test-kind-${i}`, type: 'incident', kind: k, label: k, articles: 1 },
            position: { x: i * 40, y: 0 },
          })),
        );
        const out = added.map((n) => [String(n.data('kind')), n.style('background-color')] as const);
        added.remove();
        return out;
      },
      [...ontology.incidentKinds.map((k) => k.id), 'no-such-kind'],
    );
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    expect(drawnColours.length).toBe(ontology.incidentKinds.length + 1);
    for (const [kind, colour] of drawnColours) {
      const family = ontology.incidentKinds.find((k) => k.id === kind)?.family ?? 'other';
      expect(colour.replace(/\s/g, ''), kind).toBe(rgb(familyColour.get(family)!));
    }
    // the legend names every family in its colour
    const legend = await page
      .locator('#legend .fam')
      .evaluateAll((els) =>
        els.map((e) => [e.textContent?.trim(), getComputedStyle(e.querySelector('.dot')!).backgroundColor]),
      );
    expect(legend.map(([f]) => f).sort()).toEqual([...familyColour.keys()].sort());
    for (const [f, c] of legend) expect(c!.replace(/\s/g, '')).toBe(rgb(familyColour.get(f!)!));
    expect(errors).toEqual([]);
  });
});
