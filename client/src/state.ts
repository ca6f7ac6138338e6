// The view state that a link carries, kept in the URL hash: focused entities, filters, selection, open panel.
import type { EdgeType, NodeType } from '../../src/api/contract.ts';

export interface ViewState {
  view: 'explore' | 'duplicates' | 'new';
  /** entities whose neighbourhoods are shown */
  focus: string[];
  /** how many neighbours of a focused entity are shown, where more than one page ("Show more") */
  limits: Record<string, number>;
  /** entities shown on their own, without their neighbourhoods (collapsed, or ends of a found path) */
  shown: string[];
  selected: string | null;
  article: string | null;
  types: NodeType[];
  orgKinds: string[];
  incidentKinds: string[];
  /** relationship types shown; empty = all */
  rels: EdgeType[];
  from: string | null;
  to: string | null;
  source: string | null;
  compare: [string, string] | null;
}

export function emptyState(): ViewState {
  return { view: 'explore', focus: [], limits: {}, shown: [], selected: null, article: null, types: [], orgKinds: [], incidentKinds: [], rels: [], from: null, to: null, source: null, compare: null };
}

const NODE_TYPES = new Set(['person', 'organization', 'place', 'incident']);
export const EDGE_TYPES: readonly EdgeType[] = ['ROLE', 'AFFILIATED_WITH', 'LOCATED_IN', 'PARTICIPATED_IN', 'SPOKE_AT', 'CO_MENTIONED'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
/** a neighbour count the server can page through; anything else in a link is ignored */
const LIMIT = /^[1-9]\d{0,4}$/;

export function encodeState(s: ViewState): string {
  const q = new URLSearchParams();
  if (s.view !== 'explore') q.set('view', s.view);
  for (const k of s.focus) q.append('f', k);
  // one entry per focused entity, in the same order; empty where it shows the default page
  if (s.focus.some((k) => s.limits[k] !== undefined)) q.set('lim', s.focus.map((k) => s.limits[k] ?? '').join(','));
  for (const k of s.shown) q.append('k', k);
  if (s.selected) q.set('sel', s.selected);
  if (s.article) q.set('article', s.article);
  if (s.types.length) q.set('types', s.types.join(','));
  if (s.orgKinds.length) q.set('ok', s.orgKinds.join(','));
  if (s.incidentKinds.length) q.set('ik', s.incidentKinds.join(','));
  if (s.rels.length) q.set('rels', s.rels.join(','));
  if (s.from) q.set('from', s.from);
  if (s.to) q.set('to', s.to);
  if (s.source) q.set('src', s.source);
  if (s.compare) q.set('cmp', s.compare.join(','));
  return q.toString();
}

/** Parse a hash; unknown or malformed values are dropped rather than trusted. */
export function decodeState(hash: string): ViewState {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const s = emptyState();
  const view = q.get('view');
  s.view = view === 'duplicates' || view === 'new' ? view : 'explore';
  s.focus = q.getAll('f').filter((k) => k.length > 0 && k.length < 500);
  const limits = (q.get('lim') ?? '').split(',');
  if (limits.length === s.focus.length) {
    s.focus.forEach((k, i) => {
      const n = limits[i]!;
      if (LIMIT.test(n)) s.limits[k] = Number(n);
    });
  }
  s.shown = q.getAll('k').filter((k) => k.length > 0 && k.length < 500 && !s.focus.includes(k));
  s.selected = q.get('sel');
  s.article = q.get('article');
  s.types = list(q.get('types')).filter((t): t is NodeType => NODE_TYPES.has(t));
  s.orgKinds = list(q.get('ok'));
  s.incidentKinds = list(q.get('ik'));
  s.rels = list(q.get('rels')).filter((t): t is EdgeType => (EDGE_TYPES as readonly string[]).includes(t));
  const from = q.get('from');
  const to = q.get('to');
  s.from = from && DATE.test(from) ? from : null;
  s.to = to && DATE.test(to) ? to : null;
  s.source = q.get('src');
  const cmp = list(q.get('cmp'));
  s.compare = cmp.length === 2 ? [cmp[0]!, cmp[1]!] : null;
  return s;
}
