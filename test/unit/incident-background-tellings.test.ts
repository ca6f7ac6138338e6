// Events a report tells beside its news: an arrest told as a capture at the scene (place/captured-at-the-scene), an
// event "last week's" marks (incidents/last-span-marked-apart), one a dated clause after a colon tells
// (incidents/dated-telling-after-colon), and a tally whose roles name no one of an event
// (incidents/tally-roles-set-aside). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

const incidentsOf = (text: string, published: string, title?: string, r = res) =>
  extract({ text, published, ...(title ? { title } : {}) }, r).entities.filter(
    (e): e is IncidentEntity => e.type === 'incident',
  );

describe('an arrest told as a capture at the scene', () => {
  const text =
    'LEEDS, England — A man stabbed two shoppers in a busy arcade in Leeds on Saturday, police said.\n\n' +
    'Two passers-by overpowered a man at the scene and held him until officers came. Police named him as Tom ' +
    'Grady, 30. He was arrested on suspicion of attempted murder.';

  it('takes the place of the attack', () => {
    const arrest = incidentsOf(text, '2021-09-11').find((e) => e.kind === 'arrest');
    expect(arrest?.place).toBe('Leeds');
    expect(arrest?.merges?.join(' ')).toMatch(/place\/captured-at-the-scene/);
  });

  it('not when a blank line parts the capture from the arrest', () => {
    const apart = text.replace('Police named him', '\n\nPolice named him').replace('. He was', '.\n\nHe was');
    const arrest = incidentsOf(apart, '2021-09-11').find((e) => e.kind === 'arrest');
    expect(arrest?.merges?.join(' ') ?? '').not.toMatch(/captured-at-the-scene/);
  });
});

describe('an event "last week\'s" marks', () => {
  const text =
    "MOMBASA, Kenya — A lawyer for the families of last week's bombing of a market in Mombasa was shot dead in " +
    'the city on Wednesday, police said.\n\nThe market bombing on 3 March killed six people.';

  it('is not the shooting its sentence reports, and joins the event the article dates in that week', () => {
    const incs = incidentsOf(text, '2021-03-12');
    const bombing = incs.find((e) => e.kind === 'bombing');
    const shooting = incs.find((e) => e.kind === 'shooting');
    expect(shooting?.date).toBe('2021-03-10');
    expect(bombing?.date).toBe('2021-03-03');
    expect(incs.filter((e) => e.kind === 'bombing')).toHaveLength(1);
  });

  it('without the rule, the two tellings of the lede make one event', () => {
    const incs = incidentsOf(text, '2021-03-12', undefined, withoutRules('incidents/last-span-marked-apart'));
    const lede = incs.find((e) => e.mentions.some((m) => m.text === 'shot dead'));
    expect(lede?.mentions.some((m) => m.sentence === 0 && m.text === 'bombing')).toBe(true);
  });

  it('does not keep apart a telling dated in that week', () => {
    const incs = incidentsOf(
      "Police said on Friday that last week's bombing of a market in Mombasa, on 3 March, killed six people.",
      '2021-03-12',
    );
    expect(incs.filter((e) => e.kind === 'bombing')).toHaveLength(1);
  });
});

describe('a dated clause after a colon', () => {
  const text =
    'KANO, Nigeria — Militants abducted 30 traders from a market in Dawakin Kudu on Friday, police said.\n\n' +
    'Its fighters have killed thousands of civilians, and the group has raided markets before: in March, gunmen ' +
    'killed dozens of farmers at a market in Konduga.';

  it('tells an event of its own, with its own place and month', () => {
    const konduga = incidentsOf(text, '2016-06-06').find((e) => e.place === 'Konduga');
    expect(konduga).toBeDefined();
    expect(konduga?.participants?.map((p) => p.name)).toEqual(expect.arrayContaining(['gunmen', 'farmers']));
  });

  it('and the tally before it names no one as a participant', () => {
    for (const inc of incidentsOf(text, '2016-06-06'))
      expect(inc.participants?.map((p) => p.name) ?? []).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/fighters|civilians/)]),
      );
  });
});
