// Police or soldiers harmed in a sentence that names no incident ("Two policemen were injured.") suffered the
// article's main incident, as anyone else harmed there does; where the article tells of a response, they are as often
// hurt in that, and stay out (rule incidents/orphan-harmed-force). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const incidents = (text: string) =>
  extract({ published: '2022-05-10', text }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');
const victims = (text: string) =>
  incidents(text).flatMap((i) => i.participants.filter((p) => p.role === 'victim').map((p) => p.name));

describe('state forces harmed in a sentence of their own (incidents/orphan-harmed-force)', () => {
  it('gives the policemen injured after a grenade attack to that attack', () => {
    const [attack, ...rest] = incidents(
      'Unknown assailants threw a grenade at a police station in Korvel on Monday. Two policemen were injured.',
    );
    expect(rest).toEqual([]);
    expect(attack!.participants.map((p) => `${p.role}:${p.name}`)).toEqual(
      expect.arrayContaining(['perpetrator:Unknown assailants', 'victim:Two policemen']),
    );
    // switched off, the policemen are left out as before
    const off = { ...res, rules: { disabled: new Set(['incidents/orphan-harmed-force']) } };
    const [without] = extract(
      {
        published: '2022-05-10',
        text: 'Unknown assailants threw a grenade at a police station in Korvel on Monday. Two policemen were injured.',
      },
      off,
    ).entities.filter((e): e is IncidentEntity => e.type === 'incident');
    expect(without!.participants.filter((p) => p.role === 'victim')).toEqual([]);
  });

  it('and soldiers who died after a drone struck their position, in capitals as much', () => {
    expect(
      victims('A DRONE STRUCK AN ARMY POSITION NEAR KORVEL ON MONDAY, THE MILITARY SAID. THREE SOLDIERS DIED.'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^three soldiers$/iu)]));
  });

  it('leaves them out where the article tells of a response', () => {
    const v = victims(
      'Gunmen robbed a bank in Korvel on Monday. Police arrested two of the robbers after a chase. ' +
        'Two policemen were injured.',
    );
    expect(v.filter((x) => /policemen/iu.test(x))).toEqual([]);
  });
});
