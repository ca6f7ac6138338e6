// The shape every reader produces, validated with zod at the boundary, and the failure shape.
import { z } from 'zod';
import { webUrlOrNull } from '../api/web-url.js';
import { parsePublished, parsePublishedAt } from './dates.js';

export const Origin = z.object({
  /** path of the file the article came from */
  file: z.string().min(1),
  /** position of the article inside the file (0 for single-article files) */
  item: z.number().int().min(0),
  /**
   * the raw hash of the file (rawFileHash: format and bytes) and the distinct articles it converted to; set only
   * when the whole file converted without a failure, so a later run may skip converting the same bytes
   */
  raw: z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/), articles: z.number().int().min(1) }).optional(),
});
export type Origin = z.infer<typeof Origin>;

export const SourceArticle = z.object({
  text: z.string().refine((t) => t.trim().length > 0, 'article has no text'),
  title: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) or null */
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** publication instant (ISO 8601 UTC) when the source gave a time of day and its zone; absent or null otherwise */
  publishedAt: z.string().datetime().nullable().optional(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  origin: Origin,
});
export type SourceArticle = z.infer<typeof SourceArticle>;

export interface ReadFailure {
  file: string;
  /** item index inside the file, when the file itself was readable */
  item?: number;
  reason: string;
}

export interface ReadResult {
  articles: SourceArticle[];
  failures: ReadFailure[];
}

/** Loose fields as a reader found them; strings are trimmed and empty ones become null. */
export interface RawArticle {
  text?: unknown;
  title?: unknown;
  published?: unknown;
  source?: unknown;
  url?: unknown;
}

function cleanString(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.replace(/\s+/g, ' ').trim();
  return s.length ? s : null;
}

/** Validate one article; returns it or a failure naming the file, item and problem. */
export function toArticle(
  raw: RawArticle,
  origin: Origin,
): { ok: true; article: SourceArticle } | { ok: false; failure: ReadFailure } {
  const candidate = {
    text: typeof raw.text === 'string' ? raw.text.trim() : (raw.text ?? ''),
    title: cleanString(raw.title),
    published: typeof raw.published === 'string' ? parsePublished(raw.published) : null,
    publishedAt: typeof raw.published === 'string' ? parsePublishedAt(raw.published) : null,
    source: cleanString(raw.source),
    // only http(s) links are kept (a javascript: link would run when clicked); the article itself is stored
    url: webUrlOrNull(cleanString(raw.url)),
    origin,
  };
  const parsed = SourceArticle.safeParse(candidate);
  if (parsed.success) return { ok: true, article: parsed.data };
  const reason = parsed.error.issues
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  return { ok: false, failure: { file: origin.file, item: origin.item, reason } };
}

/** Collect validated articles and failures from raw items of one file. */
export function collect(file: string, items: RawArticle[]): ReadResult {
  const out: ReadResult = { articles: [], failures: [] };
  items.forEach((raw, item) => {
    const r = toArticle(raw, { file, item });
    if (r.ok) out.articles.push(r.article);
    else out.failures.push(r.failure);
  });
  return out;
}

export function fileFailure(file: string, reason: string): ReadResult {
  return { articles: [], failures: [{ file, reason }] };
}
