// Cross-article incident resolution (src/graph/incident-resolution.ts): stored incidents are looked up by
// date (incident_date in schema.cypher) or, when undated, by the first publication that covered them.
CREATE INDEX incident_first_reported IF NOT EXISTS FOR (n:Incident) ON (n.firstReported);
CREATE INDEX incident_place_key IF NOT EXISTS FOR (n:Incident) ON (n.placeKey);
