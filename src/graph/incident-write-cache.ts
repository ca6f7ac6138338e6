// What this process last wrote to each Incident node, so a batch sends only the incidents whose properties change
// (issue 12: every incident of the neighbourhood was sent again each batch, tens of MB per thousand articles).
import { createHash } from 'node:crypto';

/** The lock a batch holds while it writes incidents (lockIncidents in incident-frames.ts). */
export interface WriteLock {
  epoch: string;
  seq: number;
}

/**
 * Rule `incidents/unchanged-not-sent`: an Incident row equal to the one this process wrote last is what the node
 * holds, so it is not sent again, provided nothing else wrote since. The incidents lock gives every committed batch
 * the next number (a rolled-back batch gives its number to the next one), so what this process wrote in a batch it saw
 * commit under lock n is what the nodes hold when the next batch holds lock n + 1 of the same epoch: no other writer
 * took the lock in between. Within one transaction (the same lock object) its own rows are known as written. Any other
 * lock forgets everything (every row is sent). Keys the caller is unsure of (nodes the batch may have deleted) are
 * always sent.
 */
export class IncidentWriteCache {
  /** what the nodes hold, as of the batch committed under `committedLock` */
  private hashes = new Map<string, string>();
  private committedLock: WriteLock | null = null;
  /** what the open transaction (under `stagedLock`) wrote; null: a node it may have deleted */
  private staged = new Map<string, string | null>();
  private stagedLock: WriteLock | null = null;
  /** rows sent and left out since the process started */
  sent = 0;
  skipped = 0;

  constructor(private readonly limit = 500_000) {}

  private follows(lock: WriteLock): boolean {
    const c = this.committedLock;
    return c !== null && c.epoch === lock.epoch && c.seq === lock.seq - 1;
  }

  private open(lock: WriteLock): void {
    if (this.stagedLock === lock) return;
    this.staged = new Map();
    this.stagedLock = lock;
  }

  /** The rows to send under `lock` (in their order); the others hold what the node holds. */
  changed<R extends Record<string, unknown>>(lock: WriteLock, rows: readonly R[], unsure: Iterable<string> = []): R[] {
    this.open(lock);
    const stored = this.follows(lock) ? this.hashes : null;
    const doubt = new Set(unsure);
    const out: R[] = [];
    for (const row of rows) {
      const key = String(row.key);
      const hash = createHash('sha1').update(JSON.stringify(row)).digest('base64');
      const known = this.staged.has(key) ? this.staged.get(key) : stored?.get(key);
      if (!doubt.has(key) && known === hash) {
        this.skipped++;
        continue;
      }
      this.staged.set(key, hash);
      this.sent++;
      out.push(row);
    }
    return out;
  }

  /** Nodes the transaction under `lock` may have deleted or written otherwise: sent in full next time. */
  forget(lock: WriteLock, keys: Iterable<string>): void {
    this.open(lock);
    for (const k of keys) this.staged.set(k, null);
  }

  /** The transaction under `lock` committed (call for every batch that took the lock, whether it wrote incidents). */
  committed(lock: WriteLock): void {
    if (!this.follows(lock) || this.hashes.size > this.limit) this.hashes.clear();
    if (this.stagedLock === lock)
      for (const [k, h] of this.staged) {
        if (h === null) this.hashes.delete(k);
        else this.hashes.set(k, h);
      }
    this.staged = new Map();
    this.stagedLock = null;
    this.committedLock = lock;
  }
}
