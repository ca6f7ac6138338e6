// A batch whose every article is stored already writes nothing at all (issue 12): not the incidents lock's batch
// number either, so a re-ingest leaves the store, its bookkeeping included, as it was.
import { describe, expect, it } from 'vitest';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Graph } from '../../src/graph/driver.js';
import type { ArticleWrite } from '../../src/graph/rows.js';
import { writeArticleBatch } from '../../src/graph/writer.js';
import { extractedArticleWrite } from '../helpers/article-write.js';
import { graphHash } from '../helpers/graph-hash.js';
import { useTestGraph } from '../helpers/neo4j.js';

// written for this test
const TEXTS = [
  {
    title: 'Gunman opens fire at a market in Lyon',
    published: '2024-03-11',
    text: 'A gunman opened fire at a covered market in Lyon on Sunday, killing two people, police said. The prefect of the Rhone region, Marc Delorme, said officers arrested the suspect near the station.',
  },
  {
    title: 'Lyon market shooting suspect charged',
    published: '2024-03-13',
    text: 'Prosecutors in Lyon charged a 31-year-old man on Tuesday over the shooting at a covered market that killed two people on Sunday. Marc Delorme thanked the officers who arrested him.',
  },
];

function writesOf(): ArticleWrite[] {
  return TEXTS.map((t, item) => extractedArticleWrite(t, 'writer-unchanged', item));
}

let graph: Graph;

useTestGraph((g) => (graph = g), { reset: 'each' });

const writeSeq = async () =>
  graph.read(async (tx) => {
    const r = await tx.run(`MATCH (l:KgLock {name: 'incidents'}) RETURN l.writeSeq AS seq`);
    return r.records.map((x) => String(x.get('seq')));
  });

/** the batch written in one transaction, with how many of its statements changed anything */
async function writeCounting(writes: ArticleWrite[]) {
  let updating = 0;
  const outcomes = await graph.write(async (tx) => {
    const counted = new Proxy(tx, {
      get(target, prop) {
        if (prop === 'run')
          return async (...args: Parameters<ManagedTransaction['run']>) => {
            const r = await target.run(...args);
            if (r.summary.counters.containsUpdates()) updating++;
            return r;
          };
        const v: unknown = Reflect.get(target, prop, target);
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    return (await writeArticleBatch(counted, writes)).outcomes;
  });
  return { outcomes, updating };
}

describe('a batch of articles stored already', () => {
  it('writes nothing, not even the incidents lock', async () => {
    const writes = writesOf();
    const first = await writeCounting(writes);
    expect(first.outcomes).toEqual(['new', 'new']);
    expect(first.updating).toBeGreaterThan(0);
    const seq = await writeSeq();
    expect(seq).toEqual(['1']);
    const before = await graphHash(graph);

    const again = await writeCounting(writesOf());
    expect(again.outcomes).toEqual(['unchanged', 'unchanged']);
    expect(again.updating).toBe(0);
    expect(await writeSeq()).toEqual(seq);
    expect(await graphHash(graph)).toEqual(before);
  });

  it('a batch with one new article among stored ones writes that one, under the lock', async () => {
    const writes = writesOf();
    await writeCounting([writes[0]!]);
    const both = await writeCounting(writes);
    expect(both.outcomes).toEqual(['unchanged', 'new']);
    expect(await writeSeq()).toEqual(['2']);
    const stored = await graph.read(async (tx) =>
      (await tx.run(`MATCH (a:Article) RETURN count(a) AS n`)).records[0]!.get('n'),
    );
    expect(Number(stored)).toBe(2);
  });
});
