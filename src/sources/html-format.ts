// HTML article pages.
import { collect, type ReadResult } from './article.js';
import { parseHtmlPage } from './html-text.js';

/** The article's own <h1> repeats the title; the title is stored separately, so it is not body text. */
function withoutRepeatedTitle(text: string, title: string | null): string {
  if (!title) return text;
  const [first, ...rest] = text.split('\n\n');
  return first?.replace(/\s+/g, ' ').trim() === title && rest.length ? rest.join('\n\n') : text;
}

export function parseHtml(file: string, content: string): ReadResult {
  const page = parseHtmlPage(content);
  const title = page.title ?? page.heading;
  return collect(file, [
    {
      text: withoutRepeatedTitle(page.text, title),
      title,
      published: page.published ?? undefined,
      source: page.siteName ?? undefined,
      url: page.canonical ?? undefined,
    },
  ]);
}
