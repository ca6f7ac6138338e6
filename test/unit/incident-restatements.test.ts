// One node per real event (issue #10): local news tells one event several times (a caption, the lede, a paragraph
// naming the victim) and each telling carries part of its place and date; the retellings join the main incident,
// while a second event on another day, at another place, with another victim or set apart in words stays apart.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ArticleInput, IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const incidents = (text: string, published = '2019-10-14', input: Partial<ArticleInput> = {}) =>
  extract({ published, text, ...input }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');

describe('a retelling of the main incident', () => {
  it('joins it when dated a day apart, and the earlier day is kept as the event', () => {
    const found = incidents(
      'The 19-year-old victim of an accidental shooting died Sunday night, a hospital ' +
        'spokesman said. Dana Price was accidentally shot by a friend around 9 p.m. Saturday at a home on Birch Lane, ' +
        'police said. No charges have been filed.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBe('2019-10-12');
    expect(found[0]!.merges?.some((m) => m.includes('tells the main incident again'))).toBe(true);
  });

  it('joins it when a later paragraph dates what was found the morning after', () => {
    const found = incidents(
      'A 7-year-old boy accidentally shot himself at his home in Fairview on Sunday afternoon, police said. ' +
        'Residents awoke Monday morning to find the remnants of a shooting the night before. ' +
        'The boy, Tyler Grant, was taken to a hospital.',
      '2019-10-15',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBe('2019-10-13');
  });

  it('joins it when placed only in the state its town lies in', () => {
    const found = incidents(
      'A 4-year-old girl was fatally shot Saturday evening in Amelia, the sheriff said. ' +
        'The shooting in Ohio is the third this year involving a child.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.place).toBe('Amelia');
  });

  it('joins it in a follow-up, where both are references, when placed in the state that holds its county', () => {
    const found = incidents(
      'A 14-year-old boy died of a gunshot wound on Sunday in Mesa County, the sheriff said. ' +
        'A hunter shot a 14-year-old boy in Colorado, deputies said.',
      '2019-10-14',
      { title: "Man jailed over teen's death" },
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.place).toBe('Mesa County');
    expect(found[0]!.reference).toBe(true);
  });
});

describe('two events of one article', () => {
  it('stay apart on consecutive days in two towns', () => {
    const found = incidents(
      'A boy was accidentally shot in Houston on Tuesday. On Wednesday, a 7-year-old accidentally shot himself in ' +
        'Pasadena, deputies said.',
      '2019-10-16',
    );
    expect(found.map((i) => i.date).sort()).toEqual(['2019-10-15', '2019-10-16']);
  });

  it('stay apart when each names its own victim', () => {
    const found = incidents(
      'John Reed was shot and killed Saturday night in Fairview, police said. ' +
        'Mark Tolson was shot early Sunday in Fairview.',
      '2019-10-16',
    );
    expect(found).toHaveLength(2);
  });

  it('stay apart when the words set the second one apart', () => {
    const found = incidents(
      'A man was shot Saturday night in Fairview, police said. ' +
        'In a separate shooting, a woman was wounded early Sunday in Fairview.',
      '2019-10-16',
    );
    expect(found).toHaveLength(2);
  });

  it('stay apart when the second is an event named after its victim', () => {
    const found = incidents(
      'Ministers discussed the shooting in Fairview at length on Monday. ' +
        'A report into the shooting of Ana Lopez was published last week.',
    );
    expect(found).toHaveLength(2);
  });
});

describe('rule incidents/co-victims-in-sentence', () => {
  it('keeps two people shot in one sentence, with nothing of their own that sets them apart, in one incident', () => {
    const found = incidents(
      'A gunman opened fire outside a bar in Hartford early Sunday and shot three people, police said. ' +
        'Jose Marte, 34, was shot once in the left leg, while Oscar Delgado, 23, was shot several times in the abdomen.',
    );
    expect(found).toHaveLength(1);
    expect(
      [...new Set(found[0]!.participants.filter((p) => p.role === 'victim' && p.entity).map((p) => p.name))].sort(),
    ).toEqual(['Jose Marte', 'Oscar Delgado']);
  });

  it('keeps them apart when each has a day of its own', () => {
    const found = incidents(
      'Jose Marte, 34, was shot in the leg on Friday, while Oscar Delgado, 23, was shot in the abdomen on Sunday.',
    );
    expect(found).toHaveLength(2);
  });
});

// rule role/auxiliary-no-premodifier: "X was shooting at …" is a clause whose subject acts, not "the X shooting"
describe('a name before an auxiliary and an incident noun', () => {
  it('is not the victim of a second event: "Lee Marsh was shooting at his own sons" goes on with the story', () => {
    const found = incidents(
      'Two brothers were shot and killed in a parked car in Fairview on Saturday night, police said. ' +
        'Officers heard gunfire as they reached the car. They believe Lee Marsh was shooting at his own sons then.',
      '2019-10-14',
    );
    expect(found.filter((i) => i.kind !== 'arrest')).toHaveLength(1);
    expect(found.some((i) => i.participants?.some((p) => p.name === 'Lee Marsh' && p.role === 'victim'))).toBe(false);
  });
});

// "X of <Town> was killed": a home town between the name and the passive keeps the name the one harmed
describe('a victim named with a home town before a passive', () => {
  it('"Ann Cole of Millbrook was shot in the chest" names the one harmed', () => {
    const found = incidents(
      'Deputies are looking into an accidental shooting that left a teenager dead on Saturday. ' +
        'The sheriff said 16-year-old Ann Cole of Millbrook was shot in the chest at a farm.',
      '2019-10-14',
    );
    expect(found.some((i) => i.participants?.some((p) => p.name === 'Ann Cole' && p.role === 'victim'))).toBe(true);
  });
});

// rule incidents/bare-telling-nearby: the same day, a nearby town of the same state, nobody hurt and no toll of its own
describe('a bare telling at a nearby town of the same state', () => {
  it('joins the main incident: the suspect caught outside another town is not a second shooting', () => {
    const found = incidents(
      'Two men were killed and a woman was wounded in a shooting at a farmhouse near Woodburn on Monday, deputies ' +
        'said. The shooter was stopped by troopers on the highway just east of Portland later that afternoon.',
      '2019-10-14',
    );
    const shootings = found.filter((i) => i.kind === 'shooting');
    expect(shootings).toHaveLength(1);
    expect(shootings[0]!.place).toBe('Woodburn');
    expect(shootings[0]!.merges?.some((m) => m.includes('incidents/bare-telling-nearby'))).toBe(true);
  });

  it('stays apart when it has a victim of its own', () => {
    const found = incidents(
      'Two men were killed and a woman was wounded in a shooting at a farmhouse near Woodburn on Monday, deputies ' +
        'said. A teenager was shot in the arm in Portland the same afternoon.',
      '2019-10-14',
    );
    expect(found.filter((i) => i.kind === 'shooting')).toHaveLength(2);
  });

  it('stays apart in a town far off in the same state', () => {
    const found = incidents(
      'Two men were killed and a woman was wounded in a shooting at a farmhouse near Woodburn on Monday, deputies ' +
        'said. The shooter was stopped by troopers on the highway just east of Medford later that afternoon.',
      '2019-10-14',
    );
    expect(found.filter((i) => i.kind === 'shooting')).toHaveLength(2);
  });
});

// rule incidents/own-day-over-lede-day: the lede's day is the news; a day a telling writes out before it is the event's
describe('a main incident dated only by the lede', () => {
  it('takes the earlier day a telling of it writes out', () => {
    const found = incidents(
      'A 7-year-old boy and his grandmother have been found dead in Marion County, deputies said. ' +
        'Their bodies were discovered during an overnight search. ' +
        '"The boy was brutally murdered by his uncle," the sheriff said. ' +
        'The sheriff said the uncle killed the boy and his grandmother Sept. 29 and hid their bodies in a barn.',
      '2019-10-14',
    );
    const violent = found.filter((i) => i.kind !== 'arrest');
    expect(violent).toHaveLength(1);
    expect(violent[0]!.date).toBe('2019-09-29');
    expect(violent[0]!.merges?.some((m) => m.includes('incidents/own-day-over-lede-day'))).toBe(true);
  });

  it('keeps the lede day when the earlier telling harms someone else', () => {
    const found = incidents(
      'A 7-year-old boy and his grandmother have been found dead in Marion County, deputies said. ' +
        'Their bodies were discovered during an overnight search. ' +
        '"The boy was brutally murdered by his uncle," the sheriff said. ' +
        'The uncle had killed a neighbour Sept. 29, deputies said.',
      '2019-10-14',
    );
    expect(found.some((i) => i.merges?.some((m) => m.includes('incidents/own-day-over-lede-day')))).toBe(false);
  });

  it('keeps the lede day when the earlier day is set apart as another event', () => {
    const found = incidents(
      'A man was found shot dead in Marion County overnight, deputies said. ' +
        'In a separate shooting, a woman was killed Sept. 29 outside a bar.',
      '2019-10-14',
    );
    expect(found.filter((i) => i.kind !== 'arrest').map((i) => i.date)).toContain('2019-10-14');
  });
});

describe('a list of past attacks, each in its own month', () => {
  it('keeps one incident per month, however alike the places (rule incident/own-time)', () => {
    const found = incidents(
      'PARIS - The country raised its alert on Monday. These are the attacks that shaped its policy. ' +
        'In March 2012, a gunman killed seven people in Toulouse and Montauban. ' +
        'In January 2015, gunmen killed 12 people at a magazine office in Paris. ' +
        'In November 2015, militants killed 130 people in coordinated attacks on a concert hall and bars.',
      '2024-03-14',
    );
    const periods = found.map((g) => g.datePeriod).sort();
    expect(periods).toEqual(['2012-03', '2015-01', '2015-11']);
    expect(found.every((g) => g.reference)).toBe(true);
  });
});
