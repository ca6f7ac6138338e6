// A real explorer for browser tests: the fixture ingested into the test Neo4j, the Express app on 127.0.0.1:0
// serving the built client, and headless Chromium from the system.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { createApp } from '../../src/server/app.js';
import { openTestGraph, resetDatabase } from '../helpers/neo4j.js';
import { ingestFixture } from './fixture.js';

export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url));
export const SHOTS = fileURLToPath(new URL('../../test-results/browser/', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';

export interface Explorer {
  baseUrl: string;
  browser: Browser;
  graph: Graph;
  /** a fresh page; console errors and uncaught exceptions are collected in `errors` */
  open(hash?: string, viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
  shot(page: Page, name: string): Promise<void>;
  /**
   * close every page `open` gave out so far: left open, each keeps its explorer (graph layout, timeline, map) alive
   * in the one browser, and later tests share the CPU with them
   */
  closePages(): Promise<void>;
  /** GET /api/`path` as JSON; a non-2xx answer fails with its status and body */
  api<T>(path: string): Promise<T>;
  close(): Promise<void>;
}

export interface ExplorerOptions {
  /** what goes into the freshly wiped database; the hand-written fixture unless given */
  ingest?: (graph: Graph) => Promise<unknown>;
}

export async function startExplorer(options: ExplorerOptions = {}): Promise<Explorer> {
  if (!existsSync(`${CLIENT_DIST}index.html`)) {
    throw new Error(
      `client/dist/index.html is missing: run \`npm run build\` before the browser tests (looked in ${CLIENT_DIST})`,
    );
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\``);
  mkdirSync(SHOTS, { recursive: true });
  // Chromium starts while the data goes in: its own process, on the other core
  const launching = chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  launching.catch(() => {}); // awaited below, where a failure to start is reported
  const closeBrowser = async () => (await launching.catch(() => null))?.close();
  const graph = await openTestGraph().catch(async (err: unknown) => {
    await closeBrowser();
    throw err;
  });
  try {
    await resetDatabase(graph);
    await (options.ingest ?? ingestFixture)(graph);
  } catch (err) {
    await graph.close();
    await closeBrowser();
    throw err;
  }
  const app = createApp(graph, { clientDir: CLIENT_DIST, log: () => {} });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/`;
  const browser = await launching;
  const contexts = new Set<BrowserContext>();
  return {
    baseUrl,
    browser,
    graph,
    async open(hash = '', viewport = { width: 1440, height: 900 }) {
      const context = await browser.newContext({ viewport, acceptDownloads: true });
      contexts.add(context);
      const page = await context.newPage();
      // the machine may be busy (Neo4j, other test runs): waits are generous, failures still fail
      page.setDefaultTimeout(30_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await page.goto(`${baseUrl}${hash ? `#${hash}` : ''}`);
      await page.waitForSelector('#cy canvas', { state: 'attached' });
      return { page, errors };
    },
    async shot(page, name) {
      await page.screenshot({ path: `${SHOTS}${name}.png` });
    },
    async closePages() {
      const open = [...contexts];
      contexts.clear();
      await Promise.all(open.map((c) => c.close()));
    },
    async api<T>(path: string): Promise<T> {
      const r = await fetch(`${baseUrl}api/${path}`);
      if (!r.ok) throw new Error(`GET /api/${path}: ${r.status} ${await r.text()}`);
      return (await r.json()) as T;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await graph.close();
    },
  };
}

/**
 * The explorer for one test file: started before its tests (with `options.ingest` as its data), closed after them;
 * the pages a test opened are closed after it. The object is usable once the tests run.
 */
export function explorerForFile(options: ExplorerOptions, timeoutMs: number): Explorer {
  let started: Explorer | undefined;
  beforeAll(async () => {
    started = await startExplorer(options);
  }, timeoutMs);
  afterEach(async () => {
    await started?.closePages();
  });
  afterAll(async () => {
    await started?.close();
  });
  const live = (): Explorer => {
    if (!started) throw new Error('the explorer did not start (see the failure in beforeAll)');
    return started;
  };
  return {
    get baseUrl() {
      return live().baseUrl;
    },
    get browser() {
      return live().browser;
    },
    get graph() {
      return live().graph;
    },
    open: (hash, viewport) => live().open(hash, viewport),
    shot: (page, name) => live().shot(page, name),
    closePages: () => live().closePages(),
    api: <T>(path: string) => live().api<T>(path),
    close: () => live().close(),
  };
}

/**
 * Until no layout runs, nothing animates and every change so far has had its labels and captions placed (they are
 * placed a moment after the view stops, later still on a loaded machine: a fixed wait is not enough).
 */
export function labelsPlaced(page: Page): Promise<unknown> {
  return page.waitForFunction(() => {
    const graph = (window as unknown as { kg: { graph: { idle: boolean; labelsPlaced: boolean } } }).kg.graph;
    return graph.idle && graph.labelsPlaced;
  });
}
