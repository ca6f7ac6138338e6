import { describe, expect, it } from 'vitest';
import type { ManagedTransaction } from 'neo4j-driver';
import { DuplicateLinker } from '../../src/graph/duplicate-links.js';
import { fingerprint } from '../../src/dedup/fingerprint.js';
import { defaultWordLists } from '../../src/extract/resources.js';

// count the fingerprints taken: prepare should take them before the transaction, plan none again
const calls = { n: 0 };
const counted: typeof fingerprint = (...args) => {
  calls.n++;
  return fingerprint(...args);
};

const words = defaultWordLists();
/** a transaction the plan must not need: nothing stored is a candidate */
const noTx = {
  run: () => {
    throw new Error('no statement expected');
  },
} as unknown as ManagedTransaction;

/** a long made-up report, varied by `seed` so two seeds share no shingles */
function report(seed: string): string {
  const lines: string[] = [];
  for (let i = 0; i < 40; i++)
    lines.push(`The ${seed} harbour board met on day ${i} to weigh the ${seed} ferry timetable number ${i * 7}.`);
  return lines.join(' ');
}

describe('DuplicateLinker.prepare: fingerprints taken before the write transaction', () => {
  it('plan takes the prepared fingerprint and computes none inside the transaction', async () => {
    const linker = new DuplicateLinker(words, counted);
    const a = { id: 'a1', text: report('northern'), published: '2024-03-02' };
    const b = { id: 'b1', text: report('northern'), published: '2024-03-03' };
    linker.prepare(a);
    linker.prepare(b);
    calls.n = 0;
    const plan = await linker.plan(noTx, [a, b]);
    expect(calls.n).toBe(0);
    // the same signatures and links as fingerprinting in the plan
    expect(plan.signatures.map((s) => s.minhash)).toEqual(
      [a, b].map((x) => Array.from(fingerprint(words, x.text).signature!)),
    );
    expect(plan.pairs).toHaveLength(1);
  });

  it('a prepared fingerprint of another text under the same id is not used', async () => {
    const linker = new DuplicateLinker(words, counted);
    linker.prepare({ id: 'c1', text: report('eastern') });
    const changed = { id: 'c1', text: report('southern'), published: null };
    calls.n = 0;
    const plan = await linker.plan(noTx, [changed]);
    expect(calls.n).toBe(1);
    expect(plan.signatures[0]!.minhash).toEqual(Array.from(fingerprint(words, changed.text).signature!));
  });

  it('forget drops what was prepared: the plan fingerprints the article itself', async () => {
    const linker = new DuplicateLinker(words, counted);
    const d = { id: 'd1', text: report('western'), published: null };
    linker.prepare(d);
    linker.forget([d.id]);
    calls.n = 0;
    await linker.plan(noTx, [d]);
    expect(calls.n).toBe(1);
  });
});
