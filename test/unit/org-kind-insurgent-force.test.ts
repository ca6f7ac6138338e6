import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { OrganizationEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const orgs = (text: string) =>
  extract({ text }, res).entities.filter((e): e is OrganizationEntity => e.type === 'organization');

describe('rule org/insurgent-force-name', () => {
  it('an "Army" whose name speaks of independence or resistance is an armed group', () => {
    const found = orgs(
      'Fighting flared near the hill town of Doravan on Tuesday. Villagers said soldiers of the Tavar Independence Army ' +
        'had shelled the road, and that the Northern Resistance Army had joined them the following day.',
    );
    for (const name of ['Tavar Independence Army', 'Northern Resistance Army']) {
      const o = found.find((e) => e.name === name);
      expect(o?.kind, name).toBe('armed_group');
      expect(o?.merges?.join(' ')).toMatch(/org\/insurgent-force-name/);
    }
  });

  it('a plain "Army" with no country is an armed group when the text around it speaks of rebels', () => {
    const found = orgs(
      'The Velmora Army seized two border posts overnight. The rebels have fought the central government for a decade.',
    );
    expect(found.find((e) => e.name === 'Velmora Army')?.kind).toBe('armed_group');
  });

  it("a state's army keeps its kind: a country in the name, or no word of insurgency near it", () => {
    const found = orgs(
      'Officers of the Pakistan Army said rebels had attacked a convoy. Separately, the Velmora Army held a parade in the capital on Sunday.',
    );
    expect(found.find((e) => e.name === 'Pakistan Army')?.kind).toBe('agency');
    const v = found.find((e) => e.name === 'Velmora Army');
    expect(v?.kind).toBe('armed_group'); // the next sentence speaks of rebels
    const quiet = orgs('The Velmora Army held a parade in the capital on Sunday. Crowds lined the avenue.');
    expect(quiet.find((e) => e.name === 'Velmora Army')?.kind).toBe('agency');
    const charity = orgs('The Salvation Army handed out blankets after rebels burned the market.');
    expect(charity.find((e) => e.name === 'Salvation Army')?.kind).not.toBe('armed_group');
  });
});
