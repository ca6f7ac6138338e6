// Cross-article incident resolution (src/graph/incident-resolution.ts): stored incidents are looked up by
// date (incident_date in schema.cypher) or, when undated, by the first publication that covered them.
CREATE INDEX incident_first_reported IF NOT EXISTS FOR (n:Incident) ON (n.firstReported);
CREATE INDEX incident_place_key IF NOT EXISTS FOR (n:Incident) ON (n.placeKey);
// Incident frames (src/graph/incident-frames.ts): each article's view of an incident, from which Incident nodes
// are derived; looked up by anchor (date, else publication), article, attached Incident and country.
CREATE CONSTRAINT incident_frame_key IF NOT EXISTS FOR (f:IncidentFrame) REQUIRE f.key IS UNIQUE;
CREATE INDEX incident_frame_anchor IF NOT EXISTS FOR (f:IncidentFrame) ON (f.anchor);
CREATE INDEX incident_frame_article IF NOT EXISTS FOR (f:IncidentFrame) ON (f.articleId);
CREATE INDEX incident_frame_incident IF NOT EXISTS FOR (f:IncidentFrame) ON (f.incident);
CREATE INDEX incident_frame_country IF NOT EXISTS FOR (f:IncidentFrame) ON (f.country);
// the frames of a country before or after a day (the neighbourhood search's $after and $before): one seek, not every
// frame of a busy country read and filtered by anchor
CREATE INDEX incident_frame_country_anchor IF NOT EXISTS FOR (f:IncidentFrame) ON (f.country, f.anchor);
// the frames written since a process last read them, by the number of the batch that wrote them
// (src/graph/person-frame-index.ts); the frames naming a person are found there, no longer by a text index
CREATE INDEX incident_frame_write_seq IF NOT EXISTS FOR (f:IncidentFrame) ON (f.writeSeq);
DROP INDEX incident_frame_name_keys IF EXISTS;
// The lock every ingest batch takes before it clusters incidents (one node, created by the first batch).
CREATE CONSTRAINT kg_lock_name IF NOT EXISTS FOR (l:KgLock) REQUIRE l.name IS UNIQUE;
