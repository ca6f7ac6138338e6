// Rule `place/one-place-per-incident`: which of the places an Incident node's reports give it are linked to it.
import { placeEvidence, type MatchPlace } from '../resolution/incident-matcher.js';
import type { StoredFrame } from './incident-frames.js';

/** the places of one Incident node's reports that are not linked to it, and why */
export interface PlaceVerdict {
  /** place key → its name and the articles that place the incident there */
  drop: Map<string, { name: string; articles: Set<string> }>;
  reason: string;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A place a report gives agrees with where the node is placed when it is that place, or the matcher's place evidence
 * finds it inside, around or beside it (a site in the town, the town's county or state, a town within a few km)
 * without a block. A place in another town, one the gazetteer does not locate (nothing says where it is), or a
 * namesake placed elsewhere does not.
 */
export function agrees(place: MatchPlace, chosen: MatchPlace): boolean {
  if (place.key === chosen.key) return true;
  const ev = placeEvidence(place, chosen);
  return ev.blocked === null && ev.points > 0;
}

/**
 * Rule `place/one-place-per-incident`: reports of one incident may disagree on where it happened (one misreads a
 * name as a town, another places it in the next town, a third at the reporter's dateline). The node is placed where
 * most reports say (placeVote), and the map, the entity page and the node's LOCATED_IN links show that place:
 * a report's place that conflicts with it is not linked. What the report said stays on its frame, on the article's
 * sentences and in the reason, which names each place left out with the articles giving it. `chosen` is the node's
 * place; `frames` its members. Null when every report's place agrees with it.
 */
export function placeVerdict(chosen: MatchPlace | null, frames: readonly StoredFrame[]): PlaceVerdict | null {
  if (!chosen) return null;
  const drop = new Map<string, { name: string; articles: Set<string> }>();
  let agreeing = 0;
  const placed = frames.filter((f) => f.place);
  for (const f of placed) {
    const place = f.place!;
    if (agrees(place, chosen)) {
      agreeing++;
      continue;
    }
    const d = drop.get(place.key) ?? { name: place.name, articles: new Set<string>() };
    d.articles.add(f.articleId);
    drop.set(place.key, d);
  }
  if (!drop.size) return null;
  const left = [...drop.values()]
    .map((d) => `${d.name} (${[...d.articles].sort(cmp).join(', ')})`)
    .sort(cmp)
    .join('; ');
  return {
    drop,
    reason: `place/one-place-per-incident: ${agreeing} of ${placed.length} placed reports agree with ${chosen.name}; not linked, as they place it elsewhere: ${left}`,
  };
}

/** whether a relationship of a frame is a LOCATED_IN link the node's place verdict leaves out */
export function droppedPlaceLink(
  r: { type: string; to: string },
  from: string,
  key: string,
  verdict: PlaceVerdict | undefined,
): boolean {
  return r.type === 'LOCATED_IN' && from === key && !!verdict?.drop.has(r.to);
}

/** a verdict's identity, to see it change between two clusterings */
export function placeVerdictId(v: PlaceVerdict | undefined): string {
  return v ? [...v.drop.keys()].sort(cmp).join('\u0000') : '';
}

/**
 * Rule `place/conflicting-tie-to-town`: where as many reports give one place as another, the place more of the
 * node's reports agree with is taken (a site in the town and the town support each other); where the tied places
 * conflict (a street placed 300 km from the town another report names), a town or region is taken over a site. A
 * site's name recurs in many towns (every state has an East Main Street and a Mountain View Hall), so the gazetteer's
 * point for it is a guess from the article, while a town names where it is. Otherwise `fallback` decides (the more
 * specific place, as for an arena and its city). `tied` are the places with the most reports, one frame each;
 * `pool` every frame that voted. The order is total, so the result does not depend on the order of the reports.
 */
export function breakPlaceTie(
  tied: readonly StoredFrame[],
  pool: readonly StoredFrame[],
  fallback: (a: StoredFrame, b: StoredFrame) => number,
): StoredFrame | null {
  const support = new Map(tied.map((t) => [t.place!.key, pool.filter((f) => agrees(f.place!, t.place!)).length]));
  const conflicted = tied.some((a) => tied.some((b) => !agrees(a.place!, b.place!)));
  const site = (f: StoredFrame) => (conflicted && f.place!.placeKind === 'site' ? 1 : 0);
  return (
    [...tied].sort(
      (a, b) => support.get(b.place!.key)! - support.get(a.place!.key)! || site(a) - site(b) || fallback(a, b),
    )[0] ?? null
  );
}
