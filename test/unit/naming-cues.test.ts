// Cues in the text that say what a name is, over the tagger's guess. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { resolveEntities } from '../../src/extract/entities.js';
import { extract } from '../../src/extract/index.js';
import { mentionWords, type Span } from '../../src/extract/mention-words.js';
import type { Candidate } from '../../src/extract/mentions.js';
import { SPAN_RULES } from '../../src/extract/span-rules.js';
import { res } from '../helpers/resources.js';
import { rulesOver } from '../helpers/entity-rules.js';

const typed = (text: string) =>
  extract({ id: 't', text }, res)
    .entities.filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'place')
    .map((e) => `${e.type}:${e.name}`);

describe('a body name written in title case with a capitalised connector', () => {
  const rule = SPAN_RULES.find((r) => r.id === 'mentions/body-connector-name')!;
  /** the rule over one tagged span (words split on spaces), as type:words */
  const spansAfter = (sentence: string, s: number, e: number, type: string) => {
    const words = sentence.split(' ');
    const spans: Span[] = [{ type, s, e, gaz: [], weak: false, source: 'tagger' }];
    rule.run({ res, words, spans, allCaps: false, W: mentionWords(res), names: res.names, gaz: res.gazetteer });
    return spans.map((sp) => `${sp.type}:${words.slice(sp.s, sp.e).join(' ')}`);
  };

  it('takes back the head word the tagger left out and reads the whole name as one body', () => {
    // the tagger read "Toward Renewal" as a person and left "Movement" out
    expect(spansAfter("the count gave Mr. Alvarez ' Movement Toward Renewal most seats .", 7, 9, 'person')).toEqual([
      'organization:Movement Toward Renewal',
    ]);
    expect(spansAfter('the Council For Peace met on Monday .', 2, 4, 'person')).toEqual([
      'organization:Council For Peace',
    ]);
  });

  it('keeps a name in capitals, where case cannot tell a connector from a name word', () => {
    expect(spansAfter('THE FRONT TO RALLY MET', 2, 4, 'person')).toEqual(['person:TO RALLY']);
  });

  it('takes no nationality alone for the purpose of a body', () => {
    // "camps run by the Relief Agency on Moldovan soil": the body ends at its head word
    expect(spansAfter('camps run by the Relief Agency on Moldovan soil .', 4, 6, 'organization')).toEqual([
      'organization:Relief Agency',
    ]);
  });
});

describe('entities/body-tail: a place and a head word read apart', () => {
  it('joins a place and the lone head word right after it into one body', () => {
    const text = 'Crowds gathered at Lusaka University on Friday to hear the minister.';
    expect(
      rulesOver(text, [
        ['place', 'Lusaka'],
        ['place', 'University'],
      ]),
    ).toEqual(['organization:Lusaka University']);
    // a head word apart from the place stays as the tagger read it
    expect(
      rulesOver('Officials in Lusaka said the University would reopen.', [
        ['place', 'Lusaka'],
        ['organization', 'University'],
      ]),
    ).toEqual(['place:Lusaka', 'organization:University']);
  });
});

describe('a name introduced as what a body is called', () => {
  it('reads a name after "a group called" as that body', () => {
    expect(typed('Leaflets were handed out by a group called Tierra Nueva, which wants a vote.')).toContain(
      'organization:Tierra Nueva',
    );
  });

  it('reads a name set off by commas after a noun for a body as that body', () => {
    expect(typed('A separatist group, Kuvandar, said it planted the bomb.')).toContain('organization:Kuvandar');
  });

  it('leaves a person the body names as a person', () => {
    expect(typed('The party named Carlos Mendez its candidate on Friday.')).toContain('person:Carlos Mendez');
    expect(typed('The ruling party, Carlos Mendez said, will not step aside.')).toContain('person:Carlos Mendez');
  });
});

describe('a place a rule reads from its noun', () => {
  const TEXT =
    'Reporters filmed the Velorin nuclear facility. Inspectors never saw the Velorin plant. Experts say Velorin makes fuel.';
  /** three mentions of Velorin: the first typed a place by rule `rules`, the other two read as a person by the tagger */
  function cands(rules: string[]): Candidate[] {
    const doc = makeDoc({ text: TEXT }, res);
    const starts = [...TEXT.matchAll(/Velorin/g)].map((m) => m.index);
    return starts.map((start, k) => ({
      type: k === 0 ? 'place' : 'person',
      start,
      end: start + 'Velorin'.length,
      text: 'Velorin',
      sentence: doc.sentences.findIndex((s) => s.start <= start && start < s.end),
      gaz: [],
      source: 'tagger',
      roles: [],
      ...(k === 0 ? { rules } : {}),
    }));
  }

  it('is that place where the article writes the name bare too, outweighing the tagger', () => {
    const ents = resolveEntities(makeDoc({ text: TEXT }, res), cands(['mentions/unknown-name-before-place-noun']));
    const named = ents.filter((e) => e.name === 'Velorin');
    expect(named.map((e) => e.type)).toEqual(['place']);
    expect(named[0]!.mentions).toHaveLength(3);
  });

  it('leaves the majority reading where no rule read a place', () => {
    const ents = resolveEntities(makeDoc({ text: TEXT }, res), cands([]));
    expect(ents.filter((e) => e.name === 'Velorin').every((e) => e.type === 'person')).toBe(true);
  });
});

describe('a surname that only ends like a plural', () => {
  it('opening a sentence is still a person', () => {
    expect(typed('Rogers also says the report holds up.')).toContain('person:Rogers');
  });

  it('while a plural of a common noun opening a sentence is no entity', () => {
    expect(typed('Witnesses said the car exploded near the market.')).toEqual([]);
  });
});

describe('a name right after a noun of harm done to one person and "of"', () => {
  it('is the person who suffered it, though the tagger read a place', () => {
    expect(
      typed('Police arrested four men wanted for the slaying of Agha Zamiruddin in the town of Gilgit.'),
    ).toContain('person:Agha Zamiruddin');
  });

  it('leaves a known place or body after such a noun as it is', () => {
    expect(typed('The killing of Hamas members angered Gaza.')).toContain('organization:Hamas');
  });
});

describe('the last words of a longer name', () => {
  it('are that person where the tagger read them as a place', () => {
    const out = typed(
      'Omar bin Kassem led the cell for years. Analysts heard a tape said to carry the voice of Bin Kassem on Friday.',
    );
    expect(out).not.toContain('place:Bin Kassem');
  });
});

describe('a body named after its members and the country it serves', () => {
  it('keeps the country inside "Council of Jews in Germany"', () => {
    const got = typed('The Central Council of Jews in Germany called for more protection for synagogues on Friday.');
    expect(got).toContain('organization:Central Council of Jews in Germany');
    expect(got).not.toContain('place:Germany');
  });

  it('leaves a body of things and the country it works in apart', () => {
    const got = typed('The Union of Islamic Courts in Somalia rejected the talks on Friday.');
    expect(got).not.toContain('organization:Union of Islamic Courts in Somalia');
  });
});
