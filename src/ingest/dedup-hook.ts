// Duplicate detection inside each article's write transaction.
// TODO(dedup): src/graph/dedup-store.ts is being written by another engineer; call it here once it lands.
import type { InTransactionHook } from '../graph/writer.js';

export async function duplicateHook(): Promise<InTransactionHook | undefined> {
  return undefined;
}
