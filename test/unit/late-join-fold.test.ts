// Lone nodes folded into one full node by a late join (src/graph/late-joins.ts foldedRow): one row for the entity
// statement, combined by the rules that statement applies row after row, so one statement gives what one per lone
// node gave. Names invented for these tests.
import { describe, expect, it } from 'vitest';
import { foldedRow } from '../../src/graph/late-joins.js';

const lone = (over: Partial<Parameters<typeof foldedRow>[0][number]>) => ({
  key: 'org:name:x',
  type: 'organization',
  name: 'X',
  aliases: [],
  kind: null,
  country: null,
  firstSeen: null,
  reasons: [],
  identity: [],
  countries: [],
  homeCountries: [],
  roles: [],
  ...over,
});

describe('late join fold', () => {
  it('keeps the better name, every other name as an alias, and the lists of all', () => {
    const row = foldedRow([
      lone({ key: 'a', name: 'HARBOUR BOARD', aliases: ['HB'], reasons: ['r2'], roles: ['chair'] }),
      lone({ key: 'b', name: 'Harbour Board', aliases: ['Harbour Bd'], reasons: ['r1'] }),
    ]);
    expect(row.name).toBe('Harbour Board');
    expect(row.aliases).toEqual(['HARBOUR BOARD', 'HB', 'Harbour Bd']);
    expect([...row.reasons].sort()).toEqual(['r1', 'r2']);
    expect(row.roles).toEqual(['chair']);
  });

  it('takes a specific kind before other, the smaller country, and never a missing value', () => {
    expect(foldedRow([lone({ kind: 'other' }), lone({ kind: 'police' }), lone({ kind: null })]).kind).toBe('police');
    expect(foldedRow([lone({ kind: 'police' }), lone({ kind: 'court' })]).kind).toBe('court');
    expect(foldedRow([lone({ country: null }), lone({ country: 'NZ' }), lone({ country: 'AU' })]).country).toBe('AU');
  });

  it('keeps the earliest first seen, whatever the digits of its fraction of a second', () => {
    const row = foldedRow([
      lone({ firstSeen: '2026-01-02T10:00:00.12Z' }),
      lone({ firstSeen: null }),
      lone({ firstSeen: '2026-01-02T10:00:00.123Z' }),
    ]);
    expect(row.firstSeen).toBe('2026-01-02T10:00:00.12Z');
    expect(
      foldedRow([lone({ firstSeen: '2026-01-02T10:00:00Z' }), lone({ firstSeen: '2026-01-02T10:00:00.5Z' })]).firstSeen,
    ).toBe('2026-01-02T10:00:00Z');
  });
});
