// Rule org/insurgent-force-name: the stage that applies it (its reason: INSURGENT_FORCE_NAME below).
import type { Doc } from './document.js';
import type { NamedEntity } from './entities.js';
import { inlineRule, isOn } from '../rules/index.js';
import { escapeRegExp } from '../reg-exp.js';
import { slug } from './identity.js';

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

export const ARMED_MEMBERS_AFTER_FORCE = inlineRule(
  'org/armed-members-after-force',
  'A body read as a state force ("army", a force the gazetteer knows as one country\'s: "People\'s Liberation Army") whose mention is followed right away, after its letters in brackets if any, by a noun of armed-group members (entities.armedMemberNouns: "PEOPLE\'S LIBERATION ARMY (EPL) GUERRILLAS", "the Popular Army rebels") is an armed group: no state calls its own men guerrillas or rebels. Case does not matter (no state force is written so in capitals either). A body the gazetteer knew is another body of the same name here: it loses the gazetteer\'s key and country and is keyed by its name. Runs right after resolution, with org/insurgent-force-name; the reason goes on `merges`.',
);

/** Rule org/armed-members-after-force (its reason: ARMED_MEMBERS_AFTER_FORCE above). */
export function typeForcesByMembersAfter(doc: Doc, entities: readonly NamedEntity[]): void {
  if (!isOn(doc.res.rules, ARMED_MEMBERS_AFTER_FORCE)) return;
  const w = doc.res.words;
  const after = w.memo(
    'org.armedMembersAfterForce',
    () =>
      new RegExp(
        `^(?:\\s*[([][^()[\\]]{1,15}[)\\]])?\\s+(${w.alt('entities.armedMemberNouns')})(?![\\p{L}\\p{N}-])`,
        'iu',
      ),
  );
  for (const e of entities) {
    if (e.type !== 'organization' || e.kind !== 'agency') continue;
    for (const m of e.mentions) {
      const d = after.exec(doc.text.slice(m.end, m.end + 40));
      if (!d) continue;
      const was = e.key;
      e.kind = 'armed_group';
      if (e.key.startsWith('org:known:')) {
        e.key = `org:name:${slug(e.name)}`;
        e.country = null;
      }
      (e.merges ??= []).push(
        `rule org/armed-members-after-force: kind armed_group, "${m.text}" is followed by "${d[1]!}"${was !== e.key ? ` (not the gazetteer's ${was})` : ''}`,
      );
      break;
    }
  }
}

export const DESCRIBED_ARMED_GROUP = inlineRule(
  'org/described-armed-group',
  'News often writes what a little-known body is right after its name, in lower case: "the Los Rojos gang", "the Norte cartel", "the Red Dawn terrorist group". A body the names left untyped ("other": no lexicon entry, no head word in its name) with a mention followed by such a description of an armed group (data/gazetteers/org-cues.json kindOnly.armed_group: "gang", "cartel", "terrorist group", "criminal gang" …) is an armed group; a body typed otherwise keeps its kind ("the Reuters news agency"). Not in a sentence in capitals, where case cannot tell the description from the name. Runs right after resolution, with org/insurgent-force-name, so identity and incidents read the kind; the reason goes on `merges`.',
);

export const APPOSED_ARMED_GROUP = inlineRule(
  'org/apposed-armed-group',
  'News says what a little-known body is in an apposition after its name (and after its letters in brackets): "Jamaah Ansharut Daulah (JAD), a network of Indonesian militants", "the Red Dawn Front, a small armed group". A body the names left untyped ("other") with a mention followed by a comma, an article and either a description of an armed group (org-cues kindOnly.armed_group of more than one word, up to two words before it) or a collective noun of people (entities.armedCollectiveNouns) + "of" + members of an armed group (entities.armedMemberNouns: "militants", "jihadists") is an armed group. Not in a sentence in capitals. Runs with org/described-armed-group; the reason goes on `merges`.',
);

/** Rule org/described-armed-group (its reason: DESCRIBED_ARMED_GROUP above). */
export function typeDescribedArmedGroups(doc: Doc, entities: readonly NamedEntity[]): void {
  if (!isOn(doc.res.rules, DESCRIBED_ARMED_GROUP)) return;
  const res = doc.res;
  const description = res.words.memo(
    'org.describedArmedGroup',
    () => new RegExp(`^[ \\t]+(${armedDescriptions(doc)})(?![\\p{L}\\p{N}-])`, 'u'),
  );
  typeArmedByWhatFollows(
    doc,
    entities,
    description,
    40,
    (m, d) =>
      `rule org/described-armed-group: kind armed_group, the article calls "${m}" a ${d[1]!.replace(/\s+/g, ' ')}`,
  );
  typeApposedArmedGroups(doc, entities);
}

/** the descriptions of an armed group (org-cues kindOnly.armed_group: "gang", "militant group") as an alternation */
function armedDescriptions(doc: Doc): string {
  const res = doc.res;
  return res.words.memo('org.armedDescriptions', () =>
    [...res.names.orgKindCues]
      .filter(([, kind]) => kind === 'armed_group')
      .map(([w]) => w)
      .sort((a, b) => b.length - a.length)
      .map((w) => escapeRegExp(w).replace(/ /g, '[ \\t]+'))
      .join('|'),
  );
}

/** Rule org/apposed-armed-group (its reason: APPOSED_ARMED_GROUP above). */
function typeApposedArmedGroups(doc: Doc, entities: readonly NamedEntity[]): void {
  if (!isOn(doc.res.rules, APPOSED_ARMED_GROUP)) return;
  const w = doc.res.words;
  const apposition = w.memo('org.apposedArmedGroup', () => {
    // the descriptions of more than one word only ("a militant group", "a criminal gang"): a bare head word of a
    // name ("a network", "a movement") describes bodies of any kind
    const described = [...doc.res.names.armedDescriptions]
      .sort((a, b) => b.length - a.length)
      .map((x) => escapeRegExp(x).replace(/ /g, '\\s+'))
      .join('|');
    return new RegExp(
      `^(?:\\s*\\([^()]{1,15}\\))?\\s*,\\s+(?:a|an)\\s+(?:(?:[\\p{L}-]+\\s+){0,2}?(?:${described})|(?:[\\p{L}-]+\\s+)?(?:${w.alt('entities.armedCollectiveNouns')})\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${w.alt('entities.armedMemberNouns')}))(?![\\p{L}\\p{N}-])`,
      'iu',
    );
  });
  typeArmedByWhatFollows(
    doc,
    entities,
    apposition,
    90,
    (m, d) => `rule org/apposed-armed-group: kind armed_group, an apposition calls "${m}"${d[0].replace(/\s+/g, ' ')}`,
  );
}

/**
 * An organisation of no known kind becomes an armed group at its first mention, outside sentences in capitals, that
 * `follows` matches in the `window` characters after it; `reason` words the merge note from the mention and the match.
 */
function typeArmedByWhatFollows(
  doc: Doc,
  entities: readonly NamedEntity[],
  follows: RegExp,
  window: number,
  reason: (mention: string, match: RegExpExecArray) => string,
): void {
  const inCaps = (i: number) => !/\p{Ll}/u.test(doc.sentences[i]?.text ?? '');
  for (const e of entities) {
    if (e.type !== 'organization' || e.kind !== 'other') continue;
    for (const m of e.mentions) {
      if (inCaps(m.sentence)) continue;
      const d = follows.exec(doc.text.slice(m.end, m.end + window));
      if (!d) continue;
      e.kind = 'armed_group';
      (e.merges ??= []).push(reason(m.text, d));
      break;
    }
  }
}
