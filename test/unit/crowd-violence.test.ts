// Riots and mob violence (ACLED's "Riots": violent demonstrations, mob violence) as their own family, and the
// conflict-note forms that came with them: tolls said to be none, fire launched from one place at another, drones
// that carry explosives, armed sides that fought for a place.
import { describe, expect, it } from 'vitest';
import { casualtiesIn } from '../../src/extract/casualties.js';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { crowdKind, incidentFamily } from '../../src/ontology/index.js';
import { res } from '../helpers/resources.js';

const run = (text: string) => extract({ id: 't', text, published: '2024-03-10' }, res).entities;
const incidents = (text: string) => run(text).filter((e): e is IncidentEntity => e.type === 'incident');
const perpetrators = (text: string) =>
  incidents(text).flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator').map((p) => p.name));
const counts = (s: string) => casualtiesIn(res.incidents.casualties, s, 0).map((c) => [c.what, c.count]);

describe('the riot family (ontology crowdViolence)', () => {
  it('a crowd that kills lynches; any other violence it does is a riot; it shells no town', () => {
    expect(crowdKind('murder')).toBe('lynching');
    expect(crowdKind('arson')).toBe('riot');
    expect(crowdKind('armed clash')).toBe('riot');
    expect(crowdKind('air strike')).toBeNull();
    expect(crowdKind('kidnapping')).toBeNull();
    expect(incidentFamily('riot')).toBe('riot / mob violence');
    expect(incidentFamily('lynching')).toBe('riot / mob violence');
  });
});

describe('rule incident/crowd-violence', () => {
  it('rioters who set fire to a police station riot; they are its perpetrators', () => {
    const text = 'On 5 March, rioters set fire to the police station in Kisumu after a detainee died.';
    expect(incidents(text).map((i) => i.kind)).toEqual(['riot']);
    expect(perpetrators(text)).toContain('rioters');
  });

  it('a crowd that beats a man to death lynches him; the crowd is the perpetrator', () => {
    const text = 'On 6 March, an angry crowd beat to death a man accused of theft in Lagos.';
    expect(incidents(text).map((i) => i.kind)).toEqual(['lynching']);
    expect(perpetrators(text)).toContain('an angry crowd');
  });

  it('residents who burned men alive lynched them, where they live', () => {
    const [inc] = incidents('On 7 March, residents of Kisumu caught two suspected robbers and burned them to death.');
    expect(inc?.kind).toBe('lynching');
    expect(inc?.place).toBe('Kisumu');
  });

  it('a crowd that only reports the violence, or suffers it, did not do it', () => {
    expect(incidents('On 8 March, residents said gunmen set fire to the market in Jos.').map((i) => i.kind)).toEqual([
      'arson',
    ]);
    expect(
      incidents('On 8 March, protesters were shot dead by soldiers in Nairobi.').some((i) =>
        ['riot', 'lynching'].includes(i.kind),
      ),
    ).toBe(false);
  });

  it('a violent noun inside another phrase is not what the crowd did', () => {
    expect(
      incidents(
        'Residents of Fairview awoke on Sunday to find the remnants of a bloody shooting outside their doors.',
      ).some((i) => i.kind === 'riot'),
    ).toBe(false);
  });

  it('stones thrown and supporters who fought with stones are a riot', () => {
    expect(incidents('On 9 March, youths threw stones at police vehicles in Bamako.').map((i) => i.kind)).toEqual([
      'riot',
    ]);
    expect(
      incidents(
        'On 9 March, supporters of two candidates fought with stones and sticks in Cotabato, injuring 4 people.',
      )[0]?.kind,
    ).toBe('riot');
  });

  it('a peaceful march is no incident', () => {
    expect(
      incidents('On 9 March, hundreds of residents marched peacefully through Kano to demand better roads.'),
    ).toEqual([]);
  });
});

describe('casualty/none-killed, casualty/none-injured', () => {
  it('a toll said to be none is a zero, not an unknown', () => {
    expect(counts('No fatalities were reported.')).toEqual([['killed', 0]]);
    expect(counts('The army said it shot down the drones and reported no casualties.')).toEqual([
      ['killed', 0],
      ['injured', 0],
    ]);
    expect(counts('No injuries were reported.')).toEqual([['injured', 0]]);
  });

  it('a stated count wins over a zero; "no one else" counts nothing', () => {
    expect(counts('One guard was wounded; no one else was hurt.')).toEqual([['injured', 1]]);
    const [inc] = incidents(
      'On 3 March, a bomb exploded in Mogadishu, killing 3 people. No other casualties were reported.',
    );
    expect(inc?.killed).toBe(3);
  });

  it('the hurt listed one by one after a verb of wounding are counted (casualty/injuring-listed)', () => {
    expect(counts('A drone struck the car, injuring the driver and a passenger.')).toEqual([['injured', 2]]);
    expect(counts('Mortar shells hit the post, wounding a guard and two civilians.')).toEqual([['injured', 3]]);
  });

  it('the zero is the incident toll', () => {
    const [inc] = incidents(
      'On 3 March, Al Shabaab fired mortar rounds at Baidoa airport. No fatalities were reported.',
    );
    expect(inc?.killed).toBe(0);
  });
});

describe('rule place/origin-of-fire', () => {
  it('the place fire was launched from is not where it struck', () => {
    const [inc] = incidents(
      'On 3 March, troops fired artillery shells from their base near Donetsk into villages of Kramatorsk district.',
    );
    expect(inc?.kind).toBe('shelling');
    expect(inc?.place).toBe('Kramatorsk');
  });

  it('abducted from a place is abducted there', () => {
    expect(incidents('On 3 March, gunmen abducted 20 pupils from a school near Kaduna.')[0]?.place).toBe('Kaduna');
  });
});

describe('conflict-note cues of remote and front-line violence', () => {
  it('explosives dropped from a drone, and drones laden with them, are air strikes', () => {
    expect(
      incidents(
        'On 3 June, rebels dropped explosives from a drone onto the police station of Popayan, wounding two officers.',
      )[0]?.kind,
    ).toBe('air strike');
    expect(incidents('On 4 April, rebels flew an explosive-laden drone into an army base in Mandalay.')[0]?.kind).toBe(
      'air strike',
    );
  });

  it('armed sides that fought for a town clashed', () => {
    expect(incidents('On 12 May, Russian and Ukrainian forces fought for control of Kupiansk.')[0]?.kind).toBe(
      'armed clash',
    );
  });
});
