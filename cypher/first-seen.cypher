// What is new (GET /api/new, src/graph/queries/whats-new.ts): articles, entities and links by when the graph first
// held them (`firstSeen`, set by src/graph/writer.ts). One index per relationship type, as in reextract.cypher.
CREATE INDEX article_first_seen IF NOT EXISTS FOR (a:Article) ON (a.firstSeen);
CREATE INDEX entity_first_seen IF NOT EXISTS FOR (n:Entity) ON (n.firstSeen);
CREATE INDEX role_first_seen IF NOT EXISTS FOR ()-[r:ROLE]-() ON (r.firstSeen);
CREATE INDEX affiliated_with_first_seen IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.firstSeen);
CREATE INDEX located_in_first_seen IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.firstSeen);
CREATE INDEX participated_in_first_seen IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.firstSeen);
CREATE INDEX spoke_at_first_seen IF NOT EXISTS FOR ()-[r:SPOKE_AT]-() ON (r.firstSeen);
CREATE INDEX co_mentioned_first_seen IF NOT EXISTS FOR ()-[r:CO_MENTIONED]-() ON (r.firstSeen);
