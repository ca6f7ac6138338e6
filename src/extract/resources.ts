// Everything the extraction core knows that is not an algorithm: gazetteers, lexicons, word lists and the tagger
// model, read from data/ once by loadResources() and passed in (`extract(input, resources)`). This is the only
// file of the core that reads files; a missing or malformed file is an error that names it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  buildGazetteer,
  CityAliasFile,
  CityFile,
  CountryFile,
  OrgFile,
  SubdivisionAbbreviationFile,
  TownFile,
  RegionFile,
  SubdivisionFile,
  type Gazetteer,
} from './gazetteer.js';
import { CasualtyFile } from './casualties.js';
import { buildIncidentLexicon, ContextFile, TriggerFile, type IncidentLexicon } from './incident-lexicon.js';
import {
  buildNameLexicons,
  CuesFile,
  GivenNamesFile,
  GroupsFile,
  TitlesFile,
  WordClusterFile,
  type NameLexicons,
} from './lexicons.js';
import { buildRelationCues, CueFile, type RelationCues } from './relation-cues.js';
import type { RuleSwitches } from '../rules/index.js';
import { gunzipSync } from 'node:zlib';
import { modelFromBytes, type TaggerModel } from './tagger.js';
import { listRules } from './rules/index.js';
import { WORD_LISTS, WordListFile, WordLists } from './word-lists.js';

export interface Resources {
  gazetteer: Gazetteer;
  names: NameLexicons;
  incidents: IncidentLexicon;
  relationCues: RelationCues;
  /** the named word lists of data/lexicons/ (see word-lists.ts) */
  words: WordLists;
  tagger: TaggerModel;
  /** the tagger model for documents wholly in capitals (trained by train-tagger.ts --caps-only) */
  taggerCaps: TaggerModel;
  /** rules switched off by id (src/rules/) */
  rules: RuleSwitches;
}

/** The project's data/ folder. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** Reads a JSON file (gzipped if it ends in .gz) and validates it; any problem is an error naming the file. */
export function readDataFile<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    const bytes = readFileSync(path);
    raw = JSON.parse((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
  } catch (err) {
    throw new Error(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** Reads a tagger model file, binary or text (gzip if it ends in .gz); an error names the file if it is missing or malformed. */
export function loadTagger(path: string): TaggerModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
    if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  } catch (e) {
    throw new Error(`tagger model ${path}: cannot read it (${e instanceof Error ? e.message : String(e)})`);
  }
  return modelFromBytes(bytes, `tagger model ${path}`);
}

/** Every word-list file in data/lexicons/ (those with a "lists" object), validated against WORD_LISTS. */
export function loadWordLists(dir: string): WordLists {
  const files = new Map<string, z.infer<typeof WordListFile>>();
  for (const area of Object.keys(WORD_LISTS)) files.set(area, readDataFile(join(dir, `${area}.json`), WordListFile));
  const known = new Set(Object.keys(WORD_LISTS).map((a) => `${a}.json`));
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json') || known.has(name)) continue;
    const raw = readDataFile(join(dir, name), z.unknown());
    if (raw && typeof raw === 'object' && 'lists' in raw)
      throw new Error(`${join(dir, name)}: a word-list file that word-lists.ts (WORD_LISTS) does not declare`);
  }
  return new WordLists(files, dir);
}

/** The gazetteer alone (the tagger's training script needs it before a model exists). */
export function loadGazetteer(
  dataDir: string = DATA_DIR,
  words: WordLists = loadWordLists(join(dataDir, 'lexicons')),
): Gazetteer {
  const gaz = (name: string) => join(dataDir, 'gazetteers', name);
  return buildGazetteer(
    {
      countries: readDataFile(gaz('countries.json'), CountryFile),
      regions: readDataFile(gaz('regions.json'), RegionFile),
      cities: readDataFile(gaz('cities.json'), CityFile),
      cityAliases: readDataFile(gaz('city-aliases.json'), CityAliasFile),
      subdivisions: readDataFile(gaz('subdivisions.json'), SubdivisionFile),
      organizations: readDataFile(gaz('organizations.json'), OrgFile),
      towns: readDataFile(gaz('towns.json'), TownFile),
      subdivisionAbbreviations: readDataFile(gaz('subdivision-abbreviations.json'), SubdivisionAbbreviationFile),
    },
    words,
  );
}

/** The name lexicons alone (the tagger's training script needs them before a model exists). */
export function loadNameLexicons(
  dataDir: string = DATA_DIR,
  words: WordLists = loadWordLists(join(dataDir, 'lexicons')),
): NameLexicons {
  const gaz = (name: string) => join(dataDir, 'gazetteers', name);
  return buildNameLexicons({
    givenNames: readDataFile(gaz('given-names.json'), GivenNamesFile),
    moreGivenNames: readDataFile(gaz('given-names-more.json'), GivenNamesFile),
    groups: readDataFile(gaz('groups.json'), GroupsFile),
    titles: readDataFile(gaz('titles.json'), TitlesFile),
    orgCues: readDataFile(gaz('org-cues.json'), CuesFile),
    personTitles: words.list('names.personTitles'),
    wordClusters: readDataFile(join(dataDir, 'models', 'word-clusters.json.gz'), WordClusterFile),
    commonWords: words.list('english.commonWords'),
  });
}

export interface LoadOptions {
  /** the data/ folder (default: the project's) */
  dataDir?: string;
  /** the tagger model file (default: data/models/ner-tagger.bin.gz) */
  taggerPath?: string;
  /** the tagger model file for documents in capitals (default: data/models/ner-tagger-caps.bin.gz) */
  taggerCapsPath?: string;
  /** ids of rules to switch off (see `kg rules`); an unknown id is an error */
  disabledRules?: readonly string[];
}

/** Reads and validates every resource the extractor uses. */
export function loadResources(options: LoadOptions = {}): Resources {
  const dir = options.dataDir ?? DATA_DIR;
  const lex = (name: string) => join(dir, 'lexicons', name);
  const words = loadWordLists(join(dir, 'lexicons'));
  return {
    words,
    gazetteer: loadGazetteer(dir, words),
    names: loadNameLexicons(dir, words),
    incidents: buildIncidentLexicon(
      readDataFile(lex('incident-triggers.json'), TriggerFile),
      readDataFile(lex('incident-context.json'), ContextFile),
      readDataFile(lex('incident-casualties.json'), CasualtyFile),
    ),
    relationCues: buildRelationCues(readDataFile(lex('relation-cues.json'), CueFile)),
    tagger: loadTagger(options.taggerPath ?? join(dir, 'models', 'ner-tagger.bin.gz')),
    taggerCaps: loadTagger(options.taggerCapsPath ?? join(dir, 'models', 'ner-tagger-caps.bin.gz')),
    rules: { disabled: new Set(checkRuleIds(options.disabledRules ?? [])) },
  };
}

function checkRuleIds(ids: readonly string[]): readonly string[] {
  const known = new Set(listRules().map((r) => r.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`unknown rule id(s): ${unknown.join(', ')} (see \`kg rules\`)`);
  return ids;
}

let shared: Resources | undefined;

/**
 * The word lists alone, loaded once per process: for layers that need the news conventions (dedup's boilerplate
 * lines and wire agencies) without the gazetteers and tagger model. The same lists as defaultResources().words.
 */
export function defaultWordLists(): WordLists {
  sharedWords ??= shared?.words ?? loadWordLists(join(DATA_DIR, 'lexicons'));
  return sharedWords;
}
let sharedWords: WordLists | undefined;

/**
 * The project's resources, loaded on first use and kept: for the CLI, the ingest worker and tests.
 * KG_DISABLE_RULES (comma-separated rule ids) switches rules off, to measure one rule's worth on the dev sets.
 */
export function defaultResources(): Resources {
  shared ??= loadResources({
    disabledRules: (process.env.KG_DISABLE_RULES ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  });
  return shared;
}
