// Rule place/near-the-scene: an arrest or raid that the article places only by the scene of the incident it reports
// ("detained two miles from the scene") took place where that incident did. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const incidents = (text: string) =>
  extract({ text, published: '2021-09-13' }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');
const attack = 'A gunman opened fire in a crowded shopping arcade in Leeds on Saturday, killing two people. ';

describe('a response placed by the scene', () => {
  it('takes the place of the incident when its clause puts it some distance from the scene', () => {
    const incs = incidents(attack + 'On Sunday officers detained a 30-year-old man about two miles from the scene.');
    expect(incs.find((e) => e.kind === 'shooting')?.place).toBe('Leeds');
    const arrest = incs.find((e) => e.kind === 'arrest');
    expect(arrest?.place).toBe('Leeds');
    expect(arrest?.merges?.join(' ')).toMatch(/place\/near-the-scene/);
  });

  it('takes it for an arrest made near the scene', () => {
    const incs = incidents(attack + 'On Sunday police arrested a second man near the scene.');
    expect(incs.find((e) => e.kind === 'arrest')?.place).toBe('Leeds');
  });

  it('leaves an arrest the article does not place by the scene unplaced', () => {
    const incs = incidents(attack + 'On Sunday officers detained a 30-year-old man after a tip from his neighbours.');
    expect(incs.find((e) => e.kind === 'arrest')?.place ?? null).toBeNull();
  });

  it('takes the day of the incident when it gives none of its own', () => {
    const incs = incidents(attack + 'Tom Grady, 30, was detained at the scene and taken to a police station.');
    const arrest = incs.find((e) => e.kind === 'arrest');
    expect(arrest?.place).toBe('Leeds');
    expect(arrest?.date).toBe(incs.find((e) => e.kind === 'shooting')?.date);
    expect(arrest?.date).toBe('2021-09-11');
    expect(arrest?.dateBasis).toBeUndefined();
  });

  it('is an earlier event, not one of the day of the report, where the incident is one a follow-up refers to', () => {
    const incs = extract(
      {
        title: 'Man charged over Leeds arcade shooting',
        text:
          'Prosecutors on Monday indicted Tom Grady on a charge of murder over the shooting of two shoppers in Leeds, ' +
          'clearing the way for a trial. Grady was detained at the scene by two off-duty officers.',
        published: '2021-09-13',
      },
      res,
    ).entities.filter((e): e is IncidentEntity => e.type === 'incident');
    const arrest = incs.find((e) => e.kind === 'arrest');
    expect(arrest?.place).toBe('Leeds');
    expect(arrest?.reference).toBe(true);
    expect(arrest?.date ?? null).toBeNull();
  });
});
