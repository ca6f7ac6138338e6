// The index of the frames naming each person (src/graph/person-frame-index.ts) against a real Neo4j: two writers'
// indexes each see what the other committed, by the numbers batches take with the incidents lock; a rolled-back
// batch's number taken again by another writer is not skipped; a wiped store is read again from the start.
import { afterAll, describe, expect, it } from 'vitest';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Graph } from '../../src/graph/driver.js';
import { lockIncidents } from '../../src/graph/incident-frames.js';
import { PersonFrameIndex } from '../../src/graph/person-frame-index.js';
import { resetDatabase, useTestGraph } from '../helpers/neo4j.js';

let graph: Graph;

useTestGraph((g) => (graph = g), { reset: 'once' });

afterAll(async () => {
  await resetDatabase(graph);
});

/** a frame naming `persons`, written by the batch holding the lock, as the writer stamps it */
async function frame(tx: ManagedTransaction, key: string, persons: string[], anchor = '2024-03-01'): Promise<void> {
  await tx.run(
    `MATCH (l:KgLock {name: 'incidents'})
     CREATE (f:IncidentFrame {key: $key, nameKeys: $nameKeys, anchor: date($anchor), reference: false, writeSeq: l.writeSeq})`,
    { key, nameKeys: `\t${persons.join('\t')}\t`, anchor },
  );
}

/** one batch of a writer: the lock, the index brought up to date, then `work` */
async function batch(
  index: PersonFrameIndex,
  work: (tx: ManagedTransaction) => Promise<void> = async () => {},
): Promise<{ loaded: boolean }> {
  return graph.write(async (tx) => {
    const lock = await lockIncidents(tx);
    const caught = await index.catchUp(tx, lock);
    await work(tx);
    return caught;
  });
}

const around = (person: string) => [{ person, since: '2024-01-01', to: '2024-12-31', from: null, until: null }];

describe('the index of frames naming people', () => {
  it("follows what every writer commits, a rolled-back batch's number included, and reads a wiped store anew", async () => {
    const a = new PersonFrameIndex(2);
    const b = new PersonFrameIndex(2);
    expect((await batch(a, (tx) => frame(tx, 'f1', ['person:ann lee']))).loaded).toBe(true);
    // the other writer loads the store, with the frame the first committed
    expect((await batch(b, (tx) => frame(tx, 'f2', ['person:ann lee', 'person:bo chan']))).loaded).toBe(true);
    expect(b.find(around('person:ann lee'))).toEqual(['f1']);
    // the first reads the other's frame as written since, not the whole store
    expect((await batch(a)).loaded).toBe(false);
    expect(a.find(around('person:ann lee'))).toEqual(['f1', 'f2']);
    expect(a.find(around('person:bo chan'))).toEqual(['f2']);

    // a batch of the first writer rolls back after its catch-up; the other takes the same number and commits
    await expect(
      batch(a, async (tx) => {
        await frame(tx, 'f9', ['person:cy dorn']);
        throw new Error('the batch fails');
      }),
    ).rejects.toThrow('the batch fails');
    await batch(b, (tx) => frame(tx, 'f3', ['person:cy dorn']));
    await batch(a);
    expect(a.find(around('person:cy dorn'))).toContain('f3');

    // a frame rekeyed to another person (a late join) is read again under its new name
    await batch(b, async (tx) => {
      await tx.run(
        `MATCH (l:KgLock {name: 'incidents'}) MATCH (f:IncidentFrame {key: 'f1'})
         SET f.nameKeys = '\tperson:ann lee-marsh\t', f.writeSeq = l.writeSeq`,
      );
    });
    await batch(a);
    expect(a.find(around('person:ann lee-marsh'))).toEqual(['f1']);

    // a wiped store has a new epoch: the index is read again from nothing
    await resetDatabase(graph);
    expect((await batch(a, (tx) => frame(tx, 'g1', ['person:di eng']))).loaded).toBe(true);
    expect(a.find(around('person:ann lee'))).toEqual([]);
    await batch(a);
    expect(a.find(around('person:di eng'))).toEqual(['g1']);
  });
});
