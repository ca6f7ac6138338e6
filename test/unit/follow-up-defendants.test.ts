// Whom a trial or sentencing is of (src/ingest/follow-ups.ts defendantsOf): the people the lede says were tried,
// convicted, sentenced or pleaded, with the words that say so. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { defendantsOf, loadDefendantCues } from '../../src/ingest/follow-ups.js';
import type { ArticleWrite } from '../../src/graph/rows.js';
import { ALL_RULES_ON, type RuleSwitches } from '../../src/rules/index.js';
import { listRules } from '../../src/extract/rules/index.js';

const cues = loadDefendantCues();

/** an article of the given sentences naming the given people (every occurrence of each name is a mention) */
function article(texts: string[], people: string[]): Pick<ArticleWrite, 'sentences' | 'sentenceMentions' | 'entities'> {
  let at = 0;
  const sentences = texts.map((text, index) => {
    const s = { id: `a:${index}`, index, start: at, end: at + text.length, text, textHash: String(index) };
    at += text.length + 1;
    return s;
  });
  const key = (name: string) => `person:${name.toLowerCase()}`;
  return {
    sentences,
    sentenceMentions: sentences.flatMap((s) =>
      people.flatMap((name) =>
        [...s.text.matchAll(new RegExp(name, 'g'))].map((m) => ({
          sentenceId: s.id,
          key: key(name),
          start: s.start + m.index,
          end: s.start + m.index + name.length,
          text: name,
        })),
      ),
    ),
    entities: {
      person: people.map((name) => ({ type: 'person' as const, key: key(name), name, aliases: [] })),
      organization: [],
      place: [],
      incident: [],
    },
  };
}

/** the names found as defendants, and the text of their evidence spans */
function found(
  kind: string,
  texts: string[],
  people: string[],
  switches: RuleSwitches = ALL_RULES_ON,
): Array<[string, string[]]> {
  const w = article(texts, people);
  const text = w.sentences.map((s) => s.text).join(' ');
  return defendantsOf(cues, kind, w, switches).map((d) => {
    const spans: string[] = [];
    for (let i = 0; i + 1 < d.evidence.length; i += 2) spans.push(text.slice(d.evidence[i], d.evidence[i + 1]));
    return [text.slice(d.start, d.end), spans];
  });
}

describe('defendants of a trial or sentencing', () => {
  it('takes the subject of the verdict, across an apposition closed by a comma (defendant/name-then-verdict)', () => {
    expect(
      found(
        'sentencing',
        ['Dara Quinn, 31, a courier from Hull, was sentenced on Monday to 12 years.'],
        ['Dara Quinn'],
      ),
    ).toEqual([['Dara Quinn', ['Dara Quinn', ', 31, a courier from Hull, was sentenced']]]);
    expect(found('trial', ['Ivo Brandt has pleaded guilty to two counts.'], ['Ivo Brandt'])).toHaveLength(1);
    // the names are the apposition: the comma after them closes it
    expect(
      found('trial', ['Two brothers, Lena Park and Tom Reed, were convicted of arson.'], ['Lena Park', 'Tom Reed']).map(
        (d) => d[0],
      ),
    ).toEqual(['Lena Park', 'Tom Reed']);
  });

  it('takes the object of the verdict verb, and "found X guilty" (defendant/verdict-then-name)', () => {
    expect(found('trial', ['A jury in Bristol convicted Piet Vos of murder.'], ['Piet Vos'])).toEqual([
      ['Piet Vos', ['Piet Vos', 'convicted ']],
    ]);
    expect(found('trial', ['The court found Omar Said guilty of arson.'], ['Omar Said'])).toEqual([
      ['Omar Said', ['Omar Said', 'found ', ' guilty']],
    ]);
  });

  it('gives the names of a list the verdict of the list (defendant/list-shares-verdict)', () => {
    expect(
      found('trial', ['Lena Park and Tom Reed were found guilty of arson.'], ['Lena Park', 'Tom Reed']).map(
        (d) => d[0],
      ),
    ).toEqual(['Lena Park', 'Tom Reed']);
    expect(
      found(
        'trial',
        ['A jury convicted Anouk Smit, Piet Vos and Ivo Brandt.'],
        ['Anouk Smit', 'Piet Vos', 'Ivo Brandt'],
      ).map((d) => d[0]),
    ).toEqual(['Anouk Smit', 'Piet Vos', 'Ivo Brandt']);
  });

  it('has its rules in the registry, each switched off by its id', () => {
    const ids = listRules().map((r) => r.id);
    for (const id of ['defendant/name-then-verdict', 'defendant/verdict-then-name', 'defendant/list-shares-verdict'])
      expect(ids).toContain(id);
    const off = (id: string): RuleSwitches => ({ disabled: new Set([id]) });
    const list = ['Lena Park and Tom Reed were found guilty of arson.'];
    expect(
      found('trial', list, ['Lena Park', 'Tom Reed'], off('defendant/list-shares-verdict')).map((d) => d[0]),
    ).toEqual(['Tom Reed']);
    expect(found('trial', list, ['Lena Park', 'Tom Reed'], off('defendant/name-then-verdict'))).toEqual([]);
    expect(found('trial', ['The judge jailed Tom Reed.'], ['Tom Reed'], off('defendant/verdict-then-name'))).toEqual(
      [],
    );
    expect(found('trial', ['The judge jailed Tom Reed.'], ['Tom Reed'])).toHaveLength(1);
  });

  it('keeps the rules that read each defendant, for the reason its participant link shows', () => {
    const w = article(['Lena Park and Tom Reed were found guilty of arson.'], ['Lena Park', 'Tom Reed']);
    expect(defendantsOf(cues, 'trial', w).map((d) => d.rules)).toEqual([
      ['defendant/name-then-verdict', 'defendant/list-shares-verdict'],
      ['defendant/name-then-verdict'],
    ]);
    const object = article(['The judge jailed Tom Reed.'], ['Tom Reed']);
    expect(defendantsOf(cues, 'trial', object).map((d) => d.rules)).toEqual([['defendant/verdict-then-name']]);
    for (const id of ['defendant/name-then-verdict', 'defendant/verdict-then-name', 'defendant/list-shares-verdict'])
      expect(listRules().find((r) => r.id === id)?.why, id).toBeTruthy();
  });

  it('leaves out people the verdict words are not about', () => {
    // a clause about someone else inside an apposition that is not closed before the verdict
    expect(
      found('sentencing', ['Judge Ann Bell, whose son was jailed in 2019, spoke for an hour.'], ['Ann Bell']),
    ).toEqual([]);
    expect(found('trial', ['Dara Quinn said the trial had been unfair to the family.'], ['Dara Quinn'])).toEqual([]);
    // a name next to a defendant but not listed with him
    expect(
      found('trial', ['Prosecutor Ann Bell said Tom Reed was convicted of murder.'], ['Ann Bell', 'Tom Reed']).map(
        (d) => d[0],
      ),
    ).toEqual(['Tom Reed']);
  });

  it('reads only the lede, and only for a trial or a sentencing', () => {
    const later = ['The hearing opened.', 'It lasted a week.', 'Lawyers spoke.', 'Tom Reed was convicted.'];
    expect(found('trial', later, ['Tom Reed'])).toEqual([]);
    expect(found('anniversary', ['Tom Reed was jailed for the attack.'], ['Tom Reed'])).toEqual([]);
  });
});
