import { describe, expect, it } from 'vitest';
import { casualtiesIn } from '../../src/extract/casualties.js';
import { datesIn, findDateline } from '../../src/extract/dates.js';
import { findIncidents } from '../../src/extract/incidents.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { fixture } from './extract-incidents.fixtures.js';
import { res } from '../helpers/resources.js';

const PLACES = [
  { type: 'place' as const, name: 'Springfield', forms: ['SPRINGFIELD'], country: 'RU' },
  { type: 'place' as const, name: 'Ruritania', placeKind: 'country' as const, country: 'RU' },
  { type: 'place' as const, name: 'Oldtown', country: 'RU' },
  { type: 'place' as const, name: 'Capital City', country: 'RU' },
  { type: 'place' as const, name: 'Northport', country: 'NP' },
  { type: 'place' as const, name: 'Eastbay', country: 'EB' },
];

function incidentsOf(
  text: string,
  extra: Parameters<typeof fixture>[1] = [],
  published?: string,
  id?: string,
): IncidentEntity[] {
  const { doc, entities } = fixture({ text, ...(published ? { published } : {}), ...(id ? { id } : {}) }, [
    ...PLACES,
    ...extra,
  ]);
  const incidents = findIncidents(doc, entities);
  for (const i of incidents) for (const m of i.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return incidents;
}

const cue = (i: IncidentEntity) => i.mentions.map((m) => m.text);

describe('findIncidents: what counts as an incident', () => {
  it('finds a shooting with place, date anchored to publication, and casualty counts', () => {
    const text =
      'A gunman opened fire at a market in Springfield on Monday, killing four people and wounding 12, police said on Tuesday.';
    const [inc, ...rest] = incidentsOf(text, [], '2021-03-09');
    expect(rest).toHaveLength(0);
    expect(inc!.kind).toBe('shooting');
    expect(inc!.place).toBe('Springfield');
    expect(inc!.date).toBe('2021-03-08'); // the Monday before publication, not the day it was said
    expect(inc!.killed).toBe(4);
    expect(inc!.injured).toBe(12);
    expect(inc!.key).toBe('incident:shooting:place:test:springfield:2021-03-08');
    expect(inc!.name).toBe('Shooting in Springfield (2021-03-08)');
  });

  it('a definite "the attack" placed at a street the gazetteer does not know joins the main incident and keeps its located place', () => {
    const text =
      'SPRINGFIELD — A shopkeeper was stabbed to death in Oldtown on Monday, police said. The attack took place on Mill Lane, close to a school.';
    const inc = incidentsOf(text, [{ type: 'place', name: 'Mill Lane', placeKind: 'site' }], '2024-05-07');
    expect(inc).toHaveLength(1);
    expect(inc[0]!.place).toBe('Oldtown');
    expect(cue(inc[0]!)).toContain('attack');
  });

  it('reads a truck driven into a market as a vehicle attack, dated even beside a "Memorial Church" (a name, not a memorial service)', () => {
    const inc = incidentsOf(
      'A truck was driven at speed into a crowded market beside the Unity Memorial Church in Oldtown on Monday evening, killing nine people.',
      [],
      '2024-05-07',
    );
    expect(inc).toHaveLength(1);
    expect(inc[0]!.kind).toBe('vehicle attack');
    expect(inc[0]!.date).toBe('2024-05-06');
    expect(inc[0]!.killed).toBe(9);
  });

  it('a siege with gunfire inside it is a siege, not a shooting', () => {
    const inc = incidentsOf(
      'A gunman held 14 people hostage in a cafe in Oldtown for sixteen hours before the siege ended in gunfire on Tuesday.',
      [],
      '2024-05-08',
    );
    expect(inc).toHaveLength(1);
    expect(['siege', 'hostage-taking']).toContain(inc[0]!.kind);
  });

  it('ignores warnings, plans, threats and possibilities', () => {
    const text = [
      'The minister warned of a bombing in Capital City.',
      'Militants are planning attacks on Oldtown, officials said.',
      'A stabbing in Northport could happen at any time, the report said.',
      'The threat of a shooting in Eastbay remains high.',
      'The group wants to carry out attacks in Springfield.',
    ].join(' ');
    expect(incidentsOf(text)).toEqual([]);
  });

  it('treats generic counts as no single event but keeps a foiled plot with its responder', () => {
    const text =
      'There have been more than 40 terrorist plots across Ruritania since 2015. The Ruritanian Security Bureau said it had thwarted two Ruritania bomb plots this spring.';
    const incs = incidentsOf(text, [{ type: 'organization', name: 'Ruritanian Security Bureau', kind: 'agency' }]);
    expect(incs).toHaveLength(1);
    expect(incs[0]!.kind).toBe('foiled plot');
    expect(incs[0]!.place).toBe('Ruritania');
    expect(incs[0]!.participants).toEqual([
      { entity: 'e7', name: 'Ruritanian Security Bureau', role: 'responder', rule: 'participant/responding-body' },
    ]);
    expect(cue(incs[0]!)[0]).toMatch(/plots/);
  });

  it('needs a foiling cue before a plot is an incident', () => {
    expect(incidentsOf('Prosecutors described a plot to bomb a stadium in Oldtown.')).toEqual([]);
  });

  it('drops bare generalisations and a class of victims with no event', () => {
    const text =
      'Bombings are a feature of modern conflict. The second threat is the brutal killing of innocent travellers abroad.';
    expect(incidentsOf(text)).toEqual([]);
  });
});

describe('findIncidents: one incident per event', () => {
  it('keeps separate events of a list apart by their places', () => {
    const text =
      'Officials listed recent cases, including the stabbing of a guard in Oldtown, the kidnapping of two engineers in Northport and three people shot dead in Eastbay by a lone attacker.';
    const incs = incidentsOf(text);
    expect(incs.map((i) => [i.kind, i.place])).toEqual([
      ['stabbing', 'Oldtown'],
      ['kidnapping', 'Northport'],
      ['shooting', 'Eastbay'],
    ]);
    expect(incs[2]!.killed).toBe(3);
  });

  it('places a phrase of a "where" clause at the place the clause hangs on (rule place/where-antecedent)', () => {
    const text =
      'On Friday police stormed a bank in Oldtown, where a gunman had taken six customers hostage. ' +
      'A day earlier the same man shot dead a guard in Northport.';
    const incs = incidentsOf(text, [], '2020-05-09');
    const hostage = incs.find((i) => i.kind === 'hostage-taking');
    expect(hostage?.place).toBe('Oldtown');
    // the hostage-taking is not the shooting told afterwards in another town
    expect(incs.find((i) => i.kind === 'shooting')?.place).toBe('Northport');
    // a hospital where the police heard of it is not where it happened
    const heard = incidentsOf(
      'Officers went to Mercy Hospital, where staff told them that a girl was suffering from a gunshot wound.',
      [{ type: 'place', name: 'Mercy Hospital', country: 'RU' }],
      '2020-05-09',
    );
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.map((i) => i.place)).not.toContain('Mercy Hospital');
  });

  it('merges a later bare reference into the most-discussed incident', () => {
    const text = [
      'Citing the brutal attacks in Capital City, the Chief said it was too early to judge the origins of the attack.',
      'He also mentioned the murder of Jon Smith in Oldtown last year.',
      'Police continued the hunt for the killers of the Daily Beacon journalists.',
    ].join(' ');
    const incs = incidentsOf(text, [
      { type: 'person', name: 'Jon Smith' },
      { type: 'organization', name: 'Daily Beacon', kind: 'media' },
    ]);
    expect(incs).toHaveLength(2);
    const capital = incs.find((i) => i.place === 'Capital City')!;
    expect(cue(capital)).toEqual(['attacks', 'attack', 'killers']);
    // an organisation the attack acted on is its target (incident-sides/organization-is-target)
    expect(capital.participants.map((p) => [p.name, p.role])).toEqual([['Daily Beacon', 'target']]);
    const murder = incs.find((i) => i.kind === 'murder')!;
    expect(murder.participants.map((p) => [p.name, p.role])).toEqual([['Jon Smith', 'victim']]);
    expect(murder.name).toBe('Murder of Jon Smith in Oldtown');
  });

  it('refines the kind from later phrases and takes the perpetrator from a claim of responsibility', () => {
    const text = [
      'SPRINGFIELD, Ruritania (Wire) - An attack on a concert hall left 30 dead late on Friday.',
      'The explosion was caused by a suicide bomber, officials said.',
      'The Eastern Front claimed responsibility in a statement.',
      'The bomber was named as Ivan Petrov, 24.',
    ].join('\n');
    const incs = incidentsOf(
      text,
      [
        { type: 'organization', name: 'Eastern Front', kind: 'armed_group' },
        { type: 'person', name: 'Ivan Petrov' },
      ],
      '2022-05-01',
    );
    expect(incs).toHaveLength(1);
    const inc = incs[0]!;
    expect(inc.kind).toBe('bombing');
    expect(inc.place).toBe('Springfield'); // from the dateline
    expect(inc.date).toBe('2022-04-29');
    expect(inc.killed).toBe(30);
    expect(inc.participants.map((p) => [p.name, p.role]).sort()).toEqual([
      ['Eastern Front', 'perpetrator'],
      ['Ivan Petrov', 'perpetrator'],
    ]);
    expect(cue(inc)).toContain('claimed responsibility');
  });

  it('reads the police shooting of an attacker as part of the attack, and an arrest as its own incident', () => {
    const text = [
      'A man drove a van into pedestrians in Oldtown on Saturday, killing two, before he was shot dead by police.',
      'Detectives later arrested Pavel Ivanov in Northport.',
    ].join(' ');
    const incs = incidentsOf(text, [{ type: 'person', name: 'Pavel Ivanov' }], '2023-06-05');
    expect(incs.map((i) => i.kind)).toEqual(['vehicle attack', 'arrest']);
    expect(incs[0]!.killed).toBe(2);
    expect(incs[1]!.place).toBe('Northport');
    expect(incs[1]!.participants).toEqual([
      { entity: 'e7', name: 'Pavel Ivanov', role: 'suspect', rule: 'participant/object-of-the-verb' },
    ]);
  });

  it('keeps two events in one sentence apart when the text says one came after the other', () => {
    const text = 'The shooting in Oldtown came two years after the murder of Ana Lopez.';
    const incs = incidentsOf(text, [{ type: 'person', name: 'Ana Lopez' }]);
    expect(incs.map((i) => i.kind)).toEqual(['shooting', 'murder']);
  });
});

describe('findIncidents: keys', () => {
  it('is deterministic and scoped to the article when place or date is unknown', () => {
    const text = 'The murder of Ana Lopez shocked the town.';
    const extra = [{ type: 'person' as const, name: 'Ana Lopez' }];
    const a = incidentsOf(text, extra, undefined, 'Story 42');
    const b = incidentsOf(text, extra, undefined, 'Story 42');
    expect(a[0]!.key).toBe('incident:story-42:1');
    expect(b).toEqual(a);
    const hashed = incidentsOf(text, extra);
    expect(hashed[0]!.key).toMatch(/^incident:[0-9a-f]{16}:1$/);
    expect(incidentsOf(text, extra)[0]!.key).toBe(hashed[0]!.key);
  });
});

describe('dates, datelines and casualty counts', () => {
  const anchor = new Date(Date.UTC(2017, 4, 23, 12)); // a Tuesday
  it('resolves weekdays to the past and drops future or vague dates', () => {
    const text = 'It happened on Monday night; the vote is on 8 June; it started last year; on Friday it was quiet.';
    expect(datesIn(text, 0, anchor, undefined, res.words).map((d) => d.iso)).toEqual(['2017-05-22', '2017-05-19']);
  });
  it('keeps only fully written dates without an anchor', () => {
    expect(
      datesIn('It happened on Monday and on 3 March 2015.', 0, null, undefined, res.words).map((d) => d.iso),
    ).toEqual(['2015-03-03']);
  });
  it('finds a dateline and its place', () => {
    const text = 'OLDTOWN, Ruritania (Wire) - Something happened.';
    const d = findDateline(res.words, text, null)!;
    expect(text.slice(d.placeStart, d.placeEnd)).toBe('OLDTOWN, Ruritania');
    expect(findDateline(res.words, 'No dateline in this text.', null)).toBeNull();
  });
  it('reads casualty counts in words and digits', () => {
    const got = (s: string) => casualtiesIn(res.incidents.casualties, s).map((c) => [c.what, c.count]);
    expect(got('The blast killed 22 people and injured more than 100.')).toEqual([
      ['killed', 22],
      ['injured', 100],
    ]);
    expect(got('Four people were shot dead.')).toEqual([['killed', 4]]);
    expect(got('The attack left 3 dead and 40 wounded.')).toEqual([
      ['killed', 3],
      ['injured', 40],
    ]);
    expect(got('The death toll rose to 130.')).toEqual([['killed', 130]]);
    expect(got('A 23-year-old man was arrested.')).toEqual([]);
  });
  it('gives a revised toll in a follow-up with no event of its own to the event it follows up', () => {
    const text =
      'Three men appeared in court in Eastbay on Monday charged over the bombing of the central bus station. ' +
      'The trial is expected to open next year. ' +
      'Health officials said on Sunday that the death toll had risen to 57.';
    const incs = incidentsOf(text, [], '2021-06-14');
    const bombing = incs.find((i) => i.kind === 'bombing');
    expect([bombing?.reference, bombing?.killed]).toEqual([true, 57]);
    // the toll is counted once, on the event, not on the court hearing
    expect(incs.filter((i) => i.killed === 57)).toHaveLength(1);
  });
  it('reads a count past an aside about the people counted, and no sum over several days', () => {
    const got = (s: string) => casualtiesIn(res.incidents.casualties, s).map((c) => [c.what, c.count]);
    expect(got('Three soldiers, all from the same unit, were killed.')).toEqual([['killed', 3]]);
    expect(got('Five guards, most of them recruits, were wounded in the assault.')).toEqual([['injured', 5]]);
    // a clause of its own between the count and the verb is not an aside about the people counted
    expect(got('Three soldiers, the army said, were killed.')).toEqual([]);
    // a count over several days sums the events of those days
    expect(got('Seventeen people were killed over three days of attacks.')).toEqual([]);
    // an aside naming some of them may name the attacker among the dead: the count is not the victims'
    expect(got('Four people, including the attacker, died.')).toEqual([]);
  });
  it('reads a toll revised by a verb before it, and lets it replace a larger earlier count', () => {
    const got = (s: string) => casualtiesIn(res.incidents.casualties, s).map((c) => [c.what, c.count, c.rank]);
    expect(got('Officials lowered the death toll from the weekend bombings to about 95.')).toEqual([['killed', 95, 2]]);
    expect(got('Police have raised the toll to 31.')).toEqual([['killed', 31, 2]]);
    // a toll that is taken, not revised, is no count
    expect(got('The war took a heavy toll on the region, cutting trade to 40 percent.')).toEqual([]);
    const [bombing] = incidentsOf(
      'A car bomb exploded outside a hotel in Eastbay on Friday, killing 130 people. ' +
        'On Saturday the provincial government lowered the death toll from the bombing to 96, saying some victims had been counted twice.',
      [],
      '2021-06-12',
    );
    expect(bombing?.killed).toBe(96);
  });
});

describe('relative dates need an anchor', () => {
  it('reads calendar words from the lexicons: a month by its abbreviation, a weekday, a part of the day', () => {
    const anchor = new Date(Date.UTC(2021, 5, 10, 12)); // Thursday 10 June 2021
    const got = (t: string) => datesIn(t, 0, anchor, undefined, res.words).map((d) => [d.iso, d.precision]);
    expect(got('Fighting flared in Sept. 2019 near the border.')).toEqual([['2019-09', 'month']]);
    expect(got('Rebels shelled the town on Tuesday.')).toEqual([['2021-06-08', 'day']]);
    expect(got('a blast this evening')).toEqual([['2021-06-10', 'day']]);
    expect(got('Shots were heard overnight.')).toEqual([['2021-06-10', 'day']]);
    expect(got('The second phase begins now.')).toEqual([]);
  });
  it('resolves "this afternoon" against the anchor and drops "yesterday" when there is none', () => {
    const anchor = new Date(Date.UTC(1991, 2, 4, 12));
    expect(datesIn('THE BOMB WENT OFF THIS AFTERNOON', 0, anchor, undefined, res.words).map((d) => d.iso)).toEqual([
      '1991-03-04',
    ]);
    expect(datesIn('Gunmen attacked the post yesterday', 0, null, undefined, res.words)).toEqual([]);
    expect(
      datesIn('Gunmen attacked the post on 3 March 1991', 0, null, undefined, res.words).map((d) => d.iso),
    ).toEqual(['1991-03-03']);
  });
});

describe('datelines with dates', () => {
  it('reads day-first and month-first dateline dates, resolving a year-less one against publication', () => {
    const a = findDateline(res.words, 'OLDTOWN, 22 March 2016 — Something happened.', null)!;
    expect(a.date).toBe('2016-03-22');
    const b = findDateline(
      res.words,
      'OLDTOWN, Jan. 8 (Wire) - Something happened.',
      new Date(Date.UTC(2015, 0, 9, 12)),
    )!;
    expect(b.date).toBe('2015-01-08');
    expect(findDateline(res.words, 'OLDTOWN, Jan. 8 (Wire) - Something happened.', null)!.date).toBeNull();
  });
});

describe('findIncidents: who did it', () => {
  it('names a perpetrator the authorities blamed, and the intended target of a foiled plot', () => {
    const text = [
      'Two suicide bombers blew themselves up at a checkpoint in Oldtown on Thursday, killing 15 people.',
      'The government blamed the Eastern Front for the attack.',
      'Separately, the Security Bureau said on Friday it had disrupted a plot to assassinate Governor Ana Lopez.',
    ].join(' ');
    const incs = incidentsOf(
      text,
      [
        { type: 'organization', name: 'Eastern Front', kind: 'armed_group' },
        { type: 'organization', name: 'Security Bureau', kind: 'agency' },
        { type: 'person', name: 'Ana Lopez' },
      ],
      '2023-08-11',
    );
    // the plot's day is not in the text: the report's day, marked as such
    expect(incs.map((i) => [i.kind, i.place, i.date, i.dateBasis ?? null, i.killed])).toEqual([
      ['bombing', 'Oldtown', '2023-08-10', null, 15],
      ['foiled plot', null, '2023-08-11', 'reported', null],
    ]);
    // "…, killing 15 people": the participle's object is a described victim; "two suicide bombers blew themselves
    // up": the attackers the text describes (attackerDeedVerbs)
    expect(incs[0]!.participants.map((p) => [p.name, p.role])).toEqual([
      ['Eastern Front', 'perpetrator'],
      ['Two suicide bombers', 'perpetrator'],
      ['15 people', 'victim'],
    ]);
    expect(incs[1]!.participants.map((p) => [p.name, p.role]).sort()).toEqual([
      ['Ana Lopez', 'victim'],
      ['Security Bureau', 'responder'],
    ]);
  });

  it('reads militants storming a building as an attack and police storming one as a raid', () => {
    const attack = incidentsOf(
      'Eastern Front militants stormed a hotel in Oldtown on Tuesday.',
      [{ type: 'organization', name: 'Eastern Front', kind: 'armed_group' }],
      '2019-01-16',
    );
    // the group is named and the attackers are described: both are kept
    expect(attack.map((i) => [i.kind, i.participants.map((p) => [p.role, p.name])])).toEqual([
      [
        'attack',
        [
          ['perpetrator', 'Eastern Front'],
          ['perpetrator', 'Eastern Front militants'],
        ],
      ],
    ]);
    const raid = incidentsOf('Police stormed a flat in Northport on Tuesday.', [], '2019-01-16');
    expect(raid.map((i) => [i.kind, i.place])).toEqual([['raid', 'Northport']]);
  });

  it('reads a wire report in capitals: a passive named victim, the group of the described attackers, the one accused', () => {
    const text =
      'OLDTOWN, 4 MAR 91 -- COUNCILLOR JANE ROE WAS SHOT YESTERDAY IN OLDTOWN BY GUERRILLAS OF THE NORTHERN FRONT. ' +
      'THE MAYOR ACCUSED THE RED BRIGADE OF THE ATTACK.';
    const [inc, ...rest] = incidentsOf(text, [
      { type: 'person', name: 'JANE ROE' },
      { type: 'organization', name: 'NORTHERN FRONT', kind: 'armed_group' },
      { type: 'organization', name: 'RED BRIGADE', kind: 'armed_group' },
    ]);
    expect(rest).toHaveLength(0);
    expect(inc!.date).toBe('1991-03-03');
    expect(inc!.participants.map((p) => [p.role, p.name]).sort()).toEqual([
      ['perpetrator', 'GUERRILLAS'],
      ['perpetrator', 'NORTHERN FRONT'],
      ['perpetrator', 'RED BRIGADE'],
      ['victim', 'JANE ROE'],
    ]);
  });

  it('adds a victim named by a passive verb, with no place or date of its own, to the incident reported', () => {
    const text =
      'A gunman opened fire at a bar in Oldtown on Monday, police said. John Doe was shot on Birch Lane and died later.';
    const incs = incidentsOf(
      text,
      [
        { type: 'person', name: 'John Doe' },
        { type: 'place', name: 'Birch Lane' },
      ],
      '2019-01-16',
    );
    expect(incs.map((i) => [i.kind, i.place, i.date, i.participants.map((p) => [p.role, p.name])])).toEqual([
      // "a gunman opened fire": the described attacker (role.active-subject with an attack verb)
      [
        'shooting',
        'Oldtown',
        '2019-01-14',
        [
          ['victim', 'John Doe'],
          ['perpetrator', 'gunman'],
        ],
      ],
    ]);
  });

  it('does not take a name an accusing verb mentions without "of", "for" or "responsible" after it', () => {
    const text = 'Gunmen killed a guard in Oldtown on Monday. The mayor accused the Red Brigade yesterday.';
    const incs = incidentsOf(text, [{ type: 'organization', name: 'Red Brigade', kind: 'armed_group' }], '2019-01-16');
    expect(incs.flatMap((i) => i.participants.map((p) => p.name))).not.toContain('Red Brigade');
  });

  it('"we hold X responsible" blames X: the verb\'s lookahead reads past the name (incidents/accused-before-name)', () => {
    const text = 'Gunmen killed a guard in Oldtown on Monday. "We hold the Red Brigade responsible," the mayor said.';
    const incs = incidentsOf(text, [{ type: 'organization', name: 'Red Brigade', kind: 'armed_group' }], '2019-01-16');
    const perps = incs.flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator').map((p) => p.name));
    expect(perps).toContain('Red Brigade');
  });

  it('"held X for ransom" blames no one: "held" accuses only with "responsible" after the name', () => {
    const text = 'Gunmen kidnapped Ana Lopez in Oldtown on Monday. The gang held Ana Lopez for three days.';
    const incs = incidentsOf(text, [{ type: 'person', name: 'Ana Lopez' }], '2019-01-16');
    const perps = incs.flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator').map((p) => p.name));
    expect(perps).not.toContain('Ana Lopez');
  });

  it('keeps a later siege ended by security forces in the attack it belongs to', () => {
    const text =
      'Gunmen stormed a hotel in Oldtown on Tuesday, killing 21 people. Security forces ended the siege on Wednesday morning.';
    const incs = incidentsOf(text, [], '2019-01-17');
    expect(incs).toHaveLength(1);
    expect(incs[0]!.date).toBe('2019-01-15');
    expect(cue(incs[0]!)).toEqual(['Gunmen', 'stormed', 'siege']);
  });
});

describe('findIncidents: statistics, accidents and dates of proceedings', () => {
  it('ignores statistics and accidental deaths', () => {
    const text =
      'Since January, 120 attacks have been recorded in Oldtown. A cyclist was killed in a road accident in Northport on Monday.';
    expect(incidentsOf(text, [], '2020-05-04')).toEqual([]);
  });

  it('does not date an incident by the day a jury, court or speaker acted', () => {
    const text = 'A jury on Wednesday convicted Ivan Petrov over the bombing in Oldtown.';
    const incs = incidentsOf(text, [{ type: 'person', name: 'Ivan Petrov' }], '2015-04-08');
    expect(incs.map((i) => [i.kind, i.place, i.date])).toEqual([['bombing', 'Oldtown', null]]);
  });
});

describe('findIncidents: trends and industrial accidents', () => {
  it('ignores trend statements, habitual attacks and accidental explosions', () => {
    const text = [
      'Attacks have increased in Oldtown since March, killing more than 1,000 people.',
      'Northport sees regular bombing attacks.',
      'A gas explosion in Eastbay destroyed a block of flats on Monday.',
    ].join(' ');
    expect(incidentsOf(text, [], '2020-05-04')).toEqual([]);
  });
});

describe('findIncidents: dates that belong to something else', () => {
  it('does not take the day of a claim or the dateline as the day of the attack', () => {
    const text =
      'OLDTOWN, 16 July 2016 (Wire) - The Eastern Front on Saturday claimed responsibility for the truck attack in Oldtown that killed 84 people.';
    const incs = incidentsOf(
      text,
      [{ type: 'organization', name: 'Eastern Front', kind: 'armed_group' }],
      '2016-07-16',
    );
    // the attack's day is not in the text: the report's day, marked as such (not the claim's, read as the event's)
    expect(incs.map((i) => [i.kind, i.place, i.date, i.dateBasis, i.killed])).toEqual([
      ['vehicle attack', 'Oldtown', '2016-07-16', 'reported', 84],
    ]);
    // the group is named; the people killed are described, not named
    expect(incs[0]!.participants.map((p) => [p.role, p.name, p.described ?? false])).toEqual([
      ['perpetrator', 'Eastern Front', false],
      ['victim', '84 people', true],
    ]);
  });
});

describe('undated sites of the main incident', () => {
  const sites = [
    { type: 'place' as const, name: 'Harbour Arena', placeKind: 'site' as const, country: 'RU', lat: 50.0, lon: 10.0 },
    { type: 'place' as const, name: 'Mill Lane', placeKind: 'site' as const, country: 'RU', lat: 50.05, lon: 10.03 },
    { type: 'place' as const, name: 'Far Quay', placeKind: 'site' as const, country: 'RU', lat: 52.5, lon: 13.0 },
  ];
  const violent = (xs: IncidentEntity[]) => xs.filter((i) => i.kind !== 'arrest' && i.kind !== 'raid');

  it('merges an undated blast at a nearby site into the dated main incident, with the reason', () => {
    const text =
      'A bomb exploded at the Harbour Arena in Springfield on Friday evening, killing 12 people. ' +
      'Minutes later an explosion tore through a cafe on Mill Lane. ' +
      'The bombing at the arena was the deadliest in years, officials said.';
    const incidents = violent(incidentsOf(text, sites, '2024-05-11'));
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.date).toBe('2024-05-10');
    expect(incidents[0]!.place).toBe('Harbour Arena');
    expect(
      incidents[0]!.merges?.some((m) => m.includes('Mill Lane') && m.includes('a site of the main incident')),
    ).toBe(true);
  });

  it('places an attack at several sites in the town its opening sentence names (rule place/city-over-its-sites)', () => {
    const town = {
      type: 'place' as const,
      name: 'Kessington',
      placeKind: 'city' as const,
      country: 'RU',
      lat: 50.02,
      lon: 10.01,
    };
    const text =
      'Gunmen and bombers struck a concert hall and several bars in Kessington on Friday night, killing 40 people. ' +
      'A suicide bomber blew himself up outside the Harbour Arena. ' +
      'Minutes later gunmen opened fire on diners on Mill Lane.';
    const incidents = violent(incidentsOf(text, [...sites, town], '2024-05-11'));
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.place).toBe('Kessington');
    expect(incidents[0]!.merges?.some((m) => m.includes("the opening sentence's town"))).toBe(true);
    // one site alone is where the attack was
    const single = violent(
      incidentsOf(
        'A bomb exploded outside the Harbour Arena in Kessington on Friday night, killing 12 people. ' +
          'The blast at the arena shattered windows.',
        [...sites, town],
        '2024-05-11',
      ),
    );
    expect(single.map((i) => i.place)).toEqual(['Harbour Arena']);
  });

  it('keeps an undated blast far from the main incident apart', () => {
    const text =
      'A bomb exploded at the Harbour Arena in Springfield on Friday evening, killing 12 people. ' +
      'An explosion also damaged a warehouse on Far Quay. ' +
      'The bombing at the arena was the deadliest in years, officials said.';
    expect(violent(incidentsOf(text, sites, '2024-05-11'))).toHaveLength(2);
  });
});

describe('a retold event with its own attacker and victims (rule incidents/site-with-own-sides)', () => {
  const specs = [
    { type: 'organization' as const, name: 'Daily Lantern', kind: 'media' as const },
    { type: 'person' as const, name: 'Ivan Petrov', forms: ['Petrov'] },
    {
      type: 'place' as const,
      name: 'Corner Market',
      placeKind: 'site' as const,
      country: 'RU',
      lat: 50.01,
      lon: 10.01,
    },
    { type: 'place' as const, name: 'Lakeside', country: 'RU', lat: 50.0, lon: 10.0 },
  ];
  const text =
    'A week after the massacre at the Daily Lantern, a second group has said it ordered the attack. ' +
    'Officials said the claim changed little. ' +
    'Ivan Petrov, who killed a guard and three shoppers at the Corner Market, had sworn loyalty to another movement.';
  it('keeps the retold killing at another site apart from the main incident', () => {
    const { doc, entities } = fixture(
      { text, title: 'Analysis: why a second group wants credit for Lakeside', published: '2024-05-14' },
      [...PLACES, ...specs],
    );
    const incidents = findIncidents(doc, entities);
    const main = incidents.find((i) => i.participants.some((p) => p.name === 'Daily Lantern'));
    expect(main).toBeDefined();
    expect(main!.participants.map((p) => p.name)).not.toContain('Ivan Petrov');
    const other = incidents.find((i) => i !== main && i.participants.some((p) => p.name === 'Ivan Petrov'));
    expect(other?.place).toBe('Corner Market');
  });
  it("still joins a phrase whose attacker is the main incident's", () => {
    const joined =
      'Ivan Petrov attacked the offices of the Daily Lantern in Lakeside on Monday, killing four people. ' +
      'Petrov, who killed a guard at the Corner Market as he fled, was arrested later.';
    const incidents = incidentsOf(joined, specs, '2024-05-14').filter((i) => i.kind !== 'arrest' && i.kind !== 'raid');
    expect(incidents).toHaveLength(1);
  });
});

describe('a violent act done by the police (rule incidents/done-by-responders)', () => {
  const specs = [
    { type: 'person' as const, name: 'Ivan Petrov', forms: ['Petrov'] },
    { type: 'place' as const, name: 'Lakeside', country: 'RU', lat: 50.0, lon: 10.0 },
    { type: 'place' as const, name: 'Hilltown', country: 'RU', lat: 45.0, lon: 9.0 },
  ];
  it('marks a suspect shot dead by police as their act, and the attack he was wanted for as not', () => {
    const text =
      'Ivan Petrov, the man wanted over the truck attack on a market in Lakeside, was shot dead by police in Hilltown early on Friday. ' +
      'The attack on Monday killed 12 people.';
    const incidents = incidentsOf(text, specs, '2024-05-17');
    const shooting = incidents.find((i) => i.place === 'Hilltown');
    expect(shooting?.byResponders).toBe(true);
    expect(incidents.filter((i) => i !== shooting).every((i) => !i.byResponders)).toBe(true);
  });
  it('does not mark a shooting whose gunman is no state force', () => {
    const text = 'A gunman shot dead a shopkeeper in Hilltown early on Friday, police said.';
    expect(incidentsOf(text, specs, '2024-05-17').some((i) => i.byResponders)).toBe(false);
  });
});

describe('a reference with a month of its own (rule definite-reference/own-period)', () => {
  const lede = 'A man was shot dead outside a bar in Oldtown on Saturday night, police said. ';
  const words = (i: IncidentEntity) => i.mentions.map((m) => m.text);
  it('does not take "the attack in March" in a June story for the story\'s shooting', () => {
    const text = lede + 'The attack in March, which injured two people, has not been solved.';
    const main = incidentsOf(text, [], '2024-06-10').find((i) => i.kind === 'shooting');
    expect(main).toBeDefined();
    expect(words(main!)).not.toContain('attack');
  });
  it('still joins a bare "the attack", or one of the story\'s month, to the story\'s shooting', () => {
    for (const ref of ['The attack', 'The attack in June']) {
      const text = lede + `${ref}, which injured two people, has not been solved.`;
      const main = incidentsOf(text, [], '2024-06-10').find((i) => i.kind === 'shooting');
      expect(words(main!)).toContain('attack');
    }
  });
});

describe('undated unplaced phrases of the main incident', () => {
  const violent = (xs: IncidentEntity[]) => xs.filter((i) => i.kind !== 'arrest' && i.kind !== 'raid');
  it('joins an unplaced undated killing to the dated main shooting when it names nobody else', () => {
    const text =
      'A teenager was shot dead in Oldtown on Saturday evening. ' +
      'Officers found shell casings near a parked car. ' +
      'Detectives said a murder had been committed and asked witnesses to come forward.';
    const incidents = violent(incidentsOf(text, [], '2024-06-02'));
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.date).toBe('2024-06-01');
  });
});
