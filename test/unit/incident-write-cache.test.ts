// Incident rows are sent again only when they differ from what this process saw committed under the previous lock
// number, or when that cannot be known (a rollback, another writer, a node the batch may have deleted).
import { describe, expect, it } from 'vitest';
import { IncidentWriteCache } from '../../src/graph/incident-write-cache.js';

const row = (key: string, killed: number) => ({ key, name: `blast in ${key}`, killed, aliases: ['a', 'b'] });
const keys = (rows: Array<{ key: string }>) => rows.map((r) => r.key);

describe('IncidentWriteCache', () => {
  it('sends only changed rows in the batch after a committed one', () => {
    const cache = new IncidentWriteCache();
    const first = { epoch: 'e', seq: 1 };
    expect(keys(cache.changed(first, [row('x', 1), row('y', 2)]))).toEqual(['x', 'y']);
    cache.committed(first);
    const second = { epoch: 'e', seq: 2 };
    expect(keys(cache.changed(second, [row('x', 1), row('y', 3), row('z', 0)]))).toEqual(['y', 'z']);
    // later in the same transaction its own rows count as written
    expect(keys(cache.changed(second, [row('y', 3), row('z', 0)]))).toEqual([]);
    cache.committed(second);
    expect(keys(cache.changed({ epoch: 'e', seq: 3 }, [row('x', 1), row('y', 3), row('z', 0)]))).toEqual([]);
  });

  it('sends everything when the previous batch rolled back, another writer came between, or the epoch changed', () => {
    const cache = new IncidentWriteCache();
    const first = { epoch: 'e', seq: 1 };
    cache.changed(first, [row('x', 1)]);
    cache.committed(first);
    // a batch under lock 2 that rolled back (never committed): the retry gets number 2 again
    cache.changed({ epoch: 'e', seq: 2 }, [row('x', 5)]);
    expect(keys(cache.changed({ epoch: 'e', seq: 2 }, [row('x', 5)]))).toEqual(['x']);
    // what the rolled-back batches staged is not taken as stored; what lock 1 committed is
    expect(keys(cache.changed({ epoch: 'e', seq: 2 }, [row('x', 1)]))).toEqual([]);

    const other = new IncidentWriteCache();
    other.changed(first, [row('x', 1)]);
    other.committed(first);
    expect(keys(other.changed({ epoch: 'e', seq: 3 }, [row('x', 1)]))).toEqual(['x']);
    const third = new IncidentWriteCache();
    third.changed(first, [row('x', 1)]);
    third.committed(first);
    expect(keys(third.changed({ epoch: 'f', seq: 2 }, [row('x', 1)]))).toEqual(['x']);
  });

  it('sends the rows of nodes the batch may have deleted', () => {
    const cache = new IncidentWriteCache();
    const first = { epoch: 'e', seq: 1 };
    cache.changed(first, [row('x', 1), row('y', 1)]);
    cache.forget(first, ['y']);
    cache.committed(first);
    const second = { epoch: 'e', seq: 2 };
    expect(keys(cache.changed(second, [row('x', 1), row('y', 1)], ['x']))).toEqual(['x', 'y']);
  });
});
