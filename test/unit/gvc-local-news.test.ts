// US local shooting stories (issue #10): a county written with a state after it is never a namesake county of another
// state; "the night of Dec. 7" dates the event; one who died in a car crash after a shooting is no victim of it;
// "an Immokalee teenager" beside Collier County names the town. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { datesIn } from '../../src/extract/dates.js';
import { mainIncident, placeNamed, run } from '../helpers/extracted-places.js';
import { res } from '../helpers/resources.js';

describe('rule place/stated-division-rules-out', () => {
  it('leaves a county of the written state unlocated rather than at a namesake county of another state', () => {
    // the city table knows one Putnam County, in Tennessee; the one this text means is in Ohio
    const counties = (res.gazetteer.placesByName.get('putnam county') ?? []).filter(
      (e) => e.kind === 'region' && e.county,
    );
    expect(counties.some((e) => e.kind === 'region' && e.admin1 === 'Tennessee')).toBe(true);
    const text = 'A farmhand was shot dead on Sunday evening in Putnam County, Ohio, the sheriff’s office said.';
    const p = placeNamed({ text }, /^Putnam County$/);
    expect(p?.admin1).not.toBe('Tennessee');
    expect(p?.lat ?? 0).toBeGreaterThan(38.5); // Ohio, not central Tennessee (36.2)
  });

  it('still takes the namesake of the state the text writes', () => {
    const text = 'A farmhand was shot dead on Sunday evening in Putnam County, Tennessee, the sheriff’s office said.';
    expect(placeNamed({ text }, /^Putnam County$/)?.admin1).toBe('Tennessee');
  });
});

describe('rule dates/part-of-day-of', () => {
  const spans = (text: string) =>
    datesIn(text, 0, new Date('2016-12-15T12:00:00Z'), undefined, res.words).map((d) => [
      text.slice(d.start, d.end),
      d.iso,
    ]);

  it('reads the day after "the night of" and "the morning of"', () => {
    expect(spans('She is charged with killing her uncle the night of Dec. 3.')).toEqual([['Dec. 3', '2016-12-03']]);
    expect(spans('The store was robbed on the morning of Nov. 28.')).toEqual([['Nov. 28', '2016-11-28']]);
  });

  it('dates the incident by it', () => {
    const inc = mainIncident({
      text: 'A boy of 16 is accused of shooting and killing his stepfather the night of Dec. 3, prosecutors said.',
      published: '2016-12-15',
    });
    expect(inc?.date).toBe('2016-12-03');
  });
});

describe('one who died in a car crash after the shooting', () => {
  it('is no victim of the shooting', () => {
    const inc = mainIncident({
      text:
        'A 9-year-old girl was fatally shot at a farmhouse early Friday, deputies said. Her uncle, Dale Edward ' +
        'Pruitt, 61, died in a car crash shortly after the shooting, according to the sheriff’s office.',
      published: '2016-08-27',
    });
    expect(inc?.participants.map((p) => p.name)).not.toContain('Dale Edward Pruitt');
  });

  it('still makes a victim of one who died in the attack', () => {
    const victims = run({
      text: 'Gunmen opened fire at a bar in Millbrook on Friday, police said. Dale Edward Pruitt, 41, died in the attack.',
      published: '2016-08-27',
    }).flatMap((e) => (e.type === 'incident' ? e.participants.filter((p) => p.role === 'victim') : []));
    expect(victims.map((p) => p.name)).toContain('Dale Edward Pruitt');
  });
});

describe('rule entities/town-before-resident-noun', () => {
  const text =
    'An Immokalee teenager who was hurt in a shooting this week shot himself by accident, deputies said Thursday.\n\n' +
    'Collier County Sheriff’s Office deputies answered a call about a shooting that left a 15-year-old boy hurt ' +
    'Tuesday afternoon near Third Street, according to a report.';

  it('makes a place of a town before a resident noun when the article names its county', () => {
    expect(placeNamed({ text, published: '2016-10-06' }, /^Immokalee$/)?.admin1).toBe('Florida');
  });

  it('places the incident in that town rather than its county', () => {
    expect(mainIncident({ text, published: '2016-10-06' })?.place).toBe('Immokalee');
  });
});
