// The human summary printed at the end of `kg ingest`.
import { printableLine } from '../cli/printable.js';
import type { IngestFailure, IngestSummary } from './pipeline.js';

/** The file (and item) of a failure, escaped for the terminal: file names may hold control characters. */
export function failureLocation(f: IngestFailure): string {
  const file = printableLine(f.file);
  return f.item === undefined ? file : `${file} (item ${f.item})`;
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `files read:  ${s.files}` +
      (s.unchangedFiles ? ` (${s.unchangedFiles} unchanged since they were stored, not converted again)` : ''),
    `articles:    ${s.articles.new} new, ${s.articles.unchanged} unchanged, ${s.articles.failed} failed` +
      (s.reextracted ? ` (${s.reextracted} of the new re-extracted)` : ''),
    `entities:    ${s.entities} written (${s.distinctEntities} distinct)`,
    `relations:   ${s.relations}`,
    `time:        ${s.seconds.toFixed(2)} s`,
  ];
  if (s.unavailable) {
    lines.push(
      `database:    ${printableLine(s.unavailable)}; what is stored is whole, run the same command again to finish`,
    );
  }
  if (s.warnings)
    lines.push(`warnings:    ${s.warnings} mention or evidence spans dropped (offsets did not fit the text)`);
  if (s.extractorWarnings.length) {
    lines.push('', `extractor warnings (${s.extractorWarnings.length}):`);
    for (const w of s.extractorWarnings.slice(0, 50)) lines.push(`  ${failureLocation(w)}: ${printableLine(w.reason)}`);
    if (s.extractorWarnings.length > 50)
      lines.push(`  … and ${s.extractorWarnings.length - 50} more (--json lists them all)`);
  }
  if (s.failures.length) {
    lines.push('', 'failures:');
    for (const f of s.failures) lines.push(`  ${failureLocation(f)}: ${printableLine(f.reason)}`);
  }
  return lines.join('\n') + '\n';
}

/** The bulk import's part of the summary (`kg ingest --bulk`): what was imported and where the time went. */
export function formatBulk(
  b: {
    nodes: number;
    relationships: number;
    fixups: number;
    csvDir: string | null;
    seconds: Record<string, number>;
  } | null,
): string {
  if (!b) return 'bulk import: nothing to import\n';
  const times = Object.entries(b.seconds)
    .map(([k, v]) => `${k} ${v.toFixed(2)} s`)
    .join(', ');
  return (
    [
      `imported:    ${b.nodes} nodes, ${b.relationships} relationships (neo4j-admin database import full); ${b.fixups} values set after it`,
      `bulk time:   ${times}`,
      ...(b.csvDir ? [`csv files:   ${printableLine(b.csvDir)}`] : []),
    ].join('\n') + '\n'
  );
}
