// The document `kg duplicates --jsonl` prints, built article by article (streaming; texts are not kept).
//   clusters: connected groups of near-duplicate texts (copies, trimmed copies, excerpts), ids in input order
//   pairs:    every confirmed near-duplicate pair {a, b, score, kind}; a is the article that came first
//   stories:  same-story clusters (same incident, or strong rare-entity overlap within a time window, or
//             near-duplicates), with a label; present unless stories are switched off
import type { ExtractionResult } from '../extract/types.js';
import type { WordLists } from '../extract/word-lists.js';
import { NearDuplicateIndex, type DuplicatePair } from './near-duplicates.js';
import { findStories, type Story, type StoryArticle } from './stories.js';

export interface ArticleLine {
  id: string;
  text: string;
  title?: string;
  source?: string;
  published?: string;
}

export interface DuplicateReport {
  clusters: string[][];
  pairs: DuplicatePair[];
  stories?: Story[];
}

export class DuplicateReportBuilder {
  private readonly index: NearDuplicateIndex;
  private readonly meta: StoryArticle[] = [];
  private readonly seen = new Set<string>();

  /**
   * @param withStories keep metadata and extraction entities for same-story clustering
   * @param words the news conventions (boilerplate lines the fingerprints leave out)
   */
  constructor(
    private readonly withStories: boolean,
    words: WordLists,
  ) {
    this.index = new NearDuplicateIndex(words);
  }

  has(id: string): boolean {
    return this.seen.has(id);
  }

  /** Add an article; `extraction` is needed only when stories are on. Throws on a repeated id. */
  add(article: ArticleLine, extraction?: Pick<ExtractionResult, 'entities'>): void {
    if (this.seen.has(article.id)) throw new Error(`duplicate id ${JSON.stringify(article.id)}`);
    this.seen.add(article.id);
    this.index.add(article.id, article.text);
    if (this.withStories) {
      const { id, title, source, published } = article;
      this.meta.push({ id, title, source, published, extraction: { entities: extraction?.entities ?? [] } });
    }
  }

  build(): DuplicateReport & { candidates: number } {
    const near = this.index.findDuplicates();
    const report: DuplicateReport & { candidates: number } = {
      clusters: near.clusters,
      pairs: near.pairs,
      candidates: near.candidates,
    };
    if (this.withStories) {
      const position = new Map(this.meta.map((m, i) => [m.id, i]));
      const pairs = near.pairs.map((p): [number, number] => [position.get(p.a)!, position.get(p.b)!]);
      report.stories = findStories(this.meta, pairs);
    }
    return report;
  }
}
