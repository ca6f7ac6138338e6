// Re-extraction when the extractor version changes: stored articles are rewritten in place (one transaction
// each) with no duplicated relationships and no entities left without mentions.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extract } from '../../src/extract/index.js';
import type { ArticleInput, ExtractionResult } from '../../src/extract/types.js';
import type { Graph } from '../../src/graph/driver.js';
import { ingestPaths, type IngestOptions } from '../../src/ingest/pipeline.js';
import { useTestGraph } from '../helpers/neo4j.js';
import { res } from '../helpers/resources.js';

const BOMBING =
  'BRUSSELS (Alpha Wire) - A bomb exploded at a metro station in Brussels on Tuesday morning, killing four people and wounding 20, police said.\n\nPrime Minister Anna Verbeke said the country would not be intimidated. Belgian federal prosecutors are leading the investigation, and the Islamic State group claimed responsibility late on Tuesday.';
const FILES: Record<string, string> = {
  '2025-03-04-alpha-brussels.md': `---\ntitle: "Metro bomb in Brussels"\npublished: 2025-03-04\nsource: Alpha Wire\n---\n${BOMBING}\n`,
  // a trimmed copy with an extra line: a DUPLICATE_OF link that must survive the rewrite
  '2025-03-05-beta-brussels.md': `---\ntitle: "Brussels metro blast"\npublished: 2025-03-05\nsource: Beta Post\n---\n${BOMBING}\n\nThe station will stay closed until the weekend.\n`,
  '2025-03-05-gamma-arrest.md': `---\ntitle: "Arrest in Antwerp"\npublished: 2025-03-05\nsource: Gamma Review\n---\nPolice in Antwerp arrested a 31-year-old man on Wednesday in connection with the Brussels metro bombing, prosecutors said. Detective Marc Jansen told reporters the suspect had been under surveillance for months.\n`,
};

let graph: Graph;
let dir: string;
useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-reextract-'));
  for (const [name, body] of Object.entries(FILES)) await writeFile(join(dir, name), body);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const Snapshot = z.record(z.string(), z.number());

/** node and relationship counts by label / type, plus the checks that must stay zero */
async function snapshot(): Promise<Record<string, number>> {
  return graph.read(async (tx) => {
    const res = await tx.run(`
      CALL () { MATCH (n) UNWIND labels(n) AS l RETURN collect([l, 1]) AS nodes }
      CALL () { MATCH ()-[r]->() RETURN collect([type(r), 1]) AS rels }
      RETURN nodes + rels AS pairs`);
    const counts: Record<string, number> = {};
    for (const [k] of z.array(z.tuple([z.string(), z.number()])).parse(res.records[0]?.get('pairs')))
      counts[k] = (counts[k] ?? 0) + 1;
    const checks = await tx.run(`
      CALL () { MATCH (e:Entity) WHERE NOT EXISTS { (e)<-[:MENTIONS|COVERS]-() } RETURN count(e) AS orphans }
      CALL () {
        MATCH (x)-[r]->(y) WHERE r.articleId IS NOT NULL
        WITH x, y, type(r) AS t, r.articleId AS a, count(*) AS c WHERE c > 1 RETURN count(*) AS duplicatedRelations
      }
      CALL () {
        MATCH (a:Article)-[r:MENTIONS|COVERS|DUPLICATE_OF|IN_BUCKET]->(y)
        WITH a, y, type(r) AS t, count(*) AS c WHERE c > 1 RETURN count(*) AS duplicatedArticleLinks
      }
      CALL () { MATCH (s:Sentence) WHERE NOT EXISTS { MATCH (a:Article) WHERE a.id = s.articleId } RETURN count(s) AS strayedSentences }
      RETURN orphans, duplicatedRelations, duplicatedArticleLinks, strayedSentences`);
    return Snapshot.parse({ ...counts, ...checks.records[0]?.toObject() });
  });
}

async function ingest(options: IngestOptions) {
  return ingestPaths(graph, [dir], { duplicates: true, ...options });
}

async function entityKeys(): Promise<string[]> {
  return graph.read(async (tx) =>
    (await tx.run('MATCH (e:Entity) RETURN e.key AS key ORDER BY key')).records.map((r) =>
      z.string().parse(r.get('key')),
    ),
  );
}

async function versions(): Promise<string[]> {
  return graph.read(async (tx) =>
    (await tx.run('MATCH (a:Article) RETURN a.extractorVersion AS v ORDER BY v')).records.map((r) =>
      z.string().parse(r.get('v')),
    ),
  );
}

describe('re-extraction on an extractor version change', () => {
  let first: Record<string, number>;
  let firstKeys: string[];

  it('stores the version and leaves same-version articles alone', async () => {
    const s1 = await ingest({ extractorVersion: 'test-1' });
    expect(s1.failures).toEqual([]);
    expect(s1.articles.new).toBe(3);
    first = await snapshot();
    firstKeys = await entityKeys();
    expect(first.DUPLICATE_OF).toBe(1);
    expect(first.Person).toBeGreaterThan(0);
    expect(first).toMatchObject({ orphans: 0, duplicatedRelations: 0, duplicatedArticleLinks: 0, strayedSentences: 0 });
    expect(await versions()).toEqual(['test-1', 'test-1', 'test-1']);

    const s2 = await ingest({ extractorVersion: 'test-1' });
    expect(s2.articles).toEqual({ new: 0, unchanged: 3, failed: 0 });
    expect(await snapshot()).toEqual(first);
  });

  it('rewrites every article under a new version: same extraction, same graph', async () => {
    const s = await ingest({ extractorVersion: 'test-2' });
    expect(s.failures).toEqual([]);
    expect(s.articles).toEqual({ new: 3, unchanged: 0, failed: 0 });
    expect(s.reextracted).toBe(3);
    expect(await snapshot()).toEqual(first);
    expect(await entityKeys()).toEqual(firstKeys);
    expect(await versions()).toEqual(['test-2', 'test-2', 'test-2']);
  });

  it('drops entities a changed extractor no longer finds, and --reextract forces a rewrite', async () => {
    // the "new extractor" no longer finds people
    const noPeople = (input: ArticleInput): ExtractionResult => {
      const r = extract(input, res);
      const people = new Set(r.entities.filter((e) => e.type === 'person').map((e) => e.id));
      return {
        ...r,
        entities: r.entities
          .filter((e) => !people.has(e.id))
          .map((e) =>
            e.type === 'incident'
              ? { ...e, participants: e.participants.filter((p) => !(p.entity && people.has(p.entity))) }
              : e,
          ),
        relations: r.relations.filter((x) => !people.has(x.from) && !people.has(x.to)),
      };
    };
    const s = await ingest({ extractorVersion: 'test-3', extract: noPeople });
    expect(s.failures).toEqual([]);
    expect(s.reextracted).toBe(3);
    const after = await snapshot();
    expect(after.Person ?? 0).toBe(0);
    expect(after).toMatchObject({ orphans: 0, duplicatedRelations: 0, duplicatedArticleLinks: 0, strayedSentences: 0 });
    expect(after.Article).toBe(3);
    expect(after.DUPLICATE_OF).toBe(1);
    expect(after.COVERS).toBe(first.COVERS);

    // forced, back with the full extractor under the same version label: people return, nothing doubles
    const forced = await ingest({ extractorVersion: 'test-3', reextract: true });
    expect(forced.reextracted).toBe(3);
    expect(await snapshot()).toEqual(first);
    const again = await ingest({ extractorVersion: 'test-3' });
    expect(again.articles.unchanged).toBe(3);
  });
});
