// Duplicate coverage: near-duplicate texts (MinHash + LSH + exact shingle check) and same-story clusters.
// Pure: no I/O. The graph side is src/graph/dedup-store.ts; the CLI is `kg duplicates`.
export { stripBoilerplate, stripDateline, isBoilerplateLine, wordHashes } from './normalize.js';
export {
  FINGERPRINT_VERSION,
  SHINGLE_SIZE,
  NUM_HASHES,
  NUM_BANDS,
  ROWS_PER_BAND,
  MIN_SHINGLES,
  BUCKET_SCAN_LIMIT,
  fingerprint,
  shingleSet,
  minhash,
  bandHash,
  bandKeys,
  type Fingerprint,
} from './fingerprint.js';
export {
  classify,
  similarity,
  intersectionSize,
  COPY_JACCARD,
  COPY_SIZE_RATIO,
  MIN_CONTAINMENT,
  EXCERPT_SIZE_RATIO,
  DUPLICATE_KINDS,
  type DuplicateKind,
  type Similarity,
  type Verdict,
} from './compare.js';
export {
  NearDuplicateIndex,
  findNearDuplicates,
  type DuplicatePair,
  type NearDuplicateResult,
} from './near-duplicates.js';
export { UnionFind } from './union-find.js';
export { generateCorpus, type SyntheticArticle, type VariantKind } from './synthetic.js';
export {
  findStories,
  INCIDENT_DATE_WINDOW_DAYS,
  STORY_WINDOW_DAYS,
  MIN_ENTITY_OVERLAP,
  MIN_SHARED_RARE,
  type Story,
  type StoryArticle,
  type StoryMember,
} from './stories.js';
export { DuplicateReportBuilder, type ArticleLine, type DuplicateReport } from './report.js';
export {
  duplicateDirection,
  agencyCredit,
  type DatedArticle,
  type Direction,
  type DirectionReason,
} from './direction.js';
export { sentenceKeyText, sentenceTextHash } from './sentence-hash.js';
