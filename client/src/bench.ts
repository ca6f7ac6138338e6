// Benchmark page for bench/ui.mjs: the app's Cytoscape style and renderer options (and, for neighbourhoods, the
// app's GraphView with its fcose placement) on synthetic graphs. Exposes window.bench; draws nothing by itself.
import './csp.ts';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { EntitySummary, GraphEdge, NodeType } from '../../src/api/contract.ts';
import { GraphView, edgeDefinition, nodeDefinition } from './graph/view.ts';
import { attachLabels } from './graph/labels.ts';
import { meanShift, nodesNeedingPlace } from './graph/tidy.ts';
import { fitView, graphStyle, rendererOptions, tuneForSize, NODE_TYPES } from './graph/style.ts';

// deterministic pseudo-random numbers, so every run draws the same graph
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function entity(i: number, rand: () => number): EntitySummary {
  const type = NODE_TYPES[Math.floor(rand() * 4)] as NodeType;
  return {
    key: `n${i}`,
    type,
    name: `${type} ${i}`,
    aliases: [],
    kind: type === 'incident' ? 'attack' : type === 'organization' ? 'agency' : null,
    articles: 1 + Math.floor(rand() * 20),
    country: null,
    lat: null,
    lon: null,
    date: type === 'incident' ? '2020-01-01' : null,
  };
}

function edge(from: string, to: string, rand: () => number): GraphEdge {
  const w = 1 + Math.floor(rand() * rand() * 12);
  return {
    id: `CO_MENTIONED:${from}:${to}`,
    type: 'CO_MENTIONED',
    from,
    to,
    label: null,
    weight: w,
    independent: Math.max(1, w - 1),
    outlets: Math.max(1, w - 1),
  };
}

const frame = () => new Promise<number>((r) => requestAnimationFrame((t) => r(t)));

let cy: Core | null = null;
let frameTimes: number[] = [];
let recording = false;

async function recordLoop(): Promise<void> {
  let last = await frame();
  while (recording) {
    const t = await frame();
    frameTimes.push(t - last);
    last = t;
  }
}

export const bench = {
  /** n nodes, m edges, clustered positions (what a finished layout looks like), app style and options */
  async renderBig(
    n: number,
    m: number,
  ): Promise<{
    ms: number;
    styleMs: number;
    firstFrameMs: number;
    nodes: number;
    edges: number;
    haystack: boolean;
    hideEdgesOnViewport: boolean;
  }> {
    cy?.destroy();
    const rand = rng(42);
    const els: ElementDefinition[] = [];
    const clusters = Math.ceil(n / 40);
    for (let i = 0; i < n; i++) {
      const c = i % clusters;
      const cx = (c % 10) * 900;
      const cyy = Math.floor(c / 10) * 900;
      const def = nodeDefinition(entity(i, rand));
      def.position = { x: cx + (rand() - 0.5) * 600, y: cyy + (rand() - 0.5) * 600 };
      els.push(def);
    }
    const seen = new Set<string>();
    while (seen.size < m) {
      const a = Math.floor(rand() * n);
      // mostly within a cluster, some across
      const b = rand() < 0.8 ? (a + clusters * (1 + Math.floor(rand() * 5))) % n : Math.floor(rand() * n);
      if (a === b || seen.has(`${a}-${b}`)) continue;
      seen.add(`${a}-${b}`);
      els.push(edgeDefinition(edge(`n${a}`, `n${b}`, rand)));
    }
    const t0 = performance.now();
    cy = cytoscape({
      container: document.getElementById('cy'),
      style: graphStyle(),
      ...rendererOptions(els.length),
      layout: { name: 'preset' },
    });
    cy.batch(() => {
      cy!.add(els);
    });
    tuneForSize(cy);
    // fitting resolves every element's style, so this is where cytoscape's style cost shows
    fitView(cy, cy.elements(), 20);
    // as in the app: labels at one size on screen, only where they fit, placed again when the view stops moving
    attachLabels(cy).now();
    const styleMs = performance.now() - t0;
    await frame();
    const firstFrameMs = performance.now() - t0;
    await frame();
    const ms = performance.now() - t0;
    const r = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    return {
      ms,
      styleMs,
      firstFrameMs,
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      haystack: cy.edges('.haystack').length === cy.edges().length,
      hideEdgesOnViewport: r['hideEdgesOnViewport'] === true,
    };
  },

  /** override a renderer option on the live graph, to compare configurations */
  setRendererOption(name: 'hideEdgesOnViewport' | 'textureOnViewport', value: boolean): void {
    if (!cy) throw new Error('renderBig first');
    (cy as unknown as { renderer(): Record<string, unknown> }).renderer()[name] = value;
  },

  startFrames(): void {
    frameTimes = [];
    recording = true;
    void recordLoop();
  },

  stopFrames(): number[] {
    recording = false;
    return frameTimes.slice();
  },

  /** programmatic pan and zoom, one step per frame (no gesture, so edges stay drawn: the worst case) */
  async programmaticPanZoom(steps: number): Promise<number[]> {
    if (!cy) throw new Error('renderBig first');
    const times: number[] = [];
    let last = await frame();
    for (let i = 0; i < steps; i++) {
      if (i % 2) cy.panBy({ x: 12, y: 7 });
      else cy.zoom({ level: cy.zoom() * (i % 4 === 0 ? 1.03 : 0.97), renderedPosition: { x: 500, y: 400 } });
      const t = await frame();
      times.push(t - last);
      last = t;
    }
    return times;
  },

  /** a 200-node neighbourhood through the app's GraphView (fcose placement), until it is drawn and still */
  async renderNeighbourhood(size: number): Promise<{ ms: number; nodes: number; edges: number }> {
    cy?.destroy();
    cy = null;
    const host = document.getElementById('cy')!;
    host.replaceChildren();
    const rand = rng(7);
    const center = { ...entity(0, rand), type: 'person' as const };
    const nodes = Array.from({ length: size - 1 }, (_, i) => entity(i + 1, rand));
    const edges = nodes.map((n) => edge(center.key, n.key, rand));
    for (let i = 0; i < size / 2; i++) {
      const a = nodes[Math.floor(rand() * nodes.length)]!;
      const b = nodes[Math.floor(rand() * nodes.length)]!;
      if (a.key !== b.key) edges.push(edge(a.key, b.key, rand));
    }
    const t0 = performance.now();
    const view = new GraphView(host);
    view.addKept([center, ...nodes], edges, null);
    while (!view.idle) await frame();
    await frame();
    const ms = performance.now() - t0;
    const result = { ms, nodes: view.cy.nodes().length, edges: view.cy.edges().length };
    cy = view.cy;
    return result;
  },

  /**
   * Re-layout on a drawing as a user leaves it: two neighbourhoods laid out as the app adds them, then a few nodes
   * dragged onto others and one dragged far off. Measures how far "Re-layout" moves the nodes (mean and median, in
   * graph units) and how many nodes overlap another or sit far from their links before and after.
   */
  async relayoutShift(size: number): Promise<{
    nodes: number;
    mean: number;
    median: number;
    max: number;
    troubledBefore: number;
    troubledAfter: number;
    ms: number;
  }> {
    cy?.destroy();
    cy = null;
    const host = document.getElementById('cy')!;
    host.replaceChildren();
    const rand = rng(11);
    const half = Math.max(2, Math.floor(size / 2));
    const hubs = [
      { ...entity(0, rand), type: 'organization' as const },
      { ...entity(1, rand), type: 'place' as const },
    ];
    const view = new GraphView(host);
    const idle = async () => {
      while (!view.idle) await frame();
      await frame();
    };
    for (const [h, hub] of hubs.entries()) {
      const nodes = Array.from({ length: half - 1 }, (_, i) => entity(2 + h * half + i, rand));
      const edges = nodes.map((n) => edge(hub.key, n.key, rand));
      if (h === 1) edges.push(edge(hubs[0]!.key, hub.key, rand));
      for (let i = 0; i < half / 4; i++) {
        const a = nodes[Math.floor(rand() * nodes.length)]!;
        const b = nodes[Math.floor(rand() * nodes.length)]!;
        if (a.key !== b.key) edges.push(edge(a.key, b.key, rand));
      }
      view.addKept([hub, ...nodes], edges, h === 1 ? hubs[0]!.key : null);
      await idle();
    }
    // the user's drags: five nodes dropped onto others, one dragged far away
    const all = view.cy.nodes().toArray();
    for (let i = 0; i < 5; i++) {
      const a = all[2 + Math.floor(rand() * (all.length - 2))]!;
      const b = all[2 + Math.floor(rand() * (all.length - 2))]!;
      if (a !== b) a.position({ x: b.position().x + 4, y: b.position().y + 3 });
    }
    const last = all[all.length - 1]!;
    last.position({ x: last.position().x + 900, y: last.position().y - 700 });
    const troubled = () =>
      nodesNeedingPlace(
        view.cy.nodes().map((n) => ({ id: n.id(), ...n.position(), radius: n.width() / 2 })),
        view.cy.edges().map((e) => [e.source().id(), e.target().id()] as const),
        440,
      ).size;
    const troubledBefore = troubled();
    const before = new Map(view.cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
    const t0 = performance.now();
    view.relayout();
    await idle();
    const ms = performance.now() - t0;
    const after = new Map(view.cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
    const shifts = [...before].map(([k, p]) => Math.hypot(p.x - after.get(k)!.x, p.y - after.get(k)!.y));
    cy = view.cy;
    return {
      nodes: before.size,
      mean: meanShift(before, after),
      median: [...shifts].sort((a, b) => a - b)[Math.floor(shifts.length / 2)]!,
      max: Math.max(...shifts),
      troubledBefore,
      troubledAfter: troubled(),
      ms,
    };
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
