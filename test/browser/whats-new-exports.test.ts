// Issue 13, items 13 (what is new since my last visit) and 14 (exports with evidence and sources), in headless
// Chromium on seeds ingested in two steps through the real pipeline, with screenshots in test-results/browser/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type {
  EdgeEvidenceResponse,
  EntityResponse,
  NeighborsResponse,
  SourceArticle,
  WhatsNewResponse,
} from '../../src/api/contract.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { cachedExtract } from '../helpers/extraction-cache.js';
import { explorerForFile } from './harness.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const EARLIER = [
  '2017-05-23-meridian-post-manchester-arena-attack.md',
  '2017-05-23-northline-wire-manchester-arena-blast.md',
  '2015-11-14-northline-wire-paris-attacks.md',
].map((f) => SEEDS + f);
const LATER = [
  '2019-04-21-northline-wire-sri-lanka-easter-bombings.md',
  '2024-03-23-harbour-courier-crocus-city-hall-attack.md',
  '2023-03-02-pennant-review-arena-inquiry-mi5.md',
].map((f) => SEEDS + f);
const NARROW = { width: 1024, height: 700 };

/** the database's clock between the two ingests: "my last visit" */
let between = '';

const explorer = explorerForFile(
  {
    ingest: async (graph) => {
      await ingestPaths(graph, EARLIER, { duplicates: true, extract: cachedExtract });
      await new Promise((r) => setTimeout(r, 20));
      between = await graph.read(async (tx) =>
        z.string().parse((await tx.run('RETURN toString(datetime()) AS now')).records[0]?.get('now')),
      );
      await new Promise((r) => setTimeout(r, 20));
      await ingestPaths(graph, LATER, { duplicates: true, extract: cachedExtract });
    },
  },
  600_000,
);
const { api } = explorer;

const enc = encodeURIComponent;

type KgWindow = {
  kg: { graph: { idle: boolean; visibleNodes(): Array<{ id(): string }>; visibleEdges(): Array<{ id(): string }> } };
};
const visible = (page: Page) =>
  page.evaluate(() => {
    const g = (window as unknown as KgWindow).kg.graph;
    return {
      nodes: g
        .visibleNodes()
        .map((n) => n.id())
        .sort(),
      edges: g
        .visibleEdges()
        .map((e) => e.id())
        .sort(),
    };
  });

/** the explorer as a reader who last came at `lastVisit` sees it */
async function openAsReturning(lastVisit: string, hash = '') {
  const opened = await explorer.open(hash, NARROW);
  await opened.page.evaluate((t) => {
    localStorage.setItem('kg.lastVisit', t);
    sessionStorage.clear();
  }, lastVisit);
  await opened.page.reload();
  await opened.page.waitForSelector('#cy canvas', { state: 'attached' });
  return opened;
}

const keysIn = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => e.getAttribute('data-key') ?? e.getAttribute('data-edge') ?? ''));

describe('13: what is new since my last visit, or since a date, with the articles that brought it', () => {
  it('badges the tab, lists the new incidents, entities and links with their articles, and remembers this visit', async () => {
    const expected = await api<WhatsNewResponse>(`new?since=${enc(between)}&limit=25`);
    expect(expected.counts.entities).toBeGreaterThan(3);
    expect(expected.counts.articles).toBe(LATER.length);
    const { page, errors } = await openAsReturning(between);
    const total = expected.counts.entities + expected.counts.incidents + expected.counts.links;
    await page.waitForFunction((n) => document.querySelector('#new-badge')?.textContent === String(n), total);
    expect(await page.isVisible('#new-badge')).toBe(true);

    await page.click('#tab-new');
    await page.waitForSelector('#new-summary:has-text("your last visit")');
    expect(await page.isHidden('#explore')).toBe(true);
    expect(await page.textContent('#new-summary')).toContain(`${expected.counts.entities} entities`);
    expect(await keysIn(page, '#new-entities .new-item')).toEqual(expected.entities.map((e) => e.key));
    expect(await keysIn(page, '#new-incidents .new-item')).toEqual(expected.incidents.map((e) => e.key));
    expect(await keysIn(page, '#new-links .new-item')).toEqual(expected.links.map((e) => e.id));
    // each item names the articles that brought it, and those are later articles
    const laterTitles = expected.articles.map((a) => a.title);
    const brought = await page.$$eval('#new-entities .new-item', (items) =>
      items.map((li) => [...li.querySelectorAll('[data-article]')].map((b) => b.textContent ?? '')),
    );
    expect(brought.every((titles) => titles.length > 0 && titles.every((t) => laterTitles.includes(t)))).toBe(true);
    // an entity the earlier articles already had is not new (the arena inquiry names Manchester again)
    const earlier = await api<WhatsNewResponse>(`new?since=2000-01-01&section=entities&limit=200`);
    const old = earlier.entities.filter((e) => Date.parse(e.firstSeen) < Date.parse(between)).map((e) => e.key);
    expect(old.length).toBeGreaterThan(0);
    expect((await keysIn(page, '#new-entities .new-item')).filter((k) => old.includes(k))).toEqual([]);
    await explorer.shot(page, 'issue13-13-whats-new');

    // this visit is remembered (by the server's clock) for next time; this session keeps "since my last visit"
    const remembered = await page.evaluate(() => localStorage.getItem('kg.lastVisit'));
    expect(Date.parse(remembered ?? '')).toBeGreaterThan(Date.parse(between));
    await page.reload();
    await page.click('#tab-new');
    await page.waitForSelector('#new-summary:has-text("your last visit")');
    expect(await keysIn(page, '#new-entities .new-item')).toEqual(expected.entities.map((e) => e.key));
    expect(errors).toEqual([]);
  }, 240_000);

  it('a picked date widens the view; "show more" pages; an entity opens in the graph and an article in the panel', async () => {
    const { page, errors } = await openAsReturning(between, 'view=new');
    await page.waitForSelector('#new-summary:has-text("your last visit")');
    await page.fill('#new-since', '2000-01-01');
    await page.dispatchEvent('#new-since', 'change');
    const all = await api<WhatsNewResponse>('new?since=2000-01-01&limit=25');
    await page.waitForSelector(`#new-summary:has-text("from ${all.counts.articles} articles")`);
    expect(all.counts.articles).toBe(EARLIER.length + LATER.length);
    expect(await page.$$eval('#new-entities .new-item', (l) => l.length)).toBe(Math.min(25, all.counts.entities));
    expect(all.counts.links).toBeGreaterThan(25);
    await page.click('#new-links .new-more');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#new-links .new-item').length === n,
      Math.min(50, all.counts.links),
    );
    const paged = await api<WhatsNewResponse>('new?since=2000-01-01&section=links&offset=25&limit=25');
    expect((await keysIn(page, '#new-links .new-item')).slice(25)).toEqual(paged.links.map((l) => l.id));
    await page.click('[data-days="7"]');
    await page.waitForSelector('#new-summary:has-text("from 3 articles"), #new-summary:has-text("from 6 articles")');

    // back to everything, then follow an item into the graph
    await page.fill('#new-since', '2000-01-01');
    await page.dispatchEvent('#new-since', 'change');
    await page.waitForSelector(`#new-summary:has-text("from ${all.counts.articles} articles")`);
    const first = all.entities[0]!;
    await page.click(`#new-entities .new-item[data-key="${first.key}"] .new-name`);
    await page.waitForFunction(
      (k) => (window as unknown as KgWindow).kg.graph.visibleNodes().some((n) => n.id() === k),
      first.key,
    );
    expect(await page.isHidden('#whats-new')).toBe(true);
    await page.waitForSelector('#panel .evidence');
    await page.click('#tab-new');
    const article = all.entities[0]!.broughtBy[0]!;
    await page.click(`#new-entities .new-item[data-key="${first.key}"] [data-article="${article.id}"]`);
    await page.waitForFunction((t) => document.querySelector('#panel')?.textContent?.includes(t), article.title);
    expect(errors).toEqual([]);
  }, 240_000);
});

describe('14: exports carry the evidence of everything in view, for Gephi and spreadsheets, and name their sources', () => {
  async function exportOf(page: Page, button: string): Promise<string> {
    const [download] = (await Promise.all([page.waitForEvent('download'), page.click(button)])) as [Download, unknown];
    return readFileSync(await download.path(), 'utf8');
  }

  it('JSON, GraphML, CSV and sentence CSV of a neighbourhood', async () => {
    const orgs = await api<WhatsNewResponse>('new?since=2000-01-01&section=entities&limit=200');
    const hub = orgs.entities.filter((e) => e.type === 'organization').sort((a, b) => b.articles - a.articles)[0]!;
    const { page, errors } = await explorer.open(`f=${enc(hub.key)}`, NARROW);
    const around = await api<NeighborsResponse>(`entities/${enc(hub.key)}/neighbors?limit=25`);
    await page.waitForFunction(
      (n) => (window as unknown as KgWindow).kg.graph.visibleNodes().length === n,
      around.nodes.length + 1,
    );
    await page.waitForFunction(() => (window as unknown as KgWindow).kg.graph.idle);
    const view = await visible(page);
    expect(view.edges.length).toBeGreaterThan(3);

    // JSON: every node and edge with its evidence (none was clicked), the same as its own evidence page
    const json = JSON.parse(await exportOf(page, '#btn-json')) as {
      nodes: Array<{
        key: string;
        articles: number;
        evidence: Array<{ articleId: string; text: string; alsoIn: string[] }>;
        evidenceTotal: number;
      }>;
      edges: Array<{
        id: string;
        from: string;
        to: string;
        type: string;
        evidence: Array<{ articleId: string; text: string; alsoIn: string[] }>;
        evidenceTotal: number;
      }>;
      sources: SourceArticle[];
    };
    expect(json.nodes.map((n) => n.key).sort()).toEqual(view.nodes);
    expect(json.edges.map((e) => e.id).sort()).toEqual(view.edges);
    for (const n of json.nodes) expect(n.evidence.length, n.key).toBe(Math.min(n.evidenceTotal, 50));
    expect(json.nodes.filter((n) => n.evidence.length > 0).length).toBeGreaterThan(json.nodes.length / 2);
    for (const e of json.edges) expect(e.evidence.length, e.id).toBeGreaterThan(0);
    const sourceIds = new Set(json.sources.map((s) => s.id));
    for (const s of [...json.nodes, ...json.edges].flatMap((i) => i.evidence)) {
      expect(sourceIds.has(s.articleId)).toBe(true);
      for (const id of s.alsoIn) expect(sourceIds.has(id)).toBe(true);
    }
    for (const s of json.sources) {
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.url).toMatch(/^https?:\/\//);
    }
    const edge = json.edges[0]!;
    const own = await api<EdgeEvidenceResponse>(
      `edges/evidence?from=${enc(edge.from)}&to=${enc(edge.to)}&type=${edge.type}&limit=50`,
    );
    expect(edge.evidence.map((s) => s.text)).toEqual(own.evidence.map((s) => s.text));
    expect(edge.evidenceTotal).toBe(own.evidenceTotal);
    const center = await api<EntityResponse>(`entities/${enc(hub.key)}?evidenceLimit=50`);
    expect(json.nodes.find((n) => n.key === hub.key)!.evidenceTotal).toBe(center.evidenceTotal);

    // GraphML: valid XML with the drawn nodes and edges, sentences and sources as attributes
    const xml = await exportOf(page, '#btn-graphml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name, _p, _l, attr) => !attr && ['node', 'edge', 'data'].includes(name),
    }).parse(xml) as {
      graphml: {
        graph: {
          data: Array<{ key: string; '#text': string }>;
          node: Array<{ id: string; data: Array<{ key: string; '#text': unknown }> }>;
          edge: Array<{ id: string; data: Array<{ key: string; '#text': unknown }> }>;
        };
      };
    };
    expect(doc.graphml.graph.node.map((n) => n.id).sort()).toEqual(view.nodes);
    expect(doc.graphml.graph.edge.map((e) => e.id).sort()).toEqual(view.edges);
    for (const e of doc.graphml.graph.edge)
      expect(e.data.some((d) => d.key === 'y_sentences' && String(d['#text']).length > 0)).toBe(true);
    const graphSources = String(doc.graphml.graph.data.find((d) => d.key === 'g_sources')?.['#text']);
    for (const s of json.sources) expect(graphSources).toContain(s.id);

    // CSV: a row per element with its sentences; the sentence CSV a row per sentence, both listing the sources
    const csv = (await exportOf(page, '#btn-csv')).split('\r\n');
    expect(csv[0]).toMatch(/^element,id,type,name_or_label,.*,sentences,sentences_in_all,source_articles$/);
    expect(csv.filter((l) => l.startsWith('node,')).length).toBe(view.nodes.length);
    expect(csv).toContain('source_article_id,title,outlet,source_as_given,published,url');
    const sentences = await exportOf(page, '#btn-evcsv');
    const lines = sentences.split('\r\n');
    expect(lines[0]).toBe(
      'element,id,type,name_or_label,from_name,to_name,sentence,sentences_in_all,article_id,article_title,outlet,published,url,also_in_articles',
    );
    const rows = lines.filter((l) => l.startsWith('node,') || l.startsWith('edge,'));
    const expectedRows = [...json.nodes, ...json.edges].reduce((n, i) => n + Math.max(1, i.evidence.length), 0);
    expect(rows.length).toBe(expectedRows);
    for (const s of json.sources) expect(sentences).toContain(s.url!);
    await page.waitForSelector('#status:has-text("Exported evidence CSV")');
    await explorer.shot(page, 'issue13-14-exports');
    expect(errors).toEqual([]);
  }, 240_000);
});
