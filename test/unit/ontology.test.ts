// The ontology (data/ontology.json) is the only place that lists kinds, roles and relation types.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ONTOLOGY,
  incidentColor,
  incidentFamily,
  isResponseKind,
  isViolentKind,
  kindsMayBeOneEventAcrossArticles,
  kindsMayBeOneEventInArticle,
  kindsMayBeOneStoryEvent,
  isSymmetricRelation,
  linkEnds,
  parseOntology,
  relationLabel,
} from '../../src/ontology/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** Groups of words written together: string literals inside [...] and new Set(...), unions 'a' | 'b' | 'c', and
 * regular-expression alternations shooting|stabbing|bombing. */
function literalGroups(source: string): string[][] {
  const groups: string[][] = [];
  const literals = (s: string) => [...s.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
  for (const m of source.matchAll(/\[([^[\]]*)\]/g)) groups.push(literals(m[1]!));
  for (const m of source.matchAll(/(?:'[^'\n]*'\s*\|\s*)+'[^'\n]*'/g)) groups.push(literals(m[0]));
  for (const m of source.matchAll(/(?:[A-Za-z][A-Za-z -]*\|){2,}[A-Za-z][A-Za-z -]*/g)) groups.push(m[0].split('|'));
  return groups;
}

const LISTS: Record<string, string[]> = {
  'incident kinds': ONTOLOGY.incidentKinds.map((k) => k.id),
  'organisation kinds': ONTOLOGY.organizationKinds.map((k) => k.id),
  'participant roles': ONTOLOGY.participantRoles.map((k) => k.id),
  'relation types': ONTOLOGY.relationTypes.map((k) => k.id),
  'incident families': ONTOLOGY.incidentFamilies.map((k) => k.id),
};

/** Three or more members of one ontology list written together (ignoring "other", which every list has). */
export function kindListsIn(source: string): string[] {
  const found: string[] = [];
  for (const group of literalGroups(source)) {
    for (const [name, ids] of Object.entries(LISTS)) {
      const hits = new Set(group.filter((s) => s !== 'other' && ids.includes(s)));
      if (hits.size >= 3) found.push(`${name}: ${[...hits].join(', ')}`);
    }
  }
  return found;
}

/** Files allowed to write kind words together, and why. */
const ALLOWED: Record<string, string> = {
  'src/dedup/synthetic.ts':
    'the words of generated benchmark articles ("arson attack"), not the vocabulary of the graph',
};

describe('ontology', () => {
  it('is the only place that lists kinds, roles and relation types (src/ and client/src)', () => {
    const offenders: string[] = [];
    for (const file of [...tsFiles(join(root, 'src')), ...tsFiles(join(root, 'client/src'))]) {
      const rel = relative(root, file);
      if (rel.startsWith('src/ontology/') || ALLOWED[rel]) continue;
      for (const hit of kindListsIn(readFileSync(file, 'utf8'))) offenders.push(`${rel}: ${hit}`);
    }
    expect(offenders).toEqual([]);
  });

  it('the detector finds a list written in code, as an array, a set or a union', () => {
    expect(kindListsIn("const VIOLENT = new Set(['shooting', 'attack', 'stabbing']);")).toHaveLength(1);
    expect(kindListsIn("type K = 'agency' | 'media' | 'company';")).toHaveLength(1);
    expect(kindListsIn("const pair = ['shooting', 'murder'];")).toEqual([]);
    expect(kindListsIn('const VIOLENT = /\\b(?:shooting|stabbing|bombing)\\b/;')).toHaveLength(1);
  });

  it('rejects a file with an unknown family or kind, naming the place', () => {
    const bad = structuredClone(ONTOLOGY) as unknown as {
      incidentKinds: { family: string }[];
      sameEvent: { stories: { generic: string[] } };
    };
    bad.incidentKinds[0]!.family = 'nonsense';
    bad.sameEvent.stories.generic = ['no such kind'];
    expect(() => parseOntology(bad, 'x.json')).toThrow(
      /x\.json: incidentKinds\.0\.family: unknown family "nonsense".*sameEvent\.stories\.generic\.0: unknown incident kind "no such kind"/,
    );
    expect(() => parseOntology({}, 'y.json')).toThrow(/^y\.json: /);
  });

  it('rejects an unknown kind, or a held kind written as a word instead of a list, in sameEvent.inArticle.holds', () => {
    const withHolds = (kinds: Record<string, unknown>) => {
      const bad = structuredClone(ONTOLOGY) as unknown as { sameEvent: { inArticle: { holds: { kinds: unknown } } } };
      bad.sameEvent.inArticle.holds.kinds = kinds;
      return bad;
    };
    expect(() => parseOntology(withHolds({ siege: ['no such kind'] }), 'x.json')).toThrow(
      /sameEvent\.inArticle\.holds\.kinds\.siege\.0: unknown incident kind "no such kind"/,
    );
    expect(() => parseOntology(withHolds({ siege: 'shooting' }), 'x.json')).toThrow(/holds/);
  });

  it('answers the questions every layer asks', () => {
    expect(isResponseKind('arrest')).toBe(true);
    expect(isResponseKind('shooting')).toBe(false);
    expect(isViolentKind('murder')).toBe(true);
    expect(isViolentKind('other')).toBe(false);
    expect(incidentFamily('siege')).toBe('hostage / siege');
    expect(incidentColor('no such kind')).toBe(ONTOLOGY.incidentFamilies.find((f) => f.id === 'other')!.color);
    expect(kindsMayBeOneEventInArticle('siege', 'shooting')).toBe(true);
    expect(kindsMayBeOneEventInArticle('attack', 'raid')).toBe(false);
    expect(kindsMayBeOneEventInArticle('other', 'bombing')).toBe(true);
    expect(kindsMayBeOneEventAcrossArticles('shooting', 'bombing')).toBe(true);
    expect(kindsMayBeOneEventAcrossArticles('shooting', 'murder')).toBe(false);
    expect(kindsMayBeOneStoryEvent('attack', 'murder')).toBe(true);
    expect(kindsMayBeOneStoryEvent('shooting', 'murder')).toBe(false);
  });

  it('names each graph link type as the explorer shows it: the ontology label, else the type in words', () => {
    // the legend, the link-type filter and the path finder say "mentioned together"; the panel and captions too
    expect(relationLabel('CO_MENTIONED')).toBe('mentioned together');
    expect(relationLabel('FOLLOW_UP_OF')).toBe('follow-up of');
    for (const r of ONTOLOGY.relationTypes) expect(relationLabel(r.graphType)).toBe(r.label);
    expect(relationLabel('SOME_NEW_TYPE')).toBe('some new type');
  });

  it('writes the two ends of a link with an arrow, or with a dash when the link has no direction', () => {
    // two names in one sentence say nothing about who acted on whom; a kinship or role link reads one way
    expect(isSymmetricRelation('CO_MENTIONED')).toBe(true);
    expect(isSymmetricRelation('RELATIVE_OF')).toBe(false);
    expect(linkEnds('CO_MENTIONED', 'A', 'B')).toBe('A — B');
    expect(linkEnds('AFFILIATED_WITH', 'A', 'B')).toBe('A → B');
    expect(linkEnds('SOME_NEW_TYPE', 'A', 'B')).toBe('A → B');
  });
});
