// Node and relationship tables (src/graph/bulk-graph.ts) as CSV files for `neo4j-admin database import full`:
// one file per table with its own typed header (`id:ID(Space)`, `name:type`, `:START_ID(Space)`, `:END_ID(Space)`),
// every field quoted ("" inside), lists joined by ARRAY_DELIMITER. The import stores no property for an empty field,
// so values a CSV field cannot carry (an empty list, an empty string, a list holding an empty string) are set
// after the import instead (applyFixups), on nodes found by their id and relationships by their ends and identity.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import {
  ID_PROPERTY,
  type BulkGraph,
  type ColumnType,
  type IdSpace,
  type NodeTable,
  type RelTable,
} from './bulk-graph.js';

/** the list separator of the import (--array-delimiter): the ASCII unit separator, which article text never holds */
export const ARRAY_DELIMITER = '\u001f';

export interface NodeFixup {
  label: IdSpace;
  prop: string;
  rows: Array<{ id: string; value: unknown }>;
}
export interface RelFixup {
  type: string;
  from: IdSpace;
  to: IdSpace;
  identity: string[];
  prop: string;
  rows: Array<{ from: string; to: string; identity: Record<string, unknown>; value: unknown }>;
}
export interface CsvFiles {
  /** `--nodes=Label:Label=file` and `--relationships=TYPE=file` arguments */
  args: string[];
  nodeFixups: NodeFixup[];
  relFixups: RelFixup[];
  nodes: number;
  relationships: number;
}

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** Whether a CSV field can carry the value as it is (else it is set after the import). */
function representable(type: ColumnType, v: unknown): boolean {
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) {
    if (!v.length) return false;
    if (type === 'string[]')
      return v.every((x) => typeof x === 'string' && x.length > 0 && !x.includes(ARRAY_DELIMITER));
  }
  return true;
}

function num(v: unknown, integer: boolean, what: string): string {
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new Error(`${what}: expected a finite number, got ${JSON.stringify(v)}`);
  // the writer's toInteger truncates toward zero
  return String(integer ? Math.trunc(v) : v);
}

function field(type: ColumnType, v: unknown, what: string): string {
  if (v === null || v === undefined) return '';
  switch (type) {
    case 'string':
    case 'date':
    case 'datetime':
      if (typeof v !== 'string') throw new Error(`${what}: expected a string, got ${JSON.stringify(v)}`);
      return quote(v);
    case 'long':
    case 'double':
      return num(v, type === 'long', what);
    case 'boolean':
      if (typeof v !== 'boolean') throw new Error(`${what}: expected a boolean, got ${JSON.stringify(v)}`);
      return v ? 'true' : 'false';
    case 'string[]':
      if (!Array.isArray(v)) throw new Error(`${what}: expected a list, got ${JSON.stringify(v)}`);
      return quote(v.map((x) => String(x)).join(ARRAY_DELIMITER));
    case 'long[]':
    case 'double[]':
      if (!Array.isArray(v)) throw new Error(`${what}: expected a list, got ${JSON.stringify(v)}`);
      return quote(v.map((x) => num(x, type === 'long[]', what)).join(ARRAY_DELIMITER));
  }
}

/** Buffered line writer: a table may hold millions of rows. */
function lineWriter(file: string): { line(s: string): void; close(): void } {
  const fd = openSync(file, 'w');
  let buf = '';
  return {
    line(s) {
      buf += s + '\n';
      if (buf.length > 1 << 20) {
        writeSync(fd, buf);
        buf = '';
      }
    },
    close() {
      if (buf) writeSync(fd, buf);
      closeSync(fd);
    },
  };
}

function writeNodes(dir: string, t: NodeTable, out: CsvFiles): void {
  if (!t.rows.length) return;
  const idProp = ID_PROPERTY[t.space];
  const cols = Object.entries(t.columns);
  for (const [c] of cols) if (!NAME.test(c)) throw new Error(`bulk table ${t.name}: bad column name ${c}`);
  const file = join(dir, `${t.name}.csv`);
  const w = lineWriter(file);
  w.line(cols.map(([c, type]) => (c === idProp ? `${c}:ID(${t.space})` : `${c}:${type}`)).join(','));
  const fixups = new Map<string, NodeFixup>();
  for (const row of t.rows) {
    const id = row[idProp];
    if (typeof id !== 'string' || !id) throw new Error(`bulk table ${t.name}: a row without its ${idProp}`);
    w.line(
      cols
        .map(([c, type]) => {
          const v = row[c];
          if (v !== null && v !== undefined && !representable(type, v)) {
            const f = fixups.get(c) ?? { label: t.space, prop: c, rows: [] };
            f.rows.push({ id, value: v });
            fixups.set(c, f);
            return '';
          }
          return field(type, v, `${t.name} ${id} ${c}`);
        })
        .join(','),
    );
  }
  w.close();
  out.args.push(`--nodes=${t.labels.join(':')}=${file}`);
  out.nodeFixups.push(...fixups.values());
  out.nodes += t.rows.length;
}

function writeRels(dir: string, t: RelTable, out: CsvFiles): void {
  if (!t.rows.length) return;
  const cols = Object.entries(t.columns);
  for (const [c] of cols) if (!NAME.test(c)) throw new Error(`bulk table ${t.name}: bad column name ${c}`);
  const file = join(dir, `${t.name}.csv`);
  const w = lineWriter(file);
  w.line([`:START_ID(${t.from})`, `:END_ID(${t.to})`, ...cols.map(([c, type]) => `${c}:${type}`)].join(','));
  const fixups = new Map<string, RelFixup>();
  for (const r of t.rows) {
    w.line(
      [
        quote(r.from),
        quote(r.to),
        ...cols.map(([c, type]) => {
          const v = r.props[c];
          if (v !== null && v !== undefined && !representable(type, v)) {
            const f = fixups.get(c) ?? {
              type: t.type,
              from: t.from,
              to: t.to,
              identity: t.identity,
              prop: c,
              rows: [],
            };
            f.rows.push({
              from: r.from,
              to: r.to,
              identity: Object.fromEntries(t.identity.map((k) => [k, r.props[k]])),
              value: v,
            });
            fixups.set(c, f);
            return '';
          }
          return field(type, v, `${t.name} ${r.from}->${r.to} ${c}`);
        }),
      ].join(','),
    );
  }
  w.close();
  out.args.push(`--relationships=${t.type}=${file}`);
  out.relFixups.push(...fixups.values());
  out.relationships += t.rows.length;
}

/** Write the graph's tables into `dir` (created); returns the import arguments and the fix-ups for after it. */
export function writeBulkCsv(graph: BulkGraph, dir: string): CsvFiles {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const out: CsvFiles = { args: [], nodeFixups: [], relFixups: [], nodes: 0, relationships: 0 };
  for (const t of graph.nodes) writeNodes(dir, t, out);
  for (const t of graph.relationships) writeRels(dir, t, out);
  return out;
}

const FIXUP_BATCH = 5000;
const LABEL_OF: Record<IdSpace, string> = {
  Article: 'Article',
  Sentence: 'Sentence',
  Entity: 'Entity',
  IncidentFrame: 'IncidentFrame',
  KgLock: 'KgLock',
};

/**
 * Set the values the CSV could not carry, once the import is done and the schema (its key constraints) is in place.
 * Labels, types and property names come from the fixed tables of bulk-graph.ts; values are parameters.
 */
export async function applyFixups(
  write: <T>(work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>,
  files: Pick<CsvFiles, 'nodeFixups' | 'relFixups'>,
): Promise<number> {
  let n = 0;
  for (const f of files.nodeFixups) {
    if (!NAME.test(f.prop)) throw new Error(`bad property name ${f.prop}`);
    for (let i = 0; i < f.rows.length; i += FIXUP_BATCH) {
      const rows = f.rows.slice(i, i + FIXUP_BATCH);
      const set = await write(async (tx) => {
        const res = await tx.run(
          `UNWIND $rows AS r MATCH (n:${LABEL_OF[f.label]} {${ID_PROPERTY[f.label]}: r.id}) SET n.${f.prop} = r.value RETURN count(n) AS n`,
          { rows },
        );
        return Number(res.records[0]?.get('n') ?? 0);
      });
      if (set !== rows.length)
        throw new Error(`setting ${f.label}.${f.prop} after the import: ${set} of ${rows.length} nodes found`);
      n += set;
    }
  }
  for (const f of files.relFixups) {
    for (const k of [f.prop, ...f.identity]) if (!NAME.test(k)) throw new Error(`bad property name ${k}`);
    if (!NAME.test(f.type)) throw new Error(`bad relationship type ${f.type}`);
    const same = f.identity.map((k) => ` AND x.${k} = r.identity.${k}`).join('');
    for (let i = 0; i < f.rows.length; i += FIXUP_BATCH) {
      const rows = f.rows.slice(i, i + FIXUP_BATCH);
      const set = await write(async (tx) => {
        const res = await tx.run(
          `UNWIND $rows AS r
           MATCH (a:${LABEL_OF[f.from]} {${ID_PROPERTY[f.from]}: r.from})-[x:${f.type}]->(b:${LABEL_OF[f.to]} {${ID_PROPERTY[f.to]}: r.to})
           WHERE true${same}
           SET x.${f.prop} = r.value RETURN count(x) AS n`,
          { rows },
        );
        return Number(res.records[0]?.get('n') ?? 0);
      });
      if (set !== rows.length)
        throw new Error(`setting ${f.type}.${f.prop} after the import: ${set} relationships for ${rows.length} rows`);
      n += set;
    }
  }
  return n;
}
