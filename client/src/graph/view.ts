// The Cytoscape graph: adding neighbourhoods without moving what is already placed, hide/pin/remove with undo,
// client-side filters, path highlighting. It knows nothing about HTTP; the app feeds it contract objects.
import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeSingular,
  type EdgeSingular,
  type Collection,
  type NodeCollection,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EdgeType, EntitySummary, GraphEdge, NodeType } from '../../../src/api/contract.ts';
import { relationLabel } from '../../../src/ontology/index.ts';
import type { ViewState } from '../state.ts';
import { attachLabels } from './labels.ts';
import {
  fitView,
  fitViewport,
  graphStyle,
  inViewWithLabels,
  rendererOptions,
  shortLabel,
  tuneForSize,
} from './style.ts';
import { alignTo, nodesNeedingPlace, placeNearLinks, removeOverlaps, type Point } from './tidy.ts';

cytoscape.use(fcose);

/** The filters of the view state (state.ts) the view applies to what it has drawn, without asking the server. */
export type ClientFilters = Pick<ViewState, 'types' | 'orgKinds' | 'incidentKinds' | 'rels' | 'from' | 'to'>;

interface Snapshot {
  elements: ElementDefinition[];
  expanded: Array<[string, ExpandState]>;
  focus: string[];
  kept: string[];
  removed: string[];
}

/** An expanded entity: which neighbourhood the server gave for it, and under which filters. */
export interface ExpandState {
  /** how many neighbours were asked for (one page, more after "Show more") */
  limit: number;
  /** how many the server returned */
  loaded: number;
  /** how many match the filters in all */
  total: number;
  /** the server-side filters the neighbourhood was fetched under (an opaque signature from the app) */
  filters: string;
  /** the neighbours' keys and the links' ids in that answer: what this expansion puts on the graph */
  nodes: readonly string[];
  edges: readonly string[];
}

export interface Neighbourhood {
  center: EntitySummary;
  nodes: EntitySummary[];
  edges: GraphEdge[];
  total: number;
}

const REMEMBER_LIMIT = 5000;

const UNDO_LIMIT = 40;

/** A chosen path is framed no closer than the Fit button frames the graph (main.ts fits with the same cap). */
const PATH_MAX_ZOOM = 2;
/** A fit after nodes were added zooms in no closer than this: on a handful of nodes labels would be huge. */
const SETTLE_MAX_ZOOM = 1.25;

/** the edge length fcose aims at */
const IDEAL_EDGE = 110;
/** a node whose nearest linked node is farther than this needs a new place (it was dragged off, or left alone) */
const FAR_FROM_LINKS = 4 * IDEAL_EDGE;

export function nodeDefinition(e: EntitySummary): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: e.key,
      label: shortLabel(e.name),
      name: e.name,
      type: e.type,
      kind: e.kind,
      articles: Math.max(1, e.articles),
      date: e.date,
      country: e.country,
      summary: e,
    },
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 articles, 2 independent, 2 outlets": copies of one report are not counted as support of their own */
export function supportText(e: Pick<GraphEdge, 'weight' | 'independent' | 'outlets'>): string {
  return `${plural(e.weight, 'article')}, ${e.independent} independent, ${plural(e.outlets, 'outlet')}`;
}

/** what the link says: its type, and its own label when it has one ("participated in (perpetrator)") */
function linkWhat(e: GraphEdge): string {
  return e.label ? `${relationLabel(e.type)} (${e.label})` : relationLabel(e.type);
}

export function edgeCaption(e: GraphEdge): string {
  return `${linkWhat(e)} · ${supportText(e)}`;
}

/** The caption drawn on a selected link: what it says, cut short (the support is in the tooltip and the panel). */
export function edgeShortCaption(e: GraphEdge): string {
  return shortLabel(linkWhat(e), 32);
}

/** What a drawn link shows of its edge that a later answer may change: its weights, outlets and captions. */
function edgeShownData(e: GraphEdge) {
  return {
    weight: Math.max(1, e.weight),
    independent: Math.max(1, e.independent),
    outlets: e.outlets,
    caption: edgeCaption(e),
    short: edgeShortCaption(e),
    edge: e,
  };
}

export function edgeDefinition(e: GraphEdge): ElementDefinition {
  return {
    group: 'edges',
    data: { id: e.id, source: e.from, target: e.to, type: e.type, label: e.label, ...edgeShownData(e) },
  };
}

export class GraphView {
  readonly cy: Core;
  /** entities whose neighbours were fetched, with how many of them */
  readonly expanded = new Map<string, ExpandState>();
  /** entities the user asked for (search, map, links); always shown */
  readonly focus = new Set<string>();
  /** nodes and edges added outside any neighbourhood (found paths); kept until removed or cleared */
  private readonly kept = new Set<string>();
  /** entities the user removed: neighbourhoods fetched later do not bring them back */
  private readonly removed = new Set<string>();
  /** where nodes taken off the graph were, so that they come back to the same place */
  private readonly remembered = new Map<string, { x: number; y: number; hidden: boolean }>();
  private undoStack: Snapshot[] = [];
  private layoutRunning: cytoscape.Layouts | null = null;
  private filters: ClientFilters = { types: [], orgKinds: [], incidentKinds: [], rels: [], from: null, to: null };
  onChange: () => void = () => {};
  /** called when a layout or its animation has finished: positions are final */
  onSettled: () => void = () => {};

  constructor(container: HTMLElement) {
    this.cy = cytoscape({ container, style: graphStyle(), ...rendererOptions(0) });
    const labels = attachLabels(this.cy, (n) => this.expanded.has(n.id()));
    this.placeLabels = labels.now;
    this.labelsPending = labels.pending;
  }

  private readonly labelsPending: () => boolean;
  /** every change so far has had its labels and captions placed */
  get labelsPlaced(): boolean {
    return !this.labelsPending();
  }

  /** place the node labels now (they are placed again by themselves whenever the view stops moving) */
  readonly placeLabels: () => void;

  /** no layout computing and nothing animating: positions are final */
  get idle(): boolean {
    return !this.layoutRunning && this.cy.nodes(':animated').empty() && !this.cy.animated();
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** Record the current state so the next change can be undone. */
  checkpoint(): void {
    this.undoStack.push({
      elements: this.cy.elements().jsons() as unknown as ElementDefinition[],
      expanded: [...this.expanded],
      focus: [...this.focus],
      kept: [...this.kept],
      removed: [...this.removed],
    });
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
  }

  undo(): boolean {
    const snap = this.undoStack.pop();
    if (!snap) return false;
    this.layoutRunning?.stop();
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(snap.elements);
    });
    this.expanded.clear();
    for (const [k, v] of snap.expanded) this.expanded.set(k, v);
    this.focus.clear();
    for (const k of snap.focus) this.focus.add(k);
    this.kept.clear();
    for (const k of snap.kept) this.kept.add(k);
    this.removed.clear();
    for (const k of snap.removed) this.removed.add(k);
    this.applyFilterClasses();
    this.onChange();
    return true;
  }

  /**
   * Show `key`'s neighbourhood as the server gave it: this replaces what an earlier answer for `key` brought, and
   * whatever no expansion, focus, pin or path accounts for any more leaves the graph. Returns the new nodes.
   */
  setNeighbourhood(key: string, res: Neighbourhood, limit: number, filters: string): NodeCollection {
    this.removed.delete(key);
    this.expanded.set(key, {
      limit,
      loaded: res.nodes.length,
      total: res.total,
      filters,
      nodes: res.nodes.map((n) => n.key),
      edges: res.edges.map((e) => e.id),
    });
    return this.put([res.center, ...res.nodes], res.edges, this.node(key) ? key : null);
  }

  /** Add entities and edges that belong to no neighbourhood (a found path); they stay until removed. */
  addKept(nodes: EntitySummary[], edges: GraphEdge[], anchor: string | null): NodeCollection {
    for (const n of nodes) {
      this.kept.add(n.key);
      this.removed.delete(n.key);
    }
    for (const e of edges) this.kept.add(e.id);
    return this.put(nodes, edges, anchor);
  }

  /** Entities removed by the user come back only when asked for by name (search, map, a link). */
  unremove(key: string): void {
    this.removed.delete(key);
  }

  /**
   * Draw what the state accounts for: add the given entities and edges (updating ones already drawn, whose counts
   * may differ under other filters), then take off the rest. New nodes start around `anchor` (or where they were
   * last seen) and only they are laid out. Returns the new nodes.
   */
  private put(nodes: EntitySummary[], edges: GraphEdge[], anchor: string | null): NodeCollection {
    const cy = this.cy;
    const fresh: ElementDefinition[] = [];
    const wanted = nodes.filter((n) => !this.removed.has(n.key));
    for (const n of wanted) {
      const existing = cy.getElementById(n.key);
      if (existing.nonempty()) existing.data('summary', n);
      else fresh.push(nodeDefinition(n));
    }
    const ids = new Set(wanted.map((n) => n.key));
    const freshEdges: ElementDefinition[] = [];
    for (const e of edges) {
      const existing = cy.getElementById(e.id);
      if (existing.nonempty()) {
        existing.data(edgeShownData(e));
        continue;
      }
      const hasEnds = (k: string) => ids.has(k) || cy.getElementById(k).nonempty();
      if (hasEnds(e.from) && hasEnds(e.to)) freshEdges.push(edgeDefinition(e));
    }
    let added = cy.collection();
    let returning = cy.collection();
    cy.batch(() => {
      added = cy.add([...fresh, ...freshEdges]);
      returning = added.nodes().filter((n) => this.remembered.has(n.id()));
      returning.forEach((n) => {
        const seen = this.remembered.get(n.id())!;
        n.position({ x: seen.x, y: seen.y });
        if (seen.hidden) n.addClass('hidden');
        this.remembered.delete(n.id());
      });
      this.placeAround(added.nodes().difference(returning), anchor);
    });
    this.prune();
    cy.batch(() => {
      for (const k of this.focus) cy.getElementById(k).addClass('focus');
    });
    tuneForSize(cy);
    this.applyFilterClasses();
    const placed = added
      .nodes()
      .difference(returning)
      .filter((n) => n.inside()) as unknown as NodeCollection;
    this.layoutNew(placed);
    this.onChange();
    return placed;
  }

  /** Take off every node and edge that no focus, expansion, pin or kept path accounts for. */
  private prune(): void {
    const cy = this.cy;
    const shown = new Set<string>([...this.focus, ...this.expanded.keys(), ...this.kept]);
    for (const st of this.expanded.values()) {
      for (const k of st.nodes) shown.add(k);
      for (const id of st.edges) shown.add(id);
    }
    cy.batch(() => {
      cy.edges().forEach((e) => {
        if (!shown.has(e.id())) e.remove();
      });
      cy.nodes().forEach((n) => {
        if (shown.has(n.id()) || n.hasClass('pinned')) return;
        this.remembered.delete(n.id());
        this.remembered.set(n.id(), { ...n.position(), hidden: n.hasClass('hidden') });
        n.remove();
      });
    });
    for (const k of this.remembered.keys()) {
      if (this.remembered.size <= REMEMBER_LIMIT) break;
      this.remembered.delete(k);
    }
  }

  private placeAround(nodes: NodeCollection, anchor: string | null): void {
    const a = anchor ? this.cy.getElementById(anchor) : null;
    const center = a && a.nonempty() && a.isNode() ? { ...a.position() } : this.besideGraph(nodes);
    // a sunflower spiral: evenly spread at any count, so the force layout starts close to its answer
    const golden = Math.PI * (3 - Math.sqrt(5));
    nodes.forEach((node, i) => {
      const r = 90 + 38 * Math.sqrt(i);
      node.position({ x: center.x + r * Math.cos(i * golden), y: center.y + r * Math.sin(i * golden) });
    });
  }

  /** An unrelated group goes to the right of what is already drawn, not on top of it. */
  private besideGraph(fresh: NodeCollection): { x: number; y: number } {
    const old = this.cy.nodes().not('.hidden, .filtered').difference(fresh);
    if (old.empty()) return { x: 0, y: 0 };
    const bb = old.boundingBox({ includeLabels: false, includeOverlays: false });
    return { x: bb.x2 + 160 + fresh.length * 6, y: (bb.y1 + bb.y2) / 2 };
  }

  /**
   * fcose over `eles` from where the nodes are now (or from its spectral start when `randomize`), with `fixed` held in
   * place; `done` gets where fcose put every node. fcose honours fixed nodes only approximately (it may shift the
   * whole drawing a little): callers put the fixed nodes back exactly and move the others by the same drift.
   */
  private runLayout(
    eles: Collection,
    fixed: NodeCollection,
    randomize: boolean,
    energy: number,
    done: (placed: Map<string, Point>) => void,
  ): void {
    this.layoutRunning?.stop();
    const layout = eles.layout({
      name: 'fcose',
      quality: 'default',
      randomize,
      animate: false,
      fit: false,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => IDEAL_EDGE,
      numIter: 1500,
      // how hot an incremental run (randomize: false) starts; fcose keeps this in a global, so it is set every run
      initialEnergyOnIncremental: energy,
      fixedNodeConstraint: fixed.empty()
        ? undefined
        : fixed.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
    } as cytoscape.LayoutOptions);
    this.layoutRunning = layout;
    layout.one('layoutstop', () => {
      if (this.layoutRunning === layout) this.layoutRunning = null;
      done(new Map(eles.nodes().map((n) => [n.id(), { ...n.position() }] as const)));
    });
    layout.run();
  }

  /** Where fcose put `free` nodes, moved back by the mean drift it gave the `fixed` ones (which stay exactly). */
  private static undrift(
    placed: ReadonlyMap<string, Point>,
    fixedAt: ReadonlyMap<string, Point>,
    free: NodeCollection,
  ): Map<string, Point> {
    let dx = 0;
    let dy = 0;
    for (const [k, p] of fixedAt) {
      const q = placed.get(k)!;
      dx += q.x - p.x;
      dy += q.y - p.y;
    }
    if (fixedAt.size) {
      dx /= fixedAt.size;
      dy /= fixedAt.size;
    }
    const targets = new Map<string, Point>(fixedAt);
    free.forEach((n) => {
      const q = placed.get(n.id())!;
      targets.set(n.id(), { x: q.x - dx, y: q.y - dy });
    });
    return targets;
  }

  /**
   * Move `moving` from `start` to `targets` (animated when there are few), every other node to its target at once;
   * `done` runs when all are in place.
   */
  private moveTo(
    all: NodeCollection,
    moving: NodeCollection,
    start: ReadonlyMap<string, Point>,
    targets: ReadonlyMap<string, Point>,
    done: () => void,
  ): void {
    const animate = moving.length < 150;
    this.cy.batch(() => {
      all.forEach((n) => {
        if (n.locked()) return;
        const still = !animate || !moving.has(n);
        n.position(still ? targets.get(n.id())! : start.get(n.id())!);
      });
    });
    const anim = animate ? moving.filter((n) => !n.locked()) : this.cy.collection();
    if (anim.empty()) {
      done();
      return;
    }
    let left = anim.length;
    anim.forEach((n) => {
      n.animate({
        position: targets.get(n.id())!,
        duration: 350,
        easing: 'ease-out-cubic',
        complete: () => {
          if (--left === 0) done();
        },
      });
    });
  }

  /**
   * After nodes moved: bring into view what went outside it, labels included (framing `fitTo`), then tell the app
   * positions are final.
   */
  private settleInView(nodes: Collection, fitTo: Collection): void {
    const target = inViewWithLabels(this.cy, nodes) ? null : fitViewport(this.cy, fitTo, 40, SETTLE_MAX_ZOOM);
    if (!target) {
      this.onSettled();
      return;
    }
    this.cy.animate({ ...target, duration: 250, complete: () => this.onSettled() });
  }

  /** Bring `eles` with their labels into view if they are not (framing them, no closer than a settled layout). */
  reveal(eles: Collection): void {
    this.settleInView(eles, eles);
  }

  /** fcose over the visible graph with every old node fixed in place, so adding nodes never makes the view jump. */
  private layoutNew(fresh: NodeCollection): void {
    const cy = this.cy;
    const visible = cy.elements().not('.hidden, .filtered');
    const freshVisible = fresh.intersection(visible) as unknown as NodeCollection;
    if (freshVisible.empty()) return;
    const old = visible.nodes().difference(fresh) as unknown as NodeCollection;
    const first = old.empty();
    const oldPos = new Map(old.map((n) => [n.id(), { ...n.position() }] as const));
    const startPos = new Map(freshVisible.map((n) => [n.id(), { ...n.position() }] as const));
    // nothing placed yet means nothing can jump: let fcose start from its spectral layout
    this.runLayout(visible, old, first, 0.3, (placed) => {
      const targets = GraphView.undrift(placed, oldPos, freshVisible);
      if (first) {
        this.moveTo(visible.nodes(), cy.collection() as NodeCollection, startPos, targets, () => {});
        fitView(cy, visible, 40, SETTLE_MAX_ZOOM);
        this.onSettled();
        return;
      }
      // judge "in view" on the final positions: a timer may fire while the last animation frame is still pending
      // (busy machine), and nodes measured half-way in would then be left outside the viewport
      this.moveTo(visible.nodes(), freshVisible, startPos, targets, () =>
        this.settleInView(freshVisible as unknown as Collection, visible),
      );
    });
  }

  /**
   * Tidy the drawing and keep the user's mental map. Only what needs it moves: nodes that overlap another or sit far
   * from everything they link to are laid out again around all the others, which stay where they are. When nothing
   * needs it, or most of the drawing does, the whole drawing is relaxed gently from where it is (pinned nodes fixed)
   * and then turned, mirrored and shifted back onto the old one as closely as it goes. Last, overlapping nodes are
   * pushed apart by no more than it takes. Returns how many nodes needed a place, and whether only those were laid
   * out again.
   */
  relayout(): { needing: number; of: number; local: boolean } {
    const cy = this.cy;
    const visible = cy.elements().not('.hidden, .filtered');
    const nodes = visible.nodes() as unknown as NodeCollection;
    if (nodes.empty()) return { needing: 0, of: 0, local: true };
    const pinned = nodes.filter('.pinned') as unknown as NodeCollection;
    const before = new Map(nodes.map((n) => [n.id(), { ...n.position() }] as const));
    const radius = new Map(nodes.map((n) => [n.id(), n.width() / 2] as const));
    const links = visible.edges().map((e) => [e.source().id(), e.target().id()] as const);
    const need = nodesNeedingPlace(
      nodes.map((n) => ({ id: n.id(), ...n.position(), radius: radius.get(n.id())! })),
      links,
      FAR_FROM_LINKS,
    );
    const movable = nodes.filter((n) => need.has(n.id()) && !pinned.has(n)) as unknown as NodeCollection;
    const local = movable.nonempty() && movable.length <= nodes.length / 2;
    const fixed = (local ? nodes.difference(movable) : pinned) as unknown as NodeCollection;
    const fixedAt = new Map(fixed.map((n) => [n.id(), before.get(n.id())!] as const));
    const free = nodes.difference(fixed) as unknown as NodeCollection;
    this.runLayout(visible, fixed, false, local ? 0.3 : 0.1, (placed) => {
      const laid = fixed.nonempty() ? GraphView.undrift(placed, fixedAt, free) : alignTo(before, placed);
      const pinnedIds = new Set(pinned.map((n) => n.id()));
      const unlapped = removeOverlaps(
        nodes.map((n) => ({ id: n.id(), ...laid.get(n.id())!, radius: radius.get(n.id())! })),
        pinnedIds,
      );
      const targets = placeNearLinks(
        nodes.map((n) => ({ id: n.id(), ...unlapped.get(n.id())!, radius: radius.get(n.id())! })),
        links,
        FAR_FROM_LINKS,
        pinnedIds,
      );
      const moving = nodes.filter((n) => {
        const p = before.get(n.id())!;
        const q = targets.get(n.id())!;
        return Math.hypot(p.x - q.x, p.y - q.y) > 0.5;
      }) as unknown as NodeCollection;
      this.moveTo(nodes, moving, before, targets, () =>
        this.settleInView(moving as unknown as Collection, nodes as unknown as Collection),
      );
    });
    return { needing: movable.length, of: nodes.length, local };
  }

  node(key: string): NodeSingular | null {
    const n = this.cy.getElementById(key);
    return n.nonempty() && n.isNode() ? n : null;
  }

  selectedNodes(): NodeSingular[] {
    return this.cy.nodes(':selected').toArray() as NodeSingular[];
  }

  selectedEdge(): EdgeSingular | null {
    const e = this.cy.edges(':selected');
    return e.length === 1 ? (e[0] as EdgeSingular) : null;
  }

  /**
   * Hide entities and what only they brought in: neighbours of their expansions that no other expansion, focus, pin
   * or path accounts for. "Show hidden" brings all of it back.
   */
  hide(keys: string[]): void {
    this.checkpoint();
    const hiding = new Set(keys);
    const others = new Set<string>([...this.focus, ...this.kept].filter((k) => !hiding.has(k)));
    for (const [k, st] of this.expanded) {
      if (hiding.has(k)) continue;
      others.add(k);
      for (const n of st.nodes) others.add(n);
    }
    const only = new Set<string>();
    for (const k of keys)
      for (const n of this.expanded.get(k)?.nodes ?? []) if (!others.has(n) && !hiding.has(n)) only.add(n);
    this.cy.batch(() => {
      for (const k of [...keys, ...only]) {
        const n = this.cy.getElementById(k);
        if (n.hasClass('pinned') && !hiding.has(k)) continue;
        n.addClass('hidden').unselect();
      }
    });
    this.cy.emit('relabel');
    this.onChange();
  }

  showHidden(): void {
    if (this.cy.$('.hidden').empty()) return;
    this.checkpoint();
    this.cy.$('.hidden').removeClass('hidden');
    this.cy.emit('relabel');
    this.onChange();
  }

  togglePin(keys: string[]): void {
    this.checkpoint();
    this.cy.batch(() => {
      for (const k of keys) {
        const n = this.cy.getElementById(k);
        if (n.hasClass('pinned')) n.removeClass('pinned').unlock();
        else n.addClass('pinned').lock();
      }
    });
    this.onChange();
  }

  /** Remove entities; what only their neighbourhoods brought goes with them. */
  remove(keys: string[]): void {
    this.checkpoint();
    this.cy.batch(() => {
      for (const k of keys) {
        this.cy.getElementById(k).remove();
        this.expanded.delete(k);
        this.focus.delete(k);
        this.kept.delete(k);
        this.removed.add(k);
      }
    });
    this.prune();
    tuneForSize(this.cy);
    this.applyFilterClasses();
  }

  /** Fold neighbourhoods back: the entities stay, what only their expansion brought goes. */
  collapse(keys: string[]): void {
    const open = keys.filter((k) => this.expanded.has(k));
    if (open.length === 0) return;
    this.checkpoint();
    for (const k of open) this.expanded.delete(k);
    // an entity nothing else accounts for stays because the user is looking at it
    const others = new Set<string>();
    for (const st of this.expanded.values()) for (const n of st.nodes) others.add(n);
    for (const k of open) if (!others.has(k) && !this.kept.has(k)) this.focus.add(k);
    this.prune();
    tuneForSize(this.cy);
    this.applyFilterClasses();
  }

  clearAll(undoable = true): void {
    if (undoable) this.checkpoint();
    this.cy.elements().remove();
    this.expanded.clear();
    this.focus.clear();
    this.kept.clear();
    this.removed.clear();
    this.remembered.clear();
    this.onChange();
  }

  /** Entities the user removed (neighbourhoods do not bring them back). */
  removedKeys(): string[] {
    return [...this.removed];
  }

  /**
   * Before a link is opened: what it removed stays away, and entities come back where the link drew them
   * (a node that has a place here is not laid out again when it is added).
   */
  prepare(
    removed: readonly string[],
    positions: Record<string, { x: number; y: number }>,
    hidden: readonly string[],
  ): void {
    for (const k of removed) this.removed.add(k);
    const hide = new Set(hidden);
    for (const [k, p] of Object.entries(positions)) this.remembered.set(k, { x: p.x, y: p.y, hidden: hide.has(k) });
  }

  /** Pin entities (no undo step: used when a link is opened). */
  pin(keys: readonly string[]): void {
    this.cy.batch(() => {
      for (const k of keys) this.cy.getElementById(k).addClass('pinned').lock();
    });
  }

  /** Hide entities exactly (no cascade, no undo step: used when a link is opened). */
  hideExactly(keys: readonly string[]): void {
    this.cy.batch(() => {
      for (const k of keys) this.cy.getElementById(k).addClass('hidden').unselect();
    });
    this.cy.emit('relabel');
    this.onChange();
  }

  /** Highlight a path; `fit` zooms to it (a chosen path), without it the view stays (a path under the pointer). */
  highlightPath(nodeKeys: string[], edgeIds: string[], fit = true): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('path dimmed');
      if (nodeKeys.length === 0) return;
      const path = cy.collection();
      for (const k of nodeKeys) path.merge(cy.getElementById(k));
      for (const id of edgeIds) path.merge(cy.getElementById(id));
      path.addClass('path');
      cy.elements().not(path).addClass('dimmed');
    });
    const path = cy.$('.path');
    // a short path would otherwise fill the canvas at the renderer's maximum zoom: two giant discs, no context
    const target = fit ? fitViewport(cy, path, 60, PATH_MAX_ZOOM) : null;
    if (target) cy.animate({ ...target, duration: 300, complete: () => this.onSettled() });
  }

  clearPath(): void {
    this.cy.elements().removeClass('path dimmed');
  }

  setClientFilters(f: ClientFilters): void {
    this.filters = f;
    this.applyFilterClasses();
  }

  /**
   * Whether an entity passes the current filters; focused, expanded and pinned nodes are always shown (an expanded
   * node is the centre of what its neighbours are drawn around). The server applies the same filters to
   * neighbourhoods; checking here too hides at once what a changed filter excludes, before the server answers.
   */
  passes(n: NodeSingular): boolean {
    if (this.focus.has(n.id()) || this.expanded.has(n.id()) || n.hasClass('pinned')) return true;
    const f = this.filters;
    const type = n.data('type') as NodeType;
    const kind = n.data('kind') as string | null;
    if (f.types.length && !f.types.includes(type)) return false;
    if (type === 'organization' && f.orgKinds.length && !f.orgKinds.includes(kind ?? 'other')) return false;
    if (type === 'incident') {
      if (f.incidentKinds.length && !f.incidentKinds.includes(kind ?? 'other')) return false;
      const date = n.data('date') as string | null;
      if (f.from || f.to) {
        if (!date) return false;
        if (f.from && date < f.from) return false;
        if (f.to && date.slice(0, 10) > f.to) return false;
      }
    }
    return true;
  }

  private applyFilterClasses(): void {
    const cy = this.cy;
    const rels = this.filters.rels;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        if (this.passes(n)) n.removeClass('filtered');
        else n.addClass('filtered').unselect();
      });
      // a link type switched off goes at once; the server's answer then drops neighbours only it brought
      cy.edges().forEach((e) => {
        if (rels.length === 0 || rels.includes(e.data('type') as EdgeType)) e.removeClass('filtered');
        else e.addClass('filtered').unselect();
      });
    });
    this.cy.emit('relabel');
    this.onChange();
  }

  visibleNodes(): NodeSingular[] {
    return this.cy.nodes().not('.hidden, .filtered').toArray() as NodeSingular[];
  }

  visibleEdges(): EdgeSingular[] {
    return (this.cy.edges().not('.hidden, .filtered').toArray() as EdgeSingular[]).filter(
      (e) => e.source().visible() && e.target().visible(),
    );
  }
}
