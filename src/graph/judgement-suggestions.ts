// Likely duplicates for an analyst to confirm ("Same entity") or refuse ("Different entities"), ranked, each with
// the reasons it was suggested: near-identical names of one type, one's name among the other's aliases, and
// the same surname with shared context (articles or neighbours in common). Pairs already judged are left out.
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { Graph } from './driver.js';
import { ENTITY_REL_TYPES } from './model.js';

export interface DuplicateSuggestion {
  keep: { key: string; name: string; type: string; articles: number };
  merge: { key: string; name: string; type: string; articles: number };
  score: number;
  why: string[];
}

/** how many entities of one type are compared at most (the most mentioned first) */
const MAX_CANDIDATES = 20_000;
/** a surname shared by more people than this says nothing (a common name) */
const MAX_SURNAME_GROUP = 40;

const Row = z.object({
  key: z.string(),
  name: z.string(),
  type: z.string(),
  aliases: z.array(z.string()).nullable(),
  articles: z.number(),
});
type Row = z.infer<typeof Row>;

/** lower case, no accents, words only: "Omar al-Haddad" → ["omar", "al", "haddad"] */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** edit distance bounded by `max` (larger results are reported as max + 1) */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** Why two names of one type may be one entity, or nothing. */
export function nameReasons(
  a: { name: string; aliases: string[] },
  b: { name: string; aliases: string[] },
  type: string,
): string[] {
  const why: string[] = [];
  const wa = nameWords(a.name);
  const wb = nameWords(b.name);
  const ja = wa.join(' ');
  const jb = wb.join(' ');
  const lower = (xs: string[]) => new Set(xs.map((x) => nameWords(x).join(' ')));
  if (lower(a.aliases).has(jb) || lower(b.aliases).has(ja)) why.push('one name is an alias of the other');
  if (ja === jb) why.push('the same name written differently');
  else if (ja.length >= 6 && editDistance(ja, jb, 2) <= Math.min(2, Math.floor(ja.length / 6)))
    why.push('near-identical names');
  else if (wa.length > 1 && wb.length > 1) {
    const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
    if (type === 'person' && wa.at(-1) === wb.at(-1) && wa[0] === wb[0])
      why.push(`same first name and surname ("${short.join(' ')}" / "${long.join(' ')}")`);
    else if (short.every((w) => long.includes(w))) why.push('every word of one name is in the other');
  }
  return why;
}

export async function suggestDuplicates(graph: Graph, limit: number): Promise<DuplicateSuggestion[]> {
  const { rows, judged } = await graph.read(async (tx) => {
    const res = await tx.run(
      `MATCH (e:Entity) WHERE e.hiddenBy IS NULL AND coalesce(e.judgedType, e.type) IN ['person', 'organization']
       WITH e, COUNT { (:Article)-[m:MENTIONS]->(e) WHERE m.hiddenBy IS NULL } AS articles ORDER BY articles DESC LIMIT $max
       RETURN e.key AS key, coalesce(e.judgedName, e.name) AS name, coalesce(e.judgedType, e.type) AS type,
              coalesce(e.judgedAliases, e.aliases) AS aliases, articles`,
      { max: neo4j.int(MAX_CANDIDATES) },
    );
    const pairs = await tx.run(
      `MATCH (j:Judgement) WHERE j.withdrawnAt IS NULL AND j.op IN ['merge', 'distinct'] RETURN j.keys AS keys`,
    );
    return {
      rows: res.records.map((r) => Row.parse(r.toObject())),
      judged: new Set(pairs.records.map((r) => z.array(z.string()).parse(r.get('keys')).sort().join('\u0000'))),
    };
  });
  // Candidate pairs share a word of their names (for people, the surname), so no type compares all against all.
  const byWord = new Map<string, Row[]>();
  for (const r of rows) {
    const words = nameWords(r.name);
    const keys = r.type === 'person' ? words.slice(-1) : words.filter((w) => w.length > 3);
    for (const w of keys) byWord.set(`${r.type}:${w}`, [...(byWord.get(`${r.type}:${w}`) ?? []), r]);
  }
  const candidates = new Map<string, { a: Row; b: Row; why: string[] }>();
  for (const [group, members] of byWord) {
    if (members.length < 2 || members.length > MAX_SURNAME_GROUP) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i] as Row;
        const b = members[j] as Row;
        const id = [a.key, b.key].sort().join('\u0000');
        if (judged.has(id) || candidates.has(id)) continue;
        const why = nameReasons(
          { name: a.name, aliases: a.aliases ?? [] },
          { name: b.name, aliases: b.aliases ?? [] },
          a.type,
        );
        // people sharing a surname are candidates even without similar names; shared context decides below
        if (!why.length && !group.startsWith('person:')) continue;
        candidates.set(id, { a, b, why });
      }
    }
  }
  if (!candidates.size) return [];
  const list = [...candidates.values()];
  const context = await graph.read(async (tx) => {
    const res = await tx.run(
      `UNWIND $pairs AS p
       MATCH (a:Entity {key: p.a}), (b:Entity {key: p.b})
       RETURN p.i AS i,
              COUNT { MATCH (a)<-[:MENTIONS]-(x:Article)-[:MENTIONS]->(b) RETURN DISTINCT x } AS articles,
              COUNT { MATCH (a)-[:${ENTITY_REL_TYPES.join('|')}]-(n:Entity)-[:${ENTITY_REL_TYPES.join('|')}]-(b) WHERE n <> a AND n <> b AND n.hiddenBy IS NULL RETURN DISTINCT n } AS neighbours`,
      { pairs: list.map((c, i) => ({ i, a: c.a.key, b: c.b.key })) },
    );
    return new Map(
      res.records.map((r) => [
        Number(r.get('i')),
        { articles: Number(r.get('articles')), neighbours: Number(r.get('neighbours')) },
      ]),
    );
  });
  const out: DuplicateSuggestion[] = [];
  list.forEach((c, i) => {
    const ctx = context.get(i) ?? { articles: 0, neighbours: 0 };
    const why = [...c.why];
    if (!why.length && ctx.neighbours + ctx.articles === 0) return; // only a shared surname: not enough
    if (!c.why.length) why.push('same surname');
    if (ctx.articles) why.push(`named together in ${ctx.articles} article${ctx.articles === 1 ? '' : 's'}`);
    if (ctx.neighbours) why.push(`${ctx.neighbours} neighbour${ctx.neighbours === 1 ? '' : 's'} in common`);
    const score =
      Math.round((c.why.length * 2 + Math.min(ctx.neighbours, 5) * 0.5 + Math.min(ctx.articles, 5) * 0.3) * 100) / 100;
    // keep the better-covered entity (then the longer name)
    const [keep, merge] =
      c.a.articles > c.b.articles || (c.a.articles === c.b.articles && c.a.name.length >= c.b.name.length)
        ? [c.a, c.b]
        : [c.b, c.a];
    const view = (r: Row) => ({ key: r.key, name: r.name, type: r.type, articles: r.articles });
    out.push({ keep: view(keep), merge: view(merge), score, why });
  });
  return out.sort((x, y) => y.score - x.score || x.keep.key.localeCompare(y.keep.key)).slice(0, limit);
}
