// Small lexicons shipped as data: given names, group words, person titles and organisation head words.
// Read and validated by loadResources (resources.ts); built here.
import { z } from 'zod';
import { ORG_KINDS, type OrgKind } from '../ontology/index.js';

export const TitlesFile = z.object({ titles: z.array(z.string()) });
export const CuesFile = z
  .object({ note: z.string().optional(), kindOnly: z.record(z.string(), z.array(z.string())).optional() })
  .catchall(z.array(z.string()))
  .superRefine((c, ctx) => {
    for (const kind of Object.keys(c))
      if (kind !== 'note' && kind !== 'kindOnly' && !ORG_KINDS.includes(kind))
        ctx.addIssue({ code: 'custom', path: [kind], message: `not an organisation kind of the ontology` });
    for (const kind of Object.keys(c.kindOnly ?? {}))
      if (!ORG_KINDS.includes(kind))
        ctx.addIssue({ code: 'custom', path: ['kindOnly', kind], message: `not an organisation kind of the ontology` });
  });
export const GroupsFile = z.object({ words: z.array(z.string()) });
export const GivenNamesFile = z.object({ names: z.array(z.string()) });
/** data/models/word-clusters.json.gz (scripts/build-word-clusters.mjs): per clustering, cluster code → its words */
export const WordClusterFile = z.object({
  about: z.string(),
  source: z.string(),
  licence: z.string(),
  clusterings: z
    .array(
      z.object({
        branching: z.array(z.number().int().min(2)),
        removedPrincipalDirections: z.number().int().min(0),
        clusters: z.record(z.string().regex(/^[0-9a-z]+$/), z.array(z.string())),
      }),
    )
    .min(1),
});

export interface NameLexicons {
  /** common given names, lower case ("krystle", "andrew") */
  givenNames: ReadonlySet<string>;
  /**
   * givenNames and a wider generated list (given-names-more.json): enough to call two or three capitalised words with
   * no head word a person ("Philippe Sella"), too rare or too ambiguous to be a tagger feature or to stand alone
   */
  givenNamesWide: ReadonlySet<string>;
  /** religious/ethnic/political group words ("Sunni", "Kurds") and holidays ("Eid"): never an entity on their own */
  groupWords: ReadonlySet<string>;
  /** lower-case titles ("director general"), and the longest one in words */
  titles: { set: ReadonlySet<string>; maxWords: number };
  /** titles that, right before a capitalised name, make it a person whatever the tagger says */
  personTitles: ReadonlySet<string>;
  /** organisation head words → kind (also a tagger feature) */
  orgCues: ReadonlyMap<string, OrgKind>;
  /**
   * orgCues and the words that tell a named body's kind only (org-cues.json kindOnly: "administration", a common
   * word in lower case, "the Reagan administration", so no tagger cue): what orgKindFromName reads
   */
  orgKindCues: ReadonlyMap<string, OrgKind>;
  /** descriptions written after an armed group's name ("terrorist organization"; org-cues.json kindOnly.armed_group) */
  armedDescriptions: ReadonlySet<string>;
  /**
   * lower-case word → its code in each word clustering ("" where one lacks it), one letter per level, a prefix a
   * coarser cluster (data/models/word-clusters.json.gz, from word vectors): tagger features that carry what a word
   * is to words the training data never shows
   */
  wordClusters: ReadonlyMap<string, readonly string[]>;
  /**
   * words ordinary English writes in lower case only ("siege", "prize"; english.commonWords, from spelling
   * dictionaries): in text in capitals, where case no longer tells a name from a word (rule entities/caps-common-word)
   */
  commonWords: ReadonlySet<string>;
}

export function buildNameLexicons(files: {
  givenNames: z.infer<typeof GivenNamesFile>;
  moreGivenNames?: z.infer<typeof GivenNamesFile>;
  groups: z.infer<typeof GroupsFile>;
  /** holidays and festivals (mentions.holidays): like group words, a span made only of them names no one */
  holidays: readonly string[];
  titles: z.infer<typeof TitlesFile>;
  personTitles: readonly string[];
  orgCues: z.infer<typeof CuesFile>;
  wordClusters?: z.infer<typeof WordClusterFile>;
  commonWords?: readonly string[];
}): NameLexicons {
  const list = files.titles.titles;
  const orgCues = new Map<string, OrgKind>();
  // a word listed for two kinds takes the kind listed first in the ontology
  for (const kind of [...ORG_KINDS].reverse())
    for (const w of (files.orgCues[kind] as string[] | undefined) ?? []) orgCues.set(w, kind);
  const orgKindCues = new Map(orgCues);
  for (const kind of [...ORG_KINDS].reverse())
    for (const w of files.orgCues.kindOnly?.[kind] ?? []) if (!orgKindCues.has(w)) orgKindCues.set(w, kind);
  return {
    givenNames: new Set(files.givenNames.names),
    givenNamesWide: new Set([...files.givenNames.names, ...(files.moreGivenNames?.names ?? [])]),
    groupWords: new Set([...files.groups.words, ...files.holidays]),
    titles: { set: new Set(list), maxWords: Math.max(...list.map((t) => t.split(' ').length)) },
    personTitles: new Set(files.personTitles),
    orgCues,
    orgKindCues,
    armedDescriptions: new Set((files.orgCues.kindOnly?.['armed_group'] ?? []).filter((w) => w.includes(' '))),
    wordClusters: clusterCodes(files.wordClusters?.clusterings ?? []),
    commonWords: new Set(files.commonWords ?? []),
  };
}

/**
 * Word → its code in each clustering, "" where a clustering lacks the word. Words of the same codes share one array
 * (a few thousand arrays for over a hundred thousand words: one array a word was a third of building the table).
 */
function clusterCodes(clusterings: z.infer<typeof WordClusterFile>['clusterings']): Map<string, readonly string[]> {
  const m = new Map<string, readonly string[]>();
  const none: readonly string[] = new Array<string>(clusterings.length).fill('');
  /** an array of codes → the array that differs from it in clustering k alone, by that code */
  const next = new Map<readonly string[], Map<string, readonly string[]>>();
  clusterings.forEach((c, k) => {
    for (const [code, words] of Object.entries(c.clusters)) {
      const byFrom = new Map<readonly string[], readonly string[]>();
      for (const w of words) {
        const from = m.get(w) ?? none;
        let to = byFrom.get(from);
        if (!to) {
          let byCode = next.get(from);
          if (!byCode) next.set(from, (byCode = new Map()));
          to = byCode.get(code);
          if (!to) {
            const codes = [...from];
            codes[k] = code;
            byCode.set(code, (to = codes));
          }
          byFrom.set(from, to);
        }
        m.set(w, to);
      }
    }
  });
  return m;
}

/**
 * Rule org/armed-description-tail. "the Red Dawn terrorist organization", "SHINING PATH GUERRILLA GROUP": a body's
 * name that ends in a description news writes after an armed group's name holds the group's own name before it; that
 * name, or null. Not where what is left is one word ordinary English writes small or an adjective of creed or
 * nation ("the Maoist terrorist group", "a Peruvian guerrilla group" name no group).
 */
export function nameBeforeArmedDescription(
  name: string,
  descriptions: ReadonlySet<string>,
  commonWords: ReadonlySet<string>,
  creedOrNation: RegExp,
): string | null {
  const words = name.split(/\s+/).filter(Boolean);
  for (const n of [3, 2]) {
    if (words.length <= n) continue;
    const tail = words.slice(words.length - n).join(' ');
    if (!descriptions.has(tail.toLowerCase())) continue;
    const rest = words.slice(0, words.length - n);
    if (/^(?:the|a|an)$/i.test(rest[0]!)) rest.shift();
    if (!rest.length) return null;
    if (rest.length === 1 && (commonWords.has(rest[0]!.toLowerCase()) || creedOrNation.test(rest[0]!))) return null;
    return rest.join(' ');
  }
  return null;
}

/**
 * Kind of an organisation from its own words (last word first, then any word), else "other". Accents are read as
 * the cues write them, without ("TC Televisión" is a television, "Radio Nacional de España" a radio).
 */
export function orgKindFromName(name: string, c: ReadonlyMap<string, OrgKind>): OrgKind {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.' -]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const tail = words.slice(words.length - n);
    const k = c.get(tail.join(' '));
    if (k) return k;
    // (rule org/hyphenated-compound-head) a compound modifier opening the tail is read by its last part ("Saudi-led
    // coalition": "led coalition"), as the cues list what such names have in common, not the name before the hyphen
    const first = tail[0]!;
    if (n > 1 && first.includes('-')) {
      const h = c.get([first.slice(first.lastIndexOf('-') + 1), ...tail.slice(1)].join(' '));
      if (h) return h;
    }
  }
  for (let i = words.length - 1; i >= 0; i--) {
    const k = c.get(words[i]!);
    if (k) return k;
  }
  return 'other';
}
