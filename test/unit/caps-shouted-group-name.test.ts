// Rule mentions/shouted-group-name: in wire copy written in capitals, an armed or political group's own name that
// no gazetteer lists is read whole, from its own words and name words up to its head ("… LIBERATION FRONT"). Every
// sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const orgs = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => e.type === 'organization')
    .map((e) => `${e.kind}:${e.name}`);

describe('mentions/shouted-group-name', () => {
  it('reads a group name of unknown words and name words whole, as an armed group', () => {
    expect(orgs('LIMA, 3 MAR 90 -- THE QUISPE TAWAR REVOLUTIONARY MOVEMENT BOMBED A BRIDGE IN CUZCO.')).toContain(
      'armed_group:Quispe Tawar Revolutionary Movement',
    );
    expect(orgs('THE WAYNAKU POPULAR LIBERATION MOVEMENT SAID IT WOULD FREE THE HOSTAGES.')).toContain(
      'armed_group:Waynaku Popular Liberation Movement',
    );
  });

  it('stops at a function word before the name', () => {
    const o = orgs('GUERRILLAS OF THE QUISPE TAWAR REVOLUTIONARY MOVEMENT ATTACKED A POLICE POST.');
    expect(o).toContain('armed_group:Quispe Tawar Revolutionary Movement');
  });

  it('needs a word only group names hold: a common noun phrase is no name', () => {
    expect(orgs('THE SMALL TOWN ARMY POST WAS CLOSED ON MONDAY.').filter((o) => /town army/i.test(o))).toEqual([]);
  });
});
