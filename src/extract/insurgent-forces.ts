// Rule org/insurgent-force-name: the stage that applies it (its reason: INSURGENT_FORCE_NAME below).
import type { Doc } from './document.js';
import type { NamedEntity } from './entities.js';
import { inlineRule, isOn } from '../rules/index.js';
import { escapeRegExp } from '../reg-exp.js';

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

export const DESCRIBED_ARMED_GROUP = inlineRule(
  'org/described-armed-group',
  'News often writes what a little-known body is right after its name, in lower case: "the Los Rojos gang", "the Norte cartel", "the Red Dawn terrorist group". A body the names left untyped ("other": no lexicon entry, no head word in its name) with a mention followed by such a description of an armed group (data/gazetteers/org-cues.json kindOnly.armed_group: "gang", "cartel", "terrorist group", "criminal gang" …) is an armed group; a body typed otherwise keeps its kind ("the Reuters news agency"). Not in a sentence in capitals, where case cannot tell the description from the name. Runs right after resolution, with org/insurgent-force-name, so identity and incidents read the kind; the reason goes on `merges`.',
);

/** Rule org/described-armed-group (its reason: DESCRIBED_ARMED_GROUP above). */
export function typeDescribedArmedGroups(doc: Doc, entities: readonly NamedEntity[]): void {
  if (!isOn(doc.res.rules, DESCRIBED_ARMED_GROUP)) return;
  const res = doc.res;
  const description = res.words.memo('org.describedArmedGroup', () => {
    const words = [...res.names.orgKindCues]
      .filter(([, kind]) => kind === 'armed_group')
      .map(([w]) => w)
      .sort((a, b) => b.length - a.length)
      .map((w) => escapeRegExp(w).replace(/ /g, '[ \\t]+'));
    return new RegExp(`^[ \\t]+(${words.join('|')})(?![\\p{L}\\p{N}-])`, 'u');
  });
  const inCaps = (i: number) => !/\p{Ll}/u.test(doc.sentences[i]?.text ?? '');
  for (const e of entities) {
    if (e.type !== 'organization' || e.kind !== 'other') continue;
    for (const m of e.mentions) {
      if (inCaps(m.sentence)) continue;
      const d = description.exec(doc.text.slice(m.end, m.end + 40));
      if (!d) continue;
      e.kind = 'armed_group';
      (e.merges ??= []).push(
        `rule org/described-armed-group: kind armed_group, the article calls "${m.text}" a ${d[1]!.replace(/\s+/g, ' ')}`,
      );
      break;
    }
  }
}
