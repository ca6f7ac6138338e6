// Names that carry a lower-case word inside them, and a lower-case word that only stands before a name: rules
// entities/particle-opens-surname, entities/arabic-article-continues-place and entities/street-name (src/extract/
// entity-rules.ts). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';
import type { Entity } from '../../src/extract/types.js';

const run = (text: string) => extract({ text }, res).entities;
const mentionTexts = (es: Entity[], type: string) =>
  es.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.text));
const names = (es: Entity[], type: string) => es.filter((e) => e.type === type).map((e) => e.name);

describe('a particle written before a surname alone opens that surname mention', () => {
  it('marks "bin" with the surname when the person was named in full before', () => {
    const es = run(
      'Officials said Khalid bin Rashed had approved the plan. A video released later showed bin Rashed speaking to followers.',
    );
    const person = es.filter((e) => e.type === 'person');
    expect(person).toHaveLength(1);
    expect(person[0]!.mentions.map((m) => m.text)).toContain('bin Rashed');
    expect(person[0]!.mentions.map((m) => m.text)).not.toContain('Rashed');
  });

  it('does the same for a Dutch "van"', () => {
    const es = run(
      'The court heard that Pieter van Dalen sold the rifles. Prosecutors said van Dalen kept the receipts.',
    );
    expect(mentionTexts(es, 'person')).toContain('van Dalen');
  });

  it('leaves the surname alone where no full name of the article carries a particle before it', () => {
    const es = run(
      'Investigators say Khalid Rashed wired the money from Dubai. Days later Rashed flew to Karachi, a court heard.',
    );
    expect(mentionTexts(es, 'person')).toContain('Rashed');
  });
});

describe('an Arabic place name joined by a hyphenated article is one place', () => {
  it('keeps the article and the word after it in a place the gazetteer does not list', () => {
    const es = run('Gunmen attacked a checkpoint in the desert town of Bir el-Abd on Friday, officials said.');
    expect(names(es, 'place')).toContain('Bir el-Abd');
    expect(names(es, 'place')).not.toContain('Bir');
  });

  it('joins the two pieces when the second was read on its own', () => {
    const es = run('Fighting broke out near Ras al-Ain on Sunday, the monitor said.');
    expect(names(es, 'place')).toContain('Ras al-Ain');
    expect(names(es, 'place')).not.toContain('al-Ain');
  });

  it('does not run a country on into the name of a group after it', () => {
    const es = run('Officials in Iraq al-Qaeda fighters were blamed.');
    expect(names(es, 'place')).not.toContain('Iraq al-Qaeda');
  });
});

describe('"via" before a known place is a preposition, not a street', () => {
  it('names the country alone', () => {
    const es = run('The weapons were flown into Europe via Turkey, customs officers said.');
    expect(es.some((e) => e.type === 'place' && e.mentions.some((m) => m.text === 'Turkey'))).toBe(true);
    expect(names(es, 'place').some((n) => /^via\b/.test(n))).toBe(false);
  });

  it('still reads a French street written with its head', () => {
    const es = run('The suspect lived in a flat on rue de la Roquette in Paris, police said.');
    expect(names(es, 'place')).toContain('rue de la Roquette');
  });
});
