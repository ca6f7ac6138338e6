// Duplicate detection (src/graph/dedup-store.ts): LSH buckets are looked up by key for every new article.
CREATE CONSTRAINT lsh_bucket_key IF NOT EXISTS FOR (b:LshBucket) REQUIRE b.key IS UNIQUE;
