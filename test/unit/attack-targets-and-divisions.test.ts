// "Rebels attacked the town of X": a place, a post or a column attacked is an attack; a council, a plan or a
// mayor attacked is criticism. "the Arequipa department", "the department of Arequipa": a known place before or
// after a word for an administrative area is that place, not a body. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const incidents = (text: string) =>
  extract({ text, published: '2023-05-08' }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');
const typeOf = (text: string, name: string) => extract({ text }, res).entities.find((e) => e.name === name)?.type;

describe('what was attacked decides whether "attacked" is an attack', () => {
  it.each([
    'Rebels attacked the town of Kessin on Sunday, police said.',
    'Guerrillas attacked army positions near the border on Sunday.',
    'Insurgents attacked two police posts outside the city overnight.',
    'Militants attacked a military convoy on the main road on Sunday.',
  ])('an attack on a place, a post or troops: %s', (text) => {
    expect(incidents(text).map((i) => i.kind)).toEqual(['attack']);
  });

  it.each([
    "The senator attacked the town's mayor over the delay on Sunday.",
    'Opposition leaders attacked the city council over its budget on Sunday.',
  ])('criticism of a town or its officials is no incident: %s', (text) => {
    expect(incidents(text)).toEqual([]);
  });
});

describe('a known place beside a word for an administrative area', () => {
  it('is a place, before the noun or after "department of"', () => {
    expect(typeOf('Two farmers were killed in the Arequipa department on Sunday.', 'Arequipa')).toBe('place');
    expect(typeOf('Two farmers were killed in the department of Arequipa on Sunday.', 'Arequipa')).toBe('place');
  });

  it('also in all-caps wire copy, where the tagger may take the area noun into the name', () => {
    const es = extract({ text: 'TWO FARMERS WERE KILLED IN AREQUIPA DEPARTMENT ON 3 JANUARY.' }, res).entities;
    expect(es.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['Arequipa']);
    expect(es.filter((e) => e.type === 'organization')).toEqual([]);
    const body = extract({ text: 'THE JUSTICE DEPARTMENT SAID TWO MEN WERE CHARGED.' }, res).entities;
    expect(body.filter((e) => e.type === 'place')).toEqual([]);
  });

  it('leaves bodies named "department" alone', () => {
    expect(typeOf('A Boston fire department spokesman said the blaze was out by noon.', 'Boston')).toBe('place');
    expect(
      extract({ text: 'The Justice department said two men were charged on Friday.' }, res).entities.filter(
        (e) => e.type === 'place',
      ),
    ).toEqual([]);
  });
});
