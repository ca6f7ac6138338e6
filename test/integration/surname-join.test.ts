// A later article that names a person by surname alone joins the one person of that surname the graph knows, when
// the articles share another entity (src/resolution/surname-join.ts, called from src/graph/person-identity.ts); a
// surname two known people bear, or one with nothing in common, stays with its article; the same for a body named
// only by its acronym (src/resolution/acronym-join.ts). Texts written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { ingestOneByOne, useTempDirs } from '../helpers/articles.js';
import { useTestGraph } from '../helpers/neo4j.js';
import { PERSON_CONTEXTS, SURNAME_BEARERS } from '../../src/graph/person-identity.js';

const ARTICLES = [
  {
    file: '2025-06-02-first-leeds.md',
    text: 'LEEDS, England — West Yorkshire Police arrested Tobias Wrenfield, 41, on Monday after a fire at a mosque in Harehills. Detectives from Counter Terrorism Policing North East said the arson was being treated as a hate crime.',
  },
  {
    file: '2025-06-09-second-leeds.md',
    text: 'LEEDS, England — Mr Wrenfield appeared in court on Monday charged with arson, Counter Terrorism Policing North East said. He was remanded in custody.',
  },
  {
    file: '2025-06-10-third-elsewhere.md',
    text: 'AUCKLAND, New Zealand — The coach said Mr Wrenfield scored twice as the home side won the cup final on Saturday.',
  },
  {
    file: '2025-06-11-fourth-leeds.md',
    text: 'LEEDS, England — Judge Harrowby told Leeds Crown Court on Tuesday that the trial would start in March.',
  },
  {
    file: '2025-06-13-fifth-leeds.md',
    text: 'LEEDS, England — Judge Harrowby jailed a man for six years at Leeds Crown Court on Friday.',
  },
  {
    file: '2025-06-16-sixth-perth.md',
    text: 'PERTH, Australia — Judge Harrowby opened the new wing of the hospital on Monday.',
  },
  {
    file: '2025-06-17-seventh-hobart.md',
    text: 'HOBART, Australia — The Coastal Waters Safety Board (CWSB) opened an inquiry into the ferry fire in Hobart on Monday.',
  },
  {
    file: '2025-06-20-eighth-hobart.md',
    text: 'HOBART, Australia — The CWSB said on Friday that the ferry fire in Hobart began in the engine room.',
  },
  {
    file: '2025-06-21-ninth-ottawa.md',
    text: 'OTTAWA, Canada — Officials said the CWSB had approved its budget on Tuesday.',
  },
];

const Person = z.object({ key: z.string(), name: z.string(), articles: z.number(), identity: z.array(z.string()) });

let graph: Graph;
let people: z.infer<typeof Person>[] = [];
useTestGraph((g) => (graph = g), { reset: 'once' });
const tempDirs = useTempDirs('surname');
beforeAll(async () => {
  await ingestOneByOne(graph, await tempDirs.make(), ARTICLES, { duplicates: false });
  people = await graph.read(async (tx) => {
    const res = await tx.run(
      `MATCH (p:Person) WHERE toLower(p.name) CONTAINS 'wrenfield' OR p.name = 'Harrowby'
       RETURN p.key AS key, p.name AS name, COUNT { (:Article)-[:MENTIONS]->(p) } AS articles,
              coalesce(p.identity, []) AS identity ORDER BY key`,
    );
    return res.records.map((r) => Person.parse({ ...r.toObject(), articles: Number(r.get('articles')) }));
  });
});

describe('a surname alone in a later article', () => {
  it('joins the one known person of that surname when the articles share another entity, with the reason', () => {
    const full = people.find((p) => p.name === 'Tobias Wrenfield');
    expect(full?.articles).toBe(2);
    expect(full?.identity.some((l) => l.includes('"Wrenfield" alone'))).toBe(true);
  });

  it('stays with its article when it shares nothing with that person', () => {
    const lone = people.filter((p) => p.key.startsWith('person:local:'));
    expect(lone.map((p) => [p.name, p.articles])).toEqual([['Wrenfield', 1]]);
  });
});

describe('a title and one name in several articles', () => {
  it('is one person where the articles share another entity, and another where they share none', () => {
    const judges = people.filter((p) => p.name === 'Harrowby').sort((a, b) => b.articles - a.articles);
    expect(judges.map((p) => p.articles)).toEqual([2, 1]);
    expect(judges[0]!.identity.some((l) => l.includes('same title and name'))).toBe(true);
    expect(judges[1]!.identity.some((l) => l.includes('kept apart'))).toBe(true);
  });
});

describe('an acronym alone in a later article', () => {
  it('joins the one stored body spelled out with it when the articles share another entity, else stays', async () => {
    const orgs = await graph.read(async (tx) => {
      const res = await tx.run(
        `MATCH (o:Organization) WHERE o.name CONTAINS 'CWSB' OR 'CWSB' IN o.aliases
         RETURN o.name AS name, COUNT { (:Article)-[:MENTIONS]->(o) } AS articles, coalesce(o.reasons, []) AS reasons
         ORDER BY name`,
      );
      return res.records.map((r) => ({
        name: String(r.get('name')),
        articles: Number(r.get('articles')),
        reasons: r.get('reasons') as string[],
      }));
    });
    expect(orgs.map((o) => [o.name, o.articles])).toEqual([
      ['CWSB', 1],
      ['Coastal Waters Safety Board', 2],
    ]);
    expect(orgs[1]!.reasons.some((r) => r.includes('"CWSB" alone'))).toBe(true);
  });
});

describe('the stored bearers of a surname (persons/bearer-context-when-alone)', () => {
  it("leaves a surname's only bearer's context to be read, and none for a surname two people bear", async () => {
    // nodes made for this test: one bearer of "ostrowe", two of "quillane", each named with a body in an article
    await graph.write((tx) =>
      tx.run(
        `CREATE (o:Entity:Organization {key: 'org:name:test harbour board', name: 'Test Harbour Board'})
         WITH o UNWIND ['person:mara ostrowe', 'person:ida quillane', 'person:rene quillane'] AS key
         CREATE (a:Article {id: 'bearers-' + key})-[:MENTIONS]->(:Entity:Person {key: key, name: key,
                surname: split(key, ' ')[1]})
         CREATE (a)-[:MENTIONS]->(o)`,
      ),
    );
    const rows = await graph.read(async (tx) => {
      const res = await tx.run(SURNAME_BEARERS, { surnames: ['ostrowe', 'quillane'], have: ['person:rene quillane'] });
      return res.records.map((r) => [r.get('key') as string, r.get('context') as string[]]);
    });
    expect(rows.sort()).toEqual([
      ['person:ida quillane', []],
      ['person:mara ostrowe', null],
    ]);
    // read when a comparison needs it (rule persons/context-on-demand)
    const contexts = await graph.read(async (tx) => {
      const res = await tx.run(PERSON_CONTEXTS, {
        keys: ['person:mara ostrowe', 'person:ida quillane'],
        within: ['org:name:test harbour board', 'org:name:not stored'],
      });
      return res.records.map((r) => [r.get('key') as string, r.get('context') as string[]]);
    });
    expect(contexts.sort()).toEqual([
      ['person:ida quillane', ['org:name:test harbour board']],
      ['person:mara ostrowe', ['org:name:test harbour board']],
    ]);
    // cut to the keys a comparison can share (rule persons/context-within-batch): a body outside is not read
    const outside = await graph.read(async (tx) => {
      const res = await tx.run(PERSON_CONTEXTS, { keys: ['person:mara ostrowe'], within: ['org:name:not stored'] });
      return res.records.map((r) => [r.get('key') as string, r.get('context') as string[]]);
    });
    expect(outside).toEqual([['person:mara ostrowe', []]]);
  });
});
