// How the graph looks and which renderer options it uses. Shared by the app and by bench/ui.mjs (via bench.html),
// so the benchmark measures exactly the configuration analysts get.
import type { Collection, Core, CytoscapeOptions, Css, StylesheetJson } from 'cytoscape';
import type { NodeType } from '../../../src/api/contract.ts';
import { incidentColor, ONTOLOGY } from '../../../src/ontology/index.ts';
import { FONT_FAMILY, LABEL_BELOW_PX, labelHalfWidth } from './labels.ts';

/** Okabe–Ito colours (safe for the common colour-vision deficiencies), each type also has its own shape; from the ontology. */
export const TYPE_STYLE = Object.fromEntries(
  ONTOLOGY.entityTypes.map((t) => [
    t.id,
    { color: t.color, shape: t.shape as Css.NodeShape, label: t.label, symbol: t.symbol },
  ]),
) as Record<NodeType, { color: string; shape: Css.NodeShape; label: string; symbol: string }>;

export const NODE_TYPES: NodeType[] = ONTOLOGY.entityTypes.map((t) => t.id);

/** Incident kinds grouped into families, one colour each (16 separate hues would not be distinguishable). */
export const INCIDENT_FAMILIES = ONTOLOGY.incidentFamilies.map(({ id, color }) => ({ family: id, color }));

export { incidentColor };

/** Above this many edges, straight "haystack" edges replace bezier curves (much cheaper to draw). */
export const HAYSTACK_EDGE_THRESHOLD = 600;
/** Above this many elements, the renderer hides edges and draws a texture while panning/zooming. */
export const BIG_GRAPH_THRESHOLD = 800;

export function graphStyle(): StylesheetJson {
  const typeRules = NODE_TYPES.map((t) => ({
    selector: `node[type = "${t}"]`,
    style: { 'background-color': TYPE_STYLE[t].color, shape: TYPE_STYLE[t].shape },
  }));
  // incidents take their kind family's colour, as on the timeline and the map (the triangle still says "incident");
  // one without a kind, or with a kind the ontology does not know, is "other" there too
  const kindRules = [
    { selector: 'node[type = "incident"]', style: { 'background-color': incidentColor(null) } },
    ...ONTOLOGY.incidentKinds.map(({ id }) => ({
      selector: `node[type = "incident"][kind = "${id}"]`,
      style: { 'background-color': incidentColor(id) },
    })),
  ];
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': 11,
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // labels are shortened in the data (shortLabel); cytoscape's own ellipsis measures every label char by char
        'text-wrap': 'none',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        width: 'mapData(articles, 1, 20, 22, 46)',
        height: 'mapData(articles, 1, 20, 22, 46)',
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    ...typeRules,
    ...kindRules,
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#1b1f24', 'font-weight': 'bold' } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#1b1f24' } },
    { selector: 'node:selected', style: { 'overlay-color': '#56B4E9', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    {
      selector: 'edge',
      style: {
        // thickness follows independent reports: a wire story reprinted ten times is one report
        width: 'mapData(independent, 1, 10, 1.5, 9)',
        'line-color': '#9aa4ae',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#9aa4ae',
        'arrow-scale': 0.8,
        opacity: 0.85,
        'font-size': 9,
        color: '#39424e',
        // captions are level and drawn at one size on screen (labels.ts places them clear of the node labels)
        'text-rotation': 'none',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'text-border-width': 1,
        'text-border-color': '#9aa4ae',
        'text-border-opacity': 1,
      },
    },
    {
      selector: 'edge[type = "CO_MENTIONED"]',
      style: { 'line-style': 'dashed', 'line-color': '#b8c0c8' },
    },
    // a remark about the other end (a speaker about an incident) says no part in it: dotted, apart from the links that do
    ...ONTOLOGY.relationTypes
      .filter((r) => r.remark)
      .map((r) => ({
        selector: `edge[type = "${r.graphType}"][label = "${r.remark}"]`,
        style: { 'line-style': 'dotted' as const, 'line-color': '#b8c0c8', 'target-arrow-color': '#b8c0c8' },
      })),
    // a link with no direction (the ontology's symmetric types) has no arrowhead
    ...ONTOLOGY.relationTypes
      .filter((r) => r.symmetric)
      .map((r) => ({ selector: `edge[type = "${r.graphType}"]`, style: { 'target-arrow-shape': 'none' as const } })),
    {
      selector: 'edge.haystack',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' },
    },
    {
      selector: 'edge:selected, edge.hover',
      style: { 'line-color': '#1b1f24', 'target-arrow-color': '#1b1f24', opacity: 1 },
    },
    // a link under the pointer says what it is in the tooltip; a selected one also on the graph
    // drawn over the nodes, so that where no place is clear of them the caption is still read whole
    {
      selector: 'edge:selected',
      style: { label: 'data(short)', 'z-index-compare': 'manual', 'z-index': 20 },
    },
    {
      selector: '.path',
      style: {
        'line-color': '#CC79A7',
        'target-arrow-color': '#CC79A7',
        'border-color': '#CC79A7',
        'border-width': 5,
        opacity: 1,
        'z-index': 10,
      },
    },
    { selector: '.dimmed', style: { opacity: 0.18 } },
    // labels.ts decides which labels fit; a selected node always shows its own
    { selector: 'node.nolabel', style: { label: '' } },
    { selector: 'node.nolabel:selected', style: { label: 'data(label)' } },
    { selector: '.filtered, .hidden', style: { display: 'none' } },
  ];
}

/** Node labels are cut here, once, instead of by the renderer. */
export function shortLabel(name: string, max = 28): string {
  return name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name;
}

/** Renderer options for a graph of about `elements` elements. */
export function rendererOptions(elements: number): Partial<CytoscapeOptions> {
  const big = elements > BIG_GRAPH_THRESHOLD;
  return {
    minZoom: 0.05,
    maxZoom: 4,
    hideEdgesOnViewport: big,
    textureOnViewport: big,
    motionBlur: false,
    pixelRatio: big ? 1 : 'auto',
    boxSelectionEnabled: true,
    // a click selects just that node (its evidence is shown); Shift/Ctrl-click and box selection add to the selection
    selectionType: 'single',
  };
}

/**
 * Switch the size-dependent renderer options on a live instance. Cytoscape only takes them at construction,
 * but its canvas renderer reads these fields on every frame, so setting them later is effective.
 */
export function tuneForSize(cy: Core): void {
  const big = cy.elements().length > BIG_GRAPH_THRESHOLD;
  const renderer = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
  renderer['hideEdgesOnViewport'] = big;
  renderer['textureOnViewport'] = big;
  const edges = cy.edges();
  const haystack = edges.length > HAYSTACK_EDGE_THRESHOLD;
  cy.batch(() => {
    if (haystack) edges.addClass('haystack');
    else edges.removeClass('haystack');
  });
}

/**
 * cy.fit with room for the labels. Labels are drawn at one size on screen whatever the zoom (labels.ts), so the room
 * they need does not shrink or grow with the drawing the way cy.fit assumes; and cy.fit measures only the labels shown
 * at the moment, while new nodes get theirs after the fit. Each node here is its box and the label it will show under
 * it, measured once, and the zoom is the largest at which all of them fit inside the padding.
 */
export function fitView(cy: Core, eles: Collection = cy.elements(), padding = 40, maxZoom = Infinity): void {
  const viewport = fitViewport(cy, eles, padding, maxZoom);
  if (viewport) cy.viewport(viewport);
}

interface LabelledNode {
  x: number;
  y: number;
  /** half the node's size, model units */
  r: number;
  /** half the label's width, screen pixels */
  half: number;
}

function labelledNodes(eles: Collection): LabelledNode[] {
  return eles.nodes().map((n) => ({
    ...n.position(),
    r: n.width() / 2,
    half: n.hasClass('nolabel') && !n.selected() ? 0 : labelHalfWidth(n),
  }));
}

/** The screen box `nodes` and their labels take at `zoom`, before panning. */
function screenSpan(nodes: readonly LabelledNode[], zoom: number): { x1: number; x2: number; y1: number; y2: number } {
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    const side = Math.max(n.r * zoom, n.half);
    x1 = Math.min(x1, n.x * zoom - side);
    x2 = Math.max(x2, n.x * zoom + side);
    y1 = Math.min(y1, (n.y - n.r) * zoom);
    y2 = Math.max(y2, (n.y + n.r) * zoom + LABEL_BELOW_PX);
  }
  return { x1, x2, y1, y2 };
}

/** The zoom and pan that fitView would set, for callers that animate to it instead. */
export function fitViewport(
  cy: Core,
  eles: Collection,
  padding = 40,
  maxZoom = Infinity,
): { zoom: number; pan: { x: number; y: number } } | null {
  if (eles.nodes().empty()) return null;
  // every label counts here, shown or not: which ones fit is decided again at the new zoom
  const nodes = eles.nodes().map((n) => ({ ...n.position(), r: n.width() / 2, half: labelHalfWidth(n) }));
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding);
  const fits = (z: number) => {
    const s = screenSpan(nodes, z);
    return s.x2 - s.x1 <= w && s.y2 - s.y1 <= h;
  };
  // the span grows with the zoom: the largest zoom that fits, by bisection
  let lo = cy.minZoom();
  let hi = Math.max(lo, Math.min(cy.maxZoom(), maxZoom));
  let zoom = hi;
  if (!fits(hi)) {
    for (let i = 0; i < 40 && hi - lo > 1e-4 * hi; i++) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
    zoom = lo;
  }
  const s = screenSpan(nodes, zoom);
  return { zoom, pan: { x: cy.width() / 2 - (s.x1 + s.x2) / 2, y: cy.height() / 2 - (s.y1 + s.y2) / 2 } };
}

/** Whether `eles`' nodes, with the labels they show, are all inside the viewport now. */
export function inViewWithLabels(cy: Core, eles: Collection): boolean {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const s = screenSpan(labelledNodes(eles), zoom);
  return s.x1 + pan.x >= 0 && s.x2 + pan.x <= cy.width() && s.y1 + pan.y >= 0 && s.y2 + pan.y <= cy.height();
}
