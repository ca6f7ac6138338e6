// Typed links only where the sentence supports them: who the grammatical speaker is, what was said, apposition and
// possessive titles, and no link to the outlet credit. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { org, person, place, relationsOf } from './extract-relations.fixtures.js';

/** the typed links (no co-mentions) of an article published on a fixed day */
const typedLinks = (text: string, specs: Parameters<typeof relationsOf>[1]) =>
  relationsOf(text, specs, { published: '2024-03-04' }).typed;

const speech = (links: string[]) => links.filter((l) => l.startsWith('speech'));

describe('speech: the speaker is the grammatical subject', () => {
  it('a closing attribution by someone else takes the words from the person named first', () => {
    const links = typedLinks(
      'Omar Reyes, a suspect in the bombing in Oldtown, has admitted that he built the device, the state prosecutor’s office said on Monday.',
      [person('Omar Reyes'), place('Oldtown')],
    );
    expect(speech(links)).toEqual([]);
  });

  it('a closing attribution by a named person makes that person the speaker of what came before', () => {
    const links = typedLinks(
      'The bombing in Oldtown had been planned for months, Police Chief Lena Ortiz said on Monday.',
      [person('Lena Ortiz'), place('Oldtown')],
    );
    expect(speech(links)).toEqual(['speech Lena Ortiz -> Bombing in Oldtown [spoke about]']);
  });

  it('an inverted attribution ("…, said Jane Roe.") names the speaker', () => {
    const links = typedLinks('Nobody had warned the market before the bombing in Oldtown, said Lena Ortiz.', [
      person('Lena Ortiz'),
      place('Oldtown'),
    ]);
    expect(speech(links)).toEqual(['speech Lena Ortiz -> Bombing in Oldtown [spoke about]']);
  });

  it('a name after "said" inside the clause is what was said about, not the speaker', () => {
    const links = typedLinks(
      'The judge called the bombing in Oldtown cowardly and said Omar Reyes had planned it alone.',
      [person('Omar Reyes'), place('Oldtown')],
    );
    expect(speech(links)).toEqual([]);
  });

  it('a name inside a quotation does not speak', () => {
    const links = typedLinks('"Omar Reyes said nothing about the bombing in Oldtown," a neighbour recalled.', [
      person('Omar Reyes'),
      place('Oldtown'),
    ]);
    expect(speech(links)).toEqual([]);
  });

  it('an incident named before the speaker in an adverbial ("during the siege") is not what was said', () => {
    const links = typedLinks(
      'During the siege in Oldtown, Karl Vance told a reporter by telephone that he wanted money.',
      [person('Karl Vance'), place('Oldtown')],
    );
    expect(speech(links)).toEqual([]);
  });

  it('an incident named after the speech verb is what the speaker spoke about', () => {
    const links = typedLinks('Karl Vance told reporters that the siege in Oldtown would end soon.', [
      person('Karl Vance'),
      place('Oldtown'),
    ]);
    expect(speech(links)).toContain('speech Karl Vance -> Siege in Oldtown [spoke about]');
  });

  it('a place after "told reporters in" is where the speaker spoke, an organisation right after "told" is whom they told', () => {
    const links = typedLinks(
      'Interior Minister Hal Brandt told a news conference in Tarsk that the border was closed. Ida Moss told the Senate that no one had been warned.',
      [person('Hal Brandt'), place('Tarsk'), person('Ida Moss'), org('Senate', 'institution')],
    );
    expect(speech(links)).toEqual(['speech Hal Brandt -> Tarsk [spoke in]', 'speech Ida Moss -> Senate [told]']);
  });

  it('"he said" goes on with the last speaker, but not in a sentence that names that speaker as someone else\'s subject', () => {
    const links = typedLinks(
      'Lena Ortiz said the city was calm. He then said Lena Ortiz had ordered the bombing in Oldtown.',
      [person('Lena Ortiz'), place('Oldtown')],
    );
    expect(speech(links)).toEqual([]);
  });
});

describe('titles and the outlet credit', () => {
  it('"X, head of Y" and "Y\'s X" give roles', () => {
    const links = typedLinks(
      'Lena Ortiz, head of the Harbour Police, spoke first. The Civic Guard’s commander, Karl Vance, spoke next.',
      [person('Lena Ortiz'), org('Harbour Police', 'agency'), person('Karl Vance'), org('Civic Guard', 'agency')],
    );
    expect(links).toContain('role Lena Ortiz -> Harbour Police [head]');
    expect(links).toContain('role Karl Vance -> Civic Guard [commander]');
  });

  it('the outlet a dateline credits is never linked, even when a sentence names it', () => {
    const links = typedLinks(
      'OLDTOWN (Harbour Wire) - Karl Vance told Harbour Wire that the market would reopen. Lena Ortiz, a reporter for Harbour Wire, was there.',
      [person('Karl Vance'), org('Harbour Wire', 'media'), person('Lena Ortiz')],
    );
    expect(links.filter((l) => l.includes('Harbour Wire'))).toEqual([]);
  });
});
