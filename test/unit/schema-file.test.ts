import { describe, expect, it } from 'vitest';
import { parseCypherFile, schemaStatements } from '../../src/graph/schema.js';

describe('cypher schema files', () => {
  it('splits statements and drops comment lines', () => {
    const stmts = parseCypherFile(
      '// a comment\nCREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.a);\n\n// b\nCREATE INDEX b IF NOT EXISTS FOR (n:X) ON (n.b);\n',
    );
    expect(stmts).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.a)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:X) ON (n.b)',
    ]);
  });

  it('ships only idempotent statements', () => {
    const stmts = schemaStatements();
    expect(stmts.length).toBeGreaterThan(5);
    for (const s of stmts) expect(s).toMatch(/^(?:CREATE\b.*\bIF NOT EXISTS\b|DROP\b.*\bIF EXISTS$)/s);
  });
});
