// The title is part of the text (issue #10): the headline's names and incident phrases, with offsets into the title,
// the text's own offsets untouched. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { caseTellsNothing, foldHeadline, headlineOf, readAsSentence } from '../../src/extract/headline-text.js';
import type { Entity, IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const PUBLISHED = '2016-05-02';
const run = (text: string, title?: string) =>
  extract({ text, published: PUBLISHED, ...(title !== undefined ? { title } : {}) }, res);
const incidents = (es: Entity[]) => es.filter((e): e is IncidentEntity => e.type === 'incident');
const withoutTitle = (e: Entity) => {
  const { titleMentions: _t, ...rest } = e;
  return { key: rest.key, type: rest.type, name: rest.name, mentions: rest.mentions };
};

describe('the headline of a title', () => {
  it('cuts the page furniture after " - " or " | "', () => {
    expect(headlineOf('2-year-old boy shot - Live5News.com | Charleston, SC')).toBe('2-year-old boy shot');
    expect(headlineOf(undefined)).toBe('');
  });

  it('tells Title Case and capitals from a headline written as a sentence', () => {
    expect(caseTellsNothing('Teen Injured In Hunting Accident Near Riverton')).toBe(true);
    expect(caseTellsNothing('GUNMAN KILLS 3')).toBe(true);
    expect(caseTellsNothing('Teen injured in hunting accident near Riverton')).toBe(false);
  });

  it('folds a headline to lower case but for the names kept and its first letter, same length', () => {
    const h = 'Gunman Kills 3 At Riverton Mall';
    const folded = foldHeadline(h, [{ start: 18, end: 26 }]);
    expect(folded).toBe('Gunman kills 3 at Riverton mall');
    expect(folded.length).toBe(h.length);
  });
});

describe('a headline read as a sentence (rule headline/reads-as-a-sentence)', () => {
  const words = {
    pastOf: new Map(res.words.list('news.headlinePastTense').map((x) => x.split('=') as [string, string])),
    participles: res.words.set('news.headlineParticiples'),
    notBeforePassive: res.words.set('news.headlineNotBeforePassive'),
    irregularPlurals: res.words.set('news.headlineIrregularPlurals'),
  };

  it('writes the past for the present, and the "was" or "were" of a bare passive, once for a chain', () => {
    expect(readAsSentence('Gunman Kills 3 At Riverton Mall', [{ start: 18, end: 26 }], words).text).toBe(
      'Gunman killed 3 at Riverton mall',
    );
    expect(readAsSentence('Man shot dead outside bar', [], words).text).toBe('Man was shot dead outside bar');
    expect(readAsSentence('Four people found shot to death', [], words).text).toBe(
      'Four people were found shot to death',
    );
    expect(readAsSentence('Two students killed in crash', [], words).text).toBe('Two students were killed in crash');
    expect(readAsSentence('Boy who shot himself dies', [], words).text).toBe('Boy who shot himself died');
  });

  it('reads a coordinated subject as plural (headline/coordinated-subject-is-plural)', () => {
    expect(readAsSentence('Forces end sieges; gunmen and supermarket attacker killed', [], words).text).toBe(
      'Forces end sieges; gunmen and supermarket attacker were killed',
    );
    // the names the text confirms keep their case
    expect(
      readAsSentence(
        'Said and Cherif Kouachi killed',
        [
          { start: 0, end: 4 },
          { start: 9, end: 23 },
        ],
        words,
      ).text,
    ).toBe('Said and Cherif Kouachi were killed');
    // a verb before "and": the last noun alone is the subject
    expect(readAsSentence('Gunman stabs guard and woman injured', [], words).text).toBe(
      'Gunman stabbed guard and woman was injured',
    );
  });

  it("counts a headline's coordinated named victims as a list, a coordinated pair with a plural as none", () => {
    const killedOf = (title: string) =>
      incidents(run('LEEDS - Shots were fired at a house in Leeds on Saturday night, police said.', title).entities)[0]
        ?.killed;
    expect(killedOf('Jane Doe and John Roe shot dead in Leeds')).toBe(2);
    expect(killedOf('Gunmen and attacker killed in Leeds')).toBeNull();
  });

  it('maps a span of the sentence back to the headline', () => {
    const h = 'Man shot dead outside bar';
    const r = readAsSentence(h, [], words);
    const at = r.text.indexOf('was shot dead');
    expect(h.slice(r.toHeadline(at, false), r.toHeadline(at + 'was shot dead'.length, true))).toBe('shot dead');
    const k = readAsSentence('Gunman Kills 3', [], words);
    expect(k.toHeadline(7, false)).toBe(7);
    expect(k.toHeadline(7 + 'killed'.length, true)).toBe(12);
    expect(k.fromHeadline(13)).toBe(14);
  });
});

describe('entities the headline names (rule headline/names-the-text-confirms)', () => {
  const text =
    'Police in Riverton said a man opened fire at a shopping centre on Sunday afternoon. ' +
    'Officers arrested John Smith, 24, at the scene.';

  it('gives the entities the text names their mentions in the title, as offsets into the title', () => {
    const title = 'Smith Held After Riverton Mall Shooting - WXYZ News | Riverton';
    const r = run(text, title);
    const smith = r.entities.find((e) => e.name === 'John Smith')!;
    expect(smith.titleMentions).toEqual([{ field: 'title', start: 0, end: 5, text: 'Smith' }]);
    const riverton = r.entities.find((e) => e.name === 'Riverton')!;
    // once: the furniture's "Riverton" is the outlet's city, no part of the headline
    expect(riverton.titleMentions?.map((m) => [m.start, m.text])).toEqual([[17, 'Riverton']]);
    for (const e of r.entities) for (const m of e.titleMentions ?? []) expect(title.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds the names of a headline in capitals, whatever the case of the text', () => {
    const title = 'SMITH HELD AFTER RIVERTON MALL SHOOTING';
    const r = run(text, title);
    const named = r.entities.filter((e) => e.type !== 'incident' && e.titleMentions?.length);
    expect(named.map((e) => [e.name, e.titleMentions!.map((m) => m.text)]).sort()).toEqual([
      ['John Smith', ['SMITH']],
      ['Riverton', ['RIVERTON']],
    ]);
  });

  it('makes no entity of a capitalised word of a Title Case headline, and leaves the text offsets as they were', () => {
    const plain = run(text);
    const titled = run(text, 'Gunman Kills Three At Riverton Mall, Suspect Held By Detectives');
    expect(titled.entities.filter((e) => e.type !== 'incident').map(withoutTitle)).toEqual(
      plain.entities.filter((e) => e.type !== 'incident').map(withoutTitle),
    );
    expect(titled.sentences).toEqual(plain.sentences);
  });
});

describe('incident phrases of the headline (rule headline/main-event-phrases)', () => {
  it("joins the headline's phrase to the article's incident and takes the toll only the headline gives", () => {
    const text =
      'Police in Riverton said a man opened fire at a shopping centre on Sunday afternoon. ' +
      'Officers arrested John Smith, 24, at the scene.';
    expect(incidents(run(text).entities)[0]!.killed).toBeNull();
    const inc = incidents(run(text, 'Gunman kills 3 at Riverton mall').entities)[0]!;
    expect(inc.kind).toBe('shooting');
    expect(inc.killed).toBe(3);
    expect(inc.titleMentions?.map((m) => m.text)).toContain('Gunman');
    expect(inc.merges?.join(' ')).toMatch(/the title's toll/);
  });

  it('makes the incident told only in the headline the article’s incident, placed where the headline says', () => {
    const text =
      'Detectives in Riverton are asking neighbours for video from Sunday evening. ' +
      'Anyone with information should call the department.';
    expect(incidents(run(text).entities)).toEqual([]);
    const incs = incidents(run(text, 'Man shot dead in Riverton on his doorstep').entities);
    expect(incs).toHaveLength(1);
    expect(incs[0]!.kind).toBe('shooting');
    expect(incs[0]!.place).toBe('Riverton');
    expect(incs[0]!.mentions).toEqual([]);
    expect(incs[0]!.titleMentions?.map((m) => m.text)).toEqual(['shot dead']);
    expect(incs[0]!.merges?.join(' ')).toMatch(/told only in the title/);
  });

  it('reads the toll of victims found shot dead, in the headline as in the text', () => {
    const text =
      'Police in Riverton said the bodies were discovered on Sunday morning. Detectives have made no arrests.';
    expect(incidents(run(text, 'Four Found Shot Dead In Riverton Home').entities)[0]?.killed).toBe(4);
    expect(
      incidents(run('Four people were found shot to death in a Riverton home on Sunday, police said.').entities)[0]
        ?.killed,
    ).toBe(4);
  });

  it('joins the incident the text tells as news, not one it refers back to', () => {
    const text =
      'A man drove a heavy truck into a crowd on the Riverton seafront on Sunday night, police said. ' +
      'Officials drew comparisons with the 2015 attacks in Paris.';
    const incs = incidents(run(text, 'Truck kills 84 on Riverton seafront').entities);
    const news = incs.find((i) => !i.reference)!;
    expect(news.titleMentions?.map((m) => m.text)).toEqual(['kills']);
    expect(news.killed).toBe(84);
    expect(incs.filter((i) => i.reference).every((i) => !i.titleMentions)).toBe(true);
  });

  it('adds no incident from a headline that points back to an earlier event', () => {
    const text = 'Detectives in Riverton are asking neighbours for video. Anyone with information should call.';
    expect(incidents(run(text, 'Trial opens over Riverton shooting').entities)).toEqual([]);
  });
});
