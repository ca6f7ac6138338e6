// Names in other scripts inside English news (span-rules.ts: foreign-script-title-case, foreign-script-body-name,
// foreign-script-lone-person; entities.ts: the native spelling in brackets is an alias): no junk, a sensible name.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const entities = (text: string) => findEntities(makeDoc({ text }, res));
const names = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);

describe('names in another script', () => {
  it('a native spelling in brackets after a full name is that person, with the spelling as an alias', () => {
    const es = entities('Russian Foreign Minister Sergei Lavrov (Сергей Лавров) arrived in Geneva on Monday.');
    const people = es.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Sergei Lavrov']);
    expect(people[0]!.aliases).toContain('Сергей Лавров');
  });

  it('a quoted sentence in title case in Cyrillic makes no names', () => {
    const n = names(
      'The ministry said: "Министр Обороны Андрей Белоусов Заявил, Что Операция Продолжается По Плану Генерального Штаба." Ukrainian officials rejected it.',
    );
    expect(n.filter((x) => /\p{Script=Cyrillic}/u.test(x))).toEqual([]);
  });

  it('a body written with its first word alone capitalised is named whole ("Министерство обороны")', () => {
    expect(names('A statement from the Министерство обороны said the drone hit a depot near Kharkiv.')).toContain(
      'organization:Министерство обороны',
    );
  });

  it('a lone word the tagger calls a person in another script is no person', () => {
    const n = names(
      'The Kremlin statement read: "Президент провёл совещание с членами Совета безопасности. Пресс-секретарь сказал, что Кремль не комментирует слухи."',
    );
    expect(n.filter((x) => x.startsWith('person:') && /\p{Script=Cyrillic}/u.test(x))).toEqual([]);
  });

  it('Arabic, Chinese and Devanagari names inside English text crash nothing and add no junk', () => {
    const n = names(
      'Chinese state media said 中国外交部 spokesman 毛宁 spoke in 北京. Al Jazeera quoted وزارة الخارجية القطرية in الدوحة. The daily दैनिक जागरण said नरेंद्र मोदी would visit.',
    );
    expect(n.filter((x) => !/^[\p{Script=Latin}\p{P}\p{Zs}:]+$/u.test(x))).toEqual([]);
  });
});
