// Where a US local story is, from the county it names (issue #10): a county of one reading says its state as a state
// written out would, so a town's namesake in that state (read from the small-town list) wins over a larger namesake
// in another state; and a hospital the wounded were taken to, died at or were treated at is background, not where it
// happened. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { mainIncident, placeNamed } from '../helpers/extracted-places.js';
import { res } from '../helpers/resources.js';

describe('a county of one reading names the state of the story', () => {
  const text =
    'A man was shot outside a bait shop in Hudson on Saturday night, the Pasco County Sheriff’s Office said. ' +
    'Deputies are still looking for the driver of a grey pickup.';

  it('places a town in that state, not at a larger namesake elsewhere', () => {
    expect(res.gazetteer.placesByName.get('hudson')?.some((e) => e.kind === 'city' && e.admin1 === 'Florida')).not.toBe(
      true,
    );
    const p = placeNamed({ text }, /^Hudson$/);
    expect(p?.admin1).toBe('Florida');
    expect(mainIncident({ text })?.place).toBe('Hudson');
  });

  it('leaves the namesake as it was when the story names no county or state', () => {
    const t = 'A man was shot outside a bait shop in Hudson on Saturday night, deputies said.';
    expect(placeNamed({ text: t }, /^Hudson$/)?.admin1).not.toBe('Florida');
  });
});

describe('a hospital is where the wounded went, not where it happened', () => {
  it('does not place the incident at the hospital a victim was pronounced dead at', () => {
    const text =
      'Police said a 2-year-old girl was shot on Sunday morning. ' +
      'She was pronounced dead at Mercy Saint Vincent Hospital shortly after the shooting.';
    expect(mainIncident({ text })?.place ?? '').not.toMatch(/Hospital/);
  });

  it('does not place it at the hospital one was taken to by ambulance, or is in stable condition at', () => {
    for (const text of [
      'A teenager was accidentally shot at a gun range on Sunday, deputies said. The girl was transported by ground ' +
        'ambulance to Cassia Regional Hospital after the shooting.',
      'A teenager was shot in the leg on Sunday, deputies said. The boy is in stable condition at Cassia Regional ' +
        'Hospital after the shooting.',
    ])
      expect(mainIncident({ text })?.place ?? '').not.toMatch(/Hospital/);
  });
});
