// How the graph looks and which renderer options it uses. Shared by the app and by bench/ui.mjs (via bench.html),
// so the benchmark measures exactly the configuration analysts get.
import type { Collection, Core, CytoscapeOptions, Css, StylesheetJson } from 'cytoscape';
import type { NodeType } from '../../../src/api/contract.ts';
import { incidentColor, ONTOLOGY } from '../../../src/ontology/index.ts';
import { FONT_FAMILY } from './labels.ts';

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
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'min-zoomed-font-size': 8,
      },
    },
    {
      selector: 'edge[type = "CO_MENTIONED"]',
      style: { 'line-style': 'dashed', 'line-color': '#b8c0c8' },
    },
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
      style: { label: 'data(caption)', 'line-color': '#1b1f24', 'target-arrow-color': '#1b1f24', opacity: 1 },
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
 * cy.fit without measuring labels: the default bounding box measures every label, which costs seconds on
 * thousands of nodes. Node boxes plus a margin for labels are enough to frame the view.
 */
export function fitView(cy: Core, eles: Collection = cy.elements(), padding = 40, maxZoom = Infinity): void {
  const viewport = fitViewport(cy, eles, padding, maxZoom);
  if (viewport) cy.viewport(viewport);
}

/** The zoom and pan that fitView would set, for callers that animate to it instead. */
export function fitViewport(
  cy: Core,
  eles: Collection,
  padding = 40,
  maxZoom = Infinity,
): { zoom: number; pan: { x: number; y: number } } | null {
  const nodes = eles.nodes();
  if (nodes.empty()) return null;
  const bb = nodes.boundingBox({ includeLabels: false, includeOverlays: false, includeEdges: false });
  const w = cy.width();
  const h = cy.height();
  const labelRoom = 24;
  const bw = Math.max(1, bb.w + 2 * labelRoom);
  const bh = Math.max(1, bb.h + 2 * labelRoom);
  let zoom = Math.min((w - 2 * padding) / bw, (h - 2 * padding) / bh);
  zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), maxZoom, zoom));
  const cx = bb.x1 + bb.w / 2;
  const cyy = bb.y1 + bb.h / 2;
  return { zoom, pan: { x: w / 2 - cx * zoom, y: h / 2 - cyy * zoom } };
}
