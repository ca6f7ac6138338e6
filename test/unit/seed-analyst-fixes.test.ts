// Rules found reading the seed graph as an analyst: role.carried-of-them, incidents/pronoun-claimant and
// org/apposed-armed-group. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

const read = (text: string, r = res) => extract({ text, published: '2021-06-07' }, r).entities;
const incidents = (text: string, r = res) => read(text, r).filter((e): e is IncidentEntity => e.type === 'incident');

describe('role.carried-of-them: the people a vehicle carried, counted "of them"', () => {
  it('are the victims of the harm the count follows', () => {
    const [inc] = incidents(
      'MOGADISHU, Somalia — A suicide bomber rammed a truck into a minibus carrying police officers near Afgoye on ' +
        'Monday, killing at least 17 of them, officials said.',
    );
    expect(inc?.participants.some((p) => p.role === 'victim' && /officers/.test(p.name))).toBe(true);
  });

  it('reads no victim from a vehicle whose count is not "of them"', () => {
    const [inc] = incidents(
      'MOGADISHU, Somalia — A suicide bomber rammed a truck into a minibus carrying police officers near Afgoye on ' +
        'Monday, killing at least 17 people, officials said.',
    );
    expect(inc?.participants.some((p) => /officers/.test(p.name))).toBe(false);
  });
});

describe('incidents/pronoun-claimant: a claim by "he" is made by the one person the sentence before names', () => {
  const text =
    'ABUJA, Nigeria — Gunmen abducted 80 pupils from a boarding school in Kebbi State on Thursday, officials said. ' +
    'In an audio message, Musa Danjuma mocked the army. He boasted of his fighters and said he had taken the pupils.';
  it('makes that person a perpetrator', () => {
    const [inc] = incidents(text);
    expect(inc?.participants).toContainEqual(expect.objectContaining({ role: 'perpetrator', name: 'Musa Danjuma' }));
  });

  it('can be switched off', () => {
    const [inc] = incidents(text, withoutRules('incidents/pronoun-claimant'));
    expect(inc?.participants.some((p) => p.name === 'Musa Danjuma' && p.role === 'perpetrator')).toBe(false);
  });

  it('leaves the claim unread when the sentence before names two people', () => {
    const [inc] = incidents(
      'ABUJA, Nigeria — Gunmen abducted 80 pupils from a boarding school in Kebbi State on Thursday, officials said. ' +
        'Musa Danjuma spoke after Ado Aleru. He said he had taken the pupils.',
    );
    expect(inc?.participants.some((p) => p.role === 'perpetrator' && /Danjuma|Aleru/.test(p.name))).toBe(false);
  });
});

describe('org/apposed-armed-group: an apposition that calls a body a group of militants', () => {
  const kindOf = (text: string, name: string, r = res) =>
    read(text, r).find((e) => e.type === 'organization' && e.name === name);
  it('types the body an armed group', () => {
    const org = kindOf(
      'Police said the man belonged to Sabil al-Nasr, a small network of Syrian militants, and had ' +
        'travelled to Turkey last year.',
      'Sabil al-Nasr',
    );
    expect(org).toMatchObject({ kind: 'armed_group' });
  });

  it('keeps a body called a network of something else untyped', () => {
    const org = kindOf(
      'Police said the man worked for Sabil al-Nasr, a small network of Syrian traders, and had ' +
        'travelled to Turkey last year.',
      'Sabil al-Nasr',
    );
    expect(org && 'kind' in org ? org.kind : null).not.toBe('armed_group');
  });
});
