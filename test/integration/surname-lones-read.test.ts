// The surnames alone stored are read for a batch's full name only while at most one known person bears the surname
// (src/graph/person-identity.ts resolveBatchPersons): with two bearers a surname alone never joins, so reading every
// article that wrote it alone grew with the store for nothing (issue 12). The decisions stay those of reading them.
// Full names and surnames alone of one surname are seeks of their own (bearersOf). Texts written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { ingestOneByOne, useTempDirs } from '../helpers/articles.js';
import { useTestGraph } from '../helpers/neo4j.js';
import { spiedGraph } from '../helpers/spied-graph.js';
import { bearersOf } from '../../src/graph/person-identity.js';

const ARTICLES = [
  {
    file: '2025-03-03-lone.md',
    text: 'GLASGOW, Scotland — Mr Quillane told the Clyde Ferry Users Group on Monday that the timetable would change in April.',
  },
  {
    file: '2025-03-05-ida.md',
    text: 'CARDIFF, Wales — Ida Quillane won the regional chess title on Wednesday, the Welsh Chess Union said.',
  },
  {
    file: '2025-03-07-rene.md',
    text: 'DUBLIN, Ireland — Rene Quillane opened a bakery in the city centre on Friday, the Dublin Traders Forum said.',
  },
  {
    file: '2025-03-10-ida-again.md',
    text: 'CARDIFF, Wales — Ida Quillane defended her chess title on Monday, the Welsh Chess Union said.',
  },
];

let graph: Graph;
useTestGraph((g) => (graph = g), { reset: 'once' });
const tempDirs = useTempDirs('surname-lones');

/** the surnames each article's write read surnames alone of (LONE_SURNAMES), article by article */
const loneReads: string[][] = [];
beforeAll(async () => {
  const dir = await tempDirs.make();
  for (const a of ARTICLES) {
    const read: string[] = [];
    const spied = spiedGraph(graph, (cypher, params) => {
      if (!cypher.includes("l.key STARTS WITH 'person:local:'")) return;
      const p = (params?.p ?? params) as { surnames: string[] };
      read.push(...p.surnames);
    });
    await ingestOneByOne(spied, dir, [a], { duplicates: false });
    loneReads.push(read);
  }
});

describe('surnames alone read by a full name of their surname', () => {
  it('are read while at most one person bears the surname, and not once two do', () => {
    // Ida: none stored; Rene: Ida alone; Ida again: Ida and Rene, so the surname alone of the first can never join
    expect(loneReads.map((r) => r.includes('quillane'))).toEqual([false, true, true, false]);
  });

  it('leave the same graph: the surname alone stays with its article', async () => {
    const keys = await graph.read(async (tx) =>
      (await tx.run(`MATCH (p:Person) WHERE p.key CONTAINS 'quillane' RETURN p.key AS key ORDER BY key`)).records.map(
        (r) => String(r.get('key')),
      ),
    );
    expect(keys.filter((k) => !k.startsWith('person:local:'))).toEqual(['person:ida quillane', 'person:rene quillane']);
    expect(keys.filter((k) => k.startsWith('person:local:'))).toHaveLength(1);
  });
});

describe('bearersOf', () => {
  it('finds the full names of a surname on either side of the local keys, and no surname alone', async () => {
    // nodes made for this test: "Local Ferris" is a full name whose first word is "Local"
    await graph.write((tx) =>
      tx.run(
        `UNWIND ['person:abel ferris', 'person:local ferris', 'person:local:art-1:ferris', 'person:zora ferris'] AS key
         CREATE (:Entity:Person {key: key, name: key, surname: 'ferris'})`,
      ),
    );
    const keys = await graph.read(async (tx) =>
      (await tx.run(`UNWIND ['ferris'] AS s ${bearersOf('s', 'p')} RETURN p.key AS key ORDER BY key`)).records.map(
        (r) => String(r.get('key')),
      ),
    );
    expect(keys).toEqual(['person:abel ferris', 'person:local ferris', 'person:zora ferris']);
  });
});
