// UI rendering benchmark: in headless Chromium, the app's Cytoscape configuration (client/bench.html, built into
// client/dist) draws a synthetic 2,000-node / 5,000-edge graph; we measure the first render, frame times while
// panning and zooming (mouse gestures and programmatic), and the first render of a 200-node neighbourhood
// through the app's own GraphView (fcose placement), and how far "Re-layout" moves a drawing a user has worked on.
// Each step runs on its own (a failed or crashed step is reported and the rest still run); a closing table prints
// every figure beside its target. Run `npm run build` first.
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const DIST = fileURLToPath(new URL('../client/dist/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const NODES = Number(process.env.BENCH_NODES ?? 2000);
const EDGES = Number(process.env.BENCH_EDGES ?? 5000);
const NEIGHBOURHOOD = Number(process.env.BENCH_NEIGHBOURHOOD ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RELAYOUT = Number(process.env.BENCH_RELAYOUT ?? 80);

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

/** the targets the brief sets, printed beside what was measured */
const TARGET_HOOD_MS = 1000;
/** "smooth": the median frame of a pan or zoom within two display frames (30 fps or better) */
const TARGET_FRAME_MS = 33.4;

/** one row of the closing table: what was measured beside its target */
const rows = [];
const row = (what, measured, target, met) => rows.push({ what, measured, target, met });
let failed = 0;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(`machine: ${cpus().length} cores, load average ${load()} (1, 5, 15 min)`);

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  timeout: 300_000,
});
/** a page with the bench loaded; a crashed page (out of memory on a loaded machine) is replaced by a fresh one */
let page = null;
const crashed = new WeakSet();
async function benchPage() {
  if (page && !page.isClosed() && !crashed.has(page)) return page;
  await page?.close().catch(() => {});
  const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  p.setDefaultTimeout(300_000);
  p.on('pageerror', (e) => {
    failed++;
    console.error('page error:', e.message);
  });
  p.on('crash', () => {
    crashed.add(p);
    console.error('the page crashed (a fresh one is opened for the next step)');
  });
  if (process.env.BENCH_VERBOSE) p.on('console', (m) => console.log('  [page]', m.text()));
  await p.goto(`${base}bench.html`);
  await p.waitForFunction(() => 'bench' in window);
  page = p;
  return p;
}
/** run one step; a failure is reported and counted, and the steps after it still run */
async function step(name, run) {
  try {
    await run(await benchPage());
  } catch (e) {
    failed++;
    console.error(`${name}: failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    row(name, 'failed', '', false);
  }
}

try {
  await step('big graph', async (page) => {
    const big = [];
    for (let i = 0; i < RUNS; i++)
      big.push(await page.evaluate(([n, m]) => window.bench.renderBig(n, m), [NODES, EDGES]));
    const last = big[big.length - 1];
    console.log(
      `big graph: ${last.nodes} nodes, ${last.edges} edges (haystack edges: ${last.haystack}, hideEdgesOnViewport: ${last.hideEdgesOnViewport})`,
    );
    const first = median(big.map((b) => b.ms));
    console.log(
      `  first render (add + style + fit + 2 frames), median of ${RUNS}: ${first.toFixed(0)} ms  [${big.map((b) => b.ms.toFixed(0)).join(', ')}]`,
    );
    console.log(
      `    of which add+style+fit ${median(big.map((b) => b.styleMs)).toFixed(0)} ms, first frame painted at ${median(big.map((b) => b.firstFrameMs)).toFixed(0)} ms`,
    );
    row(`${last.nodes}-node graph, first render`, `${first.toFixed(0)} ms`, '(none set)', null);

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
    frameRow(`${last.nodes}-node graph, drag-pan`, pan);

    await page.evaluate(() => window.bench.startFrames());
    for (let i = 0; i < 60; i++) {
      await page.mouse.wheel(0, i < 30 ? -60 : 60);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(300);
    const zoom = await page.evaluate(() => window.bench.stopFrames());
    console.log('  wheel-zoom frame times (ms):', stats(zoom));
    frameRow(`${last.nodes}-node graph, wheel-zoom`, zoom);

    const prog = await page.evaluate(() => window.bench.programmaticPanZoom(120));
    console.log('  programmatic pan/zoom, edges drawn every frame (ms):', stats(prog));
    frameRow(`${last.nodes}-node graph, programmatic pan/zoom`, prog);
  });

  await step('neighbourhood', async (page) => {
    // the page's main-thread CPU time as well as the wall clock: on a loaded machine the wall clock mostly measures
    // the wait for a core, the CPU time what the work itself costs
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
    const hood = [];
    const cpu = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = await threadTime();
      hood.push(await page.evaluate((n) => window.bench.renderNeighbourhood(n), NEIGHBOURHOOD));
      cpu.push(((await threadTime()) - t0) * 1000);
    }
    const h = hood[hood.length - 1];
    console.log(
      `neighbourhood: ${h.nodes} nodes, ${h.edges} edges through GraphView.add (fcose, no animation over 150 nodes)`,
    );
    const ms = median(hood.map((x) => x.ms));
    console.log(
      `  first render until laid out and drawn, median of ${RUNS}: ${ms.toFixed(0)} ms  [${hood.map((x) => x.ms.toFixed(0)).join(', ')}]`,
    );
    const cpuMs = median(cpu);
    console.log(
      `  main-thread CPU time for it, median of ${RUNS}: ${cpuMs.toFixed(0)} ms  [${cpu.map((x) => x.toFixed(0)).join(', ')}]`,
    );
    row(
      `${h.nodes}-node neighbourhood, first render (wall clock)`,
      `${ms.toFixed(0)} ms`,
      `< ${TARGET_HOOD_MS} ms`,
      ms < TARGET_HOOD_MS,
    );
    row(
      `${h.nodes}-node neighbourhood, first render (main-thread CPU)`,
      `${cpuMs.toFixed(0)} ms`,
      `< ${TARGET_HOOD_MS} ms`,
      cpuMs < TARGET_HOOD_MS,
    );
  });

  await step('re-layout', async (page) => {
    const r = await page.evaluate((n) => window.bench.relayoutShift(n), RELAYOUT);
    console.log(
      `re-layout: ${r.nodes} nodes (two neighbourhoods, 5 nodes dropped onto others, 1 dragged far off): mean move ${r.mean.toFixed(1)}, median ${r.median.toFixed(1)}, max ${r.max.toFixed(0)} units; nodes overlapping or far from their links ${r.troubledBefore} → ${r.troubledAfter}; ${r.ms.toFixed(0)} ms`,
    );
    row(
      `re-layout of ${r.nodes} nodes, mean move`,
      `${r.mean.toFixed(1)} units (median ${r.median.toFixed(1)})`,
      'small: the mental map stays',
      null,
    );
    row(
      `re-layout, nodes needing a place`,
      `${r.troubledBefore} → ${r.troubledAfter}`,
      'fewer after',
      r.troubledAfter < r.troubledBefore,
    );
  });
} finally {
  await browser.close().catch(() => {});
  server.close();
}

function frameRow(what, times) {
  const s = [...times].sort((a, b) => a - b);
  const p50 = s[Math.floor(s.length / 2)] ?? NaN;
  const p95 = s[Math.min(s.length - 1, Math.floor(0.95 * s.length))] ?? NaN;
  row(
    what,
    `median frame ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
    `median ≤ ${TARGET_FRAME_MS} ms`,
    p50 <= TARGET_FRAME_MS,
  );
}

console.log(`\nload average at the end ${load()}: figures on a loaded machine are slower than on a quiet one`);
const w = Math.max(...rows.map((r) => r.what.length));
const m = Math.max(...rows.map((r) => r.measured.length));
const t = Math.max(...rows.map((r) => r.target.length));
console.log(`${'measure'.padEnd(w)}  ${'measured'.padEnd(m)}  ${'target'.padEnd(t)}  met`);
for (const r of rows)
  console.log(
    `${r.what.padEnd(w)}  ${r.measured.padEnd(m)}  ${r.target.padEnd(t)}  ${r.met === null ? '' : r.met ? 'yes' : 'NO'}`,
  );
if (failed) {
  console.error(`${failed} step(s) failed or raised page errors`);
  process.exitCode = 1;
}
