// Geometry for "Re-layout" that keeps the user's mental map: which nodes need moving (they overlap another node or
// sit far from every node they link to), and how to lay a new drawing over the old one (rotation, optional mirror
// and shift that move the nodes least) so that a tidied drawing is not also a turned or mirrored one.

export interface Point {
  x: number;
  y: number;
}

export interface TidyNode extends Point {
  id: string;
  /** half the node's width: two nodes overlap when their centres are closer than the sum of their radii plus a gap */
  radius: number;
}

/** gap two node bodies keep so that their labels and edges can be told apart */
export const OVERLAP_GAP = 12;

/**
 * Nodes that need a new place: those whose body overlaps another's (closer than both radii plus `gap`), and those
 * with links whose nearest linked node is more than `far` away (dragged off, or left behind by a removed hub).
 */
export function nodesNeedingPlace(
  nodes: readonly TidyNode[],
  links: ReadonlyArray<readonly [string, string]>,
  far: number,
  gap = OVERLAP_GAP,
): Set<string> {
  const need = new Set<string>();
  // a grid of cells as wide as the biggest overlap distance: only neighbouring cells can overlap
  const cell = Math.max(1, 2 * Math.max(0, ...nodes.map((n) => n.radius)) + gap);
  const grid = new Map<string, TidyNode[]>();
  const at = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  for (const n of nodes) {
    const k = at(n.x, n.y);
    const list = grid.get(k);
    if (list) list.push(n);
    else grid.set(k, [n]);
  }
  for (const n of nodes) {
    const cx = Math.floor(n.x / cell);
    const cy = Math.floor(n.y / cell);
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++)
        for (const m of grid.get(`${cx + i},${cy + j}`) ?? []) {
          if (m === n) continue;
          if (Math.hypot(n.x - m.x, n.y - m.y) < n.radius + m.radius + gap) need.add(n.id);
        }
  }
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  const nearest = new Map<string, number>();
  for (const [a, b] of links) {
    const p = byId.get(a);
    const q = byId.get(b);
    if (!p || !q || a === b) continue;
    const d = Math.hypot(p.x - q.x, p.y - q.y);
    nearest.set(a, Math.min(nearest.get(a) ?? Infinity, d));
    nearest.set(b, Math.min(nearest.get(b) ?? Infinity, d));
  }
  for (const [id, d] of nearest) if (d > far) need.add(id);
  return need;
}

/**
 * The rigid motion (rotation, mirrored or not, then a shift) that lays `after` closest to `before` in the least-squares
 * sense (2-D Procrustes), applied to `after`. A layout's shape does not change under it; only where it sits does.
 */
export function alignTo(before: ReadonlyMap<string, Point>, after: ReadonlyMap<string, Point>): Map<string, Point> {
  const ids = [...after.keys()].filter((k) => before.has(k));
  if (ids.length === 0) return new Map(after);
  const mean = (m: ReadonlyMap<string, Point>) => {
    let x = 0;
    let y = 0;
    for (const k of ids) {
      x += m.get(k)!.x;
      y += m.get(k)!.y;
    }
    return { x: x / ids.length, y: y / ids.length };
  };
  const ca = mean(before);
  const cb = mean(after);
  const best = [1, -1]
    .map((mirror) => {
      // rotation angle that best turns (mirrored) `after` onto `before` around their centres
      let dot = 0;
      let cross = 0;
      for (const k of ids) {
        const a = before.get(k)!;
        const b = after.get(k)!;
        const bx = (b.x - cb.x) * mirror;
        const by = b.y - cb.y;
        const ax = a.x - ca.x;
        const ay = a.y - ca.y;
        dot += bx * ax + by * ay;
        cross += bx * ay - by * ax;
      }
      const t = Math.atan2(cross, dot);
      const [cos, sin] = [Math.cos(t), Math.sin(t)];
      const place = (p: Point): Point => {
        const bx = (p.x - cb.x) * mirror;
        const by = p.y - cb.y;
        return { x: ca.x + cos * bx - sin * by, y: ca.y + sin * bx + cos * by };
      };
      let cost = 0;
      for (const k of ids) {
        const q = place(after.get(k)!);
        const a = before.get(k)!;
        cost += (q.x - a.x) ** 2 + (q.y - a.y) ** 2;
      }
      return { place, cost };
    })
    .sort((p, q) => p.cost - q.cost)[0]!;
  return new Map([...after].map(([k, p]) => [k, best.place(p)] as const));
}

/** mean distance between two placements of the same nodes */
export function meanShift(before: ReadonlyMap<string, Point>, after: ReadonlyMap<string, Point>): number {
  let sum = 0;
  let n = 0;
  for (const [k, a] of before) {
    const b = after.get(k);
    if (!b) continue;
    sum += Math.hypot(a.x - b.x, a.y - b.y);
    n++;
  }
  return n ? sum / n : 0;
}

/**
 * Push overlapping nodes apart, each pair along the line between their centres and by no more than it takes, so
 * that a drawing loses its overlaps and keeps its shape. `fixed` nodes do not move (the other node of a pair takes
 * the whole push). Returns every node's place; after `rounds` rounds a very crowded drawing may keep a few overlaps.
 */
export function removeOverlaps(
  nodes: readonly TidyNode[],
  fixed: ReadonlySet<string>,
  gap = OVERLAP_GAP,
  rounds = 80,
): Map<string, Point> {
  const at = nodes.map((n) => ({ ...n }));
  const cell = Math.max(1, 2 * Math.max(0, ...nodes.map((n) => n.radius)) + gap);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let round = 0; round < rounds; round++) {
    const grid = new Map<string, number[]>();
    at.forEach((n, i) => {
      const k = `${Math.floor(n.x / cell)},${Math.floor(n.y / cell)}`;
      const list = grid.get(k);
      if (list) list.push(i);
      else grid.set(k, [i]);
    });
    let pushed = false;
    at.forEach((n, i) => {
      const cx = Math.floor(n.x / cell);
      const cy = Math.floor(n.y / cell);
      for (let a = -1; a <= 1; a++)
        for (let b = -1; b <= 1; b++)
          for (const j of grid.get(`${cx + a},${cy + b}`) ?? []) {
            if (j <= i) continue;
            const m = at[j]!;
            const fi = fixed.has(n.id);
            const fj = fixed.has(m.id);
            if (fi && fj) continue;
            let dx = m.x - n.x;
            let dy = m.y - n.y;
            let d = Math.hypot(dx, dy);
            const want = n.radius + m.radius + gap;
            if (d >= want) continue;
            if (d < 1e-6) {
              // the same spot: part them in a direction that differs from pair to pair
              dx = Math.cos((i + j) * golden);
              dy = Math.sin((i + j) * golden);
              d = 1;
            } else {
              dx /= d;
              dy /= d;
            }
            const push = want - Math.max(d, 0) + 0.5;
            const [si, sj] = fi ? [0, 1] : fj ? [1, 0] : [0.5, 0.5];
            n.x -= dx * push * si;
            n.y -= dy * push * si;
            m.x += dx * push * sj;
            m.y += dy * push * sj;
            pushed = true;
          }
    });
    if (!pushed) break;
  }
  return new Map(at.map((n) => [n.id, { x: n.x, y: n.y }] as const));
}

/**
 * A last pass for the nodes a layout left overlapping or far from their links: each is put on the nearest clear spot
 * around the middle of the nodes it links to (around where it stands when it has no links), searched on a spiral
 * outwards. Other nodes, and those in `fixed`, do not move. A force layout usually gets these right; this makes sure
 * "Re-layout" never leaves a node it was asked to place on top of another or stranded away from its links.
 */
export function placeNearLinks(
  nodes: readonly TidyNode[],
  links: ReadonlyArray<readonly [string, string]>,
  far: number,
  fixed: ReadonlySet<string>,
  gap = OVERLAP_GAP,
): Map<string, Point> {
  const at = new Map<string, TidyNode>(nodes.map((n) => [n.id, { ...n }]));
  const linked = new Map<string, string[]>();
  for (const [a, b] of links) {
    if (a === b || !at.has(a) || !at.has(b)) continue;
    linked.set(a, [...(linked.get(a) ?? []), b]);
    linked.set(b, [...(linked.get(b) ?? []), a]);
  }
  const stuck = [...nodesNeedingPlace([...at.values()], links, far, gap)].filter((k) => !fixed.has(k)).sort();
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (const id of stuck) {
    const n = at.get(id)!;
    const others = [...at.values()].filter((m) => m.id !== id);
    const clear = (x: number, y: number) =>
      others.every((m) => Math.hypot(x - m.x, y - m.y) >= n.radius + m.radius + gap);
    const near = (x: number, y: number) =>
      (linked.get(id) ?? []).every((k) => k === id) ||
      (linked.get(id) ?? []).some((k) => Math.hypot(x - at.get(k)!.x, y - at.get(k)!.y) <= far);
    if (clear(n.x, n.y) && near(n.x, n.y)) continue;
    const partners = (linked.get(id) ?? []).map((k) => at.get(k)!);
    const centre = partners.length
      ? {
          x: partners.reduce((s, p) => s + p.x, 0) / partners.length,
          y: partners.reduce((s, p) => s + p.y, 0) / partners.length,
        }
      : { x: n.x, y: n.y };
    const step = Math.max(4, (n.radius + gap) / 2);
    // a sunflower spiral: even coverage of the disc at every radius, nearest spots first
    for (let i = 1; i < 5_000; i++) {
      const r = step * Math.sqrt(i);
      const x = centre.x + r * Math.cos(i * golden);
      const y = centre.y + r * Math.sin(i * golden);
      if (clear(x, y) && near(x, y)) {
        n.x = x;
        n.y = y;
        break;
      }
    }
  }
  return new Map([...at].map(([k, p]) => [k, { x: p.x, y: p.y }] as const));
}
