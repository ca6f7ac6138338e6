// Points this test file (and the CLI processes it spawns) at its lane's Neo4j: test/global-setup.ts started one
// instance per lane and listed their URIs in KG_TEST_NEO4J_URIS (test/helpers/neo4j-lanes.ts).
import { currentLane } from '../helpers/neo4j-lanes.js';

const uris = process.env.KG_TEST_NEO4J_URIS?.split(',').filter(Boolean) ?? [];
if (uris.length > 0) {
  const lane = currentLane();
  const uri = uris[lane - 1];
  if (!uri) throw new Error(`no test Neo4j for lane ${lane} (KG_TEST_NEO4J_URIS has ${uris.length})`);
  process.env.NEO4J_URI = uri;
}
