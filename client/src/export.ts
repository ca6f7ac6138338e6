// Export the current view: PNG (what is drawn) and the CSV table of its elements (JSON and GraphML: exports.ts).
import type { Core } from 'cytoscape';
import type { EntitySummary, GraphEdge } from '../../src/api/contract.ts';
import { download } from './dom.ts';
import { csvCell as cell, type ViewEvidence } from './exports.ts';

export function exportPng(cy: Core): void {
  const blob = cy.png({
    output: 'blob',
    full: true,
    scale: 2,
    bg: '#ffffff',
    maxWidth: 8000,
    maxHeight: 8000,
  }) as unknown as Blob;
  download(`graph-${stamp()}.png`, blob);
}

/**
 * One table: a row per entity and a row per edge, so it opens as a single sheet; with the view's evidence, each row
 * carries its supporting sentences and their articles (one per line in the cell), and the sources follow the table.
 */
export function toCsv(nodes: EntitySummary[], edges: GraphEdge[], ev?: ViewEvidence): string {
  const names = new Map(nodes.map((n) => [n.key, n.name]));
  const header = [
    'element',
    'id',
    'type',
    'name_or_label',
    'kind',
    'date',
    'country',
    'aliases',
    'from',
    'to',
    'from_name',
    'to_name',
    'articles',
    'independent_reports',
    'outlets',
    'sentences',
    'sentences_in_all',
    'source_articles',
  ];
  const rows = [header.join(',')];
  const evidence = (id: string) => {
    const item = ev?.items.get(id);
    if (!item) return ['', '', ''];
    const ids = [...new Set(item.evidence.flatMap((s) => [s.articleId, ...s.alsoIn]))];
    return [item.evidence.map((s) => s.text).join('\n'), item.evidenceTotal, ids.join('\n')];
  };
  for (const n of nodes) {
    rows.push(
      [
        'node',
        n.key,
        n.type,
        n.name,
        n.kind,
        n.date,
        n.country,
        n.aliases,
        '',
        '',
        '',
        '',
        n.articles,
        '',
        '',
        ...evidence(n.key),
      ]
        .map(cell)
        .join(','),
    );
  }
  for (const e of edges) {
    rows.push(
      [
        'edge',
        e.id,
        e.type,
        e.label,
        '',
        '',
        '',
        '',
        e.from,
        e.to,
        names.get(e.from),
        names.get(e.to),
        e.weight,
        e.independent,
        e.outlets,
        ...evidence(e.id),
      ]
        .map(cell)
        .join(','),
    );
  }
  if (ev) {
    rows.push('', ['source_article_id', 'title', 'outlet', 'source_as_given', 'published', 'url'].join(','));
    for (const s of ev.sources.values())
      rows.push([s.id, s.title, s.outlet, s.source, s.published?.slice(0, 10), s.url].map(cell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function exportCsv(nodes: EntitySummary[], edges: GraphEdge[], ev?: ViewEvidence): void {
  download(`graph-${stamp()}.csv`, new Blob([toCsv(nodes, edges, ev)], { type: 'text/csv' }));
}

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}
