// Two articles naming one man under two keys ("Omar Haddad", "Omar al-Haddad"), for the judgement tests.
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';

export const FILES: Record<string, string> = {
  'a.md': `---\ntitle: "Arrest in Leeds"\npublished: 2025-04-07\nsource: Alpha Wire\n---\nLONDON (Alpha Wire) - Police arrested Omar Haddad, a member of the Northern Front, in Leeds on Monday, officials said. Detective Sarah Cole said Haddad had planned an attack on a shopping centre.\n`,
  'b.md': `---\ntitle: "Court in Manchester"\npublished: 2025-04-11\nsource: Beta Post\n---\nMANCHESTER (Beta Post) - Omar al-Haddad appeared in court in Manchester on Friday charged with preparing acts of terrorism. Prosecutor James Whitfield said al-Haddad was a leader of the Northern Front, and that Haddad met Sarah Cole.\n`,
};

export const HADDAD = 'person:omar haddad';
export const AL_HADDAD = 'person:omar al-haddad';
export const WHITFIELD = 'person:james whitfield';
export const COLE = 'person:sarah cole';
export const FRONT = 'org:name:northern-front';
/** the entity the retype and reject tests act on (an outlet credit such as Alpha Wire is an Article property, never an entity) */
export const SUBJECT = COLE;

/** What extraction wrote, judgements aside: every entity with its fields, every relationship, every mention (property names included). */
export async function extractedState(
  graph: Graph,
): Promise<{ entities: string[]; relations: string[]; mentions: string[] }> {
  return graph.read(async (tx) => {
    const entities = await tx.run(
      `MATCH (e:Entity) RETURN e.key + '|' + e.type + '|' + e.name + '|' + coalesce(e.kind, '') + '|' + e.searchText + '|' +
         reduce(s = '', a IN coalesce(e.aliases, []) | s + a + ',') + '|' + reduce(s = '', l IN labels(e) | s + l + ',') AS row, keys(e) AS keys`,
    );
    const relations = await tx.run(
      `MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) + '|' + a.key + '|' + b.key + '|' + coalesce(r.articleId, '') AS row, keys(r) AS keys`,
    );
    const mentions = await tx.run(
      `MATCH (x)-[m:MENTIONS|COVERS]->(e:Entity) RETURN type(m) + '|' + coalesce(x.id, '') + '|' + e.key + '|' + coalesce(m.start, m.count, '') AS row, keys(m) AS keys`,
    );
    // property names in sorted order (keys() has none); rows sorted
    const rows = (res: { records: Array<{ get(k: string): unknown }> }) =>
      res.records
        .map((r) => `${z.string().parse(r.get('row'))}|${z.array(z.string()).parse(r.get('keys')).sort().join(',')}`)
        .sort();
    return { entities: rows(entities), relations: rows(relations), mentions: rows(mentions) };
  });
}
