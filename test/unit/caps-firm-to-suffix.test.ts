// Issue 11, text in capitals: a firm's name runs to its legal suffix over its "&" and the words the tagger left out.
// Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const names = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => e.type !== 'incident')
    .map((e) => `${e.type}:${e.mentions.map((m) => m.text).join('/')}`);

describe('mentions/caps-firm-to-suffix (issue 11)', () => {
  it('partners joined by "&" and a suffix are one firm, not a place and a person', () => {
    const t = names('HARTWELL & BRISCOE CO SAID ITS PROFIT ROSE.');
    expect(t).toContain('organization:HARTWELL & BRISCOE CO');
    expect(t.filter((n) => n.startsWith('person:'))).toEqual([]);
  });

  it('"& SONS" closes a firm named after a person', () => {
    const t = names('THE DEAL WAS ARRANGED BY PETER WALLACE & SONS OF LEEDS.');
    expect(t).toContain('organization:PETER WALLACE & SONS');
    expect(t.filter((n) => n.startsWith('person:'))).toEqual([]);
  });

  it('a word the tagger left between the name and the suffix belongs to the firm', () => {
    const t = names('MAPLEWOOD CONTROLS INC POSTED A LOSS ON MONDAY.');
    expect(t).toContain('organization:MAPLEWOOD CONTROLS INC');
  });

  it('mixed case keeps its own rule', () => {
    expect(names('Hartwell & Briscoe Co said its profit rose.')).toContain('organization:Hartwell & Briscoe Co');
  });
});
