// Issue 11, text in capitals: a lone common word that many names share ("WORLD", "HUMAN") is no short form of a name a
// gazetteer knows (rule entities/caps-common-word reads the article's longer names). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const names = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => e.type !== 'incident')
    .flatMap((e) => e.mentions.map((m) => m.text));

describe('entities/caps-common-word and words many names share (issue 11)', () => {
  it('"WORLD" alone is no name for being a word of "WORLD FOOD PROGRAMME"', () => {
    const t = names('THE WORLD FOOD PROGRAMME SENT AID TO THE REGION. WORLD LEADERS MET IN GENEVA ON TUESDAY.');
    expect(t).toContain('WORLD FOOD PROGRAMME');
    expect(t).toContain('GENEVA');
    expect(t).not.toContain('WORLD');
  });

  it('"HUMAN" alone is no name for being a word of "HUMAN RIGHTS WATCH"', () => {
    const t = names('HUMAN RIGHTS WATCH CRITICISED THE ARRESTS. HUMAN RIGHTS GROUPS SAID DOZENS WERE HELD.');
    expect(t).toContain('HUMAN RIGHTS WATCH');
    expect(t).not.toContain('HUMAN');
  });

  it('the last name of a person read whole elsewhere is still that person', () => {
    const t = names('GOLFER TIGER WOODS WON THE TITLE ON SUNDAY. WOODS SAID HE WAS TIRED.');
    expect(t).toContain('WOODS');
  });
});
