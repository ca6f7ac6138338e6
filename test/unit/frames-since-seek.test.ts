// The frames written since the last batch (src/graph/person-frame-index.ts framesSince) are read with the plan kept
// from the first batch (replan=skip), made on an empty store: without a hint it was a scan of every frame stored,
// per batch, for the few written since (issue 12). The catch-up must ask for a seek of the writeSeq index.
import { describe, expect, it } from 'vitest';
import { framesSince } from '../../src/graph/person-frame-index.js';

describe('framesSince', () => {
  it('seeks the frames written since by the writeSeq index', () => {
    expect(framesSince(false, 2)).toMatch(/USING INDEX SEEK f:IncidentFrame\(writeSeq\)\s+WHERE f\.writeSeq > \$after/);
  });

  it('reads the whole store without the hint when the index is loaded anew', () => {
    const all = framesSince(true, 2);
    expect(all).not.toMatch(/USING INDEX/);
    expect(all).not.toMatch(/writeSeq/);
    expect(all).toMatch(/MATCH \(f:IncidentFrame\) WHERE f\.nameKeys IS NOT NULL/);
  });
});
