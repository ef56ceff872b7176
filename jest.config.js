/**
 * Test tiers, each a Jest project selected by folder:
 *   unit      domain, ingest and services against an in-memory fake of the store port
 *   contract  one suite run against every store adapter (Kuzu always, Neo4j when NEO4J_URI is set)
 *   e2e       GraphQL over HTTP against a seeded Kuzu database
 */
const tier = (name) => ({
  displayName: name,
  testEnvironment: 'node',
  roots: [`<rootDir>/tests/${name}`],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
});

module.exports = {
  // Store and HTTP tests open real databases; generous, since CI machines are small.
  testTimeout: 120000,
  projects: [tier('unit'), tier('contract'), tier('e2e')],
};
