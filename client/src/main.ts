// The explorer: wires search, graph, details panel, filters, timeline, map, duplicates and the URL state together.
import './csp.ts';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import type {
  EdgeEvidenceResponse,
  EdgeType,
  EntityResponse,
  EntitySummary,
  GraphEdge,
  NeighborsResponse,
  NodeType,
} from '../../src/api/contract.ts';
import { INCIDENT_KINDS, ORG_KINDS, isSymmetricRelation, linkEnds, relationLabel } from '../../src/ontology/index.ts';
import { api, type GraphFilters } from './api.ts';
import { byId, clear, h } from './dom.ts';
import { createDuplicatesView } from './duplicates.ts';
import { initJudgements } from './judgements.ts';
import { exportCsv, exportPng } from './export.ts';
import { exportView, fetchViewEvidence } from './exports.ts';
import { findBox } from './find.ts';
import { GraphView, supportText } from './graph/view.ts';
import { INCIDENT_FAMILIES, NODE_TYPES, TYPE_STYLE, fitView } from './graph/style.ts';
import { initLayout, revealPanel } from './layout.ts';
import { createMap } from './map.ts';
import {
  EVIDENCE_PAGE,
  renderArticle,
  renderEdge,
  renderEmpty,
  renderEntity,
  renderLoading,
  type PanelActions,
} from './panel.ts';
import { entityPicker } from './search.ts';
import {
  EDGE_TYPES,
  MAX_POSITIONS,
  decodeState,
  emptyState,
  encodeState,
  type PathQuery,
  type ViewState,
} from './state.ts';
import { createTimeline } from './timeline.ts';
import { createWhatsNewView } from './whats-new.ts';
import './style.css';

const PAGE = 25;
/** the server's largest neighbour page (NEIGHBORS_LIMIT_MAX in src/server/routes/entities.ts) */
const SERVER_PAGE_MAX = 500;

const graph = new GraphView(byId('cy'));
const cy = graph.cy;
const panel = byId('panel');
const status = byId('status');
/** evidence fetched so far, keyed by entity key or edge id; goes into the JSON export */
const evidenceCache: Record<string, unknown> = {};
let state: ViewState = emptyState();
let writingHash = false;
/** while a link is being opened the graph is still filling: the URL keeps what was asked for until it is done */
let restoring = 0;

function setStatus(message: string, isError = false): void {
  status.textContent = message;
  status.classList.toggle('error', isError);
  status.setAttribute('role', isError ? 'alert' : 'status');
}
const fail = (what: string) => (err: unknown) =>
  setStatus(`${what}: ${err instanceof Error ? err.message : String(err)}`, true);

// ---------- URL state ----------
function syncHash(): void {
  if (restoring > 0) return;
  state.focus = [...graph.expanded.keys()];
  state.limits = Object.fromEntries(
    [...graph.expanded].filter(([, st]) => st.limit !== PAGE).map(([k, st]) => [k, st.limit]),
  );
  state.shown = [...graph.focus].filter((k) => !graph.expanded.has(k) && graph.node(k));
  const sel = graph.selectedNodes();
  state.selected =
    state.selected && sel.some((n) => n.id() === state.selected)
      ? state.selected
      : sel[0]
        ? sel[0].id()
        : state.selected && graph.node(state.selected)
          ? state.selected
          : null;
  state.alsoSelected = sel.map((n) => n.id()).filter((k) => k !== state.selected);
  if (state.edge && cy.getElementById(state.edge).empty()) state.edge = null;
  state.hidden = cy.nodes('.hidden').map((n) => n.id());
  state.removed = graph.removedKeys();
  state.pinned = cy.nodes('.pinned').map((n) => n.id());
  // positions and view only once the layout has settled (a timer syncs again then); a big graph lays itself out anew
  if (graph.idle) {
    const nodes = cy.nodes();
    state.positions =
      nodes.length <= MAX_POSITIONS
        ? Object.fromEntries(
            nodes.map((n) => [n.id(), { x: Math.round(n.position().x), y: Math.round(n.position().y) }]),
          )
        : {};
    const pan = cy.pan();
    const zoom = cy.zoom();
    state.viewport = nodes.nonempty()
      ? {
          zoom: Math.round(zoom * 1000) / 1000,
          x: Math.round((cy.width() / 2 - pan.x) / zoom),
          y: Math.round((cy.height() / 2 - pan.y) / zoom),
        }
      : null;
  }
  const next = `#${encodeState(state)}`;
  if (location.hash !== next && !(next === '#' && location.hash === '')) {
    writingHash = true;
    history.replaceState(null, '', next === '#' ? location.pathname + location.search : next);
    writingHash = false;
  }
}

/** Sync the URL once the graph is still (after a drag, a layout, a pan or zoom); bursts of events make one write. */
let syncTimer: number | undefined;
function syncSoon(): void {
  window.clearTimeout(syncTimer);
  syncTimer = window.setTimeout(() => {
    if (graph.idle) syncHash();
    else syncSoon();
  }, 250);
}

// ---------- filters ----------
function serverFilters(): GraphFilters {
  // the server takes one list for both kinds; an unrestricted side must list all of its kinds
  const kinds =
    state.orgKinds.length || state.incidentKinds.length
      ? [
          ...(state.orgKinds.length ? state.orgKinds : ORG_KINDS),
          ...(state.incidentKinds.length ? state.incidentKinds : INCIDENT_KINDS),
        ]
      : [];
  return {
    types: state.types,
    kinds,
    rels: state.rels,
    from: state.from,
    to: state.to,
    sources: state.source ? [state.source] : [],
  };
}

function applyClientFilters(): void {
  graph.setClientFilters({
    types: state.types,
    orgKinds: state.orgKinds,
    incidentKinds: state.incidentKinds,
    rels: state.rels,
    from: state.from,
    to: state.to,
  });
}

/** Identifies the server-side filters: a neighbourhood fetched under another signature is fetched again. */
function filterSignature(): string {
  return JSON.stringify(serverFilters());
}

/** The first `limit` neighbours of `key` under the filters `f`, in pages the server accepts. */
async function fetchNeighbourhood(key: string, limit: number, f: GraphFilters): Promise<NeighborsResponse> {
  const first = await api.neighbors(key, Math.min(limit, SERVER_PAGE_MAX), 0, f);
  const nodes = [...first.nodes];
  const edges = [...first.edges];
  while (nodes.length < Math.min(limit, first.total)) {
    const next = await api.neighbors(key, Math.min(limit - nodes.length, SERVER_PAGE_MAX), nodes.length, f);
    if (next.nodes.length === 0) break;
    nodes.push(...next.nodes);
    edges.push(...next.edges);
  }
  return { ...first, nodes, edges };
}

/** the latest request per entity: an older answer arriving late must not overwrite a newer one */
const latestRequest = new Map<string, number>();
let requestSeq = 0;
let inFlight = 0;

/**
 * Fetch and draw `key`'s neighbourhood under the filters active when the answer arrives: if they changed while
 * waiting, ask again. A refresh (after a filter change or undo) is dropped if `key` is no longer expanded by then.
 * Returns null when the answer was superseded or dropped.
 */
async function loadNeighbourhood(
  key: string,
  limit: number,
  why: 'expand' | 'refresh',
): Promise<NeighborsResponse | null> {
  const token = ++requestSeq;
  latestRequest.set(key, token);
  inFlight++;
  try {
    for (;;) {
      const signature = filterSignature();
      const res = await fetchNeighbourhood(key, limit, serverFilters());
      if (latestRequest.get(key) !== token) return null;
      if (signature !== filterSignature()) continue;
      if (why === 'refresh' && !graph.expanded.has(key)) return null;
      if (why === 'expand') graph.checkpoint();
      graph.setNeighbourhood(key, res, limit, signature);
      return res;
    }
  } finally {
    inFlight--;
    if (latestRequest.get(key) === token) latestRequest.delete(key);
  }
}

/**
 * Bring the graph in line with the filters: hide at once what the entity filters exclude, then fetch again every
 * expanded neighbourhood that was fetched under other filters (date range and outlet depend on which articles
 * support each link, which only the server knows; paged neighbourhoods differ under every filter).
 */
async function reconcile(): Promise<void> {
  applyClientFilters();
  const signature = filterSignature();
  // a request still under way asks again by itself if the filters changed while it waited (and keeps its limit,
  // which a "Show more" in flight has already raised)
  const stale = [...graph.expanded].filter(([key, st]) => st.filters !== signature && !latestRequest.has(key));
  if (stale.length === 0) return;
  setStatus('Applying filters…');
  try {
    await Promise.all(stale.map(([key, st]) => loadNeighbourhood(key, st.limit, 'refresh')));
    if (filterSignature() === signature) setStatus('Filters applied.');
  } catch (err) {
    fail('Could not apply filters')(err);
  }
  updateUi();
  syncHash();
}

function checkboxGroup(
  host: HTMLElement,
  name: string,
  values: readonly string[],
  labels: (v: string) => string | Node,
  current: () => string[],
  set: (v: string[]) => void,
): void {
  for (const v of values) {
    const id = `${name}-${v.replace(/\W+/g, '-')}`;
    const box = h('input', { type: 'checkbox', id, value: v, name });
    box.addEventListener('change', () => {
      const checked = [...host.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
      // all ticked means no restriction
      set(checked.length === values.length ? [] : checked);
      void reconcile();
      syncHash();
    });
    host.append(h('div', { class: 'check' }, box, h('label', { for: id }, labels(v))));
  }
  const refresh = () => {
    const cur = current();
    host.querySelectorAll<HTMLInputElement>('input').forEach((b) => {
      b.checked = cur.length === 0 || cur.includes(b.value);
    });
  };
  refreshers.push(refresh);
}
const refreshers: Array<() => void> = [];

function typeLabel(t: string): Node {
  const s = TYPE_STYLE[t as NodeType];
  return h(
    'span',
    {},
    h('span', { class: 'sym', style: `color:${s.color}`, 'aria-hidden': 'true' }, s.symbol),
    ` ${s.label}`,
  );
}

function initFilters(): void {
  checkboxGroup(
    byId('f-types'),
    'type',
    NODE_TYPES,
    typeLabel,
    () => state.types,
    (v) => {
      state.types = v as NodeType[];
    },
  );
  checkboxGroup(
    byId('f-orgkinds'),
    'okind',
    ORG_KINDS,
    (v) => v.replace(/_/g, ' '),
    () => state.orgKinds,
    (v) => {
      state.orgKinds = v;
    },
  );
  checkboxGroup(
    byId('f-inckinds'),
    'ikind',
    INCIDENT_KINDS,
    (v) => v,
    () => state.incidentKinds,
    (v) => {
      state.incidentKinds = v;
    },
  );
  checkboxGroup(
    byId('f-rels'),
    'rel',
    EDGE_TYPES,
    relationLabel,
    () => state.rels,
    (v) => {
      state.rels = v as EdgeType[];
    },
  );
  const from = byId<HTMLInputElement>('f-from');
  const to = byId<HTMLInputElement>('f-to');
  const onDate = () => {
    state.from = from.value || null;
    state.to = to.value || null;
    timeline.showRange(state.from, state.to);
    worldMap.setRange(state.from, state.to);
    void reconcile();
    syncHash();
  };
  from.addEventListener('change', onDate);
  to.addEventListener('change', onDate);
  const source = byId<HTMLSelectElement>('f-source');
  source.addEventListener('change', () => {
    state.source = source.value || null;
    void reconcile();
    syncHash();
  });
  refreshers.push(() => {
    from.value = state.from ?? '';
    to.value = state.to ?? '';
    source.value = state.source ?? '';
  });
  byId('btn-reset-filters').addEventListener('click', () => {
    Object.assign(state, { types: [], orgKinds: [], incidentKinds: [], rels: [], from: null, to: null, source: null });
    refreshFilterControls();
    timeline.showRange(null, null);
    worldMap.setRange(null, null);
    void reconcile();
    syncHash();
  });
  api
    .sources()
    .then((res) => {
      for (const s of res.sources) source.append(h('option', { value: s.name }, `${s.name} (${s.articles})`));
      source.value = state.source ?? '';
    })
    .catch(fail('Could not load outlets'));
}

function refreshFilterControls(): void {
  for (const r of refreshers) r();
}

// ---------- legend ----------
function initLegend(): void {
  const legend = byId('legend');
  for (const t of NODE_TYPES) {
    const s = TYPE_STYLE[t];
    legend.append(
      h(
        'li',
        {},
        h('span', { class: `swatch shape-${s.shape}`, style: `background:${s.color}`, 'aria-hidden': 'true' }),
        s.label,
      ),
    );
  }
  legend.append(
    h(
      'li',
      {},
      h('span', { class: 'swatch edge', 'aria-hidden': 'true' }),
      'Link — thicker = more independent reports',
    ),
  );
  legend.append(h('li', {}, h('span', { class: 'swatch edge dashed', 'aria-hidden': 'true' }), 'Mentioned together'));
  legend.append(h('li', {}, h('span', { class: 'swatch edge dotted', 'aria-hidden': 'true' }), 'Spoke about it'));
  legend.append(h('li', {}, h('span', { class: 'swatch pinned', 'aria-hidden': 'true' }), 'Pinned (double ring)'));
  const fam = h('li', { class: 'families' }, h('span', { class: 'dim small' }, 'Incident kinds: '));
  for (const f of INCIDENT_FAMILIES)
    fam.append(
      h(
        'span',
        { class: 'fam' },
        h('span', { class: 'dot', style: `background:${f.color}`, 'aria-hidden': 'true' }),
        f.family,
      ),
    );
  legend.append(fam);
}

// ---------- graph actions ----------
/** Expand `key` (its first `limit` neighbours), or with `more` one page further than it shows now. */
async function expand(key: string, more = false, limit = PAGE): Promise<void> {
  const st = graph.expanded.get(key);
  if (st && !more) return;
  setStatus('Loading neighbours…');
  try {
    const res = await loadNeighbourhood(key, st ? st.limit + PAGE : limit, 'expand');
    if (res) {
      const left = res.total - res.nodes.length;
      setStatus(
        `${res.center.name}: ${res.nodes.length} of ${res.total} neighbours shown${left > 0 ? ' — “Show more” loads the next page' : ''}.`,
      );
    }
  } catch (err) {
    fail('Could not load neighbours')(err);
  }
  updateUi();
  syncHash();
}

async function focusEntity(key: string): Promise<void> {
  showView('explore');
  graph.focus.add(key);
  graph.unremove(key);
  await expand(key);
  const n = graph.node(key);
  if (n) {
    cy.nodes(':selected').unselect();
    n.select();
    // the entity and its drawn neighbours in view, labels whole, once its neighbourhood is in place (centring on it
    // pushed neighbours to one side under the details panel)
    void whenIdle().then(() => {
      const near = graph
        .node(key)
        ?.closedNeighborhood()
        .filter((e) => e.visible());
      if (near) graph.reveal(near);
    });
    await showEntity(key);
  }
}

async function showEntity(key: string): Promise<void> {
  revealPanel();
  state.selected = key;
  state.edge = null;
  state.article = null;
  renderLoading(panel, 'evidence');
  try {
    const res = await api.entity(key);
    evidenceCache[key] = res;
    if (state.selected !== key) return;
    renderEntity(panel, res, actions, async (offset) => {
      const page = await api.entity(key, offset, EVIDENCE_PAGE);
      evidenceCache[key] = {
        ...res,
        evidence: [...((evidenceCache[key] as EntityResponse | undefined) ?? res).evidence, ...page.evidence],
      };
      return page.evidence;
    });
  } catch (err) {
    renderEmpty(panel);
    fail('Could not load evidence')(err);
  }
  syncHash();
}

async function showEdge(edge: EdgeSingular): Promise<void> {
  const e = edge.data('edge') as GraphEdge;
  revealPanel();
  state.selected = null;
  state.edge = e.id;
  state.article = null;
  renderLoading(panel, 'evidence');
  try {
    const res = await api.edgeEvidence(e.from, e.to, e.type);
    evidenceCache[e.id] = res;
    if (state.edge !== e.id) return;
    renderEdge(
      panel,
      res,
      { from: edge.source().data('name') as string, to: edge.target().data('name') as string },
      actions,
      async (offset) => {
        const page = await api.edgeEvidence(e.from, e.to, e.type, offset, EVIDENCE_PAGE);
        evidenceCache[e.id] = {
          ...res,
          evidence: [...((evidenceCache[e.id] as EdgeEvidenceResponse | undefined) ?? res).evidence, ...page.evidence],
        };
        return page.evidence;
      },
    );
  } catch (err) {
    renderEmpty(panel);
    fail('Could not load edge evidence')(err);
  }
  syncHash();
}

async function openArticle(id: string): Promise<void> {
  state.article = id;
  renderLoading(panel, 'article');
  try {
    const res = await api.article(id);
    if (state.article !== id) return;
    renderArticle(panel, res, actions);
    panel.scrollTop = 0;
    panel.focus({ preventScroll: true });
  } catch (err) {
    renderEmpty(panel);
    fail('Could not load the article')(err);
  }
  syncHash();
}

const actions: PanelActions = {
  openArticle: (id) => void openArticle(id),
  focusEntity: (key) => void focusEntity(key),
  compare: (a, b) => void compare(a, b),
};

function selectedKeys(): string[] {
  return graph.selectedNodes().map((n) => n.id());
}

// ---------- UI state ----------
function updateUi(): void {
  const sel = graph.selectedNodes();
  const one = sel.length === 1 ? sel[0]! : null;
  const st = one ? graph.expanded.get(one.id()) : undefined;
  byId('sel-name').textContent =
    sel.length === 0
      ? 'Nothing selected.'
      : one
        ? `${one.data('name') as string}${st ? ` — ${st.loaded}/${st.total} neighbours` : ''}`
        : `${sel.length} entities selected`;
  byId<HTMLButtonElement>('btn-expand').disabled = !one || Boolean(st);
  byId<HTMLButtonElement>('btn-more').disabled = !one || !st || st.loaded >= st.total;
  byId<HTMLButtonElement>('btn-collapse').disabled = !sel.some((n) => graph.expanded.has(n.id()));
  byId<HTMLButtonElement>('btn-hide').disabled = sel.length === 0;
  byId<HTMLButtonElement>('btn-pin').disabled = sel.length === 0;
  byId('btn-pin').textContent = one && one.hasClass('pinned') ? 'Unpin' : 'Pin';
  byId<HTMLButtonElement>('btn-remove').disabled = sel.length === 0;
  byId<HTMLButtonElement>('btn-unhide').disabled = cy.$('.hidden').empty();
  byId<HTMLButtonElement>('btn-undo').disabled = !graph.canUndo;
  byId('empty-hint').hidden = cy.nodes().nonempty();
  renderNodeList();
}

let nodeListTimer: number | undefined;
function renderNodeList(): void {
  window.clearTimeout(nodeListTimer);
  nodeListTimer = window.setTimeout(() => {
    const list = byId('node-list');
    const nodes = graph.visibleNodes().sort((a, b) => String(a.data('name')).localeCompare(String(b.data('name'))));
    byId('node-count').textContent = `(${nodes.length})`;
    const refocus = focusedIn(list, 'data-key');
    clear(list);
    for (const n of nodes.slice(0, 300)) {
      const t = TYPE_STYLE[n.data('type') as NodeType];
      const b = h(
        'button',
        {
          type: 'button',
          class: `node-item${n.selected() ? ' selected' : ''}`,
          'aria-pressed': n.selected() ? 'true' : 'false',
          'data-key': n.id(),
        },
        h('span', { class: 'sym', style: `color:${t.color}`, 'aria-hidden': 'true' }, t.symbol),
        ` ${n.data('name') as string}`,
        h('span', { class: 'sr-only' }, `, ${t.label}`),
      );
      b.addEventListener('click', () => {
        cy.nodes(':selected').unselect();
        n.select();
        cy.animate({ center: { eles: n }, duration: 200 });
        void showEntity(n.id());
      });
      list.append(h('li', {}, b));
    }
    if (nodes.length > 300) list.append(h('li', { class: 'dim small' }, `…and ${nodes.length - 300} more`));
    refocus();
    renderEdgeList();
  }, 60);
}

/**
 * A list redrawn while the keyboard is in it keeps the keyboard where it was: the button for the same entity or link
 * takes focus back (else it would fall to the page, and Enter would do nothing). Call before clearing the list; the
 * returned function after refilling it.
 */
function focusedIn(list: HTMLElement, attribute: 'data-key' | 'data-edge'): () => void {
  const active = document.activeElement;
  const value = active && list.contains(active) ? active.getAttribute(attribute) : null;
  return () => {
    if (value === null) return;
    const again = [...list.querySelectorAll<HTMLElement>(`[${attribute}]`)].find(
      (b) => b.getAttribute(attribute) === value,
    );
    again?.focus({ preventScroll: true });
  };
}

const EDGE_LIST_MAX = 60;
/**
 * The links of the one selected entity as buttons: the keyboard way to reach an edge (Tab to it, Enter opens its
 * evidence). Strongest support first.
 */
function renderEdgeList(): void {
  const list = byId('edge-list');
  const refocus = focusedIn(list, 'data-edge');
  clear(list);
  const sel = graph.selectedNodes();
  const one = sel.length === 1 ? sel[0]! : null;
  const visible = new Set(graph.visibleEdges().map((e) => e.id()));
  const edges = one ? (one.connectedEdges().toArray() as EdgeSingular[]).filter((e) => visible.has(e.id())) : [];
  byId('h-edges').hidden = edges.length === 0;
  edges.sort(
    (a, b) =>
      Number(b.data('independent')) - Number(a.data('independent')) || String(a.id()).localeCompare(String(b.id())),
  );
  for (const e of edges.slice(0, EDGE_LIST_MAX)) {
    const outgoing = e.source().id() === one!.id();
    const other = outgoing ? e.target() : e.source();
    const type = relationLabel(String(e.data('type')));
    const b = h(
      'button',
      {
        type: 'button',
        class: `node-item edge-item${e.selected() ? ' selected' : ''}`,
        'aria-pressed': String(e.selected()),
        'data-edge': e.id(),
      },
      h('span', { 'aria-hidden': 'true' }, isSymmetricRelation(String(e.data('type'))) ? '— ' : outgoing ? '→ ' : '← '),
      `${other.data('name') as string}`,
      h('span', { class: 'dim small' }, ` · ${type} · ${supportText(e.data('edge') as GraphEdge)}`),
    );
    b.addEventListener('click', () => {
      cy.edges(':selected').unselect();
      e.select();
      void showEdge(e).then(() => panel.focus({ preventScroll: true }));
    });
    list.append(h('li', {}, b));
  }
  if (edges.length > EDGE_LIST_MAX)
    list.append(h('li', { class: 'dim small' }, `…and ${edges.length - EDGE_LIST_MAX} more`));
  refocus();
}

// ---------- cytoscape events ----------
const tooltip = byId('tooltip');
function showTip(text: string, x: number, y: number): void {
  tooltip.textContent = text;
  tooltip.hidden = false;
  tooltip.style.left = `${x + 14}px`;
  tooltip.style.top = `${y + 14}px`;
}
cy.on('mouseover', 'node', (ev) => {
  const n = ev.target as NodeSingular;
  const s = n.data('summary') as EntitySummary;
  const st = graph.expanded.get(n.id());
  showTip(
    `${s.name}\n${TYPE_STYLE[s.type].label}${s.kind ? ` · ${s.kind}` : ''}${s.date ? ` · ${s.date.slice(0, 10)}` : ''} · ${s.articles} article(s)${st ? `\n${st.loaded}/${st.total} neighbours shown` : '\nclick to expand'}`,
    ev.renderedPosition.x,
    ev.renderedPosition.y,
  );
});
cy.on('mouseover', 'edge', (ev) => {
  const e = ev.target as EdgeSingular;
  e.addClass('hover');
  showTip(
    `${linkEnds(String(e.data('type')), e.source().data('name') as string, e.target().data('name') as string)}\n${e.data('caption') as string}`,
    ev.renderedPosition.x,
    ev.renderedPosition.y,
  );
});
cy.on('mouseout', 'node, edge', (ev) => {
  (ev.target as NodeSingular).removeClass('hover');
  tooltip.hidden = true;
});
cy.on('tap', 'node', (ev) => {
  const n = ev.target as NodeSingular;
  tooltip.hidden = true;
  void showEntity(n.id());
  if (!graph.expanded.has(n.id())) void expand(n.id());
});
cy.on('tap', 'edge', (ev) => {
  tooltip.hidden = true;
  void showEdge(ev.target as EdgeSingular);
});
cy.on('select unselect', () => {
  updateUi();
  syncSoon();
});
cy.on('viewport', () => {
  tooltip.hidden = true;
  syncSoon();
});
cy.on('dragfree', 'node', () => syncSoon());
graph.onChange = () => updateUi();
graph.onSettled = () => syncSoon();

// ---------- toolbar ----------
function undo(): void {
  if (graph.undo()) {
    setStatus('Undone.');
    // the neighbourhoods come back as they were fetched; fetch again those from under other filters
    void reconcile();
    syncHash();
  }
}
byId('btn-undo').addEventListener('click', undo);
byId('btn-layout').addEventListener('click', () => {
  const r = graph.relayout();
  if (r.of === 0) return;
  setStatus(
    r.local
      ? `Re-layout: ${r.needing} of ${r.of} entities overlapped or sat far from their links and were placed again; others move only to make room.`
      : `Re-layout: the drawing was relaxed from where it is and laid back over itself (${r.of} entities).`,
  );
});
byId('btn-fit').addEventListener('click', () => fitView(cy, cy.elements(':visible'), 40, 2));
byId('btn-clear').addEventListener('click', () => {
  graph.clearAll();
  latestRequest.clear();
  renderEmpty(panel);
  state.selected = null;
  state.article = null;
  syncHash();
});
byId('btn-expand').addEventListener('click', () => {
  const k = selectedKeys()[0];
  if (k) void expand(k);
});
byId('btn-more').addEventListener('click', () => {
  const k = selectedKeys()[0];
  if (k) void expand(k, true);
});
byId('btn-hide').addEventListener('click', () => {
  graph.hide(selectedKeys());
  syncHash();
});
byId('btn-pin').addEventListener('click', () => {
  graph.togglePin(selectedKeys());
  syncHash();
});
byId('btn-remove').addEventListener('click', () => {
  graph.remove(selectedKeys());
  syncHash();
});
byId('btn-collapse').addEventListener('click', () => {
  graph.collapse(selectedKeys());
  syncHash();
});
byId('btn-unhide').addEventListener('click', () => {
  graph.showHidden();
  syncHash();
});

function viewNodes(): EntitySummary[] {
  return graph.visibleNodes().map((n) => n.data('summary') as EntitySummary);
}
function viewEdges(): GraphEdge[] {
  return graph.visibleEdges().map((e) => e.data('edge') as GraphEdge);
}
byId('btn-png').addEventListener('click', () => exportPng(cy));
/** exports carry the evidence of everything in view, fetched in batches first */
function exporting(what: string, run: (nodes: EntitySummary[], edges: GraphEdge[]) => Promise<unknown>): void {
  setStatus(`Exporting ${what} with the evidence of ${cy.nodes(':visible').length} entities and their links…`);
  run(viewNodes(), viewEdges())
    .then(() => setStatus(`Exported ${what}.`))
    .catch(fail(`Could not export ${what}`));
}
byId('btn-json').addEventListener('click', () =>
  exporting('JSON', (n, e) => exportView('json', api.evidence, n, e, { ...state, hash: location.hash })),
);
byId('btn-graphml').addEventListener('click', () =>
  exporting('GraphML', (n, e) => exportView('graphml', api.evidence, n, e, null)),
);
byId('btn-csv').addEventListener('click', () =>
  exporting('CSV', async (n, e) => exportCsv(n, e, await fetchViewEvidence(api.evidence, n, e))),
);
byId('btn-evcsv').addEventListener('click', () =>
  exporting('evidence CSV', (n, e) => exportView('evidence-csv', api.evidence, n, e, null)),
);

document.addEventListener('keydown', (ev) => {
  const target = ev.target as HTMLElement | null;
  const typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
  if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'z' && !typing) {
    ev.preventDefault();
    undo();
  }
});

// ---------- search & paths ----------
findBox({
  input: byId<HTMLInputElement>('search-input'),
  list: byId<HTMLUListElement>('search-list'),
  typeSelect: byId<HTMLSelectElement>('search-type'),
  onEntity: (key) => void focusEntity(key),
  onArticle: (id) => {
    showView('explore');
    void openArticle(id);
  },
  onError: (m) => setStatus(m, true),
});
byId('search-form').addEventListener('submit', (ev) => ev.preventDefault());
const pathFrom = entityPicker({
  input: byId<HTMLInputElement>('path-from'),
  list: byId<HTMLUListElement>('path-from-list'),
  onPick: () => {},
  onError: (m) => setStatus(m, true),
});
const pathTo = entityPicker({
  input: byId<HTMLInputElement>('path-to'),
  list: byId<HTMLUListElement>('path-to-list'),
  onPick: () => {},
  onError: (m) => setStatus(m, true),
});

const pathList = byId<HTMLOListElement>('path-list');
const pathNoCo = byId<HTMLInputElement>('path-noco');
/** the answer shown in the path list, with the query that gave it */
let pathAnswer: {
  query: PathQuery;
  paths: Array<{ nodes: string[]; edges: string[] }>;
  names: Map<string, string>;
} | null = null;

function pathText(nodes: string[], names: Map<string, string>): string {
  return nodes.map((k) => names.get(k) ?? k).join(' → ');
}

/** Draw the chosen path (or, while the pointer is over another in the list, that one without moving the view). */
function showPath(index: number, fit: boolean): void {
  const p = pathAnswer?.paths[index];
  if (p) graph.highlightPath(p.nodes, p.edges, fit);
}

function choosePath(index: number): void {
  if (!pathAnswer || !pathAnswer.paths[index]) return;
  pathAnswer.query.index = index;
  state.path = { ...pathAnswer.query };
  pathList.querySelectorAll('button').forEach((b, i) => b.setAttribute('aria-pressed', String(i === index)));
  showPath(index, true);
  syncHash();
}

function renderPathList(): void {
  clear(pathList);
  if (!pathAnswer) return;
  const { paths, names, query } = pathAnswer;
  paths.forEach((p, i) => {
    const hops = p.nodes.length - 1;
    const b = h(
      'button',
      { type: 'button', class: 'path-item', 'aria-pressed': String(i === query.index), 'data-index': String(i) },
      h('span', { class: 'dim small' }, `${hops} hop${hops === 1 ? '' : 's'} · `),
      pathText(p.nodes, names),
    );
    // the path under the pointer or the keyboard focus is drawn; leaving the list draws the chosen one again
    b.addEventListener('mouseenter', () => showPath(i, false));
    b.addEventListener('focus', () => showPath(i, false));
    b.addEventListener('mouseleave', () => showPath(pathAnswer?.query.index ?? 0, false));
    b.addEventListener('blur', () => showPath(pathAnswer?.query.index ?? 0, false));
    b.addEventListener('click', () => choosePath(i));
    pathList.append(h('li', {}, b));
  });
}

/** Search paths for `query` and draw them; `undoable` is false when a link is being opened. */
async function runPathSearch(query: PathQuery, names: { from: string; to: string }, undoable: boolean): Promise<void> {
  const out = byId('path-result');
  out.textContent = 'Searching…';
  try {
    const rels = query.noCoMentions ? EDGE_TYPES.filter((t) => t !== 'CO_MENTIONED') : [];
    const res = await api.paths(query.from, query.to, query.max, rels);
    if (res.paths.length === 0) {
      out.textContent = `No path between ${names.from} and ${names.to} within ${query.max} hops${query.noCoMentions ? ' without “mentioned together” links' : ''}.`;
      pathAnswer = null;
      renderPathList();
      graph.clearPath();
      state.path = null;
      return;
    }
    if (undoable) graph.checkpoint();
    graph.focus.add(query.from);
    graph.focus.add(query.to);
    graph.addKept(res.nodes, res.edges, graph.node(query.from) ? query.from : null);
    const ends = new Map(res.nodes.map((n) => [n.key, n]));
    pathFrom.set(ends.get(query.from) ?? null);
    pathTo.set(ends.get(query.to) ?? null);
    byId<HTMLSelectElement>('path-max').value = String(query.max);
    pathNoCo.checked = query.noCoMentions;
    const index = Math.min(query.index, res.paths.length - 1);
    pathAnswer = {
      query: { ...query, index },
      paths: res.paths,
      names: new Map(res.nodes.map((n) => [n.key, n.name])),
    };
    state.path = { ...pathAnswer.query };
    renderPathList();
    showPath(index, true);
    const shortest = res.paths[0]!.nodes.length - 1;
    out.textContent = `${res.paths.length} path${res.paths.length === 1 ? '' : 's'}, shortest first (${shortest} hop${shortest === 1 ? '' : 's'}). Point at one to see it; choose one to keep it in the link.`;
  } catch (err) {
    out.textContent = '';
    fail('Path search failed')(err);
  }
}

async function findPath(): Promise<void> {
  const a = pathFrom.value();
  const b = pathTo.value();
  if (!a || !b) {
    byId('path-result').textContent = 'Pick both ends from the suggestions first.';
    return;
  }
  const query: PathQuery = {
    from: a.key,
    to: b.key,
    max: Number(byId<HTMLSelectElement>('path-max').value),
    noCoMentions: pathNoCo.checked,
    index: 0,
  };
  await runPathSearch(query, { from: a.name, to: b.name }, true);
  syncHash();
}
byId('btn-path').addEventListener('click', () => void findPath());
byId('btn-path-clear').addEventListener('click', () => {
  graph.clearPath();
  pathFrom.set(null);
  pathTo.set(null);
  pathAnswer = null;
  state.path = null;
  renderPathList();
  byId('path-result').textContent = '';
  syncHash();
});

// ---------- timeline & map ----------
const timeline = createTimeline(
  byId('timeline'),
  (from, to) => {
    state.from = from;
    state.to = to;
    worldMap.setRange(from, to);
    refreshFilterControls();
    void reconcile();
    syncHash();
    setStatus(from || to ? `Date range ${from ?? '…'} – ${to ?? '…'}` : 'Date range cleared.');
  },
  (key) => void focusEntity(key),
);
byId('btn-range-clear').addEventListener('click', () => {
  state.from = null;
  state.to = null;
  refreshFilterControls();
  timeline.showRange(null, null);
  worldMap.setRange(null, null);
  void reconcile();
  syncHash();
});
byId('btn-tl-zoom').addEventListener('click', () => {
  if (state.from && state.to) timeline.zoom({ from: state.from, to: state.to });
  else setStatus('Drag over the timeline to choose a range first.');
});
byId('btn-tl-all').addEventListener('click', () => timeline.zoom(null));
function showPlaying(on: boolean): void {
  byId('btn-tl-play').setAttribute('aria-pressed', String(on));
  byId('btn-tl-play').textContent = on ? '❚❚ Pause' : '▶ Play';
}
byId('btn-tl-play').addEventListener('click', () => showPlaying(timeline.togglePlay(() => showPlaying(false))));
const worldMap = createMap(byId('map'), (key) => void focusEntity(key));
byId('btn-map-reset').addEventListener('click', () => worldMap.resetZoom());
const placesButton = byId('btn-map-places');
placesButton.addEventListener('click', () => {
  const button = placesButton;
  const show = button.getAttribute('aria-pressed') !== 'true';
  button.setAttribute('aria-pressed', String(show));
  worldMap.setShowPlaces(show);
});
initLayout(() => cy.resize());

// ---------- views ----------
const dupView = createDuplicatesView(
  byId('dup-list'),
  byId('dup-compare'),
  (m) => setStatus(m, true),
  (a, b) => void compare(a, b),
);
let dupLoaded = false;
const whatsNew = createWhatsNewView(byId('whats-new'), byId('new-badge'), {
  focusEntity: (key) => void focusEntity(key),
  openArticle: (id) => {
    showView('explore');
    void openArticle(id);
  },
  onError: (m) => setStatus(m, true),
});
function showView(view: ViewState['view']): void {
  state.view = view;
  byId('explore').hidden = view !== 'explore';
  byId('duplicates').hidden = view !== 'duplicates';
  byId('whats-new').hidden = view !== 'new';
  // the graph's tools (layout, fit, clear, undo, exports of the view) act on a graph the other views hide
  byId('graph-tools').hidden = view !== 'explore';
  byId('tab-explore').setAttribute('aria-pressed', String(view === 'explore'));
  byId('tab-duplicates').setAttribute('aria-pressed', String(view === 'duplicates'));
  byId('tab-new').setAttribute('aria-pressed', String(view === 'new'));
  if (view === 'new') void whatsNew.show();
  if (view === 'duplicates' && !dupLoaded) {
    dupLoaded = true;
    void dupView.load();
  }
  if (view === 'explore') cy.resize();
  syncHash();
}
async function compare(a: string, b: string): Promise<void> {
  state.compare = [a, b];
  showView('duplicates');
  await dupView.compare(a, b);
  byId('dup-compare').focus();
  syncHash();
}
byId('tab-explore').addEventListener('click', () => showView('explore'));
byId('tab-duplicates').addEventListener('click', () => showView('duplicates'));
byId('tab-new').addEventListener('click', () => showView('new'));

// ---------- start ----------
async function restore(hash: string): Promise<void> {
  restoring++;
  try {
    await fillFrom(decodeState(hash));
  } finally {
    restoring--;
  }
  syncHash();
}

async function fillFrom(wanted: ViewState): Promise<void> {
  // opening a link is not an edit: nothing to undo on a fresh page; answers still on their way are for the old one
  graph.clearAll(cy.elements().nonempty());
  latestRequest.clear();
  pathAnswer = null;
  renderPathList();
  graph.clearPath();
  // what the link removed stays away, and every entity it drew comes back to the same place (not laid out anew)
  graph.prepare(wanted.removed, wanted.positions, wanted.hidden);
  // syncHash rewrites state.focus/selected as the graph fills, so keep the wanted values apart
  state = { ...wanted, focus: [] };
  refreshFilterControls();
  timeline.showRange(state.from, state.to);
  worldMap.setRange(state.from, state.to);
  applyClientFilters();
  showView(state.view);
  for (const k of wanted.focus) {
    graph.focus.add(k);
    await expand(k, false, wanted.limits[k] ?? PAGE);
  }
  const single = async (k: string, asFocus: boolean) => {
    try {
      const { extra: _extra, ...entity } = (await api.entity(k)).entity;
      if (asFocus) graph.focus.add(k);
      graph.addKept([entity], [], null);
    } catch (err) {
      fail('Could not load an entity of the link')(err);
    }
  };
  for (const k of wanted.shown) await single(k, true);
  if (wanted.path) await runPathSearch(wanted.path, { from: wanted.path.from, to: wanted.path.to }, false);
  // a pinned entity stays when nothing else brings it (its neighbourhood was collapsed): fetch it on its own
  for (const k of wanted.pinned) if (!graph.node(k)) await single(k, false);
  graph.pin(wanted.pinned);
  graph.hideExactly(wanted.hidden.filter((k) => graph.node(k)));
  const selected = [wanted.selected, ...wanted.alsoSelected].filter((k): k is string => Boolean(k && graph.node(k)));
  for (const k of selected) graph.node(k)!.select();
  const edge = wanted.edge ? cy.getElementById(wanted.edge) : null;
  if (edge && edge.nonempty() && edge.isEdge()) {
    edge.select();
    await showEdge(edge);
  } else if (wanted.selected && graph.node(wanted.selected)) {
    await showEntity(wanted.selected);
  }
  if (wanted.article) await openArticle(wanted.article);
  if (wanted.compare) await dupView.compare(wanted.compare[0], wanted.compare[1]);
  if (!wanted.selected && !wanted.article && !wanted.edge) renderEmpty(panel);
  await whenIdle();
  if (wanted.viewport) {
    const { zoom, x, y } = wanted.viewport;
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom } });
  } else {
    fitView(cy, cy.elements(':visible'), 40, 1.25);
  }
}

/** Resolves when no layout runs and nothing animates (a path fit, nodes moving to their places). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (graph.idle ? resolve() : window.setTimeout(check, 50));
    check();
  });
}

window.addEventListener('hashchange', () => {
  if (!writingHash) void restore(location.hash);
});

initLegend();
initFilters();
initJudgements(cy, document.querySelector<HTMLElement>('.sidebar') ?? document.body);
renderEmpty(panel);
Promise.all([api.timeline(), api.map()])
  .then(([t, m]) => {
    timeline.render(t.incidents);
    worldMap.render(m.places, m.incidents);
  })
  .catch(fail('Could not load the timeline and map'));
void restore(location.hash);
// for the browser tests and for debugging in the console
(window as unknown as { kg: unknown }).kg = { cy, graph, state: () => state, pending: () => inFlight + restoring };
