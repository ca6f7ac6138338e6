// A role rule whose pattern opens with a phrase of a few words before its head noun (RoleRule.opensBefore) is tried
// from a few words before each match of the head alone, not from every word of the sentence: a speed-up that must
// find the very matches the pattern finds from every position. Checked here on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { matchesOf, roleCuesOf, rolePhrases, type RoleCues } from '../../src/extract/incident-roles.js';
import { res } from '../helpers/resources.js';

const cues = roleCuesOf(res);
const withoutOpenings: RoleCues = {
  ...cues,
  rules: cues.rules.map(({ opensBefore: _o, ...rule }) => rule),
};

const sentences = [
  'Three heavily armed young gunmen killed two farmers near Lakeside on Sunday.',
  'The rebels, who had come down from the hills, attacked the barracks, and two soldiers were killed.',
  'A group of masked men in a red car abducted the mayor’s driver and two of his sons.',
  'Some 40 civilians, among them five children, were wounded when the bomb went off.',
  'Police said the militants planted the device, and that the victims’ relatives were not told.',
  'Two policemen and a  local  farmer   were   shot dead;   three   other people were hurt.',
  'The guerrillas of the Liberation Front claimed the attack, and 1,200 troops were sent to the area.',
  'Unidentified men-at-arms and their leaders were blamed; the peasants-turned-fighters fled.',
  'The government and the army are responsible for the bombing, the Front said.',
  'Prisoners were released on Monday; the hostages, two engineers, were freed unharmed.',
  'killed',
  '',
];

describe('role rules that open before their head', () => {
  it('are found for the phrase-before-head rules, with a global head pattern', () => {
    const opened = cues.rules.filter((r) => r.opensBefore);
    expect(opened.length).toBeGreaterThan(10);
    for (const r of opened) {
      expect(r.opensBefore!.head.global, r.id).toBe(true);
      expect(r.opensBefore!.words, r.id).toBe(4);
    }
  });

  it('find the same matches as the pattern tried from every position', () => {
    let found = 0;
    for (const r of cues.rules.filter((x) => x.opensBefore)) {
      const { opensBefore: _o, ...plain } = r;
      for (const s of sentences) {
        const a = [...matchesOf(r, s)].map((m) => [m.index, [...m]]);
        const b = [...matchesOf(plain, s)].map((m) => [m.index, [...m]]);
        expect(a, `${r.id} on ${s}`).toEqual(b);
        found += a.length;
      }
    }
    expect(found).toBeGreaterThan(10);
  });

  it('give the same role phrases', () => {
    for (const s of sentences) expect(rolePhrases(cues, s, 0), s).toEqual(rolePhrases(withoutOpenings, s, 0));
  });
});
