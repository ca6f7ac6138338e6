// Rule org/insurgent-force-name: the stage that applies it (its reason: INSURGENT_FORCE_NAME below).
import type { Doc } from './document.js';
import type { NamedEntity } from './entities.js';
import { inlineRule, isOn } from '../rules/index.js';

export const INSURGENT_FORCE_NAME = inlineRule(
  'org/insurgent-force-name',
  'A force named with a head a state force shares ("Army", "Brigade") is a state body only when it is one; "the Kachin Independence Army" or "the New People\'s Army" fight a state. A body the names resolved as an agency by such a head, with no country in its name and no gazetteer entry, is retyped an armed group when its own name carries a word of insurgency ("liberation", "resistance", "people\'s") or the sentence of one of its mentions, or a sentence next to it, calls someone rebels, insurgents, guerrillas or militants. Runs right after resolution, so identity and incidents read the kind; the reason goes on `merges`.',
);

export function typeInsurgentForces(doc: Doc, entities: readonly NamedEntity[]): void {
  if (!isOn(doc.res.rules, INSURGENT_FORCE_NAME)) return;
  const w = doc.res.words;
  const heads = w.set('entities.insurgentForceHeads');
  const nameWords = w.set('entities.insurgentNameWords');
  const cue = w.memo('insurgent.cue', () => new RegExp(`\\b${w.alt('entities.insurgencyCues')}\\b`, 'iu'));
  const sentence = (i: number) => doc.sentences[i]?.text ?? '';
  for (const e of entities) {
    if (e.type !== 'organization' || e.kind !== 'agency' || e.country || e.key.startsWith('org:known:')) continue;
    const words = e.name
      .toLowerCase()
      .replace(/’/gu, "'")
      .split(/\s+/u)
      .filter((x) => x && x !== 'the');
    if (words.length < 2 || !heads.has(words[words.length - 1]!)) continue;
    const named = words.slice(0, -1).find((x) => nameWords.has(x));
    const near = named
      ? undefined
      : e.mentions.find((m) => [m.sentence - 1, m.sentence, m.sentence + 1].some((i) => cue.test(sentence(i))));
    if (!named && !near) continue;
    e.kind = 'armed_group';
    (e.merges ??= []).push(
      `rule org/insurgent-force-name: kind armed_group, a force with no country ${named ? `whose name says "${named}"` : 'the text around it calls rebels, insurgents or guerrillas'}`,
    );
  }
}
