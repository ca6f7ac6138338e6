// Points this test file (and the CLI processes it spawns) at a Neo4j no other running file uses: test/global-setup.ts
// started one instance per lane, listed their URIs in KG_TEST_NEO4J_URIS and made the lock folder
// KG_TEST_LANE_LOCKS; the file holds its lane until it ends (test/helpers/neo4j-lanes.ts).
import { afterAll } from 'vitest';
import { acquireLane, instancesStarted } from '../helpers/neo4j-lanes.js';

const uris = process.env.KG_TEST_NEO4J_URIS?.split(',').filter(Boolean) ?? [];
const locks = process.env.KG_TEST_LANE_LOCKS;
if (uris.length > 0) {
  if (!locks) throw new Error('KG_TEST_LANE_LOCKS is not set: the test global setup did not run');
  await instancesStarted(locks);
  const { lane, release } = await acquireLane(locks, uris.length);
  process.on('exit', release);
  // one worker process runs many files (isolate: false in vitest.config.ts): each file takes its exit hook back
  afterAll(() => {
    release();
    process.off('exit', release);
  });
  process.env.KG_TEST_LANE = String(lane);
  process.env.NEO4J_URI = uris[lane - 1];
}
