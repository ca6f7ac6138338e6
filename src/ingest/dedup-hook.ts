// Duplicate detection runs inside each article's write transaction (src/graph/dedup-store.ts), so an article
// and its duplicate links are stored together or not at all. Loaded lazily: it pulls in the MinHash code.
import type { InTransactionHook } from '../graph/writer.js';

export async function duplicateHook(): Promise<InTransactionHook> {
  const { duplicateLinkHook } = await import('../graph/dedup-store.js');
  return duplicateLinkHook;
}
