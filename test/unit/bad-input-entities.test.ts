// Articles an extractor reads badly: all capitals, no capitals at all, names in a non-Latin script. Each must give a
// warning that says why, fewer entities than the same story in ordinary case, no flood of junk, and never a crash.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const STORY = [
  'Police in Manchester said on Tuesday that two men had been arrested after a car was driven into pedestrians outside a railway station, injuring five people.',
  'Chief Constable Sarah Ellison of Greater Manchester Police told reporters that officers from Counter Terrorism Policing were leading the investigation. The Home Office said the threat level would stay at substantial.',
  "One of the men, identified by prosecutors as Daniel Hayes, 31, was charged with attempted murder. A spokesman for the Crown Prosecution Service said he would appear at Westminster Magistrates' Court in London on Friday.",
  'Prime Minister Keir Starmer said the attack was cowardly and thanked the emergency services. Analysts at the International Centre for the Study of Radicalisation said there was no sign of a wider plot. Witnesses said the car hit a bus stop on Oxford Road, near the University of Manchester.',
].join('\n\n');

const NON_LATIN: Record<string, string> = {
  Cyrillic:
    'Полиция Манчестера во вторник сообщила, что двое мужчин были задержаны после того, как автомобиль въехал в пешеходов у вокзала. Главный констебль Сара Эллисон заявила журналистам, что расследование ведёт полиция. Один из задержанных, Дэниел Хейс, обвиняется в покушении на убийство.',
  Chinese:
    '曼彻斯特警方周二表示，一辆汽车在火车站外冲向行人后，两名男子被捕，五人受伤。大曼彻斯特警察局局长莎拉·埃利森对记者说，反恐警察正在领导调查。首相基尔·斯塔默称这次袭击是懦弱的行为。',
  Arabic:
    'قالت الشرطة في مانشستر يوم الثلاثاء إنها اعتقلت رجلين بعد أن اقتحمت سيارة حشدا من المشاة قرب محطة القطارات، وأصيب خمسة أشخاص. وقال رئيس الوزراء كير ستارمر إن الهجوم جبان.',
};

const NAMED = new Set(['person', 'organization', 'place']);

function named(text: string) {
  const r = extract({ text }, res);
  const entities = r.entities.filter((e) => NAMED.has(e.type));
  for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return { entities, warnings: r.warnings ?? [] };
}

/** Names found in `bad` that are neither equal to, part of, nor a widening of a name found in the ordinary story. */
function junkAgainst(bad: { name: string }[], good: { name: string }[]): string[] {
  const ok = good.map((e) => e.name.toLowerCase());
  return bad.map((e) => e.name.toLowerCase()).filter((n) => !ok.some((g) => g === n || g.includes(n) || n.includes(g)));
}

describe('bad input: fewer entities and a warning, never junk or a crash', () => {
  const ordinary = named(STORY);

  it('the ordinary story is read without a casing warning (the baseline the others are held to)', () => {
    expect(ordinary.warnings.join(' ')).not.toMatch(/capital|non-Latin/);
    expect(ordinary.entities.length).toBeGreaterThanOrEqual(8);
  });

  it('all capitals: a warning, no more entities than in ordinary case, and almost all of them real', () => {
    const caps = named(STORY.toUpperCase());
    expect(caps.warnings.join(' ')).toMatch(/capital letters/);
    expect(caps.entities.length).toBeLessThanOrEqual(ordinary.entities.length);
    expect(caps.entities.length).toBeGreaterThan(0);
    expect(junkAgainst(caps.entities, ordinary.entities).length).toBeLessThanOrEqual(
      Math.max(1, Math.floor(0.15 * caps.entities.length)),
    );
  });

  it('no capitals at all: a warning, people and bodies found as in capitals, no more than in ordinary case, no junk', () => {
    const lower = named(STORY.toLowerCase());
    expect(lower.warnings.join(' ')).toMatch(/no capital letters/);
    expect(lower.entities.length).toBeLessThanOrEqual(ordinary.entities.length);
    expect(lower.entities.filter((e) => e.type === 'person').length).toBeGreaterThan(0);
    expect(lower.entities.filter((e) => e.type === 'organization').length).toBeGreaterThan(0);
    expect(junkAgainst(lower.entities, ordinary.entities)).toEqual([]);
  });

  for (const [script, text] of Object.entries(NON_LATIN))
    it(`names in ${script} script: a warning, and no flood of entities`, () => {
      const r = named(text);
      expect(r.warnings.join(' ')).toMatch(/non-Latin script/);
      expect(r.entities.length).toBeLessThanOrEqual(4);
    });
});
