// In sentences in capitals a name is told by what the article says elsewhere: the initials a bracketed acronym spells
// (rule entities/caps-acronym-in-brackets) and the same name read elsewhere in the article (rule
// entities/caps-name-written-again). Texts written for these tests; the names are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res, withoutRules } from '../helpers/resources.js';

const entities = (text: string, r = res) => extract({ text }, r).entities.filter((e) => e.type !== 'incident');
/** the entity with a mention written `name` */
const mentioned = (text: string, name: string, r = res) =>
  entities(text, r).find((e) => e.mentions.some((m) => m.text === name));

describe('entities/caps-acronym-in-brackets', () => {
  const text =
    'THE NORTHERN FISHERIES PROTECTION AUTHORITY (NFPA) SEIZED TWO TRAWLERS OFF THE COAST ON MONDAY, ' +
    'A SPOKESMAN SAID.\nTHE NFPA SAID THE CREWS WOULD BE RELEASED.';

  it('reads the words whose initials the acronym spells, small words of names aside, as one body', () => {
    const body = mentioned(text, 'NORTHERN FISHERIES PROTECTION AUTHORITY');
    expect(body?.type).toBe('organization');
    // shown as a name is written, the acronym the same body
    expect(body?.name).toBe('Northern Fisheries Protection Authority');
    expect(body?.mentions.map((m) => m.text)).toEqual(['NORTHERN FISHERIES PROTECTION AUTHORITY', 'NFPA', 'NFPA']);
  });

  it('switched off, the run of words is no such body', () => {
    // caps-body-name-before-acronym reads such a name too (it takes initials in any order), so both are off
    const off = withoutRules('entities/caps-acronym-in-brackets', 'entities/caps-body-name-before-acronym');
    expect(mentioned(text, 'NORTHERN FISHERIES PROTECTION AUTHORITY', off)).toBeUndefined();
  });

  it('takes no run of ordinary words whose initials miss a letter', () => {
    const loose = 'PRICES ROSE SHARPLY ON THE MARKET (PRSX) ON MONDAY, TRADERS SAID.';
    expect(mentioned(loose, 'PRICES ROSE SHARPLY ON THE MARKET')).toBeUndefined();
  });
});

describe('entities/caps-name-written-again', () => {
  const text =
    'Fighting broke out near Tavrino on Sunday, villagers said.\n' +
    'THE ARMY SAID IT HELD TAVRINO BY NIGHTFALL AND WOULD PUSH ON TO THE RIVER.';
  const town = (r = res) => mentioned(text, 'Tavrino', r);

  it('finds in a sentence in capitals a name the article reads in mixed case', () => {
    expect(town()?.type).toBe('place');
    expect(town()?.mentions.map((m) => m.text)).toEqual(['Tavrino', 'TAVRINO']);
  });

  it('switched off, the name in capitals stays unread', () => {
    expect(town(withoutRules('entities/caps-name-written-again'))?.mentions.map((m) => m.text)).toEqual(['Tavrino']);
  });

  it('adds no mention of a name before a word names write capitalised ("THE ATLANTA GAMES")', () => {
    const games = 'Crowds filled Tavrino on Sunday.\nTHE TAVRINO GAMES OPENED ON MONDAY WITH A PARADE OF ATHLETES.';
    expect(mentioned(games, 'Tavrino')?.mentions.map((m) => m.text)).toEqual(['Tavrino']);
  });

  it('adds none in a headline in capitals over a cased body', () => {
    const headed = 'ARMY HOLDS TAVRINO AFTER CLASHES\nFighting broke out near Tavrino on Sunday, villagers said.';
    const mentions = mentioned(headed, 'Tavrino')?.mentions.map((m) => m.text) ?? [];
    const off = mentioned(headed, 'Tavrino', withoutRules('entities/caps-name-written-again'));
    expect(mentions).toEqual(off?.mentions.map((m) => m.text) ?? []);
  });
});
