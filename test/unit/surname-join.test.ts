// A surname written alone in one article joins the one person of that surname known from other articles, only with
// evidence for it (src/resolution/surname-join.ts). Names invented for these tests.
import { describe, expect, it } from 'vitest';
import { joinLoneSurname, loneSurnameOf, surnameOfKey } from '../../src/resolution/surname-join.js';

const agree = (shared: string[]) => () => ({ compatible: true, shared, why: 'shared' });

describe('surname join', () => {
  it('reads surnames from lone-name and full-name keys', () => {
    expect(loneSurnameOf('person:local:abc123:varga')).toBe('varga');
    expect(loneSurnameOf('person:ilona varga')).toBeNull();
    expect(surnameOfKey('person:ilona varga')).toBe('varga');
    expect(surnameOfKey('person:ilona varga#hu')).toBe('varga');
    expect(surnameOfKey('person:local:abc123:varga')).toBeNull();
  });

  it('joins the only bearer when the articles share another entity, and says why', () => {
    const j = joinLoneSurname(
      'varga',
      'Varga',
      [
        { key: 'person:ilona varga', name: 'Ilona Varga' },
        { key: 'person:peter nagy', name: 'Peter Nagy' },
      ],
      agree(['org:known:example']),
      'a_1',
    );
    expect(j?.to).toBe('person:ilona varga');
    expect(j?.reason).toContain('"Varga" alone');
    expect(j?.reason).toContain('Ilona Varga');
  });

  it('joins no one when two known people bear the surname, even namesakes kept apart', () => {
    const two = [
      { key: 'person:ilona varga', name: 'Ilona Varga' },
      { key: 'person:ilona varga#au', name: 'Ilona Varga' },
    ];
    expect(joinLoneSurname('varga', 'Varga', two, agree(['org:x']), 'a_1')).toBeNull();
  });

  it('joins no one without shared evidence or against a contradiction', () => {
    const one = [{ key: 'person:ilona varga', name: 'Ilona Varga' }];
    expect(joinLoneSurname('varga', 'Varga', one, agree([]), 'a_1')).toBeNull();
    expect(
      joinLoneSurname('varga', 'Varga', one, () => ({ compatible: false, shared: ['org:x'], why: 'no' }), 'a_1'),
    ).toBeNull();
  });
});
