// JSON (one article object, an array of them, or {"articles": [...]}) and JSON Lines (one object per line).
import {
  fileFailure,
  toArticle,
  type RawArticle,
  type ReadFailure,
  type ReadResult,
  type SourceArticle,
} from './article.js';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Common field names for the same thing across exporters. */
export function rawFromObject(o: Record<string, unknown>): RawArticle {
  return {
    text: o.text ?? o.body ?? o.content,
    title: o.title ?? o.headline,
    published: o.published ?? o.date ?? o.pubDate ?? o.publishedAt ?? o.published_at,
    source: o.source ?? o.outlet ?? o.publisher,
    url: o.url ?? o.link,
  };
}

function jsonError(err: unknown): string {
  return `not valid JSON (${err instanceof Error ? err.message : String(err)})`;
}

export function parseJson(file: string, content: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (err) {
    return fileFailure(file, jsonError(err));
  }
  if (isRecord(value) && Array.isArray(value.articles)) value = value.articles;
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) return fileFailure(file, 'JSON array holds no articles');
  const out: ReadResult = { articles: [], failures: [] };
  items.forEach((item, index) => {
    if (!isRecord(item)) {
      out.failures.push({ file, item: index, reason: `item ${index} is not an article object` });
      return;
    }
    const r = toArticle(rawFromObject(item), { file, item: index });
    if (r.ok) out.articles.push(r.article);
    else out.failures.push(r.failure);
  });
  return out;
}

/** One line of a JSON Lines file (0-based `index`): an article, a failure naming the line, or null for a blank line. */
export function parseJsonlLine(
  file: string,
  raw: string,
  index: number,
): { article: SourceArticle } | { failure: ReadFailure } | null {
  const line = raw.trim();
  if (!line) return null;
  // binary junk on one line: that line is refused, the lines around it are read
  if (line.includes('\u0000'))
    return { failure: { file, item: index, reason: `line ${index + 1}: contains NUL bytes (binary), not text` } };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { failure: { file, item: index, reason: `line ${index + 1}: ${jsonError(err)}` } };
  }
  if (!isRecord(value)) return { failure: { file, item: index, reason: `line ${index + 1}: not an article object` } };
  const r = toArticle(rawFromObject(value), { file, item: index });
  return r.ok
    ? { article: r.article }
    : { failure: { ...r.failure, reason: `line ${index + 1}: ${r.failure.reason}` } };
}

/** Items are numbered by line (0-based) so a failure points at the line to fix. */
export function parseJsonl(file: string, content: string): ReadResult {
  const out: ReadResult = { articles: [], failures: [] };
  let seen = 0;
  content.split('\n').forEach((raw, index) => {
    const r = parseJsonlLine(file, raw, index);
    if (r === null) return;
    seen++;
    if ('article' in r) out.articles.push(r.article);
    else out.failures.push(r.failure);
  });
  if (seen === 0) return fileFailure(file, 'no JSON lines in file');
  return out;
}
