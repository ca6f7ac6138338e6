// Node labels that stay legible at any size of graph: drawn at one size on screen whatever the zoom, and only where
// they fit. The most important entities (focused, expanded, selected, pinned, on the path, then the best connected and
// most reported) claim their place first; a label that would overlap one already placed is left out. Zooming in
// spreads the nodes apart, so more labels fit, until all are shown.
import type { Core, NodeSingular } from 'cytoscape';

/** label size on screen, in CSS pixels */
export const LABEL_PX = 12;
/** the classes on a node that make its label a must (set by GraphView and the path highlight) */
const MUST = ['focus', 'pinned', 'path'];
/** grid cell for the overlap test, in screen pixels */
const CELL = 48;
/** the label font, also the stylesheet's (style.ts) */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

let measureCtx: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();
/**
 * Width of a label in model units at `fontSize` (model units), measured as the renderer measures it: at the model
 * font size, not at the screen size scaled (glyph widths are not linear in the font size, so a long label measured at
 * 12 px and scaled can be several pixels off at another zoom). `weight` matters too: a focused entity's label is
 * bold, and wider than its plain text.
 */
function textWidth(text: string, weight: string, fontSize: number): number {
  const key = `${weight}|${fontSize.toFixed(3)}|${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    measureCtx ??= document.createElement('canvas').getContext('2d');
    if (measureCtx) {
      measureCtx.font = `${weight} ${fontSize}px ${FONT_FAMILY}`;
      // rounded up as the renderer rounds it
      w = Math.ceil(measureCtx.measureText(text).width);
    } else {
      w = text.length * fontSize * (weight === 'normal' ? 0.6 : 0.66);
    }
    if (widths.size > 20_000) widths.clear();
    widths.set(key, w);
  }
  return w;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Which nodes get a label, most important first; `extraImportant` adds app knowledge (expanded entities). */
export function placeLabels(
  cy: Core,
  extraImportant: (n: NodeSingular) => boolean = () => false,
): { shown: number; of: number } {
  const zoom = cy.zoom();
  const fontSize = LABEL_PX / zoom;
  const ext = cy.extent();
  const nodes = cy.nodes().filter((n) => n.visible());
  const inView: NodeSingular[] = [];
  const outOfView: NodeSingular[] = [];
  nodes.forEach((n) => {
    const p = n.position();
    (p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2 ? inView : outOfView).push(n);
  });
  const score = (n: NodeSingular): number => {
    if (n.selected() || MUST.some((c) => n.hasClass(c)) || extraImportant(n)) return 1e9;
    const degree = n.connectedEdges().filter((e) => e.visible()).length;
    return degree * 4 + Number(n.data('articles') ?? 1);
  };
  const ranked = inView.map((n) => ({ n, s: score(n) })).sort((a, b) => b.s - a.s || (a.n.id() < b.n.id() ? -1 : 1));
  const grid = new Map<string, Box[]>();
  const cells = (b: Box) => {
    const out: string[] = [];
    for (let gx = Math.floor(b.x1 / CELL); gx <= Math.floor(b.x2 / CELL); gx++) {
      for (let gy = Math.floor(b.y1 / CELL); gy <= Math.floor(b.y2 / CELL); gy++) out.push(`${gx}:${gy}`);
    }
    return out;
  };
  const show = new Set<NodeSingular>();
  for (const { n, s } of ranked) {
    const label = String(n.data('label') ?? '');
    if (!label) continue;
    const rp = n.renderedPosition();
    const half = (n.renderedHeight() || 0) / 2;
    const w = textWidth(label, String(n.style('font-weight') || 'normal'), fontSize) * zoom + 4;
    // the label sits under the node (text-valign bottom, text-margin-y 4 screen pixels)
    const box: Box = { x1: rp.x - w / 2, x2: rp.x + w / 2, y1: rp.y + half + 3, y2: rp.y + half + 5 + LABEL_PX * 1.25 };
    const keys = cells(box);
    const clash = keys.some((k) =>
      grid.get(k)?.some((o) => o.x1 < box.x2 && box.x1 < o.x2 && o.y1 < box.y2 && box.y1 < o.y2),
    );
    if (clash && s < 1e9) continue;
    show.add(n);
    for (const k of keys) {
      const list = grid.get(k);
      if (list) list.push(box);
      else grid.set(k, [box]);
    }
  }
  cy.batch(() => {
    for (const n of inView) {
      if (show.has(n)) n.removeClass('nolabel');
      else n.addClass('nolabel');
    }
    // off screen: no label until a pan brings them in (the labels are placed again when the view stops moving)
    for (const n of outOfView) n.addClass('nolabel');
    // a bypass per node (the stylesheet would grow by a rule at every zoom); only where the size changed
    const margin = 4 / zoom;
    nodes.forEach((n) => {
      if (Math.abs(n.numericStyle('font-size') - fontSize) > fontSize * 0.02)
        n.style({ 'font-size': fontSize, 'text-margin-y': margin });
    });
  });
  return { shown: show.size, of: nodes.length };
}

/**
 * Place labels now and again whenever the view stops moving or the graph changes. Returns a function that places
 * them at once (after a path highlight or a selection, for instance).
 */
export function attachLabels(cy: Core, extraImportant?: (n: NodeSingular) => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const place = () => {
    clearTimeout(timer);
    timer = undefined;
    // a graph torn down while a placement was pending has no renderer left to draw labels with
    if (!cy.destroyed()) placeLabels(cy, extraImportant);
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(place, 120);
  };
  // `relabel`: entities hidden, filtered or shown again (a node shown again has no size until it is drawn, so its
  // label is placed on the next round, not at once)
  cy.on('viewport resize add remove select unselect relabel', soon);
  cy.on('position', 'node', soon);
  cy.one('destroy', () => clearTimeout(timer));
  return place;
}
