// The geometry behind "Re-layout" that keeps the user's mental map (client/src/graph/tidy.ts).
import { describe, expect, it } from 'vitest';
import {
  OVERLAP_GAP,
  alignTo,
  meanShift,
  nodesNeedingPlace,
  placeNearLinks,
  removeOverlaps,
} from '../../client/src/graph/tidy.ts';

const node = (id: string, x: number, y: number, radius = 10) => ({ id, x, y, radius });

describe('nodesNeedingPlace', () => {
  it('names the nodes that overlap another and those far from every node they link to, and no others', () => {
    const nodes = [node('a', 0, 0), node('b', 5, 5), node('c', 200, 0), node('d', 300, 0), node('e', 2000, 0)];
    const links = [
      ['c', 'd'],
      ['d', 'e'],
      ['a', 'c'],
    ] as const;
    // e's only link is 1,700 away; c and d are linked at 100; a and b overlap (a's link to c is 200 long)
    expect([...nodesNeedingPlace(nodes, links, 440)].sort()).toEqual(['a', 'b', 'e']);
  });

  it('counts the gap: bodies closer than both radii plus the gap overlap', () => {
    const apart = 2 * 10 + OVERLAP_GAP;
    expect(nodesNeedingPlace([node('a', 0, 0), node('b', apart + 1, 0)], [], 440).size).toBe(0);
    expect(nodesNeedingPlace([node('a', 0, 0), node('b', apart - 1, 0)], [], 440).size).toBe(2);
  });
});

describe('alignTo', () => {
  it('undoes a rotation, a mirror and a shift exactly, so an unchanged shape does not move', () => {
    const before = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
      ['c', { x: 30, y: 80 }],
      ['d', { x: -40, y: 55 }],
    ]);
    const t = 2.1;
    // mirrored, turned by t, shifted by (500, -300)
    const after = new Map(
      [...before].map(([k, p]) => {
        const x = -p.x;
        return [k, { x: 500 + Math.cos(t) * x - Math.sin(t) * p.y, y: -300 + Math.sin(t) * x + Math.cos(t) * p.y }];
      }),
    );
    expect(meanShift(before, after)).toBeGreaterThan(100);
    expect(meanShift(before, alignTo(before, after))).toBeLessThan(1e-9);
  });

  it('keeps the shape: distances between nodes are what the new layout made them', () => {
    const before = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
      ['c', { x: 0, y: 100 }],
    ]);
    const after = new Map([
      ['a', { x: 10, y: 10 }],
      ['b', { x: 10, y: 150 }],
      ['c', { x: -60, y: 20 }],
    ]);
    const aligned = alignTo(before, after);
    const dist = (m: Map<string, { x: number; y: number }>, p: string, q: string) =>
      Math.hypot(m.get(p)!.x - m.get(q)!.x, m.get(p)!.y - m.get(q)!.y);
    for (const [p, q] of [
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
    ] as const)
      expect(dist(aligned, p, q)).toBeCloseTo(dist(after, p, q), 9);
    expect(meanShift(before, aligned)).toBeLessThan(meanShift(before, after));
  });
});

describe('removeOverlaps', () => {
  it('parts overlapping nodes, moves them no more than it takes, and leaves the others alone', () => {
    const nodes = [node('a', 0, 0), node('b', 4, 0), node('c', 4, 0), node('far', 500, 500)];
    const out = removeOverlaps(nodes, new Set());
    expect(
      nodesNeedingPlace(
        [...out].map(([id, p]) => ({ id, ...p, radius: 10 })),
        [],
        440,
      ).size,
    ).toBe(0);
    expect(out.get('far')).toEqual({ x: 500, y: 500 });
    for (const id of ['a', 'b', 'c']) {
      const p = out.get(id)!;
      expect(Math.hypot(p.x, p.y), id).toBeLessThan(60);
    }
  });

  it('never moves a fixed node: the other of a pair takes the whole push', () => {
    const out = removeOverlaps([node('pin', 0, 0), node('b', 10, 0)], new Set(['pin']));
    expect(out.get('pin')).toEqual({ x: 0, y: 0 });
    expect(out.get('b')!.x).toBeGreaterThanOrEqual(2 * 10 + OVERLAP_GAP);
  });

  it('a crowd of 100 nodes on one spot spreads into a drawing without overlaps', () => {
    const nodes = Array.from({ length: 100 }, (_, i) => node(`n${i}`, 0, 0));
    const out = removeOverlaps(nodes, new Set(), OVERLAP_GAP, 400);
    expect(
      nodesNeedingPlace(
        [...out].map(([id, p]) => ({ id, ...p, radius: 10 })),
        [],
        440,
      ).size,
    ).toBe(0);
  });
});

describe('placeNearLinks', () => {
  const links = [
    ['hub', 'a'],
    ['hub', 'b'],
    ['hub', 'c'],
    ['c', 'lost'],
  ] as const;

  it('moves a node left on top of another, or stranded away from its links, to a clear spot near its links', () => {
    // c sits on a; lost links only to c and is 3,000 away from it
    const nodes = [node('hub', 0, 0), node('a', 100, 0), node('b', -100, 0), node('c', 101, 1), node('lost', 3000, 0)];
    expect([...nodesNeedingPlace(nodes, links, 440)].sort()).toEqual(['a', 'c', 'lost']);
    const placed = placeNearLinks(nodes, links, 440, new Set());
    const after = nodes.map((n) => ({ ...n, ...placed.get(n.id)! }));
    expect(nodesNeedingPlace(after, links, 440).size).toBe(0);
    // only what needed a place moved, and of the overlapping pair only one
    for (const k of ['hub', 'b']) expect(placed.get(k)).toEqual({ x: nodes.find((n) => n.id === k)!.x, y: 0 });
    const moved = ['a', 'c'].filter((k) => {
      const n = nodes.find((m) => m.id === k)!;
      return placed.get(k)!.x !== n.x || placed.get(k)!.y !== n.y;
    });
    expect(moved).toHaveLength(1);
    const c = placed.get('c')!;
    const lost = placed.get('lost')!;
    expect(Math.hypot(lost.x - c.x, lost.y - c.y)).toBeLessThanOrEqual(440);
  });

  it('never moves a fixed (pinned) node, even when it needs a place', () => {
    const nodes = [node('hub', 0, 0), node('a', 100, 0), node('b', -100, 0), node('c', 200, 0), node('lost', 3000, 0)];
    const placed = placeNearLinks(nodes, links, 440, new Set(['lost']));
    expect(placed.get('lost')).toEqual({ x: 3000, y: 0 });
  });

  it('leaves a drawing with nothing to fix exactly as it was', () => {
    const nodes = [node('hub', 0, 0), node('a', 100, 0), node('b', -100, 0), node('c', 0, 100), node('lost', 0, 200)];
    const placed = placeNearLinks(nodes, links, 440, new Set());
    for (const n of nodes) expect(placed.get(n.id)).toEqual({ x: n.x, y: n.y });
  });
});
