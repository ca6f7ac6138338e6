// The writer's statements joined into one (src/graph/writer.ts countSubquery, BATCH_LINKS): each part a subquery over
// its own renamed list, its count returned under its own name.
import { describe, expect, it } from 'vitest';
import { BATCH_LINKS, countSubquery } from '../../src/graph/writer.js';

describe('statements joined as count subqueries', () => {
  it('rename the parameters asked for and return the count under the given name', () => {
    const part = countSubquery(
      'UNWIND $rows AS row MATCH (n:Entity {key: row.key}) SET n.seen = $rowsSeen, n.at = $at\nRETURN count(*) AS n',
      { rows: 'people', at: 'when' },
      'people',
    );
    expect(part).toContain('UNWIND $people AS row');
    // a longer name that starts with a renamed one is left as it is
    expect(part).toContain('n.seen = $rowsSeen');
    expect(part).toContain('n.at = $when');
    expect(part.startsWith('CALL () {')).toBe(true);
    expect(part).toMatch(/RETURN count\(\*\) AS people\n}$/);
  });

  it('refuse a statement that does not end in its count', () => {
    expect(() => countSubquery('UNWIND $rows AS row RETURN row.key AS key', { rows: 'x' }, 'x')).toThrow(/count/);
  });

  it('give every part of the batch statement a list of its own', () => {
    for (const list of ['$identities', '$reasons', '$articleMentions', '$rows', '$covers', '$relations'])
      expect(BATCH_LINKS).toContain(`UNWIND ${list} AS row`);
    expect(BATCH_LINKS).toContain('$relationArticles[toInteger(row[0])]');
    expect(BATCH_LINKS).toContain('$relationSentences[toInteger(i)]');
    expect(BATCH_LINKS).toContain('$relationRules[toInteger(row[6])]');
    // one list of the batch's keys, shared by the mentions, coverage and relationships
    expect(BATCH_LINKS.match(/\$keys\[/g)?.length).toBe(5);
    expect(BATCH_LINKS.trim().split('\n').at(-1)).toBe(
      'RETURN identities, reasons, n AS mentions, articleMentions, covers, relations',
    );
  });
});
