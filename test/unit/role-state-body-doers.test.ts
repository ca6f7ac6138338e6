// State bodies blamed by the syntax: a government or force listed with other doers (rule role.list-state-body), and a
// government named as the agent after a cue of blame that follows the act (rule role.blamed-state-body).
import { describe, expect, it } from 'vitest';
import { roleCuesOf, rolePhrases } from '../../src/extract/incident-roles.js';
import { res } from '../helpers/resources.js';

/** the described perpetrators of one sentence (no name needed), in order */
const doers = (s: string) =>
  rolePhrases(roleCuesOf(res), s, 0)
    .filter((p) => p.role === 'perpetrator' && !p.needsEntity)
    .map((p) => p.text);

describe('role.list-state-body', () => {
  it('a government listed before a force that is held responsible is blamed with it', () => {
    expect(doers('The union said the government and the army were responsible for the bombing.')).toEqual([
      'government',
      'army',
    ]);
  });

  it('a force listed after a government that is accused is blamed with it', () => {
    expect(doers('The rebels accused the regime and the air force of the massacre in the valley.')).toEqual([
      'regime',
      'air force',
    ]);
  });

  it('a government listed after a blamed force keeps its words without the full stop', () => {
    expect(doers('THE KILLING OF THE TWO TEACHERS WAS BLAMED ON THE NAVY AND THE GOVERNMENT.')).toEqual([
      'NAVY',
      'GOVERNMENT',
    ]);
  });

  it('a plain body listed with a blamed force still needs a name of its own', () => {
    // "the church" names no state body: it is no doer by being listed
    expect(doers('The farmers said the church and the army were responsible for the killings.')).toEqual(['army']);
  });

  it('a list that no cue of blame governs makes no doers', () => {
    expect(doers('The government and the army met the union leaders on Monday.')).toEqual([]);
  });
});

describe('role.blamed-state-body', () => {
  it('a government after "planned by" the harm is the one blamed', () => {
    expect(doers('Witnesses said the massacre was planned by the government.')).toEqual(['government']);
  });

  it('a government an attack is attributed to is the one blamed', () => {
    expect(doers('Police attributed the bombing of the bridge to the government.')).toEqual(['government']);
  });

  it('a government that carried out a deed of no harm is not blamed', () => {
    expect(doers('The land reform carried out by the government was halted.')).toEqual([]);
  });
});
