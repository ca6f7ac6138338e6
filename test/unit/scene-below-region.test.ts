// Rule place/scene-statement for a lede that names only a region of the country: a sentence after it that says where
// the target was struck ("It was struck … in Kech district") gives the scene below that region. Texts written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const bombing = (text: string) =>
  extract({ text, published: '2021-09-14' }, res).entities.find(
    (e): e is IncidentEntity => e.type === 'incident' && e.kind === 'bombing',
  );
const lede =
  'QUETTA, Pakistan - A suicide bomber rammed a truck packed with explosives into an army convoy in Balochistan on ' +
  'Tuesday, killing 12 soldiers, officials said. ';

describe('the scene below the region a lede names', () => {
  it('is the place a sentence on the struck target states', () => {
    const inc = bombing(
      lede + 'It was struck on the main road outside Turbat, in Kech district, about 30 km from the coast.',
    );
    expect(inc?.place).not.toBe('Balochistan');
    expect(inc?.place).toMatch(/^(?:Kech|Turbat)/);
    expect(inc?.merges?.join(' ')).toMatch(/the region it lies in \(rule place\/scene-statement\)/);
  });

  it('stays the region when no sentence states the scene', () => {
    expect(bombing(lede + 'The convoy was heading to the border.')?.place).toBe('Balochistan');
  });
});
