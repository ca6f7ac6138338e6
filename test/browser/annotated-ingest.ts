// The browser fixtures' ingest: hand-annotated articles through the real pipeline, each article's extraction given by
// its fixture instead of read by the extractor, so a test knows what the graph holds.
import type { ExtractionResult } from '../../src/extract/types.js';
import type { Graph } from '../../src/graph/driver.js';
import { ingestArticles, type IngestSummary } from '../../src/ingest/pipeline.js';
import type { SourceArticle } from '../../src/sources/article.js';

export interface AnnotatedArticle {
  title: string;
  source: string;
  published: string;
  text: string;
}

/**
 * Ingests the fixture's ARTICLES, each with the extraction `annotate` gives it; their origin is the fixture's `file`,
 * their URL `url(article, index)`. Throws, naming the fixture, when an article fails or the ingest warns.
 */
export async function ingestAnnotated<A extends AnnotatedArticle>(
  graph: Graph,
  fixture: { name: string; file: string; url: (a: A, i: number) => string },
  articles: readonly A[],
  annotate: (a: A, text: string) => ExtractionResult,
): Promise<IngestSummary> {
  const sources: SourceArticle[] = articles.map((a, i) => ({
    text: a.text,
    title: a.title,
    published: a.published,
    source: a.source,
    url: fixture.url(a, i),
    origin: { file: fixture.file, item: i },
  }));
  const byText = new Map(articles.map((a) => [a.text.trim(), a]));
  const summary = await ingestArticles(graph, sources, [], {
    extract: (input) => {
      const a = byText.get(input.text.trim());
      if (!a) throw new Error(`${fixture.name}: unknown article text`);
      return annotate(a, input.text);
    },
  });
  if (summary.failures.length || summary.warnings) {
    throw new Error(
      `${fixture.name} ingestion had problems: ${JSON.stringify(summary.failures)} warnings=${summary.warnings}`,
    );
  }
  return summary;
}
