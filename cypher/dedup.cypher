// Stores written before the band index moved out of the graph hold LshBucket nodes (src/graph/duplicate-links.ts).
CREATE CONSTRAINT lsh_bucket_key IF NOT EXISTS FOR (b:LshBucket) REQUIRE b.key IS UNIQUE;
// The in-memory LSH index (src/graph/duplicate-links.ts) reads the signatures stored since its last look.
CREATE INDEX article_ingested IF NOT EXISTS FOR (a:Article) ON (a.ingestedAt);
