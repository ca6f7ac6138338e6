// Bytes a Bolt (PackStream) message spends on a value, as the driver packs it: what `--profile` reports per statement
// (issue 12). A JavaScript number is packed as a 64-bit float (9 bytes) whatever its value; a driver Integer or a
// bigint as the smallest integer that holds it; strings in UTF-8; lists and maps with a header by their size.
import { createRequire } from 'node:module';

const header = (n) => (n < 16 ? 1 : n < 0x100 ? 2 : n < 0x10000 ? 3 : 5);

/** @param {unknown} v @returns {number} */
export function packedSize(v) {
  if (v === null || v === undefined || typeof v === 'boolean') return 1;
  if (typeof v === 'number') return 9;
  if (typeof v === 'bigint' || (typeof v === 'object' && v && 'low' in v && 'high' in v && !Array.isArray(v))) {
    const n = typeof v === 'bigint' ? v : BigInt(v.toString());
    if (n >= -16n && n < 128n) return 1;
    if (n >= -128n && n < 128n) return 2;
    if (n >= -32768n && n < 32768n) return 3;
    if (n >= -2147483648n && n < 2147483648n) return 5;
    return 9;
  }
  if (typeof v === 'string') {
    const n = Buffer.byteLength(v, 'utf8');
    return header(n) + n;
  }
  if (Array.isArray(v)) return v.reduce((s, x) => s + packedSize(x), header(v.length));
  if (typeof v === 'object') {
    // temporal and spatial values are structures; the write path sends none, so they count as a map of their fields
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return entries.reduce((s, [k, x]) => s + packedSize(k) + packedSize(x), header(entries.length));
  }
  return 0;
}

// The driver's own packer (neo4j-driver-bolt-connection, the driver's dependency) over a channel that only counts:
// the CPU the driver spends packing a statement's parameters, measured apart from the trip (issue 12: packing was a
// large share of the writer's Node time, and it depends on how many values a row holds, not only on their bytes).
const require = createRequire(import.meta.url);
const { Packer } = require('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js');
const { Chunker } = require('neo4j-driver-bolt-connection/lib/channel/chunking.js');
const chunker = new Chunker({ write: () => {} });
const packer = new Packer(chunker);

/** CPU microseconds the driver's packer takes to pack `params` (its value, as the driver packs a statement's map) */
export function packCpu(params) {
  const t = process.cpuUsage();
  packer.packable(params)();
  chunker.messageBoundary();
  chunker.flush();
  const d = process.cpuUsage(t);
  return d.user + d.system;
}
