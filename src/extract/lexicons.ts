// Small lexicons shipped as data: person titles and organisation head words. Loaded once, lazily.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { OrgKind } from './types.js';

const TitlesFile = z.object({ titles: z.array(z.string()) });
const CuesFile = z.object({
  agency: z.array(z.string()), armed_group: z.array(z.string()), institution: z.array(z.string()), media: z.array(z.string()), company: z.array(z.string()),
});

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../data/gazetteers/${name}`, import.meta.url)), 'utf8'));
}

const GroupsFile = z.object({ words: z.array(z.string()) });
const GivenNamesFile = z.object({ names: z.array(z.string()) });
let given: Set<string> | undefined;

/** Common given names, lower case ("krystle", "andrew"). */
export function givenNames(): Set<string> {
  if (!given) given = new Set(GivenNamesFile.parse(readJson('given-names.json')).names);
  return given;
}
let groups: Set<string> | undefined;

/** Religious/ethnic/political group words ("Sunni", "Kurds"): never an entity on their own. */
export function groupWords(): Set<string> {
  if (!groups) groups = new Set(GroupsFile.parse(readJson('groups.json')).words);
  return groups;
}

/** Titles that, right before a capitalised name, make it a person whatever the tagger says. */
export const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'president', 'prime minister', 'senator', 'sen', 'rep', 'gov', 'governor',
  'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'ayatollah', 'imam', 'lt', 'col', 'gen', 'sgt', 'capt', 'maj', 'cpl', 'pte', 'supt', 'insp', 'det',
  'chancellor', 'minister', 'prophet', 'supreme leader', 'treasury secretary', 'specialist', 'foreign minister', 'defence minister', 'defense minister', 'interior minister', 'secretary of state', 'home secretary', 'foreign secretary',
  'chief constable', 'commissioner', 'detective', 'judge', 'justice', 'mayor', 'ambassador', 'director general', 'professor', 'prof', 'rev', 'reverend', 'cardinal', 'archbishop', 'lord', 'lady']);

let titles: { set: Set<string>; maxWords: number } | undefined;
let cues: Map<string, OrgKind> | undefined;

/** Lower-case titles ("director general"), and the longest one in words. */
export function titleLexicon(): { set: Set<string>; maxWords: number } {
  if (!titles) {
    const list = TitlesFile.parse(readJson('titles.json')).titles;
    titles = { set: new Set(list), maxWords: Math.max(...list.map((t) => t.split(' ').length)) };
  }
  return titles;
}

export function orgCues(): Map<string, OrgKind> {
  if (!cues) {
    const c = CuesFile.parse(readJson('org-cues.json'));
    cues = new Map();
    for (const kind of ['company', 'media', 'institution', 'armed_group', 'agency'] as const) for (const w of c[kind]) cues.set(w, kind);
  }
  return cues;
}

/** Kind of an organisation from its own words (last word first, then any word), else "other". */
export function orgKindFromName(name: string): OrgKind {
  const words = name.toLowerCase().replace(/[^\p{L}\p{N}.' -]/gu, ' ').split(/\s+/).filter(Boolean);
  const c = orgCues();
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const tail = words.slice(words.length - n).join(' ');
    const k = c.get(tail);
    if (k) return k;
  }
  for (let i = words.length - 1; i >= 0; i--) {
    const k = c.get(words[i]!);
    if (k) return k;
  }
  return 'other';
}
