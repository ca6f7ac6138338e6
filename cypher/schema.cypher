// Constraints and indexes. Applied by the app at start-up (src/graph/schema.ts), idempotently:
// every statement uses IF NOT EXISTS. Files in cypher/ are applied in name order.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
// an article's sentences are found by their articleId (no relationship links them: one row less per sentence)
CREATE INDEX sentence_article IF NOT EXISTS FOR (s:Sentence) ON (s.articleId);
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT incident_key IF NOT EXISTS FOR (n:Incident) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;

// Autocomplete over names and aliases.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText];

// Dates and filters.
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedDate);
CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source);
// Re-ingesting an unchanged file: its raw hash finds its stored articles before it is converted again.
CREATE INDEX article_source_hash IF NOT EXISTS FOR (a:Article) ON (a.sourceHash);
CREATE INDEX incident_date IF NOT EXISTS FOR (n:Incident) ON (n.dateValue);
CREATE INDEX incident_kind IF NOT EXISTS FOR (n:Incident) ON (n.kind);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
// Surname joins (src/graph/late-joins.ts, src/graph/person-identity.ts): a lone surname and the people bearing it.
CREATE INDEX person_surname IF NOT EXISTS FOR (n:Person) ON (n.surname);
// The people of a surname by key (src/graph/person-identity.ts bearersOf, LONE_SURNAMES): full names and surnames
// alone ("person:local:…") are seeks of their own, so reading one never reads the other.
CREATE INDEX person_surname_key IF NOT EXISTS FOR (n:Person) ON (n.surname, n.key);
// Acronym joins (src/graph/org-acronyms.ts): the bodies carrying an acronym among their names, by `acronyms` (each
// between spaces), CONTAINS ' <acronym> '.
CREATE TEXT INDEX organization_acronyms IF NOT EXISTS FOR (n:Organization) ON (n.acronyms);
