import { describe, expect, it } from 'vitest';
import { roleIncidentsOf } from '../helpers/incident-roles.js';
import type { IncidentEntity } from '../../src/extract/types.js';

const withRole = (incs: IncidentEntity[], role: string) =>
  incs.flatMap((i) => i.participants.filter((p) => p.role === role && !p.described).map((p) => p.name));

describe('a pronoun opening a sentence of guilt stands for the one person named before it', () => {
  it('"He was charged with murder" after the arrest of a named man makes him the shooting’s perpetrator', () => {
    const incs = roleIncidentsOf(
      'Two shoppers were killed when a gunman opened fire at a market in Santa Clara on Monday. ' +
        'Officers arrested Tomas Reyes a few hours later. He was charged with two counts of murder.',
    );
    const shooting = incs.find((i) => i.kind === 'shooting');
    expect(shooting).toBeDefined();
    expect(withRole([shooting!], 'perpetrator')).toContain('Tomas Reyes');
  });

  it('leaves the pronoun unresolved when the sentence before names two people', () => {
    const incs = roleIncidentsOf(
      'Two shoppers were killed when a gunman opened fire at a market in Santa Clara on Monday. ' +
        'Officers arrested Tomas Reyes after Ana Vidal called them. He was charged with two counts of murder.',
    );
    expect(withRole(incs, 'perpetrator')).not.toContain('Tomas Reyes');
    expect(withRole(incs, 'perpetrator')).not.toContain('Ana Vidal');
  });
});

describe('an irrealis cue in the subject’s modifier governs its own event, not the subject’s verb', () => {
  it('"A man suspected of planning an attack was arrested" reports the arrest', () => {
    const incs = roleIncidentsOf(
      'A man suspected of planning an attack on a church was arrested in Santa Clara on Monday.',
    );
    expect(incs.map((i) => i.kind)).toEqual(['arrest']);
  });

  it('still reads "plans to bomb and kill" as no event', () => {
    const incs = roleIncidentsOf(
      'The group plans to bomb and kill officials in Santa Clara, a defector said on Monday.',
    );
    expect(incs).toEqual([]);
  });
});

describe('the suspect of an article that reports only the response', () => {
  it('"The suspect, identified only as X, was detained" names the arrest’s suspect', () => {
    const incs = roleIncidentsOf(
      'Police arrested a man suspected of planning a knife attack on a church in Santa Clara on Monday. ' +
        'The suspect, a student identified only as Tomas Reyes under privacy rules, was detained at home.',
    );
    const arrest = incs.find((i) => i.kind === 'arrest');
    expect(arrest).toBeDefined();
    expect(withRole([arrest!], 'suspect')).toEqual(['Tomas Reyes']);
    expect(withRole(incs, 'perpetrator')).toEqual([]);
  });
});

describe('a rank between a court’s verb and the name', () => {
  it('"indicted Officer X on a murder charge in the shooting of Y" makes X the perpetrator', () => {
    const incs = roleIncidentsOf(
      'A grand jury indicted Officer Ana Vidal on a murder charge in the fatal shooting of Tomas Reyes in Santa Clara.',
    );
    expect(withRole(incs, 'perpetrator')).toEqual(['Ana Vidal']);
    expect(withRole(incs, 'victim')).toEqual(['Tomas Reyes']);
  });
});

describe('a pronoun for someone the sentence before says was harmed', () => {
  it('"X was killed in the clash. He had been sentenced for murder" keeps X a victim', () => {
    const incs = roleIncidentsOf(
      'Guards clashed with rioting inmates in Santa Clara on Monday. Tomas Reyes was killed in the clash. ' +
        'He had been sentenced to 30 years for murder.',
    );
    expect(withRole(incs, 'perpetrator')).not.toContain('Tomas Reyes');
    expect(withRole(incs, 'victim')).toContain('Tomas Reyes');
  });
});
