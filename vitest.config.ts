import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './test/reporters/plain-summary.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Integration and browser tests share one Neo4j database, so test files run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', new PlainSummaryReporter()],
  },
});
