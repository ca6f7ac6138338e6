// A compass word that opens an agency's name ("West Yorkshire Police") is part of the region's name, not a place the
// agency serves (rule entities/agency-compass-word). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const places = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => e.type === 'place')
    .map((e) => e.name);

describe('the place of a local agency', () => {
  it('is no compass word alone', () => {
    const found = places(
      'Sergeant Ann Cole of West Yorkshire Police said the inquiry into the fire in Halifax was closed.',
    );
    expect(found).toContain('Halifax');
    expect(found.filter((p) => /^(?:the )?west$/i.test(p))).toEqual([]);
  });

  it('is no word for a level of government (rule entities/agency-level-word)', () => {
    const found = places(
      "A spokeswoman for the Federal Prosecutor's Office in Karlsruhe said two men were held after the search in Bremen.",
    );
    expect(found).toContain('Bremen');
    expect(found).not.toContain('Federal');
  });

  it('is no word for the kind of force, though a small town bears it (rule entities/agency-kind-word)', () => {
    const found = places('Two members of the Reserve Police Force were hurt when a mine went off near Dantewada.');
    expect(found).not.toContain('Reserve');
  });

  it('is still the town an agency is named after', () => {
    expect(places('Officers of the Salina Police Department were called to a house on Friday.')).toContain('Salina');
  });
});
