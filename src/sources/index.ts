// Article readers: files and folders of .txt, .md, .html, .json, .jsonl and RSS/Atom feeds.
export type { Origin, ReadFailure, ReadResult, SourceArticle } from './article.js';
export { parsePublished, parsePublishedAt } from './dates.js';
export { decodeText, isSupported, parseFile, SUPPORTED_EXTENSIONS } from './parse.js';
export {
  listFiles,
  readSourceBatches,
  readSourceFile,
  readSources,
  walkFiles,
  type BatchLimits,
  type SourceBatch,
} from './walk.js';
