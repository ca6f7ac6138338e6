// UI rendering benchmark: in headless Chromium, the app's Cytoscape configuration (client/bench.html, built into
// client/dist) draws a synthetic 2,000-node / 5,000-edge graph; we measure the first render, frame times while
// panning and zooming (mouse gestures and programmatic), and the first render of a 200-node neighbourhood
// through the app's own GraphView (fcose placement). Run `npm run build` first.
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const DIST = fileURLToPath(new URL('../client/dist/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const NODES = Number(process.env.BENCH_NODES ?? 2000);
const EDGES = Number(process.env.BENCH_EDGES ?? 5000);
const NEIGHBOURHOOD = Number(process.env.BENCH_NEIGHBOURHOOD ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

if (!existsSync(join(DIST, 'bench.html'))) {
  console.error('client/dist/bench.html is missing: run `npm run build` first');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM)`);
  process.exit(1);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(DIST, path === '/' ? 'bench.html' : path);
  if (!file.startsWith(DIST) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`;

function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const pick = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return `${s.length} frames, mean ${mean.toFixed(1)}, p50 ${pick(0.5).toFixed(1)}, p95 ${pick(0.95).toFixed(1)}, max ${(s[s.length - 1] ?? NaN).toFixed(1)} (≈${(1000 / mean).toFixed(0)} fps)`;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  if (process.env.BENCH_VERBOSE) page.on('console', (m) => console.log('  [page]', m.text()));
  await page.goto(`${base}bench.html`);
  await page.waitForFunction(() => 'bench' in window);

  const big = [];
  for (let i = 0; i < RUNS; i++)
    big.push(await page.evaluate(([n, m]) => window.bench.renderBig(n, m), [NODES, EDGES]));
  const last = big[big.length - 1];
  console.log(
    `big graph: ${last.nodes} nodes, ${last.edges} edges (haystack edges: ${last.haystack}, hideEdgesOnViewport: ${last.hideEdgesOnViewport})`,
  );
  console.log(
    `  first render (add + style + fit + 2 frames), median of ${RUNS}: ${median(big.map((b) => b.ms)).toFixed(0)} ms  [${big.map((b) => b.ms.toFixed(0)).join(', ')}]`,
  );
  console.log(
    `    of which add+style+fit ${median(big.map((b) => b.styleMs)).toFixed(0)} ms, first frame painted at ${median(big.map((b) => b.firstFrameMs)).toFixed(0)} ms`,
  );

  // BENCH_RENDERER="textureOnViewport=false,hideEdgesOnViewport=false" compares other settings
  for (const pair of (process.env.BENCH_RENDERER ?? '').split(',').filter(Boolean)) {
    const [name, value] = pair.split('=');
    const known = ['textureOnViewport', 'hideEdgesOnViewport'];
    if (!known.includes(name))
      throw new Error(`BENCH_RENDERER: unknown renderer option "${name}" (known: ${known.join(', ')})`);
    const option = /** @type {'textureOnViewport' | 'hideEdgesOnViewport'} */ (name);
    await page.evaluate(
      ([n, v]) => window.bench.setRendererOption(n, v === 'true'),
      /** @type {const} */ ([option, value]),
    );
    console.log(`  renderer override: ${name}=${value}`);
  }

  // mouse drag = pan gesture, mouse wheel = zoom gesture: these are what the renderer's viewport options act on
  await page.evaluate(() => window.bench.startFrames());
  await page.mouse.move(640, 400);
  await page.mouse.down();
  for (let i = 0; i < 90; i++) await page.mouse.move(640 + Math.sin(i / 9) * 250, 400 + Math.cos(i / 11) * 150);
  await page.mouse.up();
  const pan = await page.evaluate(() => window.bench.stopFrames());
  console.log('  drag-pan frame times (ms):', stats(pan));

  await page.evaluate(() => window.bench.startFrames());
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(0, i < 30 ? -60 : 60);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(300);
  const zoom = await page.evaluate(() => window.bench.stopFrames());
  console.log('  wheel-zoom frame times (ms):', stats(zoom));

  const prog = await page.evaluate(() => window.bench.programmaticPanZoom(120));
  console.log('  programmatic pan/zoom, edges drawn every frame (ms):', stats(prog));

  const hood = [];
  for (let i = 0; i < RUNS; i++)
    hood.push(await page.evaluate((n) => window.bench.renderNeighbourhood(n), NEIGHBOURHOOD));
  const h = hood[hood.length - 1];
  console.log(
    `neighbourhood: ${h.nodes} nodes, ${h.edges} edges through GraphView.add (fcose, no animation over 150 nodes)`,
  );
  console.log(
    `  first render until laid out and drawn, median of ${RUNS}: ${median(hood.map((x) => x.ms)).toFixed(0)} ms  [${hood.map((x) => x.ms.toFixed(0)).join(', ')}]`,
  );
} finally {
  await browser.close();
  server.close();
}
