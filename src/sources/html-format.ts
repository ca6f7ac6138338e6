// HTML article pages.
import { collect, type ReadResult } from './article.js';
import { parseHtmlPage } from './html-text.js';

export function parseHtml(file: string, content: string): ReadResult {
  const page = parseHtmlPage(content);
  return collect(file, [
    {
      text: page.text,
      title: page.title ?? page.heading,
      published: page.published ?? undefined,
      source: page.siteName ?? undefined,
      url: page.canonical ?? undefined,
    },
  ]);
}
