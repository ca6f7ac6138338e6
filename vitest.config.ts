import { defineConfig } from 'vitest/config';
import { neo4jLanes } from './test/helpers/neo4j-lanes.js';
import PlainSummaryReporter from './test/reporters/plain-summary.js';

// Three projects: `unit` needs neither a build nor Neo4j; `integration` and `browser` need a real Neo4j (and the
// built CLI and client), which test/global-setup.ts provides once per run. Each test file that uses Neo4j owns a
// whole database while it runs: it holds one of the test instances ("lanes": one per two cores unless
// KG_TEST_NEO4J_LANES says otherwise, one when NEO4J_URI names a database) until it ends
// (test/helpers/neo4j-lanes.ts). With more than one lane, integration and browser files run side by side, as many at a
// time as there are lanes.
// They too run in one worker process per lane rather than one per file (isolate: false): no file stubs modules or
// leaves the environment changed (each sets what it changes back), the lane setup file runs again before each file,
// and what the modules keep between files (the extractor's word lists and model, the incident frame cache checked
// by content revision, the known names from data/) is the same for every file. Each file no longer imports the
// source modules and loads the extractor's data afresh.
const needsServers = {
  globalSetup: ['test/global-setup.ts'],
  setupFiles: ['test/setup/neo4j-lane.ts'],
  hookTimeout: 180_000,
  isolate: false,
};

export default defineConfig({
  test: {
    testTimeout: 60_000,
    reporters: ['default', new PlainSummaryReporter()],
    projects: [
      {
        extends: true,
        // Unit files are pure (no I/O, no mocks, no environment changes), so one worker process runs them all
        // (isolate: false) and loads the extractor's modules and word lists once rather than once per file.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          ...needsServers,
          maxWorkers: neo4jLanes(),
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          ...needsServers,
          maxWorkers: neo4jLanes(),
          // With one lane the browser files go last, as before lanes: run first, on a database and server just
          // started, they took 455 s in all against 307 s after the integration files.
          sequence: { groupOrder: neo4jLanes() > 1 ? 1 : 2 },
        },
      },
    ],
  },
});
