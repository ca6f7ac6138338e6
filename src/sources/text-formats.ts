// Plain text and Markdown articles.
import { basename } from 'node:path';
import { collect, fileFailure, type ReadResult } from './article.js';
import { MONTH_NAME, parsePublished } from './dates.js';
import { splitFrontMatter } from './front-matter.js';
import { DATELINE_WITH_SOURCE } from '../news/conventions.js';

/** A first line that reads as a headline: short, one line, not a finished sentence. */
export function looksLikeHeadline(line: string): boolean {
  const s = line.trim();
  if (s.length < 3 || s.length > 160) return false;
  const words = s.split(/\s+/).length;
  if (words > 22) return false;
  if (/[.,;:]$/.test(s) && !/\.\.\.$/.test(s)) return false; // ends like prose
  // a dateline-led first sentence ("LONDON (Reuters) - Police said …") is body text
  if (/^[A-Z][A-Z .'-]{2,}(?:\s*\([^)]*\))?\s*[-–—]\s/.test(s)) return false;
  return /\p{L}/u.test(s);
}

/** Split a leading headline line off a body, if there is one and a body follows it. */
function splitHeadline(text: string): { title: string | null; body: string } {
  const m = /^\s*([^\n]+)\n/.exec(text);
  if (!m) return { title: null, body: text };
  const rest = text.slice(m[0].length);
  if (!rest.trim() || !looksLikeHeadline(m[1]!)) return { title: null, body: text };
  return { title: m[1]!.trim(), body: rest };
}

const DATE_IN_TEXT = new RegExp(
  `\\b(\\d{1,2} ${MONTH_NAME} \\d{4}|${MONTH_NAME} \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
);

/**
 * Plain text has no metadata fields, so the dateline ("PLACE, date (Outlet) - ") and a leading
 * YYYY-MM-DD in the file name are the only places a date or outlet can come from.
 */
export function txtMetadata(file: string, body: string): { published: string | null; source: string | null } {
  const firstLine = body.trimStart().split('\n', 1)[0] ?? '';
  const dateline = DATELINE_WITH_SOURCE.exec(firstLine);
  const head = dateline ? firstLine.slice(0, dateline.index + dateline[0].length) : '';
  const datelineDate = DATE_IN_TEXT.exec(head)?.[1];
  const fileDate = /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(basename(file))?.[1];
  const published =
    (datelineDate ? parsePublished(datelineDate) : null) ?? (fileDate ? parsePublished(fileDate) : null);
  // "(Crossroads Dispatch, from Northline Wire)": the outlet is the first part
  const source = dateline?.[1]?.split(/,|;/)[0]?.trim() ?? null;
  return { published, source: source && !DATE_IN_TEXT.test(source) ? source : null };
}

export function parseTxt(file: string, content: string): ReadResult {
  const { title, body } = splitHeadline(content);
  return collect(file, [{ text: body, title, ...txtMetadata(file, body) }]);
}

/** Markdown to plain prose: markers removed, link text kept, code and images dropped. */
export function markdownToText(md: string): string {
  const lines: string[] = [];
  let inFence = false;
  for (const raw of md.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      lines.push('');
      continue;
    }
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
    // Every bracketed part excludes its own opening character and is bounded, so each match attempt stops at
    // the next `[`, `(` or `<`: linear in the line. ([^\]]* let 200,000 `[` on one line take 176 s.)
    line = line
      .replace(/!\[[^[\]\n]{0,1000}\]\([^()\n]{0,2000}\)/g, '')
      .replace(/\[([^[\]\n]{1,1000})\]\([^()\n]{0,2000}\)/g, '$1')
      .replace(/\[([^[\]\n]{1,1000})\]\[[^[\]\n]{0,1000}\]/g, '$1')
      .replace(/<[^<>\n]{1,1000}>/g, '')
      .replace(/(\*\*|__)(?=\S)([^\n]{1,1000}?)(?<=\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1');
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definitions
    lines.push(line.trimEnd());
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function parseMarkdown(file: string, content: string): ReadResult {
  const parsed = splitFrontMatter(content);
  if (!parsed.ok) return fileFailure(file, parsed.reason);
  const data = parsed.data;
  let body = markdownToText(parsed.body);
  let title = data.title;
  if (typeof title !== 'string' || !title.trim()) {
    const heading = /^\s{0,3}#\s+(.+)\n/.exec(parsed.body);
    if (heading) {
      title = heading[1]!.replace(/\s+#+\s*$/, '').trim();
      body = markdownToText(parsed.body.replace(heading[0], ''));
    }
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
  return collect(file, [
    {
      text: body,
      title,
      published: str(data.published ?? data.date ?? data.pubDate),
      source: str(data.source ?? data.outlet ?? data.publisher),
      url: str(data.url ?? data.link),
    },
  ]);
}
