// Which stored incident frames name a person, kept in this process from batch to batch (issue 12).
//
// A neighbourhood search (src/graph/incident-frames.ts) asks, for every frame it reaches, which frames name the same
// victims and perpetrators around its days (personFollowUp). Asked of the database, that was one seek of a trigram
// text index per person and search, the costliest statement of an ingest (56 of 218 s of statement time for 800
// generated articles), and the same people were asked again in every batch whose neighbourhood reached their days.
//
// Here the answer comes from memory. The index is complete: it is loaded once from the store (every frame that names
// a person) and brought up to date at the start of each batch from the frames written since, found by their `writeSeq`:
// every batch stamps the frames it creates or rekeys with the sequence number it takes with the incidents lock
// (lockIncidents), so, under the lock, the frames with a higher number than the index has read are exactly those
// committed since, by this process or any other. A frame deleted since, or renamed, may be left under a person it no
// longer names: such a key is only a candidate (the search reads every frame by key in the same transaction and
// checks the link itself), so a stale entry costs a read, never a wrong link. The store's `epoch` (set on the lock
// node when it is created) tells a wiped or other store from the one the index was loaded from.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';

/** a frame naming people, as the index keeps it: its anchor (YYYY-MM-DD) and whether it may be a later report */
export interface IndexedFrame {
  key: string;
  anchor: string;
  /** undated, or dated around its publication (laterReport's dates) */
  later: boolean;
}

/** a person's ranges of one search round: incidents anchored since–to, later reports anchored from–until */
export interface PersonRanges {
  person: string;
  since: string | null;
  to: string | null;
  from: string | null;
  until: string | null;
}

/**
 * Whether a frame naming the person is found by the person's ranges: anchored since–to (incidents before an undated
 * report that names them), or a later report anchored from–until (after an incident that names them).
 */
export function personMatches(f: Pick<IndexedFrame, 'anchor' | 'later'>, c: PersonRanges): boolean {
  if (c.since !== null && c.to !== null && f.anchor >= c.since && f.anchor <= c.to) return true;
  return c.from !== null && c.until !== null && f.later && f.anchor >= c.from && f.anchor <= c.until;
}

/** the people a frame row names, from its nameKeys (each key between tabs): the person keys a search may ask */
export function personKeysOf(nameKeys: string): string[] {
  return nameKeys.split('\t').filter((k) => k.startsWith('person:'));
}

/** The index itself: frames by person, with no database in it (PersonFrameIndex reads the store into it). */
export class PersonFrames {
  private readonly frames: IndexedFrame[] = [];
  private readonly idOf = new Map<string, number>();
  private readonly byPerson = new Map<string, number[]>();

  /** a frame as stored now: its anchor and flag replace what was known, and it is listed under each person it names */
  add(frame: IndexedFrame, persons: readonly string[]): void {
    let id = this.idOf.get(frame.key);
    if (id === undefined) {
      id = this.frames.length;
      this.idOf.set(frame.key, id);
      this.frames.push({ ...frame });
    } else this.frames[id] = { ...frame };
    for (const p of persons) {
      const ids = this.byPerson.get(p);
      if (!ids) this.byPerson.set(p, [id]);
      else if (!ids.includes(id)) ids.push(id);
    }
  }

  /** the keys of the frames each person's ranges find, each once, in key order */
  find(persons: readonly PersonRanges[]): string[] {
    const out = new Set<string>();
    for (const c of persons)
      for (const id of this.byPerson.get(c.person) ?? []) {
        const f = this.frames[id]!;
        if (personMatches(f, c)) out.add(f.key);
      }
    return [...out].sort();
  }

  get size(): number {
    return this.frames.length;
  }
}

/** a frame `f` dated on or at most `days` before its publication (laterReport), in Cypher */
export const datedAroundPublication = (days: number): string =>
  `(size(f.date) = 10 AND f.published IS NOT NULL AND date(substring(f.published, 0, 10)) >= date(f.date) AND date(substring(f.published, 0, 10)) <= date(f.date) + duration({days: ${days}}))`;

/**
 * the frames naming people (not references, anchored) with a sequence number above $after, or all of them. The
 * frames since are a seek of the writeSeq index, hinted: the plan kept for the statement (replan=skip) is made on the
 * first batch, when the store is empty, and was seen to scan every frame of the store per batch for the few written
 * since (issue 12: 96 dbHits per article at 0 stored, 441 at 2,000).
 */
export const framesSince = (all: boolean, followUpDays: number): string => `
MATCH (f:IncidentFrame) ${all ? 'WHERE ' : 'USING INDEX SEEK f:IncidentFrame(writeSeq) WHERE f.writeSeq > $after AND '}f.nameKeys IS NOT NULL AND f.anchor IS NOT NULL AND NOT f.reference
RETURN f.key AS key, f.nameKeys AS nameKeys, toString(f.anchor) AS anchor,
       coalesce(f.date IS NULL OR ${datedAroundPublication(followUpDays)}, false) AS later`;

const Row = z.object({
  key: z.string(),
  nameKeys: z.string(),
  anchor: z.string(),
  later: z.boolean(),
});

/** what lockIncidents returns: the store's epoch and the batch's sequence number */
export interface IncidentLock {
  epoch: string;
  seq: number;
}

/**
 * The index of the store this process writes to, brought up to date under the incidents lock (catchUp). One per
 * process (personFrameIndex): loading it reads every frame that names a person once.
 */
export class PersonFrameIndex {
  private epoch: string | null = null;
  /** the highest sequence number read; frames above it are read by the next catchUp */
  private read = 0;
  private index = new PersonFrames();

  constructor(private readonly followUpDays: number) {}

  /**
   * Bring the index up to the store as this transaction sees it, under the incidents lock `lock` (taken first in
   * the transaction): the whole store when the epoch is new, else the frames stamped since the last read. The
   * batch's own number is above every committed one, so what it writes is read by the next batch, once committed.
   */
  async catchUp(tx: Pick<ManagedTransaction, 'run'>, lock: IncidentLock): Promise<{ loaded: boolean; read: number }> {
    const loaded = lock.epoch !== this.epoch;
    if (loaded) {
      this.index = new PersonFrames();
      this.read = 0;
    }
    const res = await tx.run(framesSince(loaded, this.followUpDays), { after: this.read });
    for (const r of res.records) {
      const row = Row.parse(r.toObject());
      this.index.add({ key: row.key, anchor: row.anchor, later: row.later }, personKeysOf(row.nameKeys));
    }
    this.epoch = lock.epoch;
    // every committed frame has a number below the batch's own; what this transaction wrote with its own number is
    // read again by the next batch, once committed (or, rolled back, left as a candidate that reads as missing)
    this.read = lock.seq - 1;
    return { loaded, read: res.records.length };
  }

  find(persons: readonly PersonRanges[]): string[] {
    return this.index.find(persons);
  }

  get size(): number {
    return this.index.size;
  }
}
