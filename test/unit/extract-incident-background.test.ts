// Who and what an incident does not include (issue #10): a man killed in a gunfight with police is not a victim of
// the attack he is tied to, and an act the men killed on the day are suspected of is an earlier event (a reference
// that takes no date from the sentence). Texts written for these tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { parseMarkdown } from '../../src/sources/text-formats.js';
import { incidentsOf } from '../helpers/incidents.js';
import { res } from '../helpers/resources.js';

describe('background of an incident', () => {
  it('does not make a man killed after a gunfight with police a victim of the attack', () => {
    const all = incidentsOf(
      '2022-03-02',
      'ORRIN — A federal jury on Tuesday convicted Tomas Drel of all charges over the 2021 Velmora marathon ' +
        'bombing. Two bombs placed near the finish line on 7 June 2021 killed four spectators. The defence argued ' +
        'instead that Drel had been led on by his older brother, Kavan, who was killed after a gunfight with police ' +
        'in Orrin.',
    );
    const bombing = all.find((i) => i.kind === 'bombing');
    expect(bombing).toBeDefined();
    expect(bombing!.participants.map((p) => `${p.role}:${p.name}`)).toContain('perpetrator:Tomas Drel');
    expect(all.flatMap((i) => i.participants).filter((p) => p.role === 'victim' && /Kavan/.test(p.name))).toEqual([]);
  });

  it('reads the act men are suspected of as an earlier event, not dated by their killing', () => {
    const all = incidentsOf(
      '2019-02-15',
      'DORVAL (Wire) - Security forces on Friday killed the two men suspected of the massacre at the Lumen ' +
        'newspaper and, an hour later, a gunman holding customers hostage in a bakery in Dorval, ending three ' +
        'days of violence. The gunman had taken the customers hostage on Friday morning.',
    );
    const massacre = all.find((i) => i.kind === 'massacre');
    expect(massacre).toMatchObject({ reference: true, date: null });
    expect(massacre!.merges ?? []).toContainEqual(expect.stringContaining('suspected of'));
    // the day's own event keeps the day
    expect(all.find((i) => i.kind === 'hostage-taking')).toMatchObject({ date: '2019-02-15' });
  });

  it('keeps a victim of a month of his own out of an attack dated in another month', () => {
    const all = incidentsOf(
      '2021-01-08',
      'Two gunmen shot dead eleven staff at the offices of the Lumen weekly in Lyon on Wednesday, police said. In ' +
        'October Henri Lacaze was beheaded after showing the cartoons to his class.',
    );
    const shooting = all.find((i) => i.kind === 'shooting');
    expect(shooting).toMatchObject({ date: '2021-01-06' });
    expect(shooting!.participants.map((p) => p.name)).not.toContain('Henri Lacaze');
    const other = all.filter((i) => i !== shooting).flatMap((i) => i.participants.map((p) => `${p.role}:${p.name}`));
    expect(other).toContain('victim:Henri Lacaze');
  });

  it('reads an event of a month that ended long before the article as a reference, whatever phrase opens it', () => {
    // a seed article (written for this project): the attacker of its own story is written before the shootings of
    // January 2015 it recalls, so the phrase that opens their group carries no mark of the past; the month does
    const file = 'seeds/2016-07-16-meridian-post-nice-isil-claim.md';
    const [article] = parseMarkdown(file, readFileSync(file, 'utf8')).articles;
    const all = extract(
      { text: article!.text, title: article!.title ?? undefined, published: article!.published ?? undefined },
      res,
    ).entities.filter((e): e is IncidentEntity => e.type === 'incident');
    const earlier = all.find((i) => i.datePeriod === '2015-01');
    expect(earlier).toMatchObject({ reference: true });
    expect(earlier!.merges ?? []).toContainEqual(expect.stringContaining('2015-01, over 30 days before the article'));
    expect(all.find((i) => i.kind === 'vehicle attack')?.reference).not.toBe(true);
  });
  it('names in its reason the relative day that made an event old, though the day itself is taken off', () => {
    const all = extract(
      {
        text: 'Gunmen shot dead a shopkeeper in a market 40 days ago, police said on Friday.',
        published: '2021-06-04',
      },
      res,
    ).entities.filter((e): e is IncidentEntity => e.type === 'incident');
    const shooting = all.find((i) => i.kind === 'shooting');
    expect(shooting).toMatchObject({ reference: true });
    expect(shooting!.merges ?? []).toContainEqual(
      expect.stringContaining('dated 2021-04-25, over 30 days before the article'),
    );
    expect((shooting!.merges ?? []).join(' ')).not.toContain('undefined');
  });
});
