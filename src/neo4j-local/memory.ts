// Sizes the local Neo4j's heap and page cache to the machine and the store at each start, as
// `neo4j-admin server memory-recommendation` does, but leaving room for the ingest workers and the API
// server that run beside it on the same machine.
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

export interface MemoryInputs {
  /** physical memory of the machine (os.totalmem()) */
  totalBytes: number;
  /** bytes the store takes on disk now (databases + transaction logs) */
  storeBytes: number;
  /** the test instance holds small fixtures and runs beside a second server: it gets a fixed, small size */
  instance: 'main' | 'test';
  /** KG_NEO4J_HEAP / KG_NEO4J_PAGECACHE: Neo4j size strings such as 768m or 2g, used as given */
  heapOverride?: string | undefined;
  pageCacheOverride?: string | undefined;
}

export interface MemoryPlan {
  heapInitial: string;
  heapMax: string;
  pageCache: string;
  /** one line a user can read: the figures and where they came from */
  summary: string;
}

const SIZE = /^(\d+)([kmg])$/i;

/** Parses a Neo4j size string (512m, 2g); anything else is an error naming the variable. */
export function parseSize(value: string, name: string): number {
  const m = SIZE.exec(value.trim());
  if (!m) throw new Error(`${name}=${value} is not a size such as 768m or 2g`);
  const unit = { k: 1024, m: MiB, g: GiB }[m[2]!.toLowerCase() as 'k' | 'm' | 'g'];
  return Number(m[1]) * unit;
}

/** Whole mebibytes, the unit Neo4j and the JVM both accept. */
export const formatSize = (bytes: number) => `${Math.max(1, Math.round(bytes / MiB))}m`;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const human = (bytes: number) => (bytes >= GiB ? `${(bytes / GiB).toFixed(1)} GB` : `${Math.round(bytes / MiB)} MB`);

export function planMemory(i: MemoryInputs): MemoryPlan {
  let heapMax: number;
  let pageCache: number;
  let why: string;
  if (i.instance === 'test') {
    heapMax = GiB;
    pageCache = 256 * MiB;
    why = 'test instance: fixed small size';
  } else {
    // What the OS, the API server and the extraction workers need stays out of Neo4j's budget.
    const reserve = Math.max(1.5 * GiB, 0.2 * i.totalBytes);
    const budget = Math.max(GiB, i.totalBytes - reserve);
    // Batched writes of ~6k rows need about 1 GB; more heap only helps large reads, so a quarter of the budget.
    heapMax = clamp(0.25 * budget, 512 * MiB, 8 * GiB);
    // The page cache should hold the whole store and its growth until the next start; the JVM takes it lazily,
    // so a generous figure costs nothing until the store is that large.
    pageCache = clamp(i.storeBytes * 1.5 + 512 * MiB, 256 * MiB, Math.max(256 * MiB, budget - heapMax));
    why = `machine ${human(i.totalBytes)}, store ${human(i.storeBytes)}`;
  }
  const heapGiven = i.heapOverride !== undefined;
  const cacheGiven = i.pageCacheOverride !== undefined;
  if (heapGiven) heapMax = parseSize(i.heapOverride!, 'KG_NEO4J_HEAP');
  if (cacheGiven) pageCache = parseSize(i.pageCacheOverride!, 'KG_NEO4J_PAGECACHE');
  // A pre-touched initial heap is real memory at once: start small unless the user fixed the heap.
  const heapInitial = heapGiven ? heapMax : Math.min(heapMax, 512 * MiB);
  const given = [heapGiven && 'KG_NEO4J_HEAP', cacheGiven && 'KG_NEO4J_PAGECACHE'].filter(Boolean).join(', ');
  return {
    heapInitial: formatSize(heapInitial),
    heapMax: formatSize(heapMax),
    pageCache: formatSize(pageCache),
    summary:
      `Neo4j memory: heap ${formatSize(heapInitial)}–${formatSize(heapMax)}, page cache ${formatSize(pageCache)} ` +
      `(${why}${given ? `; ${given} as set` : ''})`,
  };
}

/** Bytes under a folder (symlinks not followed); 0 when it does not exist yet. */
export function folderBytes(dir: string): number {
  let total = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const full = join(d, e.name);
      if (e.isDirectory()) stack.push(full);
      else if (e.isFile()) total += lstatSync(full).size;
    }
  }
  return total;
}
