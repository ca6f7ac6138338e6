// One assault told in stages: a bomb at the gate and gunmen storming in, or kidnappers firing as they seize people, is
// one incident; the band that did it, named again as "the attackers", is that incident's, not a new event at the
// dateline's city.
import { describe, expect, it } from 'vitest';
import { incidentsOf } from '../helpers/incidents.js';

const violent = (text: string) =>
  incidentsOf('2024-05-11', text).filter((i) => !i.reference && i.kind !== 'arrest' && i.kind !== 'raid');

describe('one assault told in stages (sameEvent.inArticle.inSentence)', () => {
  it('a car bomb at the gate and gunmen storming a hotel in one sentence are one incident', () => {
    const found = violent(
      'Militants storm hotel in Nairobi, killing six\n\n' +
        "NAIROBI, May 10 - Gunmen from a militant group stormed a hotel near the parliament in Kenya's capital on " +
        'Friday night, setting off a car bomb at its gate before forcing their way in, police said on Saturday.',
    );
    expect(found).toHaveLength(1);
  });

  it('kidnappers who fire shots while seizing villagers commit one abduction', () => {
    const found = violent(
      'KANO, May 10 - Bandits opened fire on a bus and abducted 18 of its passengers near the village of ' +
        'Dutsen Wai on Thursday night, residents said.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('abduction');
  });

  it('a lorry hijacked and driven into a crowd is one vehicle attack (ontology sameEvent.inArticle.holds)', () => {
    const found = violent(
      'Police are still hunting the man behind the attack on Sunday, in which a hijacked lorry was driven into a ' +
        'crowded street market in Lyon, killing five people.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('vehicle attack');
  });

  it('a bombing and a shooting told in sentences of their own, in two towns, stay two incidents', () => {
    const found = violent(
      'A bomb exploded at a market in Peshawar on Monday, killing four people. ' +
        'In Quetta, gunmen shot dead two policemen on Tuesday.',
    );
    expect(found).toHaveLength(2);
  });
});

describe('the band that did it, named again in the plural', () => {
  it('"the attackers" and "the kidnappers" join the abduction the lede places, not the dateline city', () => {
    const found = violent(
      'SOKOTO, Nigeria, May 10 - Armed men abducted 25 students from a school in the village of Gidan Bakuso ' +
        'on Thursday, officials said. The attackers arrived on motorcycles at dawn. ' +
        'The state governor said troops were searching the bush for the kidnappers.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('abduction');
  });
});
