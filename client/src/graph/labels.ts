// Node labels that stay legible at any size of graph: drawn at one size on screen whatever the zoom, and only where
// they fit. The most important entities (focused, expanded, selected, pinned, on the path, then the best connected and
// most reported) claim their place first; a label that would overlap one already placed is left out. Zooming in
// spreads the nodes apart, so more labels fit, until all are shown.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

/** label size on screen, in CSS pixels */
export const LABEL_PX = 12;
/** the classes on a node that make its label a must (set by GraphView and the path highlight) */
const MUST = ['focus', 'pinned', 'path'];
/** a selected link's caption size on screen, in CSS pixels */
const CAPTION_PX = 11;
/** where a link's caption may sit, in the order tried: along it (0 source, 1 target), on it or to either side */
const CAPTION_STOPS: ReadonlyArray<readonly [t: number, side: -1 | 0 | 1]> = [0.5, 0.38, 0.62, 0.26, 0.74].flatMap(
  (t) =>
    [
      [t, 0],
      [t, 1],
      [t, -1],
    ] as const,
);
/** clear space kept around a caption, in screen pixels, so that it never touches a node's label */
const CAPTION_GAP = 2;
/** how far from its link a caption may go, in steps of the distance that clears the link */
const CAPTION_REACH = [1, 2, 3] as const;
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

/** How far a node's label reaches below the node, in screen pixels: the margin and one line (as placeLabels boxes it). */
export const LABEL_BELOW_PX = 5 + LABEL_PX * 1.25;

/**
 * Half the on-screen width of a node's label, in CSS pixels, whatever the zoom (labels are drawn at LABEL_PX on
 * screen): what a fit must leave free on either side of the node for its label to show whole.
 */
export function labelHalfWidth(n: NodeSingular): number {
  const label = String(n.data('label') ?? '');
  if (!label) return 0;
  return (textWidth(label, String(n.style('font-weight') || 'normal'), LABEL_PX) + 4) / 2;
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
  const place = (box: Box) => {
    for (const k of cells(box)) {
      const list = grid.get(k);
      if (list) list.push(box);
      else grid.set(k, [box]);
    }
  };
  const clashes = (box: Box) => {
    const seen = new Set<Box>();
    for (const k of cells(box))
      for (const o of grid.get(k) ?? [])
        if (o.x1 < box.x2 && box.x1 < o.x2 && o.y1 < box.y2 && box.y1 < o.y2) seen.add(o);
    return seen.size;
  };
  // the caption of a selected link goes after the labels that must show and before the others, where it covers
  // fewest of them and no node (nodes are drawn over links)
  let captions: Array<{ e: EdgeSingular; dx: number; dy: number }> | null = null;
  const placeCaptions = () => {
    const placed: Array<{ e: EdgeSingular; dx: number; dy: number }> = [];
    captions = placed;
    const bodies = inView.map((n) => n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }));
    cy.edges(':selected').forEach((e) => {
      if (!e.visible()) return;
      const text = String(e.data('short') ?? '');
      if (!text) return;
      // the box drawn: the text, its background padding and its border (both in model units, so scaled by the zoom),
      // and the gap kept clear around it
      const frame =
        (e.numericStyle('text-background-padding') + e.numericStyle('text-border-width')) * zoom + CAPTION_GAP;
      const w = textWidth(text, 'normal', CAPTION_PX) + 2 * frame;
      const h = CAPTION_PX + 2 * frame;
      const mid = e.renderedMidpoint();
      const a = e.source().renderedPosition();
      const b = e.target().renderedPosition();
      let best: { box: Box; cost: number; dx: number; dy: number } | null = null;
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      // beside the link: a level caption clears a steep link by half its width, a flat one by half its height
      const nx = -(b.y - a.y) / len;
      const ny = (b.x - a.x) / len;
      const aside = Math.min(w / 2 / Math.max(Math.abs(nx), 1e-6), h / 2 / Math.max(Math.abs(ny), 1e-6)) + 3;
      // where no stop beside the link is clear, farther out from it (a caption a little off its link is still read as
      // its caption; one over a label hides both)
      stops: for (const reach of CAPTION_REACH) {
        for (const [t, side] of CAPTION_STOPS) {
          if (reach > 1 && side === 0) continue;
          const dx = (t - 0.5) * (b.x - a.x) + side * reach * aside * nx;
          const dy = (t - 0.5) * (b.y - a.y) + side * reach * aside * ny;
          const box = {
            x1: mid.x + dx - w / 2,
            x2: mid.x + dx + w / 2,
            y1: mid.y + dy - h / 2,
            y2: mid.y + dy + h / 2,
          };
          const covered = bodies.filter((o) => o.x1 < box.x2 && box.x1 < o.x2 && o.y1 < box.y2 && box.y1 < o.y2).length;
          const cost = 2 * covered + clashes(box);
          if (!best || cost < best.cost) best = { box, cost, dx, dy };
          if (cost === 0) break stops;
        }
      }
      place(best!.box);
      placed.push({ e, dx: best!.dx, dy: best!.dy });
    });
  };
  const show = new Set<NodeSingular>();
  for (const { n, s } of ranked) {
    if (!captions && s < 1e9) placeCaptions();
    const label = String(n.data('label') ?? '');
    if (!label) continue;
    const rp = n.renderedPosition();
    const half = (n.renderedHeight() || 0) / 2;
    const w = textWidth(label, String(n.style('font-weight') || 'normal'), fontSize) * zoom + 4;
    // the label sits under the node (text-valign bottom, text-margin-y 4 screen pixels)
    const box: Box = { x1: rp.x - w / 2, x2: rp.x + w / 2, y1: rp.y + half + 3, y2: rp.y + half + LABEL_BELOW_PX };
    const keys = cells(box);
    const clash = keys.some((k) =>
      grid.get(k)?.some((o) => o.x1 < box.x2 && box.x1 < o.x2 && o.y1 < box.y2 && box.y1 < o.y2),
    );
    if (clash && s < 1e9) continue;
    show.add(n);
    place(box);
  }
  if (!captions) placeCaptions();
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
    for (const { e, dx, dy } of captions ?? [])
      e.style({ 'font-size': CAPTION_PX / zoom, 'text-margin-x': dx / zoom, 'text-margin-y': dy / zoom });
  });
  return { shown: show.size, of: nodes.length };
}

/** Places labels now, and says whether a placement is still due after a change. */
export interface LabelPlacer {
  /** place them at once (after a path highlight or a selection, for instance) */
  now: () => void;
  /** a change is waiting for its placement (placement runs a moment after the view stops moving) */
  pending: () => boolean;
}

/** Place labels now and again whenever the view stops moving or the graph changes. */
export function attachLabels(cy: Core, extraImportant?: (n: NodeSingular) => boolean): LabelPlacer {
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
  return { now: place, pending: () => timer !== undefined };
}
