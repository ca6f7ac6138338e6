// Security bodies of the world in the known-body gazetteer (data/gazetteers/organizations.json): police, armies,
// gangs and armed groups outside the US and Britain are typed and placed in their country; an ambiguous acronym of one
// (weak in the gazetteer) is not taken for another body with the same letters (rules
// entities/weak-acronym-spelled-otherwise and entities/weak-acronym-of-country-named). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { OrganizationEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const orgsOf = (text: string) =>
  extract({ text }, res).entities.filter((e): e is OrganizationEntity => e.type === 'organization');

describe('security bodies outside the US and Britain', () => {
  it("Indonesia's counter-terrorism unit is an agency of Indonesia", () => {
    const orgs = orgsOf('Officers of Densus 88 detained two suspects in Makassar on Friday, a police spokesman said.');
    const unit = orgs.find((o) => o.key === 'org:known:densus-88');
    expect(unit?.kind).toBe('agency');
    expect(unit?.country).toBe('ID');
  });

  it('an Ecuadorian prison gang is an armed group of Ecuador', () => {
    const orgs = orgsOf('Members of Los Lobos set fire to cars outside a jail in Machala, Ecuadorian officials said.');
    const gang = orgs.find((o) => o.key === 'org:known:los-lobos');
    expect(gang?.kind).toBe('armed_group');
    expect(gang?.country).toBe('EC');
  });

  it('an Indian paramilitary force and its acronym are one agency of India', () => {
    const orgs = orgsOf(
      'A Central Reserve Police Force patrol came under fire in Sukma district on Monday. CRPF officers said one constable was hurt.',
    );
    const force = orgs.filter((o) => o.key === 'org:known:crpf');
    expect(force).toHaveLength(1);
    expect(force[0]?.country).toBe('IN');
    expect(force[0]?.kind).toBe('agency');
  });
});

describe('a weak acronym of a known body', () => {
  it('spelled out by the article as another body, is that body', () => {
    const orgs = orgsOf(
      "South Africa's National Prosecuting Authority (NPA) dropped the charges against the former minister on Wednesday. The NPA gave no reason.",
    );
    expect(orgs.some((o) => o.key === 'org:known:npa-philippines')).toBe(false);
  });

  it("spelled out with the known body's own name, is the known body", () => {
    const orgs = orgsOf(
      "Rebels of the New People's Army raided a police post in Samar on Sunday. The NPA said it had seized six rifles.",
    );
    const npa = orgs.filter((o) => o.key === 'org:known:npa-philippines');
    expect(npa).toHaveLength(1);
    expect(npa[0]?.country).toBe('PH');
  });

  it("in a story set in its body's country, is the known body", () => {
    const orgs = orgsOf('ICE agents detained a farm worker outside a courthouse in Denver, Colorado, on Thursday.');
    expect(orgs.find((o) => o.key === 'org:known:ice-us')?.country).toBe('US');
  });

  it('in a story set in another country, is not the known body', () => {
    const orgs = orgsOf(
      'A knifeman wounded three passengers on an ICE train between Nuremberg and Munich on Saturday, German police said.',
    );
    expect(orgs.some((o) => o.key === 'org:known:ice-us')).toBe(false);
  });
});
