// Everything the extraction core knows that is not an algorithm: gazetteers, lexicons, word lists and the tagger
// model, read from data/ once by loadResources() and passed in (`extract(input, resources)`). This is the only
// file of the core that reads files (and keeps a built gazetteer on disk: cachedBuild, resource-cache.ts); a missing or
// malformed file is an error that names it.
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  buildGazetteer,
  CityAliasFile,
  Gazetteer,
  CityFile,
  CountryFile,
  OrgFile,
  SubdivisionAbbreviationFile,
  TownFile,
  RegionFile,
  SubdivisionFile,
} from './gazetteer.js';
import { CACHE_FORMAT, cacheFileBytes, decodeGraph, encodeGraph, readCacheFileBytes } from './resource-cache.js';
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
import { disabledRuleIds, type RuleSwitches } from '../rules/index.js';
import { gunzipSync } from 'node:zlib';
import { isMainThread } from 'node:worker_threads';
import { foldingsToKeep, useFoldings } from '../case-folded-reg-exp.js';
import { modelFromBytes, TaggerModel } from './tagger.js';
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

/**
 * The schemas of data files whose check a process may skip, each by a name no other has: when this code (the code
 * digest holds the schemas' source) validated a file of these very bytes against the schema before, and the schema
 * gave back the file's own value (no default filled in, no key dropped), a marker in the resource cache says so
 * (readDataFile). Checking every word list, lexicon and the word-cluster table cost about a tenth of a short run's
 * start-up; a schema not named here is checked every time.
 */
const VALIDATED_ONCE: ReadonlyMap<z.ZodType, string> = new Map<z.ZodType, string>([
  [WordListFile, 'WordListFile'],
  [WordClusterFile, 'WordClusterFile'],
  [GivenNamesFile, 'GivenNamesFile'],
  [GroupsFile, 'GroupsFile'],
  [TitlesFile, 'TitlesFile'],
  [CuesFile, 'CuesFile'],
  [TriggerFile, 'TriggerFile'],
  [ContextFile, 'ContextFile'],
  [CasualtyFile, 'CasualtyFile'],
  [CueFile, 'CueFile'],
  [CountryFile, 'CountryFile'],
  [RegionFile, 'RegionFile'],
  [CityFile, 'CityFile'],
  [CityAliasFile, 'CityAliasFile'],
  [SubdivisionFile, 'SubdivisionFile'],
  [OrgFile, 'OrgFile'],
  [TownFile, 'TownFile'],
  [SubdivisionAbbreviationFile, 'SubdivisionAbbreviationFile'],
]);

/**
 * The marker file that says `bytes` passed `schema` under this code (see VALIDATED_ONCE), or null when no marker
 * can say it (a schema not named there, no resource cache, code that cannot be hashed).
 */
function validationMarker(schema: z.ZodType, bytes: Buffer): string | null {
  const name = VALIDATED_ONCE.get(schema);
  const dir = name && resourceCacheDir();
  if (!name || !dir) return null;
  try {
    const content = createHash('sha256').update(bytes).digest('hex');
    return join(dir, `${VALID_KIND}-${withCodeHash(`${name} ${content}`)}.ok`);
  } catch {
    return null;
  }
}
const VALID_KIND = 'valid';

/**
 * Reads a JSON file (gzipped if it ends in .gz) and validates it; any problem is an error naming the file. A file
 * whose bytes passed the same schema before (validationMarker) is not checked again.
 */
export function readDataFile<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  let raw: unknown;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
    raw = JSON.parse((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
  } catch (err) {
    throw new Error(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const marker = validationMarker(schema, bytes);
  if (marker && existsSync(marker)) return raw as z.infer<S>;
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
    );
  if (marker && isDeepStrictEqual(parsed.data, raw)) {
    try {
      mkdirSync(dirname(marker), { recursive: true });
      writeFileSync(marker, '');
      removeStaleCache(dirname(marker), VALID_KIND, marker);
    } catch {
      // a read-only folder: the file is checked again next time
    }
  }
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

/**
 * A tagger model file through the resource cache (TaggerModel.toImage: the model as it is in memory), keyed by the
 * file's bytes and the code. The model file is read for its key, so a missing one is loadTagger's error; a cache
 * file that is not sound is passed over and the model built from its file again, whose faults stay errors.
 */
export function cachedTagger(path: string): TaggerModel {
  return deferredTagger(path, false)();
}

/**
 * cachedTagger, read when first asked for if its cache file is there (the file was sound when that was written, and
 * the key says it still is: a model most articles never need costs no start-up), else at once, so a missing or
 * damaged model file is an error now, as cachedTagger's.
 */
export function deferredTagger(path: string, defer = true): () => TaggerModel {
  const dir = resourceCacheDir();
  if (!dir) {
    const model = loadTagger(path);
    return () => model;
  }
  let key: string;
  try {
    key = withCodeHash(hashInputs([path]));
  } catch {
    const model = loadTagger(path); // (a missing file: loadTagger names it)
    return () => model;
  }
  // one kind per model file ("tagger-ner-tagger-caps"), so writing one model's image never prunes the other's
  const kind = `tagger-${basename(path)
    .replace(/\..*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')}`;
  const read = () =>
    cachedBytes(
      dir,
      kind,
      key,
      () => loadTagger(path),
      (m) => m.toImage(),
      TaggerModel.fromImage,
    );
  if (!defer || !existsSync(join(dir, cachedBytesName(kind, key)))) {
    const model = read();
    return () => model;
  }
  let model: TaggerModel | undefined;
  return () => (model ??= read());
}

/**
 * The cache key of data (its hashInputs) built by the code that builds resources: the code is hashed once per
 * process, as the gazetteer and both tagger models need it.
 */
function withCodeHash(dataHash: string): string {
  codeDigest ??= hashInputs([CODE_DIR]);
  return createHash('sha256').update(`${dataHash} ${codeDigest}`).digest('hex');
}
let codeDigest: string | undefined;

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

/** the code that builds resources (dist/ or, under vitest, src/): part of a cached resource's key */
const CODE_DIR = fileURLToPath(new URL('../', import.meta.url));

/**
 * Where built resources are kept between processes (resource-cache.ts): KG_RESOURCE_CACHE, else .cache/resources in
 * the project; KG_RESOURCE_CACHE=off (or empty) keeps none.
 */
export function resourceCacheDir(): string | null {
  const env = process.env.KG_RESOURCE_CACHE;
  if (env === undefined) return join(DATA_DIR, '..', '.cache', 'resources');
  return env === '' || env === 'off' ? null : resolve(env);
}

/**
 * The gazetteer alone (the tagger's training script needs it before a model exists). Built from the files of
 * `dataDir`, or read from the resource cache when that build is there (only with the word lists of `dataDir`: lists
 * passed in are not part of the cache's key).
 */
export function loadGazetteer(dataDir: string = DATA_DIR, words?: WordLists): Gazetteer {
  const ownWords = words ?? loadWordLists(join(dataDir, 'lexicons'));
  if (words) return readGazetteer(dataDir, ownWords);
  return gazetteerOf(dataDir, ownWords);
}

/** The gazetteer of `dataDir` with its own word lists (`words` read from its lexicons/), through the resource cache. */
function gazetteerOf(dataDir: string, words: WordLists): Gazetteer {
  const dir = resourceCacheDir();
  if (!dir) return readGazetteer(dataDir, words);
  let key: string;
  try {
    key = withCodeHash(hashInputs([join(dataDir, 'gazetteers'), join(dataDir, 'lexicons')]));
  } catch {
    return readGazetteer(dataDir, words); // (a missing file: the build names it)
  }
  const state = cachedBuild(dir, 'gazetteer', key, () => readGazetteer(dataDir, words).state());
  // placesNamed's spelling indexes, kept beside it under the same key and read only when first needed
  return Gazetteer.fromState(words, state, (build) => cachedBuild(dir, 'gazetteer-spellings', key, build));
}

/**
 * Cache files of one kind older than this are removed when a new one is written: other code or data versions'
 * leftovers (each build of the code writes new ones, tens of MB), kept a while for a process of the old version
 * still starting up; a process that finds its file gone builds the value again.
 */
const STALE_CACHE_MS = 10 * 60 * 1000;

/**
 * A hash of the given files' contents (folders: their .js/.ts/.json/.mjs files, recursively, in name order), with
 * their paths relative to the folder named, so two copies of one project share a key.
 */
export function hashInputs(paths: readonly string[]): string {
  const h = createHash('sha256').update(`kg-resource-cache ${CACHE_FORMAT} ${process.versions.node}\n`);
  const add = (path: string, name: string): void => {
    if (statSync(path).isDirectory()) {
      for (const f of readdirSync(path).sort()) {
        const p = join(path, f);
        if (statSync(p).isDirectory() || ['.js', '.ts', '.json', '.mjs'].includes(extname(f))) add(p, `${name}/${f}`);
      }
      return;
    }
    const bytes = readFileSync(path);
    h.update(`${name} ${bytes.length}\n`).update(bytes);
  };
  for (const [i, p] of paths.entries()) add(p, String(i));
  return h.digest('hex');
}

/**
 * The value `build` makes, read from `dir` if a sound file for `key` is there, else built and written there
 * (atomically: a temporary file renamed into place, so a concurrent reader sees the old file, the new one or none).
 * `dir` null: no cache. Failing to read or write is never an error: the value is built.
 */
export function cachedBuild<T>(dir: string | null, kind: string, key: string, build: () => T): T {
  return cachedBytes(dir, kind, key, build, encodeGraph, (bytes) => decodeGraph(bytes) as T);
}

/**
 * cachedBuild for a value with its own byte form (`toBytes`, and `fromBytes`, which throws on bytes that are not
 * such a value): the same file, header, key and checksum, so the same safety. (cachedBuild is this with
 * resource-cache.ts's encoding of plain data.)
 */
export function cachedBytes<T>(
  dir: string | null,
  kind: string,
  key: string,
  build: () => T,
  toBytes: (value: T) => Buffer,
  fromBytes: (bytes: Buffer) => T,
): T {
  return cachedFile(dir, cachedBytesName(kind, key), kind, build, {
    encode: (value) => cacheFileBytes(key, toBytes(value)),
    decode: (bytes) => {
      const body = readCacheFileBytes(bytes, key);
      return body && fromBytes(body);
    },
  });
}

/** The name of the file cachedBytes keeps a value of `kind` for `key` in. */
const cachedBytesName = (kind: string, key: string): string => `${kind}-${key}.bin`;

/** cachedBuild's reading, building and atomic writing, for a file content `encode` makes and `decode` reads back */
function cachedFile<T>(
  dir: string | null,
  name: string,
  kind: string,
  build: () => T,
  codec: { encode: (value: T) => string | Buffer; decode: (bytes: Buffer) => T | undefined },
): T {
  if (!dir) return build();
  const file = join(dir, name);
  let bytes: Buffer | null = null;
  try {
    bytes = readFileSync(file);
  } catch {
    // not there yet (or unreadable): build it
  }
  if (bytes !== null) {
    try {
      const value = codec.decode(bytes);
      if (value !== undefined) return value;
    } catch {
      // corrupt: build it again
    }
  }
  const value = build();
  writeCacheFile(dir, kind, file, () => codec.encode(value));
  return value;
}

/** Writes a cache file atomically (a temporary file renamed into place); failing to is never an error. */
function writeCacheFile(dir: string, kind: string, file: string, content: () => string | Buffer): void {
  try {
    const bytes = content();
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
    removeStaleCache(dir, kind, file);
  } catch {
    // a read-only folder, a full disk, a value the encoding cannot hold: the built value serves this process
  }
}

/**
 * The case-folded patterns' foldings (case-folded-reg-exp.ts useFoldings) through the resource cache: read at once,
 * and those this process used written back when it exits if one was not there (the main thread only: worker threads
 * make the same patterns). The key holds the code and the Node version (its Unicode tables); each entry its source.
 */
export function keepFoldings(): void {
  const dir = resourceCacheDir();
  if (!dir || foldingsKept) return;
  foldingsKept = true;
  let key: string;
  try {
    key = withCodeHash(createHash('sha256').update(FOLDINGS_KIND).digest('hex'));
  } catch {
    return;
  }
  const file = join(dir, cachedBytesName(FOLDINGS_KIND, key));
  readFoldings(file, key);
  if (!isMainThread) return;
  process.once('exit', () => {
    const bytes = foldingsFileBytes(key);
    if (bytes) writeCacheFile(dir, FOLDINGS_KIND, file, () => bytes);
  });
}

/** Reads a foldings file of `key` into the foldings in use; whether it was there and sound (else it is passed over). */
export function readFoldings(file: string, key: string): boolean {
  try {
    const body = readCacheFileBytes(readFileSync(file), key);
    return body !== undefined && useFoldings(decodeGraph(body));
  } catch {
    return false; // not there yet, or not sound: made anew and written at exit
  }
}

/** A foldings file of `key` with the foldings this process used, if one was not read (else null). */
export function foldingsFileBytes(key: string): Buffer | null {
  const entries = foldingsToKeep();
  return entries && cacheFileBytes(key, encodeGraph(entries));
}
let foldingsKept = false;
const FOLDINGS_KIND = 'foldings';

function removeStaleCache(dir: string, kind: string, keep: string): void {
  const now = Date.now();
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    // this kind's files only ("tagger-<key>…", not "tagger-caps-<key>…"), temporary ones included
    if (!new RegExp(`^${kind}-[0-9a-f]{64}\\.`).test(f) || p === keep) continue;
    try {
      if (now - statSync(p).mtimeMs > STALE_CACHE_MS) unlinkSync(p);
    } catch {
      // another process removed it first
    }
  }
}

function readGazetteer(dataDir: string, words: WordLists): Gazetteer {
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
    holidays: words.list('mentions.holidays'),
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
  keepFoldings();
  const dir = options.dataDir ?? DATA_DIR;
  const lex = (name: string) => join(dir, 'lexicons', name);
  const words = loadWordLists(join(dir, 'lexicons'));
  const gazetteer = gazetteerOf(dir, words);
  const names = loadNameLexicons(dir, words);
  const incidents = buildIncidentLexicon(
    readDataFile(lex('incident-triggers.json'), TriggerFile),
    readDataFile(lex('incident-context.json'), ContextFile),
    readDataFile(lex('incident-casualties.json'), CasualtyFile),
    words.list('incident-cues.diplomaticPremises'),
  );
  const relationCues = buildRelationCues(readDataFile(lex('relation-cues.json'), CueFile));
  const tagger = cachedTagger(options.taggerPath ?? join(dir, 'models', 'ner-tagger.bin.gz'));
  // most articles are in mixed case: the model for those in capitals is read when the first one comes
  const taggerCaps = deferredTagger(options.taggerCapsPath ?? join(dir, 'models', 'ner-tagger-caps.bin.gz'));
  return {
    words,
    gazetteer,
    names,
    incidents,
    relationCues,
    tagger,
    get taggerCaps() {
      return taggerCaps();
    },
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
 * KG_DISABLE_RULES (comma-separated rule ids) switches rules off, to measure one rule's worth on the dev sets;
 * KG_TAGGER_MODEL reads mixed-case text with another tagger model file (scripts/eval.mjs --slice: a model trained
 * without the held-out slice of the training split).
 */
export function defaultResources(): Resources {
  shared ??= loadResources({
    taggerPath: process.env.KG_TAGGER_MODEL || undefined,
    disabledRules: disabledRuleIds(process.env.KG_DISABLE_RULES),
  });
  return shared;
}
