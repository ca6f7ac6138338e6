// The API's defences against a real Neo4j and a real Express on port 0: headers and Host (defect 8), dates (7).
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openGraph, SERVER_TIMEOUTS, type Graph } from '../../src/graph/driver.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';
import { useTestGraph } from '../helpers/neo4j.js';
import { ingestArticles } from '../../src/ingest/pipeline.js';
import type { SourceArticle } from '../../src/sources/article.js';

const noExtraction = () => ({ sentences: [], entities: [], relations: [], warnings: [] });

/** Stores one article (no extraction) and returns its id. */
async function storeArticle(text: string, extra: Partial<SourceArticle> = {}): Promise<string> {
  const source: SourceArticle = {
    text,
    title: 'Hardening test',
    published: '2024-01-02',
    source: null,
    url: null,
    origin: { file: 'hardening.txt', item: 0 },
    ...extra,
  };
  await ingestArticles(graph, [source], [], { extract: noExtraction });
  const rows = await graph.read((tx) =>
    tx.run('MATCH (a:Article {title: $t}) WHERE a.text STARTS WITH $p RETURN a.id AS id', {
      t: source.title,
      p: text.slice(0, 40),
    }),
  );
  return rows.records[0]!.get('id') as string;
}

let graph: Graph;
let api: RunningApi;

useTestGraph((g) => (graph = g));
beforeAll(async () => {
  api = await startApi(graph);
});
afterAll(async () => {
  await api?.close();
});

/** GET with a chosen Host header (fetch may not set it). */
function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  const url = new URL(path, api.base);
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers: { host } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('headers and Host (defect 8)', () => {
  it('API and client responses carry CSP, nosniff, frame protection and a referrer policy', async () => {
    for (const path of ['/api/health', '/api/nope', '/']) {
      const res = await fetch(`${api.base}${path}`);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
  it('a foreign Host (DNS rebinding) is refused; loopback names are served', async () => {
    const evil = await getWithHost('/api/stats', 'attacker.example:3000');
    expect(evil.status).toBe(403);
    expect(JSON.parse(evil.body).error).toContain('attacker.example');
    for (const host of ['localhost:3000', '127.0.0.1', '[::1]:8080', 'LOCALHOST']) {
      expect((await getWithHost('/api/health', host)).status).toBe(200);
    }
  });
  it('configured hosts are served, others still refused', async () => {
    const custom = await startApi(graph, { allowedHosts: ['kg.example.org'] });
    try {
      const url = new URL(custom.base);
      const get = (host: string) =>
        new Promise<number>((resolve, reject) => {
          request({ hostname: url.hostname, port: url.port, path: '/api/health', headers: { host } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          })
            .on('error', reject)
            .end();
        });
      expect(await get('kg.example.org')).toBe(200);
      expect(await get('other.example.org')).toBe(403);
    } finally {
      await custom.close();
    }
  });
});

describe('article links (defect 9)', () => {
  it('a javascript: URL stored before links were checked is served as null', async () => {
    const id = await storeArticle('Police arrested a man in Leeds on Monday, a spokesman said (link test).');
    await graph.write((tx) =>
      tx.run('MATCH (a:Article {id: $id}) SET a.url = $u', { id, u: 'javascript:alert(document.domain)' }),
    );
    const body = (await (await fetch(`${api.base}/api/articles/${encodeURIComponent(id)}`)).json()) as {
      article: { url: string | null };
    };
    expect(body.article.url).toBeNull();
  });
});

describe('impossible dates (defect 7)', () => {
  it('every endpoint that takes dates answers 400 naming the parameter, never 500', async () => {
    const endpoints = [
      '/api/timeline',
      '/api/duplicates',
      `/api/entities/${encodeURIComponent('person:nobody')}/neighbors`,
    ];
    const bad = ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '0000-01-01'];
    let tried = 0;
    for (const path of endpoints) {
      for (const date of bad) {
        for (const param of ['from', 'to']) {
          const res = await fetch(`${api.base}${path}?${param}=${date}`);
          tried++;
          expect(res.status, `${path}?${param}=${date}`).toBe(400);
          const body = (await res.json()) as { error: string };
          expect(body.error).toContain(`"${param}"`);
        }
      }
      expect((await fetch(`${api.base}${path}?from=2024-02-29&to=2024-03-01`)).status, `${path} leap day`).not.toBe(
        400,
      );
    }
    expect(tried).toBe(36);
  });
});

describe('Neo4j going away (defect 6)', () => {
  it('health answers within 1 s with the state, requests fail fast with 503, and it recovers by itself', async () => {
    const target = new URL(loadConfig().NEO4J_URI ?? 'bolt://127.0.0.1:7687');
    const proxy = await startTcpProxy(target.hostname, Number(target.port));
    const proxied = await openGraph({ ...loadConfig(), NEO4J_URI: `bolt://127.0.0.1:${proxy.port}` }, SERVER_TIMEOUTS);
    const down = await startApi(proxied, { lookupCacheMs: 0, overviewCacheMs: 0 });
    const timed = async (path: string) => {
      const t = performance.now();
      const res = await fetch(`${down.base}${path}`);
      return { status: res.status, ms: performance.now() - t, body: (await res.json()) as Record<string, unknown> };
    };
    try {
      expect((await timed('/api/health')).status).toBe(200);
      await proxy.cut();
      const health = await timed('/api/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ ok: false, neo4j: false });
      expect(health.ms).toBeLessThan(1000);
      // the first request finds it down, the following ones do not wait at all
      await timed('/api/stats');
      const burst = await Promise.all(Array.from({ length: 20 }, () => timed('/api/search?q=police')));
      for (const r of burst) {
        expect(r.status).toBe(503);
        expect(r.ms).toBeLessThan(1000);
      }
      expect((await timed('/api/health')).ms).toBeLessThan(1000);
      await proxy.restore();
      // recovers without a restart: within a few cool-downs health and the API answer again
      const deadline = Date.now() + 20_000;
      let back = await timed('/api/health');
      while (back.status !== 200 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500));
        back = await timed('/api/health');
      }
      expect(back.body).toMatchObject({ ok: true, neo4j: true, circuit: 'closed' });
      expect((await timed('/api/stats')).status).toBe(200);
    } finally {
      await down.close();
      await proxied.close();
      await proxy.close();
    }
  }, 120_000);
});

describe('oversized articles (defect 3)', () => {
  it('stores only what extraction read, says so, and serves the text in pages', async () => {
    const paragraph =
      'Police in Leeds said on Monday that two men had been arrested after a raid on a flat in the city centre.\n';
    const text = `Oversized test article.\n${paragraph.repeat(Math.ceil(2_500_000 / paragraph.length))}`;
    const id = await storeArticle(text);
    const stored = await graph.read((tx) =>
      tx.run('MATCH (a:Article {id: $id}) RETURN size(a.text) AS n, a.textTruncatedFrom AS from', { id }),
    );
    expect(stored.records[0]!.get('n')).toBeLessThanOrEqual(1_000_000);
    expect(stored.records[0]!.get('from')).toBeGreaterThanOrEqual(2_500_000);

    const res = await fetch(`${api.base}/api/articles/${encodeURIComponent(id)}`);
    const raw = await res.text();
    expect(raw.length).toBeLessThan(300_000);
    const body = JSON.parse(raw) as {
      article: { text: string; textOffset: number; textLength: number; textTruncatedFrom: number };
    };
    expect(body.article.text.length).toBe(200_000);
    expect(body.article.textLength).toBe(stored.records[0]!.get('n'));
    expect(body.article.textTruncatedFrom).toBe(stored.records[0]!.get('from'));
    const next = (await (
      await fetch(`${api.base}/api/articles/${encodeURIComponent(id)}?textOffset=200000&textLength=1000`)
    ).json()) as { article: { text: string; textOffset: number } };
    expect(next.article.textOffset).toBe(200_000);
    expect(next.article.text).toHaveLength(1000);
    expect((await fetch(`${api.base}/api/articles/${encodeURIComponent(id)}?textLength=999999999`)).status).toBe(400);
  });
  it("the ingest summary reports the extractor's warnings, naming the article", async () => {
    const source: SourceArticle = {
      text: `<p>Police in <b>Leeds</b> arrested two men on Monday after a raid, a spokesman said (warning test ${Date.now()}).</p>`,
      title: 'Markup test',
      published: null,
      source: null,
      url: null,
      origin: { file: 'markup.html.txt', item: 0 },
    };
    const summary = await ingestArticles(graph, [source], []);
    expect(summary.extractorWarnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'markup.html.txt', reason: expect.stringContaining('HTML markup') }),
      ]),
    );
  });
});

describe('rate limit per client', () => {
  it('answers 429 with RateLimit headers past the limit, exempts health, and is on by default', async () => {
    const limited = await startApi(graph, { rateLimitPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await fetch(`${limited.base}/api/stats`)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      const res = await fetch(`${limited.base}/api/sources`);
      expect(res.status).toBe(429);
      expect(res.headers.get('ratelimit-policy')).toContain('5');
      expect(((await res.json()) as { error: string }).error).toContain('too many requests');
      expect((await fetch(`${limited.base}/api/health`)).status).toBe(200);
    } finally {
      await limited.close();
    }
    expect((await fetch(`${api.base}/api/stats`)).headers.get('ratelimit-policy')).toMatch(/1200/);
  });
});
