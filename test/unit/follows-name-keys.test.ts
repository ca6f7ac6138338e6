// Which incidents of a neighbourhood have their followsName written again (src/graph/incident-frames.ts
// followsNameKeys): only those whose follow-up links changed, or that follow an incident whose row was written, so
// the statement's reads follow what the batch changed, not the neighbourhood (which grows with the store: issue 12).
import { describe, expect, it } from 'vitest';
import { followsNameKeys } from '../../src/graph/incident-frames.js';

const row = (key: string) => ({ key, name: `name of ${key}` });

describe('followsNameKeys', () => {
  const named = ['incident:a', 'incident:b', 'incident:c', 'incident:d'];
  const rows = named.map(row);

  it('leaves out the incidents whose row was not written and whose links did not change', () => {
    expect(followsNameKeys(named, rows, [row('incident:b')], new Set())).toEqual(['incident:b']);
  });

  it('keeps an incident whose follow-up links were deleted or written, though its row was not', () => {
    expect(followsNameKeys(named, rows, [], new Set(['incident:c']))).toEqual(['incident:c']);
  });

  it('keeps every incident when every row was written (another writer took the lock in between)', () => {
    expect(followsNameKeys(named, rows, rows, new Set())).toEqual(named);
  });

  it('keeps an incident of the neighbourhood that has no row, and never adds one outside it', () => {
    const partial = rows.filter((r) => r.key !== 'incident:d');
    expect(followsNameKeys(named, partial, [], new Set(['incident:z']))).toEqual(['incident:d']);
  });
});
