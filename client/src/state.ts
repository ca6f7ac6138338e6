// The view state that a link carries, kept in the URL hash: focused entities, filters, selection, open panel.
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from '../../src/api/contract.ts';

export interface ViewState {
  view: 'explore' | 'duplicates' | 'new';
  /** entities whose neighbourhoods are shown */
  focus: string[];
  /** how many neighbours of a focused entity are shown, where more than one page ("Show more") */
  limits: Record<string, number>;
  /** entities shown on their own, without their neighbourhoods (collapsed, or ends of a found path) */
  shown: string[];
  /** the selected entity whose evidence is shown */
  selected: string | null;
  /** further selected entities (Shift/Ctrl-click, box selection) */
  alsoSelected: string[];
  /** the link whose evidence is shown (edge id) */
  edge: string | null;
  article: string | null;
  /** entities hidden with "Hide" (drawn again by "Show hidden") */
  hidden: string[];
  /** entities removed: neighbourhoods do not bring them back */
  removed: string[];
  pinned: string[];
  /** where each entity is drawn (graph coordinates, rounded); empty when the graph is too large to carry them */
  positions: Record<string, Position>;
  /** the graph coordinate at the centre of the canvas, and the zoom */
  viewport: { zoom: number; x: number; y: number } | null;
  path: PathQuery | null;
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

export interface Position {
  x: number;
  y: number;
}

/** a path search and which of its answers is chosen */
export interface PathQuery {
  from: string;
  to: string;
  max: number;
  /** paths may not use CO_MENTIONED links */
  noCoMentions: boolean;
  /** the chosen path's place in the answer (shortest first) */
  index: number;
}

/** Above this many nodes a link does not carry positions (the URL would grow past what is sensible to share). */
export const MAX_POSITIONS = 400;

export function emptyState(): ViewState {
  return {
    view: 'explore',
    focus: [],
    limits: {},
    shown: [],
    selected: null,
    alsoSelected: [],
    edge: null,
    article: null,
    hidden: [],
    removed: [],
    pinned: [],
    positions: {},
    viewport: null,
    path: null,
    types: [],
    orgKinds: [],
    incidentKinds: [],
    rels: [],
    from: null,
    to: null,
    source: null,
    compare: null,
  };
}

/** every link type the graph holds (the ontology's, as the API accepts them): follow-ups, series and kin included */
export { EDGE_TYPES };
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
  for (const k of s.alsoSelected) q.append('sel2', k);
  if (s.edge) q.set('edge', s.edge);
  if (s.article) q.set('article', s.article);
  for (const k of s.hidden) q.append('h', k);
  for (const k of s.removed) q.append('rm', k);
  for (const k of s.pinned) q.append('pin', k);
  if (s.path) {
    q.set('pf', s.path.from);
    q.set('pt', s.path.to);
    q.set('pmax', String(s.path.max));
    if (s.path.noCoMentions) q.set('pco', '0');
    if (s.path.index) q.set('pi', String(s.path.index));
  }
  if (s.types.length) q.set('types', s.types.join(','));
  if (s.orgKinds.length) q.set('ok', s.orgKinds.join(','));
  if (s.incidentKinds.length) q.set('ik', s.incidentKinds.join(','));
  if (s.rels.length) q.set('rels', s.rels.join(','));
  if (s.from) q.set('from', s.from);
  if (s.to) q.set('to', s.to);
  if (s.source) q.set('src', s.source);
  if (s.compare) q.set('cmp', s.compare.join(','));
  // positions last: the rest of the link stays readable; "x,y,key" (a key may itself contain commas)
  for (const [k, p] of Object.entries(s.positions)) q.append('p', `${p.x},${p.y},${k}`);
  if (s.viewport) q.set('vp', `${s.viewport.zoom},${s.viewport.x},${s.viewport.y}`);
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
  const key = (k: string) => k.length > 0 && k.length < 500;
  s.selected = q.get('sel');
  s.alsoSelected = q.getAll('sel2').filter(key);
  s.edge = q.get('edge');
  s.article = q.get('article');
  s.hidden = q.getAll('h').filter(key);
  s.removed = q.getAll('rm').filter(key);
  s.pinned = q.getAll('pin').filter(key);
  for (const entry of q.getAll('p')) {
    const m = /^(-?\d{1,7}(?:\.\d+)?),(-?\d{1,7}(?:\.\d+)?),(.+)$/.exec(entry);
    if (m && key(m[3]!)) s.positions[m[3]!] = { x: Number(m[1]), y: Number(m[2]) };
  }
  const vp = (q.get('vp') ?? '').split(',').map(Number);
  if (vp.length === 3 && vp.every(Number.isFinite) && vp[0]! > 0) s.viewport = { zoom: vp[0]!, x: vp[1]!, y: vp[2]! };
  const pf = q.get('pf');
  const pt = q.get('pt');
  const pmax = Number(q.get('pmax'));
  const pi = Number(q.get('pi') ?? 0);
  if (pf && pt && key(pf) && key(pt) && pf !== pt && Number.isInteger(pmax) && pmax >= 1 && pmax <= 6) {
    s.path = {
      from: pf,
      to: pt,
      max: pmax,
      noCoMentions: q.get('pco') === '0',
      index: Number.isInteger(pi) && pi >= 0 && pi < 10 ? pi : 0,
    };
  }
  s.types = list(q.get('types')).filter((t): t is NodeType => (NODE_TYPES as readonly string[]).includes(t));
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
