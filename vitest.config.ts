import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './test/reporters/plain-summary.js';

// Three projects: `unit` needs neither a build nor Neo4j; `integration` and `browser` share one real Neo4j
// (and the built CLI and client), which test/global-setup.ts provides once per run. They share one database,
// so their files run one at a time and the two projects run one after the other (groupOrder).
const needsServers = { globalSetup: ['test/global-setup.ts'], fileParallelism: false, hookTimeout: 180_000 };

export default defineConfig({
  test: {
    testTimeout: 60_000,
    reporters: ['default', new PlainSummaryReporter()],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          ...needsServers,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], ...needsServers, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
