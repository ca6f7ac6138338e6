// The view exports (client/src/exports.ts): GraphML that parses as XML whatever the article text holds, CSV rows per
// supporting sentence with formulas neutralised, JSON with every item's evidence, and every export naming its sources.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { EntitySummary, EvidenceBundleResponse, GraphEdge, SourceArticle } from '../../src/api/contract.js';
import { toCsv } from '../../client/src/export.ts';
import {
  fetchViewEvidence,
  toEvidenceCsv,
  toGraphml,
  toJsonExport,
  xmlText,
  type ViewEvidence,
} from '../../client/src/exports.ts';
import { LAST_VISIT_KEY, lastVisitSince, SESSION_SINCE_KEY } from '../../client/src/whats-new.ts';

const HOSTILE = 'Smith & <Jones> "the \'Fox\'" ]]> \u0001bell\u0008 \uD800lone =cmd()';
const node = (key: string, name: string, type: EntitySummary['type'] = 'person'): EntitySummary => ({
  key,
  type,
  name,
  aliases: [`${name} alias`],
  kind: null,
  articles: 2,
  country: null,
  lat: null,
  lon: null,
  date: null,
});
const nodes: EntitySummary[] = [
  node('person:a&b', HOSTILE),
  node('org:mi5', 'MI5', 'organization'),
  { ...node('place:x', 'Lyon', 'place'), lat: 45.7, lon: 4.8 },
];
const edges: GraphEdge[] = [
  {
    id: 'ROLE:person:a&b:org:mi5',
    type: 'ROLE',
    from: 'person:a&b',
    to: 'org:mi5',
    label: '<officer>',
    weight: 3,
    independent: 2,
    outlets: 2,
  },
  {
    id: 'CO_MENTIONED:org:mi5:place:x',
    type: 'CO_MENTIONED',
    from: 'org:mi5',
    to: 'place:x',
    label: null,
    weight: 1,
    independent: 1,
    outlets: 1,
  },
  // an end outside the view: not drawn, not exported as an edge of the GraphML
  {
    id: 'ROLE:person:a&b:org:gone',
    type: 'ROLE',
    from: 'person:a&b',
    to: 'org:gone',
    label: null,
    weight: 1,
    independent: 1,
    outlets: 1,
  },
];
const source = (id: string, title: string, outlet: string | null): SourceArticle => ({
  id,
  title,
  outlet,
  source: outlet,
  published: '2021-03-02',
  url: `https://example.org/${id}`,
});
const evidence: ViewEvidence = {
  items: new Map([
    [
      'person:a&b',
      {
        evidence: [
          {
            sentenceId: 's1',
            articleId: 'a_1',
            text: `=HYPERLINK("x") said ${HOSTILE}.`,
            highlights: [{ start: 0, end: 3 }],
            alsoIn: ['a_2'],
          },
        ],
        evidenceTotal: 4,
      },
    ],
    [
      'ROLE:person:a&b:org:mi5',
      {
        evidence: [
          { sentenceId: 's2', articleId: 'a_2', text: 'Smith of MI5 said, "no".', highlights: [], alsoIn: [] },
        ],
        evidenceTotal: 1,
      },
    ],
  ]),
  sources: new Map([
    ['a_1', source('a_1', '@Leeds <plot> & more', 'Pennine Herald')],
    ['a_2', source('a_2', 'Copy', null)],
  ]),
  missing: [],
};

describe('GraphML export', () => {
  it('is valid XML whatever the names and sentences hold, with every attribute declared and the sources named', () => {
    const xml = toGraphml(nodes, edges, evidence, new Date('2026-01-02T03:04:05Z'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['node', 'edge', 'data', 'key'].includes(name),
    }).parse(xml) as {
      graphml: {
        key: Array<{ id: string }>;
        graph: {
          data: Array<{ key: string; '#text': string }>;
          node: Array<{ id: string; data: Array<{ key: string; '#text': string | number }> }>;
          edge: Array<{ source: string; target: string; data: Array<{ key: string; '#text': string | number }> }>;
        };
      };
    };
    const declared = new Set(doc.graphml.key.map((k) => k.id));
    const g = doc.graphml.graph;
    expect(g.node.map((n) => n.id)).toEqual(['person:a&b', 'org:mi5', 'place:x']);
    expect(g.edge.map((e) => `${e.source}>${e.target}`)).toEqual(['person:a&b>org:mi5', 'org:mi5>place:x']);
    for (const d of [...g.data, ...g.node.flatMap((n) => n.data), ...g.edge.flatMap((e) => e.data)])
      expect(declared.has(d.key), d.key).toBe(true);
    const label = g.node[0]!.data.find((d) => d.key === 'd_label')!['#text'];
    // markup survives as text; characters XML cannot hold are dropped
    expect(label).toBe(HOSTILE.replace(/[\u0001\u0008\uD800]/g, ''));
    expect(xml).toContain('Smith &amp; &lt;Jones&gt; &quot;the &apos;Fox&apos;&quot; ]]&gt; bell lone =cmd()');
    const sentences = String(g.node[0]!.data.find((d) => d.key === 'x_sentences')!['#text']);
    expect(sentences).toContain('Pennine Herald');
    expect(String(g.data.find((d) => d.key === 'g_sources')!['#text'])).toContain('https://example.org/a_2');
    expect(g.edge[0]!.data.find((d) => d.key === 'e_weight')!['#text']).toBe(2);
  });

  it('escapes what a parser would read as markup', () => {
    expect(xmlText('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    expect(xmlText('ok\u0000\u001F\uFFFF')).toBe('ok');
    expect(xmlText('emoji \uD83D\uDE00 kept')).toBe('emoji \uD83D\uDE00 kept');
  });
});

describe('CSV exports with the supporting sentences', () => {
  const fields = (csv: string) =>
    (csv.match(/(?<=^|,)("(?:[^"]|"")*"|[^,\r\n]*)/gm) ?? []).map((f) =>
      f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f,
    );

  it('one row per sentence naming its article, an item without evidence still listed, sources at the end; no formula survives', () => {
    const csv = toEvidenceCsv(nodes, edges, evidence);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'element,id,type,name_or_label,from_name,to_name,sentence,sentences_in_all,article_id,article_title,outlet,published,url,also_in_articles',
    );
    expect(lines.filter((l) => l.startsWith('node,'))).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('edge,'))).toHaveLength(3);
    const first = lines.find((l) => l.startsWith('node,person:a&b'))!;
    expect(first).toContain('a_1');
    expect(first).toContain('Pennine Herald');
    expect(first).toContain('https://example.org/a_1');
    expect(first).toContain(',4,');
    const blank = lines.indexOf('');
    expect(lines[blank + 1]).toBe('source_article_id,title,outlet,source_as_given,published,url');
    expect(lines.slice(blank + 2).map((l) => l.split(',')[0])).toEqual(['a_1', 'a_2']);
    for (const value of fields(csv)) {
      if (/^-?\d+$/.test(value)) continue;
      expect(value, `cell ${JSON.stringify(value)}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(`'@Leeds`);
  });

  it("the element table carries each row's sentences and source articles, and lists the sources", () => {
    const csv = toCsv(nodes, edges, evidence);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]!.endsWith(',sentences,sentences_in_all,source_articles')).toBe(true);
    expect(lines.find((l) => l.startsWith('edge,ROLE:person:a&b:org:mi5'))).toContain('"Smith of MI5 said, ""no""."');
    expect(lines.slice(lines.indexOf('') + 1)[0]).toBe('source_article_id,title,outlet,source_as_given,published,url');
  });
});

describe('JSON export', () => {
  it('gives every node and edge in view its evidence (empty when it has none) and names the sources', () => {
    const body = JSON.parse(toJsonExport(nodes, edges, evidence, { focus: ['x'] })) as {
      nodes: Array<{ key: string; evidence: unknown[]; evidenceTotal: number }>;
      edges: Array<{ id: string; evidence: unknown[] }>;
      evidence: Record<string, unknown>;
      sources: SourceArticle[];
      view: unknown;
    };
    expect(body.nodes.map((n) => [n.key, n.evidence.length, n.evidenceTotal])).toEqual([
      ['person:a&b', 1, 4],
      ['org:mi5', 0, 0],
      ['place:x', 0, 0],
    ]);
    expect(Object.keys(body.evidence).sort()).toEqual([...nodes.map((n) => n.key), ...edges.map((e) => e.id)].sort());
    expect(body.sources.map((s) => [s.id, s.title, s.outlet, s.url])).toEqual([
      ['a_1', '@Leeds <plot> & more', 'Pennine Herald', 'https://example.org/a_1'],
      ['a_2', 'Copy', null, 'https://example.org/a_2'],
    ]);
    expect(body.view).toEqual({ focus: ['x'] });
  });
});

describe('fetchViewEvidence', () => {
  it('asks in batches the server accepts and merges the answers', async () => {
    const many = Array.from({ length: 260 }, (_, i) => node(`person:${i}`, `P${i}`));
    const links = Array.from({ length: 90 }, (_, i): GraphEdge => ({
      id: `ROLE:person:${i}:person:${i + 1}`,
      type: 'ROLE',
      from: `person:${i}`,
      to: `person:${i + 1}`,
      label: null,
      weight: 1,
      independent: 1,
      outlets: 1,
    }));
    const sizes: number[] = [];
    const ev = await fetchViewEvidence(
      async (body) => {
        sizes.push(body.nodes.length + body.edges.length);
        const answer: EvidenceBundleResponse = {
          nodes: body.nodes.filter((k) => k !== 'person:7').map((key) => ({ key, evidence: [], evidenceTotal: 0 })),
          edges: body.edges.map((e) => ({ ...e, id: `${e.type}:${e.from}:${e.to}`, evidence: [], evidenceTotal: 0 })),
          sources: [source('a_1', 'T', 'O')],
          missing: body.nodes.includes('person:7') ? ['person:7'] : [],
        };
        return answer;
      },
      many,
      links,
    );
    expect(sizes).toEqual([150, 150, 50]);
    expect(ev.items.size).toBe(349);
    expect(ev.missing).toEqual(['person:7']);
    expect([...ev.sources.keys()]).toEqual(['a_1']);
  });
});

describe('since my last visit', () => {
  const stores = (local: Record<string, string>, session: Record<string, string>) => ({
    local: {
      getItem: (k: string) => local[k] ?? null,
      setItem: (k: string, v: string) => {
        local[k] = v;
      },
    },
    session: {
      getItem: (k: string) => session[k] ?? null,
      setItem: (k: string, v: string) => {
        session[k] = v;
      },
    },
  });

  it('is the last visit this browser remembers, kept for the session even after the visit is recorded again', () => {
    const local: Record<string, string> = { [LAST_VISIT_KEY]: '2026-11-01T10:00:00.000Z' };
    const session: Record<string, string> = {};
    expect(lastVisitSince(stores(local, session))).toBe('2026-11-01T10:00:00.000Z');
    local[LAST_VISIT_KEY] = '2026-11-30T12:00:00.000Z';
    expect(lastVisitSince(stores(local, session))).toBe('2026-11-01T10:00:00.000Z');
    expect(session[SESSION_SINCE_KEY]).toBe('2026-11-01T10:00:00.000Z');
  });

  it('is null on a first visit or when what is stored is not a time', () => {
    expect(lastVisitSince(stores({}, {}))).toBeNull();
    expect(lastVisitSince(stores({ [LAST_VISIT_KEY]: 'soon' }, {}))).toBeNull();
  });
});
