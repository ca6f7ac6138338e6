// The Cytoscape graph: adding neighbourhoods without moving what is already placed, hide/pin/remove with undo,
// client-side filters, path highlighting. It knows nothing about HTTP; the app feeds it contract objects.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type EdgeSingular, type Collection, type NodeCollection } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EntitySummary, GraphEdge, NodeType } from '../../../src/api/contract.ts';
import { graphStyle, rendererOptions, shortLabel, tuneForSize } from './style.ts';

cytoscape.use(fcose);

export interface ClientFilters {
  types: NodeType[];
  orgKinds: string[];
  incidentKinds: string[];
  from: string | null;
  to: string | null;
}

interface Snapshot {
  elements: ElementDefinition[];
  expanded: Array<[string, ExpandState]>;
  focus: string[];
}

export interface ExpandState { loaded: number; total: number }

const UNDO_LIMIT = 40;

export function nodeDefinition(e: EntitySummary): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: e.key, label: shortLabel(e.name), name: e.name, type: e.type, kind: e.kind, articles: Math.max(1, e.articles), date: e.date,
      country: e.country, summary: e,
    },
  };
}

export function edgeCaption(e: GraphEdge): string {
  const what = e.label ? `${e.type.toLowerCase().replace(/_/g, ' ')} (${e.label})` : e.type.toLowerCase().replace(/_/g, ' ');
  return `${what} · ${e.weight} article${e.weight === 1 ? '' : 's'} · ${e.outlets} outlet${e.outlets === 1 ? '' : 's'}`;
}

export function edgeDefinition(e: GraphEdge): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: e.id, source: e.from, target: e.to, type: e.type, label: e.label, weight: Math.max(1, e.weight),
      outlets: e.outlets, caption: edgeCaption(e), edge: e,
    },
  };
}

export class GraphView {
  readonly cy: Core;
  /** entities whose neighbours were fetched, with how many of them */
  readonly expanded = new Map<string, ExpandState>();
  /** entities the user asked for (search, map, links); always shown */
  readonly focus = new Set<string>();
  private undoStack: Snapshot[] = [];
  private layoutRunning: cytoscape.Layouts | null = null;
  /** node/edge ids allowed by the server-side filters (date range, outlets); null = no such filter */
  private serverAllowed: Set<string> | null = null;
  private filters: ClientFilters = { types: [], orgKinds: [], incidentKinds: [], from: null, to: null };
  onChange: () => void = () => {};

  constructor(container: HTMLElement) {
    this.cy = cytoscape({ container, style: graphStyle(), ...rendererOptions(0) });
  }

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
    this.applyFilterClasses();
    this.onChange();
    return true;
  }

  /** Add entities and edges; new nodes start around `anchor` and only they are laid out. Returns the new nodes. */
  add(nodes: EntitySummary[], edges: GraphEdge[], anchor: string | null): NodeCollection {
    const cy = this.cy;
    const fresh: ElementDefinition[] = [];
    for (const n of nodes) {
      const existing = cy.getElementById(n.key);
      if (existing.nonempty()) existing.data('summary', n);
      else fresh.push(nodeDefinition(n));
    }
    const ids = new Set(nodes.map((n) => n.key));
    const freshEdges: ElementDefinition[] = [];
    for (const e of edges) {
      if (cy.getElementById(e.id).nonempty()) continue;
      const hasEnds = (k: string) => ids.has(k) || cy.getElementById(k).nonempty();
      if (hasEnds(e.from) && hasEnds(e.to)) freshEdges.push(edgeDefinition(e));
    }
    let added = cy.collection();
    cy.batch(() => {
      added = cy.add([...fresh, ...freshEdges]);
      this.placeAround(added.nodes(), anchor);
    });
    cy.batch(() => {
      for (const k of this.focus) cy.getElementById(k).addClass('focus');
    });
    tuneForSize(cy);
    this.applyFilterClasses();
    this.layoutNew(added.nodes());
    this.onChange();
    return added.nodes();
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
   * fcose over the visible graph with every old node fixed in place, so adding nodes never makes the view jump.
   * fcose honours fixed nodes only approximately (it may shift the whole drawing a little), so afterwards the old
   * nodes are put back exactly, the new ones shifted by the same drift, and only the new ones animate into place.
   */
  private layoutNew(fresh: NodeCollection): void {
    const cy = this.cy;
    const visible = cy.elements().not('.hidden, .filtered');
    const freshVisible = fresh.intersection(visible) as unknown as NodeCollection;
    if (freshVisible.empty()) return;
    const old = visible.nodes().difference(fresh) as unknown as NodeCollection;
    const first = old.empty();
    this.layoutRunning?.stop();
    const oldPos = new Map(old.map((n) => [n.id(), { ...n.position() }] as const));
    const startPos = new Map(freshVisible.map((n) => [n.id(), { ...n.position() }] as const));
    const layout = visible.layout({
      name: 'fcose',
      quality: 'default',
      // nothing placed yet means nothing can jump: let fcose start from its spectral layout
      randomize: first,
      animate: false,
      fit: false,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 110,
      numIter: 1500,
      fixedNodeConstraint: first ? undefined : old.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
    } as cytoscape.LayoutOptions);
    this.layoutRunning = layout;
    layout.one('layoutstop', () => {
      if (this.layoutRunning === layout) this.layoutRunning = null;
      let dx = 0;
      let dy = 0;
      if (!first) {
        old.forEach((n) => {
          const p = oldPos.get(n.id())!;
          dx += n.position().x - p.x;
          dy += n.position().y - p.y;
        });
        dx /= old.length;
        dy /= old.length;
      }
      const targets = new Map(freshVisible.map((n) => [n.id(), { x: n.position().x - dx, y: n.position().y - dy }] as const));
      const animate = freshVisible.length < 150;
      cy.batch(() => {
        old.forEach((n) => {
          n.position(oldPos.get(n.id())!);
        });
        freshVisible.forEach((n) => {
          n.position(animate && !first ? startPos.get(n.id())! : targets.get(n.id())!);
        });
      });
      if (first) {
        cy.fit(visible, 40);
        this.capZoom();
        return;
      }
      const settle = () => {
        if (!this.allInView(freshVisible as unknown as Collection)) cy.animate({ fit: { eles: visible, padding: 40 }, duration: 250, complete: () => this.capZoom() });
      };
      // judge "in view" on the final positions: a timer may fire while the last animation frame is still pending
      // (busy machine), and nodes measured half-way in would then be left outside the viewport
      if (animate) {
        let left = freshVisible.length;
        freshVisible.forEach((n) => {
          n.animate({ position: targets.get(n.id())!, duration: 350, easing: 'ease-out-cubic', complete: () => { if (--left === 0) settle(); } });
        });
      } else settle();
    });
    layout.run();
  }

  /** A fit on a handful of nodes would zoom in until labels are huge; keep it readable. */
  capZoom(max = 1.25): void {
    const cy = this.cy;
    if (cy.zoom() <= max) return;
    cy.zoom(max);
    cy.center(cy.elements(':visible'));
  }

  private allInView(eles: Collection): boolean {
    const ext = this.cy.extent();
    const bb = eles.boundingBox({});
    return bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2;
  }

  /** Lay out everything again; pinned nodes stay where they are. */
  relayout(): void {
    const visible = this.cy.elements().not('.hidden, .filtered');
    const pinned = visible.nodes('.pinned');
    this.layoutRunning?.stop();
    const layout = visible.layout({
      name: 'fcose', quality: 'proof', randomize: pinned.empty(), animate: true, animationDuration: 400, fit: true,
      padding: 40, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 110,
      fixedNodeConstraint: pinned.empty() ? undefined : pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
    } as cytoscape.LayoutOptions);
    this.layoutRunning = layout;
    layout.run();
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

  hide(keys: string[]): void {
    this.checkpoint();
    this.cy.batch(() => {
      for (const k of keys) this.cy.getElementById(k).addClass('hidden').unselect();
    });
    this.onChange();
  }

  showHidden(): void {
    if (this.cy.$('.hidden').empty()) return;
    this.checkpoint();
    this.cy.$('.hidden').removeClass('hidden');
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

  remove(keys: string[]): void {
    this.checkpoint();
    this.cy.batch(() => {
      for (const k of keys) {
        this.cy.getElementById(k).remove();
        this.expanded.delete(k);
        this.focus.delete(k);
      }
    });
    tuneForSize(this.cy);
    this.onChange();
  }

  clearAll(undoable = true): void {
    if (undoable) this.checkpoint();
    this.cy.elements().remove();
    this.expanded.clear();
    this.focus.clear();
    this.onChange();
  }

  highlightPath(nodeKeys: string[], edgeIds: string[]): void {
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
    if (path.nonempty()) cy.animate({ fit: { eles: path, padding: 60 }, duration: 300 });
  }

  clearPath(): void {
    this.cy.elements().removeClass('path dimmed');
  }

  setClientFilters(f: ClientFilters): void {
    this.filters = f;
    this.applyFilterClasses();
  }

  /** ids allowed by a server-side filter (or null to lift it). */
  setServerAllowed(ids: Set<string> | null): void {
    this.serverAllowed = ids;
    this.applyFilterClasses();
  }

  /** Whether an entity passes the current filters; focused and pinned nodes are always shown. */
  passes(n: NodeSingular): boolean {
    if (this.focus.has(n.id()) || n.hasClass('pinned')) return true;
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
    if (this.serverAllowed && !this.serverAllowed.has(n.id()) && !this.expanded.has(n.id())) return false;
    return true;
  }

  private applyFilterClasses(): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        if (this.passes(n)) n.removeClass('filtered');
        else n.addClass('filtered').unselect();
      });
      cy.edges().forEach((e) => {
        const ok = !this.serverAllowed || this.serverAllowed.has(e.id());
        if (ok) e.removeClass('filtered');
        else e.addClass('filtered');
      });
    });
    this.onChange();
  }

  visibleNodes(): NodeSingular[] {
    return this.cy.nodes().not('.hidden, .filtered').toArray() as NodeSingular[];
  }

  visibleEdges(): EdgeSingular[] {
    return (this.cy.edges().not('.hidden, .filtered').toArray() as EdgeSingular[]).filter((e) => e.source().visible() && e.target().visible());
  }
}
