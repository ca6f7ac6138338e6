// Re-extraction (src/graph/writer.ts removeArticle) deletes an article's per-article relationships by articleId.
CREATE INDEX role_article IF NOT EXISTS FOR ()-[r:ROLE]-() ON (r.articleId);
CREATE INDEX affiliated_with_article IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.articleId);
CREATE INDEX located_in_article IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.articleId);
CREATE INDEX participated_in_article IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.articleId);
CREATE INDEX spoke_at_article IF NOT EXISTS FOR ()-[r:SPOKE_AT]-() ON (r.articleId);
CREATE INDEX co_mentioned_article IF NOT EXISTS FOR ()-[r:CO_MENTIONED]-() ON (r.articleId);
CREATE INDEX follow_up_of_article IF NOT EXISTS FOR ()-[r:FOLLOW_UP_OF]-() ON (r.articleId);
// and the late joins (src/graph/late-joins.ts) move an article's relations of every type by it
CREATE INDEX part_of_article IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.articleId);
CREATE INDEX relative_of_article IF NOT EXISTS FOR ()-[r:RELATIVE_OF]-() ON (r.articleId);
