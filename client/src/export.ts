// Export the current view: PNG (what is drawn), JSON (entities, edges and the evidence loaded so far), CSV.
import type { Core } from 'cytoscape';
import type { EntitySummary, GraphEdge } from '../../src/api/contract.ts';
import { download } from './dom.ts';

export function exportPng(cy: Core): void {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 }) as unknown as Blob;
  download(`graph-${stamp()}.png`, blob);
}

export function exportJson(nodes: EntitySummary[], edges: GraphEdge[], evidence: Record<string, unknown>, state: unknown): void {
  const body = JSON.stringify({ exportedAt: new Date().toISOString(), view: state, nodes, edges, evidence }, null, 2);
  download(`graph-${stamp()}.json`, new Blob([body], { type: 'application/json' }));
}

/**
 * Text a spreadsheet would evaluate as a formula (`=HYPERLINK(…)` in an entity name taken from an article) gets a
 * leading apostrophe, which spreadsheets show as text; numbers stay numbers.
 */
function neutralised(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function cell(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : neutralised(Array.isArray(v) ? v.join('; ') : String(v));
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One table: a row per entity and a row per edge, so it opens as a single sheet. */
export function toCsv(nodes: EntitySummary[], edges: GraphEdge[]): string {
  const names = new Map(nodes.map((n) => [n.key, n.name]));
  const header = ['element', 'id', 'type', 'name_or_label', 'kind', 'date', 'country', 'aliases', 'from', 'to', 'from_name', 'to_name', 'articles', 'independent_reports', 'outlets'];
  const rows = [header.join(',')];
  for (const n of nodes) {
    rows.push([ 'node', n.key, n.type, n.name, n.kind, n.date, n.country, n.aliases, '', '', '', '', n.articles, '', '' ].map(cell).join(','));
  }
  for (const e of edges) {
    rows.push([ 'edge', e.id, e.type, e.label, '', '', '', '', e.from, e.to, names.get(e.from), names.get(e.to), e.weight, e.independent, e.outlets ].map(cell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function exportCsv(nodes: EntitySummary[], edges: GraphEdge[]): void {
  download(`graph-${stamp()}.csv`, new Blob([toCsv(nodes, edges)], { type: 'text/csv' }));
}

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}
