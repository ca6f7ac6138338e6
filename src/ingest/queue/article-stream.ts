// The article queue on a Redis stream. Producers add validated articles; workers of one consumer group read
// them, write them through the ingest pipeline and only then acknowledge and delete them, so delivery is at
// least once (a worker that dies leaves its entries pending; another claims them after `claimIdleMs`) and the
// idempotent writes make a second delivery change nothing. Articles that cannot be stored go to a failed stream
// with the reason.
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { SourceArticle } from '../../sources/article.js';

export const STREAM = 'kg:articles';
export const FAILED_STREAM = 'kg:articles:failed';
export const GROUP = 'kg:writers';

export interface QueuedArticle {
  id: string;
  article: SourceArticle;
}

export interface InvalidEntry {
  id: string;
  reason: string;
}

/** XREADGROUP / XAUTOCLAIM replies, checked rather than cast: [id, [field, value, …]] */
const Entry = z.tuple([z.string(), z.array(z.string()).nullable()]);
const ReadReply = z.array(z.tuple([z.string(), z.array(Entry)])).nullable();
const ClaimReply = z.tuple([z.string(), z.array(Entry)]).rest(z.unknown());

export const consumerName = () => `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;

export async function ensureGroup(redis: Redis): Promise<void> {
  try {
    await redis.call('XGROUP', 'CREATE', STREAM, GROUP, '0', 'MKSTREAM');
  } catch (err) {
    if (!/BUSYGROUP/.test(err instanceof Error ? err.message : String(err))) throw err;
  }
}

/**
 * Adds articles to the stream, waiting while the backlog is above `maxBacklog` so a producer never fills
 * Redis's memory faster than workers drain it.
 */
export async function enqueue(redis: Redis, articles: SourceArticle[], maxBacklog = 20_000): Promise<number> {
  while ((await redis.xlen(STREAM)) > maxBacklog) await new Promise((r) => setTimeout(r, 500));
  const multi = redis.multi();
  for (const a of articles) multi.xadd(STREAM, '*', 'article', JSON.stringify(SourceArticle.parse(a)));
  await multi.exec();
  return articles.length;
}

function parseEntries(entries: z.infer<typeof Entry>[]): { valid: QueuedArticle[]; invalid: InvalidEntry[] } {
  const valid: QueuedArticle[] = [];
  const invalid: InvalidEntry[] = [];
  for (const [id, fields] of entries) {
    // an entry deleted after it was delivered comes back with no fields: it was handled, acknowledge it
    if (fields === null) {
      invalid.push({ id, reason: 'entry deleted from the stream before it was processed' });
      continue;
    }
    const raw = fields[fields.indexOf('article') + 1];
    let article: unknown;
    try {
      article = raw === undefined || fields.indexOf('article') % 2 !== 0 ? undefined : JSON.parse(raw);
    } catch {
      article = undefined;
    }
    const parsed = SourceArticle.safeParse(article);
    if (parsed.success) valid.push({ id, article: parsed.data });
    else
      invalid.push({
        id,
        reason: `not an article: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ')}`,
      });
  }
  return { valid, invalid };
}

export interface ReadOptions {
  consumer: string;
  count: number;
  blockMs: number;
  /** entries pending this long at another (dead) consumer are taken over */
  claimIdleMs: number;
}

/**
 * The next entries for this consumer: first its own pending ones (a write that failed and is being retried),
 * then entries abandoned by dead consumers, then new ones (blocking up to `blockMs`).
 */
export async function readEntries(
  redis: Redis,
  o: ReadOptions,
): Promise<{ valid: QueuedArticle[]; invalid: InvalidEntry[] }> {
  const own = ReadReply.parse(
    await redis.call('XREADGROUP', 'GROUP', GROUP, o.consumer, 'COUNT', o.count, 'STREAMS', STREAM, '0'),
  );
  const ownEntries = own?.[0]?.[1] ?? [];
  if (ownEntries.length) return parseEntries(ownEntries);
  const claimed = ClaimReply.parse(
    await redis.call('XAUTOCLAIM', STREAM, GROUP, o.consumer, o.claimIdleMs, '0-0', 'COUNT', o.count),
  );
  if (claimed[1].length) return parseEntries(claimed[1]);
  const fresh = ReadReply.parse(
    await redis.call(
      'XREADGROUP',
      'GROUP',
      GROUP,
      o.consumer,
      'COUNT',
      o.count,
      'BLOCK',
      o.blockMs,
      'STREAMS',
      STREAM,
      '>',
    ),
  );
  return parseEntries(fresh?.[0]?.[1] ?? []);
}

/** Acknowledges handled entries and deletes them, so the stream's length is the backlog. */
export async function settle(
  redis: Redis,
  ids: string[],
  failed: Array<{ id: string; reason: string; article?: SourceArticle }>,
): Promise<void> {
  if (!ids.length) return;
  const multi = redis.multi();
  for (const f of failed) {
    multi.xadd(
      FAILED_STREAM,
      'MAXLEN',
      '~',
      100_000,
      '*',
      'entry',
      f.id,
      'reason',
      f.reason,
      ...(f.article ? ['article', JSON.stringify(f.article)] : []),
    );
  }
  multi.xack(STREAM, GROUP, ...ids);
  multi.xdel(STREAM, ...ids);
  await multi.exec();
}

export interface QueueStats {
  backlog: number;
  pending: number;
  failed: number;
  consumers: number;
}

export async function queueStats(redis: Redis): Promise<QueueStats> {
  await ensureGroup(redis);
  const [backlog, failed] = await Promise.all([redis.xlen(STREAM), redis.xlen(FAILED_STREAM)]);
  const pending = z
    .tuple([z.number()])
    .rest(z.unknown())
    .parse(await redis.call('XPENDING', STREAM, GROUP))[0];
  // XINFO GROUPS: one flat [field, value, …] list per group
  const groups = z.array(z.array(z.unknown())).parse(await redis.call('XINFO', 'GROUPS', STREAM));
  const ours = groups.find((g) => g[g.indexOf('name') + 1] === GROUP) ?? [];
  const consumers = z
    .number()
    .catch(0)
    .parse(ours[ours.indexOf('consumers') + 1]);
  return { backlog, pending, failed, consumers };
}
