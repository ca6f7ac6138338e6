// Rule place/town-of-the-acting-body: an event whose own phrase names, after "by" or "before", a body written with a
// town in the possessive took place where that body sits ("ordered held by Bergen's district court"); a country so
// written says whose the body is, not where. Texts written for this test.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/extracted-places.js';
import type { IncidentEntity } from '../../src/extract/types.js';

const arrest = (text: string) =>
  run({ text, published: '2022-05-04' }).find((e): e is IncidentEntity => e.type === 'incident' && e.kind === 'arrest');

describe('the town of the body that acts in an event', () => {
  it('places a remand in custody in the town whose court ordered it', () => {
    const inc = arrest(
      'OSLO, 4 May 2022 (Wire) - Three men accused of the ferry bombing were charged with terrorism and ordered held ' +
        "in pre-trial detention by Bergen's Central District Court late on Tuesday. The court named the men.",
    );
    expect(inc?.place).toBe('Bergen');
  });

  it("places it in the capital when the capital's court ordered it", () => {
    const inc = arrest(
      'OSLO, 4 May 2022 (Wire) - Three men accused of the ferry bombing were charged with terrorism and ordered held ' +
        "in pre-trial detention by Oslo's Central District Court late on Tuesday. The court named the men.",
    );
    expect(inc?.place).toBe('Oslo');
  });

  it("a country's court says whose it is, not where", () => {
    const inc = arrest(
      'OSLO, 4 May 2022 (Wire) - Three men accused of the ferry bombing were charged with terrorism and ordered held ' +
        "in pre-trial detention by Norway's Supreme Court late on Tuesday. The court named the men.",
    );
    expect(inc?.place).toBe('Norway');
  });
});
