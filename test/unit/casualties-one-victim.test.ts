// Casualty rules that count one victim described in the singular ("a 9-year-old girl was fatally shot", "he died at the
// hospital", "the killing of Jane Roe"), the incidents named as fatal, and a count in a sentence that names no incident.
import { describe, expect, it } from 'vitest';
import { casualtiesIn, type TextSpan } from '../../src/extract/casualties.js';
import { run } from '../helpers/extracted-places.js';
import { res } from '../helpers/resources.js';

const counts = (s: string, people: readonly TextSpan[] = []) =>
  casualtiesIn(res.incidents.casualties, s, 0, undefined, people).map((c) => [c.what, c.count, c.rank]);
/** the spans of the given names in `s` */
const spans = (s: string, ...names: string[]) =>
  names.map((n) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length })).sort((a, b) => a.start - b.start);

describe('one victim in the singular', () => {
  it('"fatally shot" after a singular auxiliary is one killed', () => {
    expect(counts('A 9-year-old girl was fatally shot outside her school.')).toEqual([['killed', 1, 1]]);
    expect(counts('Officials say a cashier has been fatally shot during a robbery.')).toEqual([['killed', 1, 1]]);
  });

  it('"pronounced dead" after a singular auxiliary is one killed', () => {
    expect(counts('The driver was pronounced dead at the scene by paramedics.')).toEqual([['killed', 1, 1]]);
  });

  it('a verb of killing before one person with an age or a possessive is one', () => {
    expect(counts('Investigators say the suspect shot and killed a 19-year-old clerk.')).toEqual([['killed', 1, 1]]);
    expect(counts('The farmer fatally shot his neighbour after an argument.')).toEqual([['killed', 1, 1]]);
    expect(counts('The minister, who had just left the national stadium, spoke to reporters.')).toEqual([]);
  });

  it('a singular subject of "died" is one killed; a plural one is not', () => {
    expect(counts('She was flown to a trauma centre, where she died two hours later.')).toEqual([['killed', 1, 1]]);
    expect(counts('A 6-year-old boy died Tuesday after finding a loaded pistol.')).toEqual([['killed', 1, 1]]);
    expect(counts('The hikers died of exposure on the ridge.')).toEqual([]);
  });

  it('a verb of dying in the singular is one killed, never after "no one"', () => {
    expect(counts('The teenager who was hit in the crossfire has died, police said.')).toEqual([['killed', 1, 1]]);
    expect(counts('Man, 40, dies after shooting at gas station')).toEqual([['killed', 1, 1]]);
    expect(counts('Police said no one has died in the blaze.')).toEqual([]);
  });

  it('a noun of one death before one person is one killed', () => {
    expect(counts('A neighbour was charged in the shooting death of a 71-year-old widow.')).toEqual([['killed', 1, 1]]);
  });

  it('"one" before a singular noun of a person is a count', () => {
    expect(counts('One officer died and two bystanders were wounded.')).toEqual([
      ['killed', 1, 1],
      ['injured', 2, 1],
    ]);
    expect(counts('Four people were taken to a local hospital with cuts.')).toEqual([['injured', 4, 1]]);
  });
});

describe('named victims', () => {
  it('a verb or noun of killing before names counts the names, titles and ages between', () => {
    const s = 'Gunmen killed 52-year-old Rosa Quintana and Tomas Ibarra at a roadblock.';
    expect(counts(s, spans(s, 'Rosa Quintana', 'Tomas Ibarra'))).toEqual([['killed', 2, 1]]);
    const t = 'The party condemned the assassination of former senator Luis Abad.';
    expect(counts(t, spans(t, 'Luis Abad'))).toEqual([['killed', 1, 1]]);
    // a name after "killed by" is the killer
    const u = 'Three were killed by Pedro Salas on Monday.';
    expect(counts(u, spans(u, 'Pedro Salas'))).toEqual([['killed', 3, 1]]);
  });

  it('a noun of one death after a name in the possessive is one killed (casualty/named-possessive-death)', () => {
    const s = 'Protests spread after Ana Velez’s murder in the port city.';
    expect(counts(s, spans(s, 'Ana Velez'))).toEqual([['killed', 1, 1]]);
    const t = "THE STRIKE BEGAN AFTER JUDGE TOMAS RUIZ'S ASSASSINATION LAST WEEK.";
    expect(counts(t, spans(t, 'TOMAS RUIZ'))).toEqual([['killed', 1, 1]]);
    // the possessor of "killing of …" did it; a name not in the possessive is no victim
    const u = "Critics condemned Colonel Ruiz's killing of the prisoners.";
    expect(counts(u, spans(u, 'Colonel Ruiz'))).toEqual([]);
    const v = 'Ana Velez spoke about the murder at a rally.';
    expect(counts(v, spans(v, 'Ana Velez'))).toEqual([]);
  });

  it('a person named as the subject of "died" is one killed', () => {
    const s = 'Marta Vidal, 34, died at the scene.';
    expect(counts(s, spans(s, 'Marta Vidal'))).toEqual([['killed', 1, 1]]);
    const t = 'Police named the victim as Karl Oster, who died the next morning.';
    expect(counts(t, spans(t, 'Karl Oster'))).toEqual([['killed', 1, 1]]);
  });
});

describe('fatal incidents and counts outside the incident sentence', () => {
  it('a "fatal shooting" is one killed at least, a floor (rank 0)', () => {
    expect(counts('Detectives are investigating a fatal shooting near the stadium.')).toEqual([['killed', 1, 0]]);
  });

  it("a death told in a sentence that names no incident is the main incident's when it has no count", () => {
    const inc = run({
      text: 'A man opened fire at a bar in Tulsa on Saturday. The bartender was taken to a hospital. He died there on Sunday morning.',
    }).filter((e) => e.type === 'incident');
    expect(inc.map((e) => e.killed)).toEqual([1]);
    // a count of its own outranks it
    const own = run({
      text: 'A gunman killed three people at a bar in Tulsa on Saturday. Four people died in crashes on the highway.',
    }).filter((e) => e.type === 'incident');
    expect(own.map((e) => e.killed)).toEqual([3]);
    // a sentence set in another year tells of other deaths
    const other = run({
      text: 'A man was shot at a park in Tulsa on Saturday. In 2014, 11 people died in shootings in the city.',
    }).filter((e) => e.type === 'incident');
    expect(other.map((e) => e.killed ?? null)).toEqual([null]);
    // with two incidents of harm the sentence could be about either
    const two = run({
      text: 'A man opened fire at a bar in Tulsa on Saturday. A bomb exploded at a market in Dallas on Sunday. He died there on Monday.',
    }).filter((e) => e.type === 'incident');
    expect(two.map((e) => e.killed ?? null)).toEqual([null, null]);
  });
});

describe('lists, ages, negations and tallies', () => {
  it('a verb of killing before victims listed one by one counts them, possessives included', () => {
    expect(counts('Police say he shot and killed his wife and her teenage son.')).toEqual([['killed', 2, 1]]);
    expect(counts('The gunman killed two guards and a cook before fleeing.')).toEqual([['killed', 3, 1]]);
    expect(counts('A woman and her 9-year-old daughter were found dead in the flat.')).toEqual([['killed', 2, 1]]);
  });

  it('a list of counted victims before the verb counts them all, not its last item (casualty/list-covers-its-item)', () => {
    expect(counts('Four soldiers and two civilians were killed.')).toEqual([['killed', 6, 1]]);
    expect(counts('Three guards, a driver and two passers-by were wounded in the blast.')).toEqual([['injured', 6, 1]]);
  });

  it('a noun of death before "of the" and a count counts them (casualty/death-of-n)', () => {
    expect(counts('The bishop demanded justice for the killing of the four aid workers.')).toEqual([['killed', 4, 1]]);
    expect(counts('The murder of the 12 miners shocked the valley.')).toEqual([['killed', 12, 1]]);
  });

  it('an aside of how many of them, between a count and its verb, keeps the count', () => {
    expect(counts('Five engineers, three of them foreigners, were killed at the dam.')).toEqual([['killed', 5, 1]]);
    expect(counts('Seven guards, two of whom had just arrived, were wounded.')).toEqual([['injured', 7, 1]]);
  });

  it('"assassinated", "gunned down" and "slain" after a count are deaths', () => {
    expect(counts('Two mayors were assassinated in the province last month.')).toEqual([['killed', 2, 1]]);
    expect(counts('Three farmers were gunned down near the river.')).toEqual([['killed', 3, 1]]);
    expect(counts('Four guards were slain at the gate.')).toEqual([['killed', 4, 1]]);
  });

  it('an age is no count', () => {
    expect(counts('Two 12 year-old boys were killed when the rifle fired.')).toEqual([['killed', 2, 1]]);
  });

  it('"no one else was hurt" counts nobody', () => {
    expect(counts('No one else was injured when the rifle went off.')).toEqual([]);
  });

  it('deaths in separate incidents are a tally, not one toll', () => {
    expect(counts('Three men died in separate shootings across the county overnight.')).toEqual([]);
  });
});

describe('a killer who died too (rule casualty/killer-also-self)', () => {
  it("a count of those killed that goes on with the killer's own death is one death more", () => {
    expect(counts('A Bedford mother killed 2 children, herself, the attorney general said.')).toEqual([
      ['killed', 3, 1],
    ]);
    expect(counts('A gunman killed five people and then killed himself.')).toEqual([['killed', 6, 1]]);
    expect(counts('He fatally shot his wife before taking his own life.')).toEqual([['killed', 2, 1]]);
  });

  it('a killer who then shot himself or turned the gun on himself is one more dead', () => {
    expect(counts('He shot and killed his wife and two daughters before turning the gun on himself.')).toEqual([
      ['killed', 4, 1],
    ]);
    expect(counts('The boy killed his 6-year-old brother and then shot himself, the sheriff said.')).toEqual([
      ['killed', 2, 1],
    ]);
  });

  it('a count of the dead already holds the killer; a killer only wounded, or one who shot no one else, adds no one', () => {
    expect(counts('Three dead in a murder-suicide at a home in Wisconsin Rapids.')).toEqual([['killed', 3, 1]]);
    expect(counts('The gunman killed two people and wounded himself.')).toEqual([['killed', 2, 1]]);
    expect(counts('The boy accidentally shot himself in the leg.')).toEqual([]);
  });
});

describe('one hurt and alive', () => {
  it('a singular verb before a condition is one injured', () => {
    expect(counts('The cashier is in stable condition at a local hospital.')).toEqual([['injured', 1, 1]]);
    expect(counts('Her brother was treated and released the same night.')).toEqual([['injured', 1, 1]]);
    expect(counts('Nobody else is in serious condition.')).toEqual([]);
  });

  it('one person with injuries that do not threaten life is one injured', () => {
    expect(counts('A 5-year-old girl suffered non-life-threatening injuries to her arm.')).toEqual([['injured', 1, 1]]);
  });
});
