// The incident writer's neighbourhood reads (src/graph/incident-frames.ts) against a real Neo4j: every part of them is
// a seek of an IncidentFrame index in the plan made on an empty store (the plan the writer keeps as the store grows:
// steady-plan.ts, replan=skip), and a closing round reads each frame of its own Incident nodes and articles once (hop 1),
// the frames of the nodes and articles they lead to at hop 2.
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { CLOSING_NEIGHBOURS, NEIGHBOURS } from '../../src/graph/incident-frames.js';
import { steady } from '../../src/graph/steady-plan.js';
import { resetDatabase, useTestGraph } from '../helpers/neo4j.js';

let graph: Graph;

useTestGraph((g) => (graph = g), { reset: 'once' });
afterAll(async () => {
  await resetDatabase(graph);
});

/** operator and detail of every step of the plan of `cypher` as the writer runs it */
async function plan(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const [text, shaped] = steady(cypher, params);
  const explained = text.replace(/^(CYPHER[^\n]*\n)/, '$1EXPLAIN ');
  return graph.read(async (tx) => {
    const res = await tx.run(explained, shaped);
    const out: string[] = [];
    const walk = (p: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
      out.push(`${p.operatorType} ${String(p.arguments['Details'] ?? '')}`);
      for (const c of p.children) walk(c as typeof p);
    };
    walk(res.summary.plan as unknown as Parameters<typeof walk>[0]);
    return out;
  });
}

const scans = (steps: string[]) =>
  steps.filter((s) => /^(NodeByLabelScan|AllNodesScan|\w*RelationshipTypeScan)/.test(s));
/** the IncidentFrame indexes the plan seeks, by their properties */
const sought = (steps: string[]) =>
  [
    ...new Set(
      steps.flatMap((s) => /^Node\w*IndexSeek\S* (?:UNIQUE|RANGE INDEX) f:IncidentFrame\(([^)]*)\)/.exec(s)?.[1] ?? []),
    ),
  ].sort();

describe('the neighbourhood reads of the incident writer', () => {
  it('plans every part of a search round as a seek of an IncidentFrame index, with no scan', async () => {
    const steps = await plan(NEIGHBOURS, {
      windows: [{ from: '2024-01-01', to: '2024-01-11' }],
      after: [{ country: 'FR', from: '2024-01-01' }],
      before: [{ country: 'FR', from: '2023-01-01', to: '2024-01-11' }],
      incidents: ['incident:x'],
      articles: ['a_1'],
      named: ['frame:x'],
    });
    expect(scans(steps)).toEqual([]);
    // the window, the two country ranges, the Incident nodes, the articles and the named frames
    expect(sought(steps)).toEqual(['anchor', 'articleId', 'country, anchor', 'incident', 'key']);
    // the earlier incidents of a country: its frames of the reach's days, not every frame of the country
    expect(
      steps.some((s) =>
        /IncidentFrame\(country, anchor\) WHERE country = c\.country AND anchor >= date\(c\.from\) AND anchor <= date\(c\.to\)/.test(
          s,
        ),
      ),
    ).toBe(true);
    expect(steps.some((s) => /IncidentFrame\(country\) WHERE/.test(s))).toBe(false);
  });

  it('plans a closing round as seeks too', async () => {
    const steps = await plan(CLOSING_NEIGHBOURS, { incidents: ['incident:x'], articles: ['a_1'] });
    expect(scans(steps)).toEqual([]);
    expect(sought(steps)).toEqual(['articleId', 'incident']);
  });

  it('reads a closing round: its nodes and articles once, the nodes and articles they lead to as hop 2', async () => {
    // node I1 has frames a1 (a reference, partnered: its article A1 is searched) and a2 (a follow-up, partnered, of
    // article A2); article A1 has b1 too, of node I2, which has b2 of article A3; article A2 has c1 of node I3
    const frames = [
      { key: 'a1', incident: 'I1', articleId: 'A1', reference: true, followUpOf: [] },
      { key: 'a2', incident: 'I1', articleId: 'A2', reference: false, followUpOf: ['x'] },
      { key: 'b1', incident: 'I2', articleId: 'A1', reference: false, followUpOf: [] },
      { key: 'b2', incident: 'I2', articleId: 'A3', reference: false, followUpOf: [] },
      { key: 'c1', incident: 'I3', articleId: 'A2', reference: false, followUpOf: [] },
      { key: 'd1', incident: 'I4', articleId: 'A4', reference: false, followUpOf: [] },
    ];
    await graph.write((tx) =>
      tx.run(
        `UNWIND $frames AS f
         CREATE (x:IncidentFrame {key: f.key, incident: f.incident, articleId: f.articleId, reference: f.reference,
                                  followUpOf: f.followUpOf, rev: 'r', writeSeq: 1})`,
        { frames },
      ),
    );
    const rows = await graph.read(async (tx) =>
      (await tx.run(...steady(CLOSING_NEIGHBOURS, { incidents: ['I1'], articles: ['A1'] }))).records.map(
        (r) => `${String(r.get('key'))}@${Number(r.get('hop'))}`,
      ),
    );
    // hop 1: the frames of I1 and of A1, each once; hop 2: those of I2 (b1's node) and of A2 (a2's article), not
    // those of I1 or A1 again; d1 is reached by nothing
    expect(rows).toEqual(['a1@1', 'a2@1', 'a2@2', 'b1@1', 'b1@2', 'b2@2', 'c1@2']);
  });
});
