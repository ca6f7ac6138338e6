// Exports people open elsewhere: JSON, GraphML (Gephi, yEd, Cytoscape desktop) and CSV of the whole view, each with
// the evidence of every node and link in it (fetched in bounded batches from POST /api/evidence) and the articles
// it comes from named once (title, outlet, URL). The builders are pure; exportView fetches and downloads.
import type {
  BundleSentence,
  EdgeRef,
  EntitySummary,
  EvidenceBundleResponse,
  GraphEdge,
  SourceArticle,
} from '../../src/api/contract.ts';
import { download } from './dom.ts';

/** items per POST /api/evidence (the server takes at most 300) */
const BATCH = 150;
/** sentences per node or link (the server's maximum is 100) */
export const SENTENCES_PER_ITEM = 50;

export interface ItemEvidence {
  evidence: BundleSentence[];
  evidenceTotal: number;
}

export interface ViewEvidence {
  /** by node key and by edge id */
  items: Map<string, ItemEvidence>;
  sources: Map<string, SourceArticle>;
  missing: string[];
}

export type PostEvidence = (body: {
  nodes: string[];
  edges: EdgeRef[];
  perItem: number;
}) => Promise<EvidenceBundleResponse>;

/** The evidence of every node and edge, in batches the server accepts, merged. */
export async function fetchViewEvidence(
  post: PostEvidence,
  nodes: readonly EntitySummary[],
  edges: readonly GraphEdge[],
): Promise<ViewEvidence> {
  const out: ViewEvidence = { items: new Map(), sources: new Map(), missing: [] };
  const work: Array<{ node: string } | { edge: EdgeRef }> = [
    ...nodes.map((n) => ({ node: n.key })),
    ...edges.map((e) => ({ edge: { from: e.from, to: e.to, type: e.type } })),
  ];
  for (let i = 0; i < work.length; i += BATCH) {
    const chunk = work.slice(i, i + BATCH);
    const res = await post({
      nodes: chunk.flatMap((w) => ('node' in w ? [w.node] : [])),
      edges: chunk.flatMap((w) => ('edge' in w ? [w.edge] : [])),
      perItem: SENTENCES_PER_ITEM,
    });
    for (const n of res.nodes) out.items.set(n.key, { evidence: n.evidence, evidenceTotal: n.evidenceTotal });
    for (const e of res.edges) out.items.set(e.id, { evidence: e.evidence, evidenceTotal: e.evidenceTotal });
    for (const s of res.sources) out.sources.set(s.id, s);
    out.missing.push(...res.missing);
  }
  return out;
}

const NO_EVIDENCE: ItemEvidence = { evidence: [], evidenceTotal: 0 };

/** the articles an item's sentences come from (and are repeated in), in source order */
function itemSources(item: ItemEvidence, sources: ViewEvidence['sources']): SourceArticle[] {
  const ids = new Set(item.evidence.flatMap((s) => [s.articleId, ...s.alsoIn]));
  return [...sources.values()].filter((s) => ids.has(s.id));
}

const sourceLine = (s: SourceArticle) =>
  [s.title, s.outlet ?? s.source, s.published?.slice(0, 10), s.url].filter(Boolean).join(' — ');

// ---------- JSON ----------

export function toJsonExport(
  nodes: readonly EntitySummary[],
  edges: readonly GraphEdge[],
  ev: ViewEvidence,
  view: unknown,
  exportedAt = new Date(),
): string {
  const evidence: Record<string, ItemEvidence> = {};
  for (const n of nodes) evidence[n.key] = ev.items.get(n.key) ?? NO_EVIDENCE;
  for (const e of edges) evidence[e.id] = ev.items.get(e.id) ?? NO_EVIDENCE;
  return JSON.stringify(
    {
      exportedAt: exportedAt.toISOString(),
      view,
      nodes: nodes.map((n) => ({ ...n, ...(evidence[n.key] as ItemEvidence) })),
      edges: edges.map((e) => ({ ...e, ...(evidence[e.id] as ItemEvidence) })),
      /** the same evidence by node key and edge id */
      evidence,
      sources: [...ev.sources.values()],
      missing: ev.missing,
    },
    null,
    2,
  );
}

// ---------- GraphML ----------

/** XML 1.0 text: markup characters escaped, characters XML cannot hold at all (most C0 controls) dropped */
export function xmlText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Key {
  id: string;
  for: 'node' | 'edge' | 'graph';
  name: string;
  type: 'string' | 'int' | 'double';
}
const KEYS: Key[] = [
  { id: 'd_label', for: 'node', name: 'label', type: 'string' },
  { id: 'd_type', for: 'node', name: 'type', type: 'string' },
  { id: 'd_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'd_date', for: 'node', name: 'date', type: 'string' },
  { id: 'd_country', for: 'node', name: 'country', type: 'string' },
  { id: 'd_lat', for: 'node', name: 'lat', type: 'double' },
  { id: 'd_lon', for: 'node', name: 'lon', type: 'double' },
  { id: 'd_aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'd_articles', for: 'node', name: 'articles', type: 'int' },
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'e_articles', for: 'edge', name: 'articles', type: 'int' },
  { id: 'e_independent', for: 'edge', name: 'independent_reports', type: 'int' },
  { id: 'e_outlets', for: 'edge', name: 'outlets', type: 'int' },
  { id: 'x_sentences', for: 'node', name: 'sentences', type: 'string' },
  { id: 'x_sentence_count', for: 'node', name: 'sentence_count', type: 'int' },
  { id: 'x_sources', for: 'node', name: 'sources', type: 'string' },
  { id: 'y_sentences', for: 'edge', name: 'sentences', type: 'string' },
  { id: 'y_sentence_count', for: 'edge', name: 'sentence_count', type: 'int' },
  { id: 'y_sources', for: 'edge', name: 'sources', type: 'string' },
  { id: 'g_sources', for: 'graph', name: 'sources', type: 'string' },
  { id: 'g_exported', for: 'graph', name: 'exported_at', type: 'string' },
];

function data(key: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return `<data key="${key}">${xmlText(String(value))}</data>`;
}

/** the sentences of an item, one per line, each with the article it is quoted from */
function sentenceLines(item: ItemEvidence, sources: ViewEvidence['sources']): string {
  return item.evidence
    .map((s) => {
      const a = sources.get(s.articleId);
      return `${s.text} [${a ? sourceLine(a) : s.articleId}]`;
    })
    .join('\n');
}

/** GraphML with every attribute declared; edges directed as stored (a co-mention's direction means nothing). */
export function toGraphml(
  nodes: readonly EntitySummary[],
  edges: readonly GraphEdge[],
  ev: ViewEvidence,
  exportedAt = new Date(),
): string {
  const inView = new Set(nodes.map((n) => n.key));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`),
    '  <graph id="view" edgedefault="directed">',
    `    ${data('g_exported', exportedAt.toISOString())}${data('g_sources', [...ev.sources.values()].map((s) => `${s.id}: ${sourceLine(s)}`).join('\n'))}`,
  ];
  for (const n of nodes) {
    const item = ev.items.get(n.key) ?? NO_EVIDENCE;
    lines.push(
      `    <node id="${xmlText(n.key)}">${data('d_label', n.name)}${data('d_type', n.type)}${data('d_kind', n.kind)}${data('d_date', n.date)}${data('d_country', n.country)}` +
        `${data('d_lat', n.lat)}${data('d_lon', n.lon)}${data('d_aliases', n.aliases.join('; '))}${data('d_articles', n.articles)}` +
        `${data('x_sentences', sentenceLines(item, ev.sources))}${data('x_sentence_count', item.evidenceTotal)}` +
        `${data('x_sources', itemSources(item, ev.sources).map(sourceLine).join('\n'))}</node>`,
    );
  }
  for (const e of edges) {
    if (!inView.has(e.from) || !inView.has(e.to)) continue;
    const item = ev.items.get(e.id) ?? NO_EVIDENCE;
    lines.push(
      `    <edge id="${xmlText(e.id)}" source="${xmlText(e.from)}" target="${xmlText(e.to)}">${data('e_type', e.type)}${data('e_label', e.label)}` +
        `${data('e_weight', e.independent)}${data('e_articles', e.weight)}${data('e_independent', e.independent)}${data('e_outlets', e.outlets)}` +
        `${data('y_sentences', sentenceLines(item, ev.sources))}${data('y_sentence_count', item.evidenceTotal)}` +
        `${data('y_sources', itemSources(item, ev.sources).map(sourceLine).join('\n'))}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

// ---------- CSV ----------

/**
 * Text a spreadsheet would evaluate as a formula (`=HYPERLINK(…)` in an entity name taken from an article) gets a
 * leading apostrophe, which spreadsheets show as text; numbers stay numbers.
 */
export function neutralised(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function csvCell(v: unknown): string {
  const s =
    v === null || v === undefined
      ? ''
      : typeof v === 'number'
        ? String(v)
        : neutralised(Array.isArray(v) ? v.join('; ') : String(v));
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvRow = (cells: unknown[]) => cells.map(csvCell).join(',');

/**
 * One row per supporting sentence of every node and link in view (an item without evidence still gets one row), each
 * naming its article (title, outlet, date, URL), then the sources once each below a blank line.
 */
export function toEvidenceCsv(nodes: readonly EntitySummary[], edges: readonly GraphEdge[], ev: ViewEvidence): string {
  const names = new Map(nodes.map((n) => [n.key, n.name]));
  const rows = [
    csvRow([
      'element',
      'id',
      'type',
      'name_or_label',
      'from_name',
      'to_name',
      'sentence',
      'sentences_in_all',
      'article_id',
      'article_title',
      'outlet',
      'published',
      'url',
      'also_in_articles',
    ]),
  ];
  const emit = (
    element: string,
    id: string,
    type: string,
    name: string | null,
    from: string | undefined,
    to: string | undefined,
    item: ItemEvidence,
  ) => {
    if (item.evidence.length === 0)
      rows.push(csvRow([element, id, type, name, from, to, '', item.evidenceTotal, '', '', '', '', '', '']));
    for (const s of item.evidence) {
      const a = ev.sources.get(s.articleId);
      rows.push(
        csvRow([
          element,
          id,
          type,
          name,
          from,
          to,
          s.text,
          item.evidenceTotal,
          s.articleId,
          a?.title,
          a?.outlet ?? a?.source,
          a?.published?.slice(0, 10),
          a?.url,
          s.alsoIn,
        ]),
      );
    }
  };
  for (const n of nodes) emit('node', n.key, n.type, n.name, '', '', ev.items.get(n.key) ?? NO_EVIDENCE);
  for (const e of edges)
    emit('edge', e.id, e.type, e.label, names.get(e.from), names.get(e.to), ev.items.get(e.id) ?? NO_EVIDENCE);
  rows.push('', csvRow(['source_article_id', 'title', 'outlet', 'source_as_given', 'published', 'url']));
  for (const s of ev.sources.values())
    rows.push(csvRow([s.id, s.title, s.outlet, s.source, s.published?.slice(0, 10), s.url]));
  return `${rows.join('\r\n')}\r\n`;
}

// ---------- downloads ----------

export type ExportFormat = 'json' | 'graphml' | 'evidence-csv';

export async function exportView(
  format: ExportFormat,
  post: PostEvidence,
  nodes: EntitySummary[],
  edges: GraphEdge[],
  view: unknown,
): Promise<ViewEvidence> {
  const ev = await fetchViewEvidence(post, nodes, edges);
  const at = stamp();
  if (format === 'json')
    download(`graph-${at}.json`, new Blob([toJsonExport(nodes, edges, ev, view)], { type: 'application/json' }));
  else if (format === 'graphml')
    download(`graph-${at}.graphml`, new Blob([toGraphml(nodes, edges, ev)], { type: 'application/graphml+xml' }));
  else download(`graph-evidence-${at}.csv`, new Blob([toEvidenceCsv(nodes, edges, ev)], { type: 'text/csv' }));
  return ev;
}

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}
