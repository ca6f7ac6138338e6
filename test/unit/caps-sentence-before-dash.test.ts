// Text in capitals: a sentence that runs up to a dash ("... LEADER IVAN PETROV -- WHO ...") has the shape of a
// dateline ("LIMA --"), but a dateline's place is a short name with no verb or function word (rule
// entities/dateline-place). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { typesOf } from '../helpers/named-entities.js';

describe('a sentence in capitals before a dash', () => {
  it('is no dateline: the person named in it stays a person', () => {
    const text =
      'MOURNERS GATHER IN THE CAPITAL.\nFRIENDS OF THE LATE LEADER OSKAR VELENKO -- WHO FOUNDED THE PARTY IN 1990 -- MET ON SUNDAY.\nVELENKO DIED IN MAY.\n';
    expect(typesOf(text, 'OSKAR VELENKO')).toEqual(['person']);
  });

  it('while a dateline of one to five words before the dash is still the place', () => {
    const text = 'RIO DE JANEIRO, 4 MAR 90 -- [TEXT] TWO MEN WERE ARRESTED AFTER A BOMB WENT OFF NEAR A BANK.\n';
    expect(typesOf(text, 'RIO DE JANEIRO')).toEqual(['place']);
  });
});
