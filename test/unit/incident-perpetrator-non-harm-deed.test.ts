// The agent of a deed that harms no one, written before a blame cue, is not the incident's perpetrator
// (rule role.blamed-non-harm-object): "the land reform carried out by the government" names who did the reform.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { rolePhrasesIn } from '../helpers/incident-roles.js';

const perpetrators = (s: string) =>
  rolePhrasesIn(s)
    .filter((p) => p.role === 'perpetrator')
    .map((p) => p.text);

describe('a blame cue after a deed that harms no one', () => {
  it('names no perpetrator for a reform, an inquiry or a march', () => {
    expect(perpetrators('Farmers praised the land reform carried out by the government last year.')).toEqual([]);
    expect(perpetrators('The inquiry, which was ordered by the NLF command, ended in May.')).toEqual([]);
    expect(perpetrators('The march organized by the NLF crossed the town without incident.')).toEqual([]);
  });

  it('still names the agent of an attack or a bombing', () => {
    expect(perpetrators('Four soldiers died in the ambush carried out by the NLF on Sunday.')).toEqual(['NLF']);
    expect(perpetrators('The bombing was organized by the NLF, the police said.')).toEqual(['NLF']);
  });
});
