// Who did an incident and who was hurt, from the cue in the sentence: a harm verb's subject and object, its passive
// subject and "by" agent, "the murder of …", "an attack on …", a claim of responsibility. A role phrase is a short
// noun phrase whose last word is a person noun from data/lexicons/incident-roles.json ("unidentified gunmen",
// "six Jesuit priests") or a named person or organisation. Who a response (an arrest, a raid) acts on is read from the
// response triggers of data/lexicons/incident-triggers.json ("X was arrested"). Nothing is assigned without a cue. Pure.

import type { WordLists } from './word-lists.js';
import type { IncidentLexicon } from './incident-lexicon.js';
import type { Gazetteer } from './gazetteer.js';
import type { ParticipantRole } from '../ontology/index.js';
import { alternatives, eachMatch } from '../reg-exp.js';
import { caseFoldedRegExp } from '../case-folded-reg-exp.js';

/**
 * a participant role of the ontology; role rules give perpetrators and victims, responders (rule role.responder-agent)
 * and the suspects a response acts on
 */
export type RoleName = ParticipantRole;

/**
 * The role cues compiled from data/lexicons/incident-roles.json and the response triggers, once per loaded resources.
 */
export function roleCuesOf(res: {
  words: WordLists;
  incidents: Pick<IncidentLexicon, 'responsePatterns'>;
  gazetteer: Pick<Gazetteer, 'demonyms' | 'placesByName'>;
}): RoleCues {
  const words = res.words;
  return words.memo('incident-roles', () =>
    buildRoleCues(
      roleListsOf(
        words,
        res.incidents.responsePatterns,
        nationalityNouns(res.gazetteer, words.list('incident-roles.nationalityPeople')),
      ),
    ),
  );
}

/**
 * Each role rule's reason as one short line for an analyst, by rule id: its first clause, up to the first ";" outside
 * brackets and quotes ("harm verb + 'by' + phrase: who did it ('killed by unidentified gunmen')"), without its
 * bracketed examples where it is longer than SHORT_LINE. A reason does not depend on the word lists, so the rules are
 * built from the word lists alone, with no response triggers or demonyms.
 */
export function roleRuleLines(words: WordLists): ReadonlyMap<string, string> {
  return words.memo('incident-roles.lines', () => {
    const rules = buildRoleCues(roleListsOf(words, [], words.list('incident-roles.nationalityPeople'))).rules;
    return new Map([...rules, ...REREAD_ROLE_RULES].map((r) => [r.id, shortLine(r.reason)]));
  });
}

/**
 * The rules that read a role phrase again after a role rule matched it (rolePhrases, listedAfter): the phrase keeps
 * the id of the one that gave its final role, so its link says why in words as a role rule's does.
 */
export const REREAD_ROLE_RULES: readonly { id: string; reason: string }[] = [
  {
    id: 'role.responder-agent',
    reason:
      "police or troops after 'by' where those harmed are attackers: they are the response, not the attack's doers ('the gunman was shot dead by police')",
  },
  {
    id: 'role.attacker-harmed',
    reason:
      "an attacker noun harmed names the incident's attackers, hurt by the response or their own act, not its victims ('the gunman was shot dead', 'two of the kidnappers were killed')",
  },
  {
    id: 'role.force-members',
    reason:
      "the state force the people a phrase names as its members belong to did it with them ('killed by members of the armed forces', 'soldiers of the army opened fire')",
  },
  {
    id: 'role.attackers-among-the-dead',
    reason:
      "attackers a count of the dead includes died in their own attack: they did it, and are no victims ('killing 13 people including the six bombers')",
  },
  {
    id: 'role.agent-inclusion-harmed',
    reason:
      "the list 'including' opens after a 'by' agent counts those harmed, not the agent: its items are victims ('nine people were killed by rebels, including two children')",
  },
];

const SHORT_LINE = 140;

function shortLine(reason: string): string {
  const clause = outsideBrackets(reason, (c) => c === ';')[0]!.trim();
  if (clause.length <= SHORT_LINE) return clause;
  return outsideBrackets(clause, () => false, true)
    .join('')
    .replace(/\s+([,:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * The text cut at each character `cuts` says ends a part, outside brackets and double quotes; with `dropBracketed`,
 * the bracketed asides left out.
 */
function outsideBrackets(text: string, cuts: (c: string) => boolean, dropBracketed = false): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (c === '(' || c === '[') {
      if (depth === 0 && dropBracketed) parts.push(text.slice(from, i));
      depth++;
    } else if ((c === ')' || c === ']') && depth > 0) {
      depth--;
      if (depth === 0 && dropBracketed) from = i + 1;
    } else if (depth === 0 && !quoted && cuts(c)) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  if (depth === 0 || !dropBracketed) parts.push(text.slice(from));
  return parts;
}

function roleListsOf(
  words: WordLists,
  responseTriggers: readonly string[],
  nationalityPeople: readonly string[],
): RoleLists {
  return {
    responseTriggers,
    agentHeads: words.list('incident-roles.agentHeads'),
    deedHeads: words.list('incident-roles.deedHeads'),
    targetCues: words.list('incident-roles.targetCues'),
    memberHeads: words.list('incident-roles.memberHeads'),
    groupLinks: words.list('incident-roles.groupLinks'),
    membershipLinks: words.list('incident-roles.membershipLinks'),
    responseWhenOpeners: words.list('incident-roles.responseWhenOpeners'),
    casualtyListOpeners: words.list('incident-roles.casualtyListOpeners'),
    harmedCues: words.list('incident-roles.harmedCues'),
    forceHeads: words.list('incident-roles.forceHeads'),
    blamedStateBodies: words.list('incident-roles.blamedStateBodies'),
    victimHeads: words.list('incident-roles.victimHeads'),
    civilianNouns: words.list('incident-roles.civilianNouns'),
    civilianPlaceNouns: words.list('incident-roles.civilianPlaceNouns'),
    deathVerbs: words.list('incident-roles.deathVerbs'),
    harmVerbs: words.list('incident-roles.harmVerbs'),
    attackVerbs: words.list('incident-roles.attackVerbs'),
    attackerDeedVerbs: words.list('incident-roles.attackerDeedVerbs'),
    collectiveNouns: words.list('incident-roles.collectiveNouns'),
    negatedBefore: words.list('incident-roles.negatedBefore'),
    conditionalOpeners: words.list('incident-roles.conditionalOpeners'),
    freeRelativeOpeners: words.list('incident-roles.freeRelativeOpeners'),
    relativePronouns: words.list('incident-roles.relativePronouns'),
    nonSpecificDeterminers: words.list('incident-roles.nonSpecificDeterminers'),
    notObjectOpeners: words.list('incident-roles.notObjectOpeners'),
    harmParticiples: words.list('incident-roles.harmParticiples'),
    participleBlockers: words.list('incident-roles.participleBlockers'),
    plainPersonHeads: words.list('incident-roles.plainPersonHeads'),
    mannerOpeners: words.list('incident-roles.mannerOpeners'),
    mannerGapStops: words.list('incident-roles.mannerGapStops'),
    weaponVerbs: words.list('incident-roles.weaponVerbs'),
    accuseCues: words.list('incident-roles.accuseCues'),
    harmNouns: words.list('incident-roles.harmNouns'),
    possessedHarmNouns: words.list('incident-roles.possessedHarmNouns'),
    thatOfLinks: words.list('incident-roles.thatOfLinks'),
    claimCues: words.list('incident-roles.claimCues'),
    styledNameOpeners: words.list('incident-roles.styledNameOpeners'),
    responsibleOnes: words.list('incident-roles.responsibleOnes'),
    blameCues: words.list('incident-roles.blameCues'),
    deedParticiplesBeforeAgent: words.list('incident-roles.deedParticiplesBeforeAgent'),
    nonHarmDeedNouns: words.list('incident-roles.nonHarmDeedNouns'),
    cleftSubjectLinks: words.list('incident-roles.cleftSubjectLinks'),
    ownDeedCues: words.list('incident-roles.ownDeedCues'),
    ownMachineCues: words.list('incident-roles.ownMachineCues'),
    machineNouns: words.list('incident-roles.machineNouns'),
    machineStrikeVerbs: words.list('incident-roles.machineStrikeVerbs'),
    phraseStops: words.list('incident-roles.phraseStops'),
    phraseBreakers: words.list('incident-roles.phraseBreakers'),
    clauseOpeners: words.list('incident-roles.clauseOpeners'),
    harmTimes: words.list('incident-roles.harmTimes'),
    harmAdverbs: words.list('incident-roles.harmAdverbs'),
    passiveAuxiliaries: words.list('incident-roles.passiveAuxiliaries'),
    objectQuantifiers: words.list('incident-roles.objectQuantifiers'),
    suspicionCues: words.list('incident-roles.suspicionCues'),
    implicateCues: words.list('incident-roles.implicateCues'),
    addresseeVerbs: words.list('incident-roles.addresseeVerbs'),
    remoteAttackVerbs: words.list('incident-roles.remoteAttackVerbs'),
    meansAsideOpeners: words.list('incident-roles.meansAsideOpeners'),
    listDeterminers: words.list('incident-roles.listDeterminers'),
    inclusionLinks: words.list('incident-roles.inclusionLinks'),
    forceRankHeads: words.list('incident-roles.forceRankHeads'),
    stateForceNouns: words.list('incident-roles.stateForceNouns'),
    dutiesAfterResponsible: words.list('incident-roles.dutiesAfterResponsible'),
    protectionVerbs: words.list('incident-roles.protectionVerbs'),
    dutyOpeners: words.list('incident-roles.dutyOpeners'),
    definiteDeterminers: words.list('incident-cues.determiners'),
    personCrimeVerbs: words.list('incident-roles.personCrimeVerbs'),
    listSourceOpeners: words.list('incident-roles.listSourceOpeners'),
    listClosers: words.list('incident-roles.listClosers'),
    listItemVerbs: words.list('incident-roles.listItemVerbs'),
    speakerVerbs: words.list('incident-roles.speakerVerbs'),
    listItemCounts: words.list('incident-roles.listItemCounts'),
    seriesSpanOpeners: words.list('incident-roles.seriesSpanOpeners'),
    timeUnits: words.list('news.chronoTimeUnits'),
    ownedPlaceNouns: words.list('incident-roles.ownedPlaceNouns'),
    vehicleNouns: words.list('incident-roles.vehicleNouns'),
    describedLinks: words.list('incident-roles.describedLinks'),
    groupPartNouns: words.list('incident-roles.groupPartNouns'),
    weaponNouns: words.list('incident-roles.weaponNouns'),
    kinOfNouns: words.list('incident-roles.kinOfNouns'),
    deadOfNouns: words.list('incident-roles.deadOfNouns'),
    remainderNouns: words.list('incident-roles.remainderNouns'),
    remainderModifiers: words.list('incident-roles.remainderModifiers'),
    weaponSiteNouns: words.list('incident-roles.weaponSiteNouns'),
    weaponTargetCues: words.list('incident-roles.weaponTargetCues'),
    locatives: words.list('incident-cues.locatives'),
    hostageVerbs: words.list('incident-roles.hostageVerbs'),
    carrierVerbs: words.list('incident-roles.carrierVerbs'),
    apposedHarmAfter: words.list('incident-roles.apposedHarmAfter'),
    reducedRelativeHarmVerbs: words.list('incident-roles.reducedRelativeHarmVerbs'),
    reducedRelativeAfter: words.list('incident-roles.reducedRelativeAfter'),
    tallyWords: words.list('incident-roles.tallyWords'),
    harmOfTimes: words.list('incident-roles.harmOfTimes'),
    harmOfPlaceOpeners: words.list('incident-roles.harmOfPlaceOpeners'),
    harmOfPlaceNot: words.list('incident-roles.harmOfPlaceNot'),
    anaphoricListOpeners: words.list('incident-roles.anaphoricListOpeners'),
    subjectPronouns: words.list('incident-roles.subjectPronouns'),
    objectPronouns: words.list('incident-roles.objectPronouns'),
    attemptCues: words.list('incident-roles.attemptCues'),
    attemptedHarmVerbs: words.list('incident-cues.plotTargetVerbs'),
    pronounObjectEnds: words.list('incident-roles.pronounObjectEnds'),
    nationalityNouns: nationalityPeople,
    nationalityThingModifiers: words.list('incident-roles.nationalityThingModifiers'),
    freedVerbs: words.list('incident-roles.freedVerbs'),
    detainedNouns: words.list('incident-roles.detainedNouns'),
    freedStates: words.list('incident-roles.freedStates'),
    holdingCues: words.list('incident-roles.holdingCues'),
    holderAgentVerbs: words.list('incident-roles.holderAgentVerbs'),
  };
}

/**
 * (rule role.nationality-people) People named by their nationality ("two Spaniards", "a Colombian", "three
 * Americans"): the one-word demonyms of the gazetteer that have a plural of their own ("Colombian", "Colombians"; not
 * "French" or "Chinese", which as often name a language or a whole people), and the irregular plurals of
 * incident-roles.nationalityPeople ("Spaniards", "Frenchmen").
 */
function nationalityNouns(gaz: Pick<Gazetteer, 'demonyms' | 'placesByName'>, irregular: readonly string[]): string[] {
  const out: string[] = [];
  for (const d of gaz.demonyms.keys()) {
    const one = d.slice(0, -1);
    // a plural of its own ("Colombians"), not a word with an "s" added ("Frenchs", "Manxs"), nor a place's name
    // ("Djibouti", "Gibraltar")
    if (!/^[\p{L}-]+s$/u.test(d) || !gaz.demonyms.has(one) || /(?:s|x|z|sh|ch|se)s$/u.test(d)) continue;
    if (gaz.placesByName.has(one)) continue;
    out.push(one, d);
  }
  return [...out, ...irregular];
}

/**
 * A weapon, a weapon platform or an assault (incident-roles.weaponNouns: "drone", "airstrike", "helicopters") that
 * heads its phrase, not the modifier of a site, a store or a part ("drone base", "missile launchers":
 * ownedPlaceNouns, weaponSiteNouns, groupPartNouns). A regular-expression fragment.
 */
function weaponHead(
  l: Pick<RoleLists, 'weaponNouns' | 'ownedPlaceNouns' | 'groupPartNouns' | 'weaponSiteNouns'>,
): string {
  const notSite = `${alt(l.ownedPlaceNouns)}|${alt(l.groupPartNouns)}|${alt(l.weaponSiteNouns)}`;
  return `(?:${alt(l.weaponNouns)})(?![\\p{L}-])(?!\\s+(?:${notSite})(?![\\p{L}]))`;
}

/** Anchored at the start: a weapon noun that heads its phrase (weaponHead), for the mention stage. */
export function weaponNounAfter(words: WordLists): RegExp {
  return words.memo('incident-roles.weaponAfter', () =>
    caseFoldedRegExp(
      `^${weaponHead({
        weaponNouns: words.list('incident-roles.weaponNouns'),
        ownedPlaceNouns: words.list('incident-roles.ownedPlaceNouns'),
        groupPartNouns: words.list('incident-roles.groupPartNouns'),
        weaponSiteNouns: words.list('incident-roles.weaponSiteNouns'),
      })}`,
      'iu',
    ),
  );
}

export interface RoleCues {
  /** a person noun (agent or victim head), anchored at its start */
  head: string;
  agentHead: RegExp;
  /** anchored at the end: a noun for a group's people ("Shining Path members") */
  memberHead: RegExp;
  /** anchored at the start: "of the ", ", belonging to the " between people and the group named next */
  groupLinkAfter: RegExp;
  victimHead: RegExp;
  /** anchored at the end: an attacker noun named by the deed ("kidnappers", "the gunman") */
  deedHead: RegExp;
  /** anchored at the end: an attacker noun and a passive auxiliary ("the gunman was "), right before a harm verb */
  attackerPassiveSubject: RegExp;
  harmVerb: string;
  harmNoun: string;
  stops: ReadonlySet<string>;
  /** compiled rules, in priority order */
  rules: RoleRule[];
  /** one more item of a list at the start of the text: its glue, then a described phrase (group 1) or a name (group 2) */
  listItem: RegExp;
  /**
   * (rule role.list-after-of-complement) right after a victim phrase, its "of" complement up to the next item's glue
   * ("killed the mayor of the town and two of his bodyguards"): the list goes on after it
   */
  ofComplement: RegExp;
  /**
   * (rule role.list-before-of-complement) at the end of the text, a list item's "of" complement and the glue to the
   * next item ("the mayor of San Miguel and two bodyguards were killed"): group 1 is the complement
   */
  ofComplementBefore: RegExp;
  /** a verb right before an object's opening ("arrested two men"): a list item holding it is the next clause */
  itemVerb: RegExp;
  /**
   * anchored at the start of the text after a list item: its "of" complement, an apposition set off by commas, then a
   * verb of saying ("…, the mayor of the town, Jane Roe, told reporters"): the item is the speaker (rule
   * role.list-item-speaker)
   */
  speakerAfter: RegExp;
  /** one more item of a list at the end of the text: a described phrase (group 1) or a name (group 2), then its glue */
  listItemBefore: RegExp;
  /** the same, a described phrase only (group 1): tried first (rule role.list-item-own-noun) */
  listItemBeforeDescribed: RegExp;
  /** a word that may open an item of a list ("the", "their", "at least") */
  listDeterminer: RegExp;
  /**
   * a count or "other" that may open an item of a list before its noun ("six", "other": rule
   * role.list-before-counted-item)
   */
  listCountWord: RegExp;
  /** anchored at the end: "according to the " before a phrase, which is a source (rule role.list-item-source) */
  listSourceBefore: RegExp;
  /** anchored at the start: " of the armed forces" after a person noun; group 1 is the state force */
  forceAfterOf: RegExp;
  /**
   * the whole text: a state's force or governing body, a few words before its noun ("the army", "THE SALVADORAN
   * GOVERNMENT", "its armed forces"); an item of a list of doers so written is one of them (rule role.list-state-body)
   */
  stateDoerItem: RegExp;
  /** anchored at the end: "group of ", "a column of about " before an attacker phrase (rule role.group-of) */
  collectiveBefore: RegExp;
  /** anchored at the end: "no ", "neither ", "none of the " right before a phrase (rule role.negated-phrase) */
  negatedBefore: RegExp;
  /** anchored at the end: "if this attack had been carried out by (the) " with no clause break since the opener (rule role.conditional-agent) */
  conditionalBefore: RegExp;
  /** the first words of a free relative clause, lower case (rule role.free-relative) */
  freeRelative: ReadonlySet<string>;
  /** determiners opening a phrase that names no one in particular (rule role.non-specific-phrase) */
  nonSpecific: ReadonlySet<string>;
  /** anchored at the end: "the residence of (the) " before a phrase (rule role.owner-not-harmed) */
  ownedPlaceBefore: RegExp;
  /** "'s home", "'s private residence" inside a phrase (rule role.owner-not-harmed) */
  ownedPlaceIn: RegExp;
  /** the same, anchored at the start: right after a phrase */
  ownedPlaceAfter: RegExp;
  /** anchored at the end: "'s Afghan branch", "'s armed wing" closing a phrase (rule role.group-part-apposition) */
  possessedPart: RegExp;
  /** anchored at the end: "the nephew of ", "a bodyguard of the " (rule victim/described-by-relation) */
  kinOfBefore: RegExp;
  /** a clause break: punctuation inside a sentence or a conjunction ("; ", " and ", " when "; rule incidents/pronoun-object-antecedent) */
  clauseBreak: RegExp;
  /** a person noun anywhere, a whole word, global (rule incidents/pronoun-object-antecedent: a described antecedent) */
  personNounAll: RegExp;
  /**
   * a weapon written as the target ("shot down two helicopters", "the drones were destroyed"): its owner is the
   * side that lost it, not the doer (rule perpetrator/weapon-belongs-to-target)
   */
  weaponTargeted: RegExp;
  /** anchored at the end: "the murder of ", "the killing of the " (rule role.harm-object-not-subject) */
  harmOfBefore: RegExp;
  /** anchored at the end: "the agrarian reform ", "the investigation which was " (rule role.blamed-non-harm-object) */
  nonHarmDeedBefore: RegExp;
  /** a phrase that ends in "others" (rules role.others-of-attackers, role.others-of-things) */
  remainderPhrase: RegExp;
  /** anchored at the start: the glue of a list item a count includes (", including "; rule role.attackers-among-the-dead) */
  inclusionGlue: RegExp;
  /** a phrase that ends in a state force's men or ranks ("two sergeants", "policemen"; rule role.agent-inclusion-harmed) */
  forceItem: RegExp;
  /** anchored at the start: "for" + a duty after "responsible" (" for guarding", " for security"; rule role.responsible-for-duty) */
  dutyAfterResponsible: RegExp;
  /** anchored at the end: a verb of guarding, a determiner and at most three words of no verb before a phrase (rule role.protected-not-harmed) */
  protectedBefore: RegExp;
  /** anchored at the start: a verb of guarding opening a phrase (rule role.protected-not-harmed) */
  protectedOpening: RegExp;
  /** anchored at the end: a verb of guarding and "by" before a phrase (rule role.guard-not-agent) */
  guardAgentBefore: RegExp;
  /** anchored at the end: the last count before a phrase and the noun it counts, in group 1 (rule role.others-of-things) */
  countedLastBefore: RegExp;
  /** anchored at the end: a count right before a phrase, cut off when looking for the one before it */
  countAtEnd: RegExp;
  /** a person noun that ends a phrase, a whole word */
  personNounEnd: RegExp;
  /** a noun of people that says nothing of who they are ('persons', 'people'), ending a phrase, a whole word */
  plainPersonEnd: RegExp;
}

export interface RoleRule {
  id: string;
  reason: string;
  role: RoleName;
  /** group 1 is the role phrase */
  re: RegExp;
  /**
   * a part of `re` every match holds (its verb or cue), as a pattern of its own: a sentence without it is not tried,
   * a cheap test before the costly one (a subject phrase is tried from every word of the sentence)
   */
  cue?: RegExp;
  /**
   * the syntax alone says who did it ("killed by three young men", "accused the army of"): any person noun, soldiers
   * and police included, is a perpetrator without a name
   */
  agentBySyntax?: boolean;
  /**
   * the syntax names the doer of a deed ("placed by a young man", "attacks by 150 rebels"): the phrase counts in a
   * sentence without an incident word of its own, for the article's main incident (blame and suspicion do not)
   */
  deedAgent?: boolean;
  /**
   * the match opens at most `words` words before a match of `head` (a phrase of a few words before its head noun, as
   * npBefore writes it): each try starts that many words before the head's next match, not at every word before it
   * (found by buildRoleCues from the pattern's source; a speed-up that finds the same matches)
   */
  opensBefore?: PhraseOpening;
  /** the phrase is a name, not a described person: it counts only where it holds a named person */
  namedPerson?: boolean;
  /** the phrase is a name slot: it counts only where it holds a named person or group */
  named?: boolean;
  /** a name slot that counts only where it holds an armed group or a state body (rule perpetrator/actor-modifies-weapon) */
  actorOnly?: boolean;
  /** a name slot that counts only where it holds an armed group (rule role.named-releaser) */
  armedGroupOnly?: boolean;
  /** a name slot that may start at any word: the rule is tried again from each next word (as namedPerson rules are) */
  nameFromAnyWord?: boolean;
  /** the name slot's holder is the name that ends it, right before its cue (the slot may open earlier words) */
  nameAtEnd?: boolean;
  /**
   * the cue stands for people the sentence before named (rule role.named-casualty-list-anaphor): the phrase counts only
   * where that sentence's last role phrase other than a perpetrator is a victim (not the suspect of an arrest after it)
   */
  afterHarm?: boolean;
  /**
   * the one set free (rule role.freed-held): a victim only of an abduction or a hostage-taking, the kind the freeing
   * ends (incident-roles.heldFamilies)
   */
  freed?: boolean;
  /** the phrase follows its cue, so a list after it ("killed six priests, their cook and her daughter") shares the role */
  listFollows?: boolean;
  /** the phrase comes before its cue, so a list that ends in it ("A, B and two peasants were killed") shares the role */
  listPrecedes?: boolean;
}

export interface RolePhrase {
  role: RoleName;
  /** offsets into the article text */
  start: number;
  end: number;
  text: string;
  rule: string;
  /** the phrase's noun does not name attackers: it counts only where it is a named person or group */
  needsEntity: boolean;
  /** the phrase counts only where it holds a named person (a name slot, not a person noun) */
  personOnly?: boolean;
  /** a deed noun alone ("the kidnappers"): it stands for the attackers only where nothing else names them */
  fallback?: boolean;
  /** the doer of a deed the syntax names ("placed by a young man", "attacks by 150 rebels"), whatever its noun */
  bySyntax?: boolean;
  /** a name slot that counts only where it holds an armed group or a state body (rule perpetrator/actor-modifies-weapon) */
  actorOnly?: boolean;
  /** a name slot that counts only where it holds an armed group (rule role.named-releaser) */
  armedGroupOnly?: boolean;
  /** the name slot ends at its cue and may open words before the name: only a name that ends the slot is its holder */
  nameAtEnd?: boolean;
  /** it counts only after a sentence whose last victim or suspect is a victim (rule role.named-casualty-list-anaphor) */
  afterHarm?: boolean;
  /** one set free: a victim only of an abduction or a hostage-taking (rule role.freed-held) */
  freed?: boolean;
}

export interface RoleLists {
  /** the response triggers ("arrested", "detained", "taken into custody", "raided"): whom they act on is a suspect */
  responseTriggers: readonly string[];
  agentHeads: readonly string[];
  /** attacker nouns named by the deed ('the kidnappers', 'the gunmen'): who did the article's incident, with no verb */
  deedHeads: readonly string[];
  /** "members", "militants" after a group's name: the group's people */
  memberHeads: readonly string[];
  /** "belonging to", "loyal to": between people and the group they are of, as "of" and "from" are */
  groupLinks: readonly string[];
  /** "were members of", "belonged to": after attackers, the group named next is theirs (role.attackers-members-of-group) */
  membershipLinks: readonly string[];
  /** "when", "after": open a clause whose response participle has the name before as its subject */
  responseWhenOpeners: readonly string[];
  /** "escaped unharmed", "was not injured": the subject was the target of the attack */
  targetCues: readonly string[];
  /** "the dead were", "among the injured are": the names listed after were harmed */
  casualtyListOpeners: readonly string[];
  /** "was the victim of", "were among those killed": the subject suffered the incident */
  harmedCues: readonly string[];
  /** state armed forces and police ('soldiers', 'the army'): attackers only where the syntax says so */
  forceHeads: readonly string[];
  /** "the government", "the intelligence services": a perpetrator only where a verb of blame names it for an act of harm */
  blamedStateBodies: readonly string[];
  victimHeads: readonly string[];
  /** people with no part in the fighting ('peasants', 'two reporters'): whoever harms them did an attack */
  civilianNouns: readonly string[];
  /** "village", "refugee camp", "the civilian population": where civilians live or gather, harmed by forces */
  civilianPlaceNouns: readonly string[];
  /** "died", "were found dead": the subject died, in the incident its sentence names */
  deathVerbs: readonly string[];
  harmVerbs: readonly string[];
  /** verbs of an attack on things or with a weapon ("destroyed", "planted"): who did it, never who suffered it */
  attackVerbs: readonly string[];
  /** what attackers do at the scene besides harm ("broke into", "fled", "released"): after an attacker noun, who did it */
  attackerDeedVerbs: readonly string[];
  /** "group", "column", "gang": a body of attackers named as one ("a group of armed men") */
  collectiveNouns: readonly string[];
  negatedBefore: readonly string[];
  /** "if", "unless": open a clause that supposes an act (rule role.conditional-agent) */
  conditionalOpeners: readonly string[];
  freeRelativeOpeners: readonly string[];
  relativePronouns: readonly string[];
  nonSpecificDeterminers: readonly string[];
  /** "are", "dead", "Saturday": a word after a harm verb that opens no object of it ("the men killed were") */
  notObjectOpeners: readonly string[];
  /** "…, killing two civilians": a participle after a comma whose object suffered the event */
  harmParticiples: readonly string[];
  /** "the", "of": a harm participle after them is a noun or a gerund, no participle that adds harm */
  participleBlockers: readonly string[];
  /** "two men", "several persons": people who as the subject of a weapon verb are the attackers */
  plainPersonHeads: readonly string[];
  /** "on", "riding", "dressed": what opens how attackers came or looked ("two men on a motorcycle") */
  mannerOpeners: readonly string[];
  /** "when", "while": a conjunction that ends a phrase of manner ("two men on a motorcycle when gunmen opened fire") */
  mannerGapStops: readonly string[];
  /** "set off", "hurled", "opened fire": verbs of using a weapon; their subject attacked */
  weaponVerbs: readonly string[];
  /** "accused … of", "held … responsible for": the phrase between is the one blamed */
  accuseCues: readonly string[];
  harmNouns: readonly string[];
  possessedHarmNouns: readonly string[];
  /** "and", "especially", "joins": what links a harm noun to a later "that of <name>" standing for the same harm */
  thatOfLinks: readonly string[];
  claimCues: readonly string[];
  /** "so-called", "self-styled", "a group calling itself": what opens the name a group gives itself */
  styledNameOpeners: readonly string[];
  /** "those", "the people": before "responsible for" the act, the ones who did it, named next ("… were the Front") */
  responsibleOnes: readonly string[];
  blameCues: readonly string[];
  /** "carried out", "perpetrated": a participle whose "by" agent may follow when and where it happened */
  deedParticiplesBeforeAgent: readonly string[];
  /** "claims it attacked", "said its units ambushed": the group before says it did the deed after */
  ownDeedCues: readonly string[];
  ownMachineCues: readonly string[];
  machineNouns: readonly string[];
  machineStrikeVerbs: readonly string[];
  phraseStops: readonly string[];
  /** prepositions and conjunctions: an object never opens with one ("killed in a clash with troops") */
  phraseBreakers: readonly string[];
  clauseOpeners: readonly string[];
  harmTimes: readonly string[];
  harmAdverbs: readonly string[];
  passiveAuxiliaries: readonly string[];
  objectQuantifiers: readonly string[];
  /** "reform", "investigation", "march": a deed that harms no one, before a blame cue (rule role.blamed-non-harm-object) */
  nonHarmDeedNouns: readonly string[];
  /** "were the ones who": a cleft between a subject and its verb (rule role.cleft-subject) */
  cleftSubjectLinks: readonly string[];
  /** "accused of", "suspected of", "involved in": the phrase before is held to have done the act after */
  suspicionCues: readonly string[];
  /** "implicated … in", "links … to": an active verb that ties the phrase after it to an act of harm */
  implicateCues: readonly string[];
  /** "told", "informed": a verb of telling whose object is the one told ("told the police that …") */
  addresseeVerbs: readonly string[];
  /** "shelled", "fired rockets": the subject attacked from a distance, state forces included */
  remoteAttackVerbs: readonly string[];
  /** "using", "backed by": open an aside on what a force used, between it and its verb (rule role.remote-attack-after-aside) */
  meansAsideOpeners: readonly string[];
  /** what may open one more item of a list of people ("the", "their") */
  listDeterminers: readonly string[];
  inclusionLinks: readonly string[];
  /** "sergeants", "a colonel": a state force's own men by rank (rule role.agent-inclusion-harmed) */
  forceRankHeads: readonly string[];
  /** "policemen", "troops": a state force's men (rule role.agent-inclusion-harmed) */
  stateForceNouns: readonly string[];
  /** "guarding", "security": a duty after "responsible for", not an act (rule role.responsible-for-duty) */
  dutiesAfterResponsible: readonly string[];
  /** "guard", "protecting": who comes right after is the one kept safe (rule role.protected-not-harmed) */
  protectionVerbs: readonly string[];
  /** "assigned to", "responsible for": a duty between people and a verb of guarding (rule role.duty-aside-passive-gap) */
  dutyOpeners: readonly string[];
  /** "the", "its": a determiner that makes the next noun definite (incident-cues.determiners) */
  definiteDeterminers: readonly string[];
  /** "robbed", "mugged": a crime against a person that harms them where a person is its object */
  personCrimeVerbs: readonly string[];
  /** "according to": who comes right after is the source of a statement, not an item of its subject's list */
  listSourceOpeners: readonly string[];
  /** what may follow an item of a list of people (the next item, a preposition), never a verb */
  listClosers: readonly string[];
  /** "arrested", "shot": a verb before an object's opening, which no list item holds */
  listItemVerbs: readonly string[];
  speakerVerbs: readonly string[];
  /** "two", "several": a count that opens an object after a verb */
  listItemCounts: readonly string[];
  /** "within", "in less than": before a count of time units, the span a series of harm took (role.named-object-after-span) */
  seriesSpanOpeners: readonly string[];
  /** "hours", "days": units of time after a count (news.chronoTimeUnits) */
  timeUnits: readonly string[];
  /** "residence", "offices": places someone owns or works in; an attack on them is no harm to the owner */
  ownedPlaceNouns: readonly string[];
  /** "cars", "trucks": a vehicle; after a person noun the phrase names it, not people (role.thing-after-person-noun) */
  vehicleNouns: readonly string[];
  /** "of", "at", "from": a preposition whose short phrase completes a described subject (role.described-passive-gap) */
  describedLinks: readonly string[];
  groupPartNouns: readonly string[];
  /** "drone", "airstrike", "ambush": a weapon or an assault; who is written before it as its modifier used it */
  weaponNouns: readonly string[];
  /** "nephew", "bodyguard": a person known by the one named after "of" ("the nephew of President X") */
  kinOfNouns: readonly string[];
  /** "the body of", "the bodies of", "the remains of": the 'of' phrase after them names the dead */
  deadOfNouns: readonly string[];
  /** "others" after a count ('one was killed and five others wounded'): the rest of the people counted before */
  remainderNouns: readonly string[];
  /** "other", "more": after a count, the rest of a list's people ("X and six other people", rule role.list-before-other-people) */
  remainderModifiers: readonly string[];
  /** "base", "launchers", "depot" after a weapon noun: the weapon noun only modifies a site or a store */
  weaponSiteNouns: readonly string[];
  /** "on", "against", "intercepted": right before a body and its weapon, the body's weapon was the target */
  weaponTargetCues: readonly string[];
  /** "in", "at", "near": what opens where something happened (incident-cues.locatives) */
  locatives: readonly string[];
  /** "held", "took", "seized": with "hostage" after their object, whoever they hold suffered a hostage-taking */
  hostageVerbs: readonly string[];
  /** "carrying", "ferrying": what people a vehicle held, whom a later count "of them" takes up (role.carried-of-them) */
  carrierVerbs: readonly string[];
  /** "on", "last", "near", a number: what follows a harm participle set off after a name ("X, kidnapped on 9 May,") */
  apposedHarmAfter: readonly string[];
  /** "killed", "murdered", "kidnapped": harm participles that make a reduced relative after a person noun */
  reducedRelativeHarmVerbs: readonly string[];
  /** "in", "by", "last": what opens the rest of a reduced relative of harm ("the priests murdered last week") */
  reducedRelativeAfter: readonly string[];
  /** "number", "total", "toll": a count over many events, whose people are no victims of one (role.reduced-relative-harmed) */
  tallyWords: readonly string[];
  /** "last week", "on 22 March": when a harm happened, between its noun and "of" (rule role.harm-of-adjunct) */
  harmOfTimes: readonly string[];
  /** "in", "at", "near": what opens where a harm happened, between its noun and "of" (rule role.harm-of-adjunct) */
  harmOfPlaceOpeners: readonly string[];
  /** "the", "front", "town": a word that makes the "of" after a place part of it (rule role.harm-of-adjunct) */
  harmOfPlaceNot: readonly string[];
  /** "they are", "one of them is": a list of names that says who the people harmed before were */
  anaphoricListOpeners: readonly string[];
  /** 'he', 'she': opening a sentence, the person the text has just been about (rule role.pronoun-active-subject) */
  subjectPronouns: readonly string[];
  /** 'tried', 'in an attempt': before 'to' and a harm verb, an act of harm tried (rule role.attempt-object) */
  attemptCues: readonly string[];
  /** 'kill', 'kidnap': base forms of verbs of harm, after 'tried to' (rule role.attempt-object) */
  attemptedHarmVerbs: readonly string[];
  /** 'him', 'her': the object of a harm verb, a person named before (rule role.pronoun-harm-object) */
  objectPronouns: readonly string[];
  /** 'twice', 'three times': words after an object pronoun that leave it a whole object (rule role.pronoun-harm-object) */
  pronounObjectEnds: readonly string[];
  /** "Colombians", "a Spaniard": people named by their nationality (rule role.nationality-people) */
  nationalityNouns: readonly string[];
  /** "electricity", "telephone": a noun that makes a word spelt as a nationality part of a thing's name ("poles") */
  nationalityThingModifiers: readonly string[];
  /** "released", "freed", "rescued": who they act on had been held (rule role.freed-held) */
  freedVerbs: readonly string[];
  /** "prisoners", "suspects": people a state holds, whose release ends no abduction (rule role.freed-held) */
  detainedNouns: readonly string[];
  /** "unharmed", "alive": how the one set free was found, right after them (rule role.freed-held) */
  freedStates: readonly string[];
  /** "is still holding", "are holding": who they hold is held, as one set free was (rule role.still-held) */
  holdingCues: readonly string[];
  /** "held by", "released by": the 'by' agent after them held the people (rule role.named-holder-agent) */
  holderAgentVerbs: readonly string[];
}

const alt = alternatives;
const W = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’.-]|,(?=\\d{3}))*";

/** RoleRule.opensBefore: a global pattern of the head noun, and how many words before it a match may open */
export interface PhraseOpening {
  head: RegExp;
  words: number;
}

/** a rule's cue (RoleRule.cue): the same sub-pattern, in the same case-insensitive Unicode mode as the rules */
const cueRe = (pattern: string): RegExp => caseFoldedRegExp(pattern, 'iu');

export function buildRoleCues(l: RoleLists): RoleCues {
  // rules that share a cue share one RegExp, so rolePhrases tests each cue once per sentence
  const cuesMade = new Map<string, RegExp>();
  const cueOf = (pattern: string): RegExp => {
    let re = cuesMade.get(pattern);
    if (!re) cuesMade.set(pattern, (re = cueRe(pattern)));
    return re;
  };
  // (rule role.nationality-people) a nationality heads a phrase of people only where it ends the noun phrase ("two
  // Spaniards were kidnapped", "wounded a Colombian,"), not where it qualifies the noun after it ("a Colombian judge",
  // "Salvadoran troops", whose own noun heads the phrase or leaves it unread)
  // (rule role.nationality-thing-compound) not after a noun that makes it a thing's name ("electricity poles")
  const nationality = l.nationalityNouns.length
    ? `|(?<!(?<![\\p{L}])(?:${alt(l.nationalityThingModifiers)})\\s+)(?:${alt(l.nationalityNouns)})(?=\\s*(?:[,.;:()"”—–]|--|$)|\\s+(?:${alt(l.phraseBreakers)}|${alt(l.clauseOpeners)}|${alt(l.passiveAuxiliaries)}|${alt(l.notObjectOpeners)}|${alt(l.harmVerbs)}|${alt(l.deathVerbs)})(?![\\p{L}]))`
    : '';
  const head = `(?:${alt(l.agentHeads)}|${alt(l.victimHeads)}${nationality})`;
  // who did it where the syntax says so: the attacker and person nouns and a state's forces ("killed by army troops"),
  // not a force noun that opens a group's name ("by the Army of National Liberation")
  const doer = `(?:${alt(l.agentHeads)}|(?:${alt(l.forceHeads)})(?!\\s+of(?![\\p{L}]))|${alt(l.victimHeads)})`;
  const verb = `(?:${alt(l.harmVerbs)})`;
  // the agent of a verb of attack on things did it as much as the agent of a verb of harm ("guerrillas destroyed a bus")
  const agentVerb = `(?:${alt(l.harmVerbs)}|${alt(l.attackVerbs)})`;
  const noun = `(?:${alt(l.harmNouns)})`;
  // (rule role.possessor-harmed) a possessive, at most two words, then a noun of harm its possessor suffered, with no
  // "of" after it ("the mayor's assassination", "Galan's murder"; "the army's killing of peasants" has its victims after)
  const possessedHarm = `['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alt(l.possessedHarmNouns)})(?![\\p{L}])(?!\\s+of(?![\\p{L}]))`;
  // a phrase: up to four words, the last a person noun; stops are cut off later
  // a phrase after a verb or preposition; one that opens with a conjunction is the next clause ("killed when gunmen …")
  // (rule role.collective-tail) a body noun after an attacker noun belongs to the phrase ("an urban guerrilla group",
  // "a guerrilla column", "paramilitary groups"): the whole is the name news gives the attackers, and its head is the
  // body; not after other person nouns ("the tourist groups" are no body of attackers)
  // (rule role.force-unit-tail) nor only after attacker nouns: a unit noun after a force noun ("the 6th military
  // detachment", "an army unit") heads the phrase as much, the unit that did it
  const tailAfter = (quote: string) =>
    `(?:(?<=(?:${alt(l.agentHeads)}|${alt(l.forceHeads)})${quote})\\s+(?:${alt(l.collectiveNouns)}))?`;
  const tail = tailAfter('');
  // (rule role.possessor-not-head) a person noun with a possessive is no head of its phrase: "killed the mayor's
  // wife", "the reporter's son" name the wife and the son (the phrase reads on to the noun possessed)
  const notPossessor = `(?!['’]s?(?![\\p{L}\\p{N}]))`;
  // (rule role.thing-after-person-noun) a person noun right before a vehicle ("two police cars", "an army truck", "a
  // police patrol car") qualifies it: the phrase names a thing attacked, not people
  const notThing = `(?!(?:\\s+(?:${alt(l.collectiveNouns)}))?\\s+(?:${alt(l.vehicleNouns)})(?![\\p{L}\\p{N}]))`;
  const np = `((?!(?:${alt(l.clauseOpeners)})\\s)(?:${W}\\s+){0,4}?${head}(?:\\s+${head})*${notThing}${tail})(?![\\p{L}\\p{N}])${notPossessor}`;
  const npBefore = `((?:${W}\\s+){0,4}${head}${notThing}${tail})(?![\\p{L}\\p{N}])${notPossessor}`;
  const npDoer = np.replaceAll(head, doer);
  // (rule role.blamed-state-body) after a cue of blame that follows the act ("the massacre was planned by the
  // government", "attributed the bombing to the regime"), a government or its secret services named by their office is
  // the one blamed, as a force is; not one written as a person's ("one carried out by the government of X": which
  // government the words after it say)
  const npBlamedDoer = np.replaceAll(head, `(?:${doer}|(?:${alt(l.blamedStateBodies)})(?!\\s+of(?![\\p{L}])))`);
  // (rule role.accused-force) after a verb of blame, "of" and an act of harm after a force noun says what it is accused
  // of ("accused the air force of bombing the church", "accused the army of the massacre"), not the name of a group
  // ("accused the Army of National Liberation of")
  const harmAfterOf = `(?:${alt(l.harmParticiples)}|[\\p{L}]+ing|(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:${alt(l.harmNouns)}))(?![\\p{L}])`;
  // (rules role.implicated-in, role.named-implicated-in) what one is tied to after "in", "to" or "with": an act of harm
  // within a few words ("in the murder of", "to the March 1980 assassination", "to killing the judge"); a list of others
  // tied with the first may stand between
  const implicatedAct = `(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)[^.;:]{1,80}?)?\\s+(?:in|to|with)\\s+(?:(?:a|an|${alt(l.definiteDeterminers)})\\s+)?(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?:${noun}|${alt(l.harmParticiples)}|${verb})(?![\\p{L}])`;
  // the verb active, its object next: in "X has been linked by the prosecutor to the murder" the one after "by" tied X
  // to it (X is read by the suspicion cues)
  const activeImplicate = `(?<!(?<![\\p{L}])(?:${alt(l.passiveAuxiliaries)}|are|is|been|being)\\s+)(?:${alt(l.implicateCues)})(?!\\s+by(?![\\p{L}]))`;
  // (rule role.accused-state-body) a government or its secret services blamed by name of their office ("accused the
  // government of ordering the massacre", "blamed the intelligence services and the army for the murder"): only where
  // the words after the phrase (a list of others blamed with it between) say for what, and that is an act of harm
  const blamedAct = `(?:${alt(l.harmParticiples)}|(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:${alt(l.harmNouns)})|[\\p{L}]+ing\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${alt(l.harmNouns)}))(?![\\p{L}])`;
  const stateBody = `(?:${alt(l.blamedStateBodies)})(?=(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)[^.;:]{1,80}?)?\\s+(?:of|for|(?:(?:${alt(l.passiveAuxiliaries)}|are|is)\\s+(?:[\\p{L}]+ly\\s+)?(?:held\\s+)?)?responsible\\s+for)\\s+${blamedAct})`;
  // (rule role.blamed-gloss) a bracketed gloss inside a phrase blamed ("blamed FMLN [Farabundo Marti National
  // Liberation Front] guerrillas for", "blamed Islamic State (IS) militants for") belongs to it
  // ("carried out by the Front [gloss] against the people" is no phrase: a preposition after the gloss opens the next)
  // (rule role.accused-quoted-word) with `quoted`, a word of the phrase may stand in quotes, the writer's distance from
  // the word and no end of the phrase ('blamed "narco-terrorist" groups for the bombing', 'accused so-called "death
  // squads" of the massacre'): a quote may open before a word or the head and close after it
  const glossedWords = (p: string, quoted = false) =>
    p.replace(
      `(?:${W}\\s+){0,4}?`,
      `(?:${quoted ? '["“]?' : ''}${W}${quoted ? '["”]?' : ''}(?:\\s*[\\[(][^\\])]{0,80}[\\])](?!\\s+(?:${alt(l.phraseBreakers)}|${alt(l.clauseOpeners)})(?![\\p{L}])))?\\s+){0,4}?${quoted ? '["“]?' : ''}`,
    );
  const npAccused = glossedWords(
    np
      .replace(tail, tailAfter('["”]?'))
      .replaceAll(
        head,
        `(?:${alt(l.agentHeads)}|(?:${alt(l.forceHeads)})(?!\\s+of\\s+(?!${harmAfterOf}))|${stateBody}|${alt(l.victimHeads)})["”]?`,
      ),
    true,
  );
  const npBeforeDoer = npBefore.replaceAll(head, doer);
  // (rule role.accused-state-body) a government said to be responsible for an act of harm ("the government and the army
  // are responsible for the bombing")
  const npBeforeClaimed = npBefore.replaceAll(head, `(?:${doer}|${stateBody})`);
  // an attacker noun before "of the <group>" ("guerrillas of the Front claimed"); "members of the army were
  // responsible" is the army's
  const agentEnd = `(?:${alt(l.agentHeads)})`;
  // one who died: a person noun that names no attacker ("the attacker died in the blast" is no victim)
  const npBeforeVictim = npBefore.replaceAll(head, `(?:${alt(l.victimHeads)})`);
  const npVictim = np.replaceAll(head, `(?:${alt(l.victimHeads)})`);
  // (rules role.robbed-person and kin) a verb of a crime against a person's goods or body that is no harm verb: its
  // object or passive subject suffered it only where a noun of people or a name says it is a person ("robbed a
  // shopkeeper", "X was mugged"; "robbed a bank" harms no one by this cue)
  const personCrimeVerb = `(?:${alt(l.personCrimeVerbs)})`;
  // (rule role.freed-held) who a release frees: a person noun that names no attacker, nor one a state holds
  // ("prisoners were released" ends a detention, not an abduction)
  const freedVerb = `(?:${alt(l.freedVerbs)})`;
  const notDetained = `(?<!(?<![\\p{L}])(?:${alt(l.detainedNouns)}))`;
  const npBeforeFreed = npBefore.replaceAll(head, `(?:${alt(l.victimHeads)})${notDetained}`);
  const npFreed = np.replaceAll(head, `(?:${alt(l.victimHeads)})${notDetained}`);
  // (rule role.still-held) "holding X hostage" is the hostage-object rule's: the still-held rules leave it; a
  // described object holds no preposition ("holding a meeting with the mayor" holds no mayor)
  const npHeld = npFreed.replace(`(?:${W}\\s+){0,4}?`, `(?:(?!(?:${alt(l.phraseBreakers)})\\s)${W}\\s+){0,4}?`);
  const notHeldHostage = `(?![^.;:]{0,80}?\\shostages?(?![\\p{L}]))`;
  // the object of a release ends its phrase ("released the engineers unharmed"; not "released an official note")
  const freedObjectEnd = `(?=\\s*(?:[,.;:()"”]|$)|\\s+(?:${alt(l.listClosers)}|${alt(l.phraseBreakers)}|${alt(l.clauseOpeners)}|${alt(l.harmTimes)}|${alt(l.freedStates)})(?![\\p{L}]))`;
  // (rule role.attacker-deed-subject) an attacker noun as a subject, and a short apposition closed by a comma between
  // it and its verb (", disguised as policemen,"; ", who posed as secret agents,") that holds no passive auxiliary
  const npBeforeAttacker = npBefore.replaceAll(head, agentEnd);
  const appositionGap = `(?:\\s*,(?![^,.;:()]*(?<![\\p{L}])(?:${alt(l.passiveAuxiliaries)}|are|is)(?![\\p{L}]))[^,.;:()]{1,60},)?`;
  // between a subject and its verb: "of the <group>", auxiliaries, adverbs and when it happened
  // (rule role.active-subject-no-passive) no passive auxiliary among those words: "a member of the party, were
  // abducted" is the passive of the one abducted, not an active subject
  const notAux = `(?!(?:${alt(l.passiveAuxiliaries)}|are|is|being)(?![\\p{L}]))`;
  // (rule perpetrator/belong-to-group) "rebels belonging to the Front", "gunmen loyal to the cartel": the people are
  // the group's as much as "guerrillas of the Front" are
  const groupLink = `(?:of|from|${alt(l.groupLinks)}|${alt(l.membershipLinks)})`;
  const ofGroup = `(?:\\s*,?\\s+${groupLink}\\s+(?:the\\s+)?(?:${notAux}\\S+\\s+){0,7}?${notAux}\\S+?,?)?`;
  // a non-restrictive relative pronoun between a subject and its verb ("the death squads, who murdered …")
  // (rule role.cleft-subject) "the soldiers were the ones who killed": a cleft names the subject of the verb after it
  // (rules role.named-own-machine, role.own-machine) "said its drone", "acknowledged that their jets": a verb of saying,
  // then "its" or "their" and a machine of war
  const ownMachine = `(?:${alt(l.ownMachineCues)})\\s+(?:its|their)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${alt(l.machineNouns)})`;
  const relative = `(?:\\s*,?\\s+(?:who|which)|\\s+(?:${alt(l.cleftSubjectLinks)}))?`;
  // (rule role.relative-aside) a relative clause set off by commas between a subject and its verb, however it is
  // worded ("The teenager, who cannot be named for legal reasons, knifed …", "a man, who was wearing a mask, shot …"):
  // the subject still does what the verb after the second comma says
  const relativeAside = `(?:\\s*,\\s*who\\s+[^,.;:()\\[\\]]{1,60},)?`;
  // a bracketed gloss after a phrase ("guerrillas (MRTA)", "the commando [Comando X]")
  const gloss = '(?:\\s*[\\[(][^\\])]{0,80}[\\])])?';
  const adverb = `(?:${alt(l.harmAdverbs)})`;
  const aux = `(?:(?:have|has|had|${adverb}|${alt(l.harmTimes)})\\s+){0,3}`;
  // (rule role.found-harmed) "was found murdered": the finding of the body says who suffered it
  // (rule role.progressive-passive) "are being held hostage", "is still being held", "were being tortured": the
  // progressive passive says who suffers it as the plain one does; "still" may stand before "being"
  const passive = `(?:${alt(l.passiveAuxiliaries)}|being|are|is)\\s+(?:(?:still\\s+)?being\\s+)?(?:${adverb}\\s+)?(?:found\\s+)?`;
  // a name: up to eight words, closed by punctuation or a word no name holds; the named person inside is found later
  const nameStop = `\\s*$|\\s+(?:${alt(l.phraseStops)}|${alt(l.clauseOpeners)}|${alt(l.passiveAuxiliaries)}|${alt(l.harmTimes)})(?![\\p{L}])`;
  const nameEnd = `(?=\\s*[,.;:()]|${nameStop})`;
  // a group's name may be glossed in square brackets ("the FMLN [Farabundo Marti National Liberation Front]")
  const groupNameEnd = `(?=\\s*[,.;:()[\\]]|${nameStop})`;
  const name = `((?!(?:${alt(l.clauseOpeners)})\\s)(?:${W}\\s+){0,7}?${W})${nameEnd}`;
  // (rule role.named-object-after-span) "within two days", "in less than 48 hours": how long a series of harm took
  const seriesSpan = `(?:${alt(l.seriesSpanOpeners)})\\s+(?:\\d[\\d,]*|a|${alt(l.listItemCounts)})\\s+(?:${alt(l.timeUnits)})(?![\\p{L}])`;
  // (rule role.quoted-group-name) a group's name after "by" or a verb of blame may stand in quotes, alone or after a
  // description ('organized by the "Red Dawn"', 'the work of the armed faction "Red Dawn"', 'claimed by a so-called
  // "Red Dawn" group'): the quotes mark the name, they do not end the slot
  const QW = `["“]?${W}["”]?`;
  const groupName = `((?!(?:${alt(l.clauseOpeners)})\\s)(?:${QW}\\s+){0,7}?["“]?${W})["”]?${groupNameEnd}`;
  // (rule role.harmed-along-with) a passive harm verb or a verb of dying, the rest of its clause (when, where), then
  // "along with" / "together with": who comes next was harmed with the subject
  const harmedThen = `(?<![\\p{L}])(?:${passive}${verb}|${alt(l.deathVerbs)})(?![\\p{L}])[^.;:]{0,80}?\\s*,?\\s+(?:along|together)\\s+with\\s+(?:(?:${alt(l.objectQuantifiers)})\\s+)?`;
  // (rule role.harmed-including) a passive harm verb or a verb of dying, the rest of its clause (when, where; no "by"
  // agent, whose people a count may include as well), then a comma and "including": who comes next is one of those
  // harmed ("five people were killed on Monday, including two children")
  const harmedThenIncluding = `(?<![\\p{L}])(?:${passive}${verb}|${alt(l.deathVerbs)})(?![\\p{L}])(?:(?!\\sby\\s)[^.;:]){0,80}?\\s*,\\s*(?:${alt(l.inclusionLinks)})\\s+(?:(?:${alt(l.objectQuantifiers)})\\s+)?`;
  // between a named subject and its passive verb: an apposition or two (", mayor of Achi, in the north,"), "who"
  // (an apposition may hold an acronym in brackets, "a police officer at the Massachusetts Institute of Technology
  // (MIT)", and run to a dozen words, "the Tunisian man wanted over the Berlin Christmas market attack")
  // (rule role.apposition-editor-brackets) a transcript's editor writes an acronym's expansion or an acronym in square
  // brackets inside the apposition ("coordinator of the Patriotic Union [UP] in Cordoba", "an agent of FUSEP [Public
  // Security Forces]"), which makes it longer: up to twenty words
  // (rule role.charged-apposition) "X, 17, is charged with murder in the killing of Y, 16, who was shot": a stretch
  // between commas that holds the subject's own charge or suspicion ("is charged with", "was accused of") is its clause,
  // no apposition; the harm verb after it is said of someone else
  const ownCharge = `\\s(?:${alt(l.passiveAuxiliaries)}|is|are)\\s+(?:${alt(l.suspicionCues)})(?![\\p{L}])`;
  const apposition = `(?:(?!${ownCharge})(?:[^,.;()\\[\\]]|\\(\\p{Lu}[\\p{Lu}\\p{N}&.-]{0,9}\\)|\\[[^\\[\\],.;]{1,60}\\])){1,130}`;
  const subjectGap = `(?:\\s*,(?:${apposition},){1,3}\\s*(?:who\\s+)?|\\s*,\\s*who\\s+|\\s+)`;
  // (rule role.described-passive-gap) between a described subject and its passive verb: "of", "at" or "from" and a
  // short phrase ("50 peasants of various ages were kidnapped", "a civilian employee at the 4th army brigade was shot"), an apposition closed by a comma (", five of them foreigners,") and a
  // relative pronoun, alone or with a short clause of its own ("the priests who were killed", "two civilians that
  // were passing by were hurt", "two women who worked for them were assassinated"); a participle's short clause ("two
  // policemen guarding the consulate were killed")
  // (rule role.described-passive-aside) an aside between dashes or in brackets that breaks the people down may stand
  // between them and their passive verb ("five people -- three children and two women -- were killed", "eight people
  // (three soldiers and five civilians) were wounded"): the subject suffered it all the same
  const describedAside = `(?:\\s*(?:--|[—–])\\s*[^-—–.;:()\\[\\]]{1,80}?\\s*(?:--|[—–])|\\s*\\([^()\\[\\].;:]{1,80}\\))?`;
  // (rule role.duty-aside-passive-gap) a duty that opens with "assigned to", "responsible for" and a verb of guarding
  // ("four soldiers assigned to guard the governor were killed"): the people who hold it suffered the harm
  const dutyAside = `\\s+(?:${alt(l.dutyOpeners)})\\s+(?:${alt(l.protectionVerbs)})(?:\\s+[^\\s,.;:()]+){1,6}?`;
  // (rule role.addressee-not-harmed) "that" after the one a verb of telling addresses opens what was told ("a witness
  // told the police that he was attacked"): no relative clause of the one told, who is no subject of the harm after it
  const notToldThat = `(?<!(?<![\\p{L}])(?:${alt(l.addresseeVerbs)})(?:\\s+[\\p{L}\\p{N}'’.-]+){1,4}\\s+)`;
  const describedGap = `(?:${dutyAside}|\\s+(?:${alt(l.describedLinks)})\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?[\\p{L}\\p{N}'’-]+|\\s+\\p{L}+ing(?:\\s+[^\\s,.;:()]+){1,6}?)?(?:\\s*,[^,.;:()\\[\\]]{1,60},)?(?:\\s*,?\\s+(?:who|${notToldThat}that)(?:\\s+(?:had|have|has))?(?:\\s+(?!${verb}(?![\\p{L}]))[\\p{L}'’-]+){0,4}?)?${describedAside}`;
  // (rule role.harm-noun-by) between a harm noun and its "by" agent: "of", "on", "against" or "in" and the one harmed or
  // the place, up to six words, no verb of its own ("the murder of the judge by", "attacks in four towns by")
  const gapWord = `(?!(?:${alt(l.passiveAuxiliaries)}|are|is|by)\\s)[^\\s.;,]+`;
  // (rule role.named-passive-link-gap) between a named subject and its passive verb of harm: "of", "at", "from" and a
  // phrase of up to six words that says where the person served or came from ("Colonel X of the police force in the
  // province was murdered", "Y from the village was shot"); no conjunction or relative pronoun, which would open one
  // more subject or a clause of its own ("X and Y were", "a few blocks from where the governor was murdered"); an
  // article only right after a preposition: one after any other word opens a subject of its own ("Photo: X, image 7
  // of 8 a child was shot")
  const linkWord = `(?!(?:${alt(l.clauseOpeners)}|${alt(l.relativePronouns)})\\s)(?:(?<=(?<![\\p{L}])(?:${alt(l.describedLinks)}|in|on|for|to|with)\\s)|(?!(?:a|an|the)\\s))${gapWord}`;
  const namedLinkGap = `(?:\\s+(?:${alt(l.describedLinks)})\\s+(?:${linkWord}\\s+){0,5}?${linkWord})?`;
  // (rule role.harm-noun-apposition) the one harmed may carry an apposition closed by a comma before "by" ("the murder
  // of X, director of the fire department, by urban commandos"): news says who the victim was before who did it
  const harmNounGap = `(?:(?:of|on|against|in)\\s+(?:(?:${gapWord}\\s+){1,6}?|(?:${gapWord}\\s+){0,5}${gapWord}\\s*,\\s*[^,.;:]{1,80}?,\\s*))?`;
  // (rule role.harm-of-adjunct) when or where a harm happened, between its noun and the "of" that names who suffered it
  // ("the murder last week of two judges", "the assassination in Guatemala of X"): a time, or a place of at most three
  // words none of which makes the "of" the place's own ("the killing in the town of", "the attack in front of")
  const placeWord = `(?!(?:${alt(l.harmOfPlaceNot)})(?![\\p{L}]))[\\p{L}\\p{N}.'’-]+`;
  const harmOfAdjunct = `(?:(?:${alt(l.harmOfTimes)}|(?:${alt(l.harmOfPlaceOpeners)})\\s+${placeWord}(?:\\s+${placeWord}){0,2}?)\\s*,?\\s+)?`;
  // (rule role.participle-no-comma) a participle that adds the harm an event did follows a comma or a word of the clause
  // ("hit a home, killing two children", "hit a home killing two children and injuring five civilians"), never a
  // determiner or a preposition, participleBlockers ("the killing of" is a noun; "accused of killing" is the gerund rule's)
  // a response trigger: an arrest or a raid, as a verb or a noun
  const response = `(?:${alt(l.responseTriggers)})`;
  // (rule role.people-harm-object) an active harm verb has its object right after it: a word that opens no preposition,
  // clause, auxiliary or time ("killed in the crash", "killed were", "killed Saturday" are passive participles)
  const objectAfter = `(?=\\s+(?!(?:${alt(l.phraseBreakers)}|${alt(l.clauseOpeners)}|${alt(l.passiveAuxiliaries)}|${alt(l.harmTimes)}|${alt(l.notObjectOpeners)})(?![\\p{L}]))[\\p{L}\\p{N}])`;
  // (rule role.gapped-passive-subject) "two soldiers were killed and three civilians wounded": the second clause of a
  // passive of harm leaves its auxiliary out; its subject, before a bare participle with no object after it, suffered
  // the harm as the first subject did (read as an active subject, it would be taken for the attacker)
  const firstPassiveClause = `(?<![\\p{L}])${passive}${verb}(?![\\p{L}])(?:\\s+(?!and\\s)[^\\s.,;:()\\[\\]]+){0,6}?\\s*,?\\s+and\\s+`;
  // (rule role.pronoun-harm-object) an object pronoun ends its phrase: punctuation, a preposition, a clause, a time,
  // "dead" or "twice" after it ("shot him in the head", "shot her dead"); "her" before a noun is a possessive
  const pronounObjectEnd = `(?=\\s*(?:[,.;:()"”]|--|$)|\\s+(?:${alt(l.phraseBreakers)}|${alt(l.clauseOpeners)}|${alt(l.harmTimes)}|${alt(l.notObjectOpeners)}|${alt(l.pronounObjectEnds)})(?![\\p{L}]))`;
  // (rules role.attempt-object, role.named-attempt-object) an act of harm tried: "tried to kill", "in an attempt to kidnap"
  const attemptedVerb = `(?:${alt(l.attemptCues)})\\s+to\\s+(?:${alt(l.attemptedHarmVerbs)})(?![\\p{L}])`;
  const noObjectAfter = objectAfter.replace(/^\(\?=/, '(?!');
  const gappedVerb = `(?:\\s+${adverb})?\\s+${verb}(?![\\p{L}])${noObjectAfter}`;
  // (rule role.attacker-manner-gap) how attackers came or looked, between them and their verb, unpunctuated ("armed
  // men wearing ski masks robbed", "two gunmen riding a motorcycle opened fire"): one or two such phrases
  // (rule role.manner-gap-no-clause) the words of such a phrase hold no conjunction: "two men on a motorcycle when
  // gunmen opened fire" names the gunmen as the ones who fired
  const mannerPhrase = `\\s+(?:${alt(l.mannerOpeners)})(?:\\s+(?!(?:${alt(l.mannerGapStops)})(?![\\p{L}]))[^\\s,.;:]+){1,4}?`;
  const mannerPhraseOptional = `(?:${mannerPhrase})?`;
  const manner = `(?:${mannerPhrase}(?:\\s+and${mannerPhrase})?)?`;
  // (rule role.agent-after-adjuncts) where and when a harm happened, between its verb and its "by" agent ("perpetrated
  // in the capital on 16 November 1989 by"): a time, or a locative and a few words with no punctuation
  const adjunct = `(?:(?:${alt(l.harmTimes)})\\s+|(?:${alt(l.locatives)})\\s+(?:(?!by\\s)[^\\s.,;:()\\[\\]]+\\s+){1,5}?)`;
  // (rule role.named-last-item-passive-subject) the last item of a list starts right after its "and"
  const afterListAnd = '(?<=(?<![\\p{L}])and\\s+)';
  // (rule role.hostage-object) "held several diplomats hostage", "took the guests as hostages": the word after the object
  const hostageAfter = `(?:as\\s+)?hostages?(?![\\p{L}])`;
  // (rule role.named-harmed-apposition) ", kidnapped on 9 May near the border,": a harm participle set off by commas
  // after a phrase, opened by when or where it happened (not by an object: "stormed the village, killed two farmers")
  const apposedHarm = `\\s*,\\s*${verb}\\s+(?:${alt(l.apposedHarmAfter)})(?![\\p{L}])[^,.;:()\\[\\]]{0,60},`;
  const participleOpen = `(?:,\\s*|(?<=[\\p{L}\\p{N}])(?<!(?:^|[^\\p{L}])(?:${alt(l.participleBlockers)}))\\s+)`;
  // (rule perpetrator/actor-modifies-weapon) a body, then "'s" and at most one word of its own ("suicide", "heavy"),
  // then a weapon or an assault that heads its phrase ("a Houthi drone struck", "RSF's heavy shelling"); not where a
  // word before the body makes its weapon the target ("strikes on Houthi drones", "troops downed an RSF drone")
  const notTarget = `(?<!(?<![\\p{L}])(?:${alt(l.weaponTargetCues)})\\s+(?:(?:a|an|the)\\s+)?)`;
  // a capitalised run that does not open with an article ("A rocket hit" names no body)
  const capitalRun = "(?!(?:A|An|The)\\s)(\\p{Lu}[\\p{L}\\p{N}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}'’.-]*){0,4})";
  // nor where the weapon is the subject of a passive verb of harm or of being brought down ("one army helicopter was
  // shot down": it was the target)
  const weaponModifierTail = `(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+)?${weaponHead(l)}(?!\\s+${passive}(?:${alt(l.weaponTargetCues)}|${verb})(?![\\p{L}]))`;
  // (rule role.those-responsible) "those responsible for the killing of the judge": who did it is said next
  const responsibleOnes = `(?:${alt(l.responsibleOnes)})\\s+(?:directly\\s+)?responsible\\s+for\\s+[^.;:]{1,80}?`;
  // (rule role.reduced-relative-harmed) not a count over many events, before the phrase or inside it ("the number of
  // people killed by terrorists this year", "the total persons kidnapped in the country")
  const tally = `(?:${alt(l.tallyWords)})`;
  const notTally = `(?<!(?<![\\p{L}])${tally}\\s+(?:of\\s+)?(?:[\\p{L}\\p{N}'’-]+\\s+){0,2})(?!(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?${tally}\\s)`;
  // each rule pattern's source, read by phraseOpening
  const sources = new WeakMap<RegExp, string>();
  const ruleRe = (source: string, flags: string): RegExp => {
    const re = caseFoldedRegExp(source, flags);
    sources.set(re, source);
    return re;
  };
  // (rule role.blamed-after-adjuncts) a participle of carrying out an act, then up to three phrases of when and where
  // it happened, then "by" ("carried out this morning by rebels", "the offensive launched on 12 May by the Front"): the
  // agent after them is the one blamed, as right after the participle
  const blameCue = `(?:${alt(l.blameCues)}|(?:${alt(l.deedParticiplesBeforeAgent)})\\s+${adjunct}{1,3}by)`;
  const rules: RoleRule[] = [
    {
      id: 'role.passive-agent',
      deedAgent: true,
      listFollows: true,
      agentBySyntax: true,
      reason:
        "harm verb + 'by' + phrase: who did it ('killed by unidentified gunmen'); up to three phrases of where and when between ('kidnapped on 27 March near his home by', rule role.agent-after-adjuncts)",
      role: 'perpetrator',
      cue: cueOf(agentVerb),
      re: ruleRe(
        `(?<![\\p{L}])${agentVerb}\\s+(?:(?:[^\\s.;]+\\s+){0,5}?|${adjunct}{1,3})by\\s+(?:the\\s+|a\\s+|an\\s+)?${npDoer}`,
        'dgiu',
      ),
    },
    {
      id: 'role.attack-on-by',
      deedAgent: true,
      listFollows: true,
      agentBySyntax: true,
      reason: "'an attack on <target> by' + phrase: who did it ('the attack on the barracks by FMLN rebels')",
      role: 'perpetrator',
      cue: cueOf(noun),
      re: ruleRe(
        `(?<![\\p{L}])${noun}\\s+(?:on|against)\\s+(?:(?!(?:${alt(l.passiveAuxiliaries)}|are|is)\\s)[^\\s.;,]+\\s+){1,5}?by\\s+(?:the\\s+|a\\s+|an\\s+)?${npDoer}`,
        'dgiu',
      ),
    },
    {
      id: 'role.harm-noun-by',
      deedAgent: true,
      listFollows: true,
      agentBySyntax: true,
      reason:
        "a harm noun + 'by' + phrase, the one harmed or its place between: who did it ('attacks by about 150 rebels', 'the assassination of six Jesuits by men in uniform')",
      role: 'perpetrator',
      cue: cueOf(noun),
      re: ruleRe(`(?<![\\p{L}])${noun}\\s+${harmNounGap}by\\s+(?:the\\s+|a\\s+|an\\s+)?${npDoer}`, 'dgiu'),
    },
    {
      id: 'role.named-harm-noun-by',
      listFollows: true,
      named: true,
      reason:
        "a harm noun + 'by' + a name, the one harmed or its place between: the person or group named did it ('attacks by the Front', 'the murder of the judge by the cartel')",
      role: 'perpetrator',
      cue: cueOf(noun),
      re: ruleRe(`(?<![\\p{L}])${noun}\\s+${harmNounGap}by\\s+(?:the\\s+)?${groupName}`, 'dgiu'),
    },
    {
      id: 'role.named-own-deed',
      named: true,
      nameFromAnyWord: true,
      reason:
        "a name + a verb of saying + 'it' or 'its units' + a verb of harm or attack: the group says it did it ('the Front claims it attacked the barracks', 'the rebels said their units ambushed a convoy')",
      role: 'perpetrator',
      cue: cueOf(agentVerb),
      re: ruleRe(
        `(?<![\\p{L}])((?:${W}\\s+){0,7}?${W})${gloss}\\s*,?\\s+(?:${alt(l.ownDeedCues)})\\s+(?:(?:had|has|have)\\s+)?(?:${adverb}\\s+)?${agentVerb}(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.own-machine',
      reason:
        "a force named by its noun + a verb of saying + 'its' or 'their' + a machine of war + a verb of striking: the force that owns the machine did it ('the military said its jets had hit the convoy'; rule role.named-own-machine for a name)",
      role: 'perpetrator',
      agentBySyntax: true,
      cue: cueOf(`(?:${alt(l.machineNouns)})`),
      re: ruleRe(
        `(?<![\\p{L}])${npBeforeDoer}\\s*,?\\s+${ownMachine}\\s+(?:(?:had|has|have)\\s+)?(?:${adverb}\\s+)?(?:${agentVerb}|${alt(l.machineStrikeVerbs)})(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-own-machine',
      named: true,
      nameFromAnyWord: true,
      reason:
        "a name + a verb of saying + 'its' or 'their' + a machine of war + a verb of striking: the body that owns the machine did it ('the army said its drone had struck the gathering', 'the coalition acknowledged that its aircraft hit the convoy')",
      role: 'perpetrator',
      cue: cueOf(`(?:${alt(l.machineNouns)})`),
      re: ruleRe(
        `(?<![\\p{L}])((?:${W}\\s+){0,7}?${W})${gloss}\\s*,?\\s+${ownMachine}\\s+(?:(?:had|has|have)\\s+)?(?:${adverb}\\s+)?(?:${agentVerb}|${alt(l.machineStrikeVerbs)})(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.possessive-machine-subject',
      named: true,
      reason:
        "a sentence that opens with 'its' or 'their' + a machine of war + a verb of striking ('Its drone had struck the gathering'): the body the sentence before opens with owns the machine and did it (rule incidents/machine-owner-previous-subject)",
      role: 'perpetrator',
      cue: cueOf(`(?:${alt(l.machineNouns)})`),
      re: ruleRe(
        `^\\s*["“]?((?:its|their))\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${alt(l.machineNouns)})\\s+(?:(?:had|has|have)\\s+)?(?:${adverb}\\s+)?(?:${agentVerb}|${alt(l.machineStrikeVerbs)})(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.blamed',
      deedAgent: true,
      listFollows: true,
      agentBySyntax: true,
      reason: "'attributed to', 'carried out by' + phrase: who did it",
      role: 'perpetrator',
      cue: cueOf(blameCue),
      re: ruleRe(`(?<![\\p{L}])${blameCue}\\s+(?:the\\s+|a\\s+|an\\s+)?${glossedWords(npBlamedDoer)}`, 'dgiu'),
    },
    {
      id: 'role.named-blamed',
      listFollows: true,
      named: true,
      reason:
        "'carried out by', 'organized by', 'attributed to' + a name: the person or group named did it ('the bombing was organized by the Front')",
      role: 'perpetrator',
      cue: cueOf(blameCue),
      re: ruleRe(`(?<![\\p{L}])${blameCue}\\s+(?:the\\s+|a\\s+|an\\s+)?${groupName}`, 'dgiu'),
    },
    {
      id: 'role.accused',
      agentBySyntax: true,
      listFollows: true,
      reason:
        "'accused … of', 'blamed … for', 'held … responsible': the one blamed is said to have done it; the first of a list blamed together ('accusing the army and the most radical sectors of the government of')",
      role: 'perpetrator',
      cue: cueOf(`(?:${alt(l.accuseCues)})`),
      re: ruleRe(
        `(?<![\\p{L}])(?:${alt(l.accuseCues)})\\s+(?:the\\s+|a\\s+|an\\s+)?${npAccused}(?=(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)[^.;:]{1,80}?)?\\s+(?:of|for|responsible)(?![\\p{L}]))`,
        'dgiu',
      ),
    },
    {
      id: 'role.implicated-in',
      agentBySyntax: true,
      listFollows: true,
      reason:
        "'implicated … in', 'links … to', 'connected … with' + an act of harm ('the president implicated four officers and five soldiers in the murder of the priests'): the ones tied to it are held to have done it, as ones accused are; the first of a list tied together",
      role: 'perpetrator',
      cue: cueOf(`(?:${alt(l.implicateCues)})`),
      re: ruleRe(
        `(?<![\\p{L}])${activeImplicate}\\s+(?:the\\s+|a\\s+|an\\s+)?${npAccused}(?=${implicatedAct})`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-implicated-in',
      agentBySyntax: true,
      listFollows: true,
      namedPerson: true,
      reason:
        "'implicated', 'links', 'connected' + a person's name + 'in', 'to' or 'with' + an act of harm ('a sworn statement links the rightist leader X to the assassination'): the person named is held to have done it",
      role: 'perpetrator',
      cue: cueOf(`(?:${alt(l.implicateCues)})`),
      re: ruleRe(`(?<![\\p{L}])${activeImplicate}\\s+${name}(?=${implicatedAct})`, 'dgiu'),
    },
    {
      id: 'role.reduced-relative-harmed',
      listPrecedes: true,
      reason:
        "a person noun, then a bare harm participle with no auxiliary and, right after it, when, where or by whom ('the ten union members killed in the blast', 'the priests murdered last week by soldiers'): a reduced relative clause says the noun suffered it; read as an active verb the noun would be taken for the attacker",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.reducedRelativeHarmVerbs)})`),
      re: ruleRe(
        `(?<![\\p{L}])${notTally}${npBeforeVictim}(?:\\s+${adverb})?\\s+(?:${alt(l.reducedRelativeHarmVerbs)})\\s+(?:${alt(l.reducedRelativeAfter)})(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.passive-subject',
      listPrecedes: true,
      reason:
        "phrase + 'was/were' + harm verb: who suffered it ('three peasants were killed'); an apposition or 'who' may stand between ('six priests, two of them foreigners, were shot', 'the nuns who were abducted')",
      role: 'victim',
      cue: cueOf(verb),
      re: ruleRe(`(?<![\\p{L}])${npBefore}${describedGap}\\s+${passive}${verb}(?![\\p{L}])`, 'dgiu'),
    },
    {
      id: 'role.aside-breakdown-harmed',
      reason:
        "the people an aside between dashes or in brackets counts out, before a passive harm verb ('six priests -- five Spaniards and one Salvadoran -- and two women were killed', 'eight people (three soldiers and five civilians) were wounded'): the aside breaks down people who suffered it, so each of its items suffered it too; not an aside on attackers ('five rebels -- two of them commanders -- were killed')",
      role: 'victim',
      cue: cueOf(verb),
      re: ruleRe(
        `(?<=(?<!(?<![\\p{L}])(?:${alt(l.agentHeads)})\\s*)(?:--|[—–]|\\()(?:[^-—–().;:\\[\\]]{0,80}?(?:,|\\sand)\\s)?\\s*)(?![^-—–().;:\\[\\]]*?\\sof\\s)${np}(?=[^-—–().;:\\[\\]]{0,80}?(?:--|[—–]|\\))(?:\\s*,?\\s+and\\s+[^-—–().;:\\[\\]]{1,60}?)?\\s+${passive}${verb}(?![\\p{L}]))`,
        'dgiu',
      ),
    },
    {
      id: 'role.gapped-passive-subject',
      reason:
        "a passive of harm, 'and', a phrase and a bare harm participle: the auxiliary is left out, the phrase suffered it too ('two soldiers were killed and three civilians wounded', 'the driver was shot and his bodyguard seriously injured')",
      role: 'victim',
      cue: cueOf(verb),
      re: ruleRe(`${firstPassiveClause}(?:the\\s+|a\\s+|an\\s+)?${np}${gappedVerb}`, 'dgiu'),
    },
    {
      id: 'role.named-gapped-passive-subject',
      reason:
        "a passive of harm, 'and', a name and a bare harm participle: the named person suffered it too ('the mayor was killed and X wounded')",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(verb),
      re: ruleRe(`${firstPassiveClause}${name.replace(nameEnd, '')}${gappedVerb}`, 'dgiu'),
    },
    {
      id: 'role.possessor-harmed',
      reason:
        "a person noun, a possessive and a noun of harm its possessor suffered: who suffered it ('the mayor's assassination', 'the two priests' murder')",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.possessedHarmNouns)})`),
      re: ruleRe(`(?<![\\p{L}])${npBefore.replace(notPossessor, '')}${possessedHarm}`, 'dgiu'),
    },
    {
      id: 'role.named-possessor-harmed',
      reason:
        "a name, a possessive and a noun of harm its possessor suffered: who suffered it ('Luis Galan's assassination', 'after Vidal's kidnapping')",
      role: 'victim',
      namedPerson: true,
      nameAtEnd: true,
      cue: cueOf(`(?:${alt(l.possessedHarmNouns)})`),
      re: ruleRe(`(?<![\\p{L}'’])((?:[\\p{L}.-]+\\s+){0,3}?[\\p{L}.-]+)${possessedHarm}`, 'dgiu'),
    },
    {
      id: 'role.kin-of-harmed',
      reason:
        "a relative or an aide + 'of' + someone + a passive harm verb ('the nephew of President X was shot', 'a bodyguard of the mayor was wounded'): the relative or the aide suffered it, not the one named after 'of' (rule victim/described-by-relation)",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.kinOfNouns)})`),
      re: ruleRe(
        `(?<![\\p{L}])((?:${W}\\s+){0,2}?(?:${alt(l.kinOfNouns)}))\\s+of\\s+[^,.;:()]{1,60}?\\s+${passive}${verb}(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.kin-of-object',
      reason:
        "an active harm verb + a relative or an aide + 'of' ('gunmen killed the nephew of President X'): the relative or the aide suffered it, not the one named after 'of' (rule victim/described-by-relation)",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.kinOfNouns)})`),
      re: ruleRe(
        `(?<![\\p{L}])${verb}\\s+((?:${alt(l.listDeterminers)})\\s+(?:${W}\\s+){0,1}?(?:${alt(l.kinOfNouns)}))\\s+of\\s`,
        'dgiu',
      ),
    },
    {
      id: 'role.there-were-harmed',
      reason:
        "'there were' + phrase + harm verb: who suffered it ('there were 26 peasants killed', 'there were three policemen wounded')",
      role: 'victim',
      cue: cueOf(verb),
      re: ruleRe(
        `(?<![\\p{L}])there\\s+(?:were|was|have\\s+been|had\\s+been)\\s+(?:(?:${alt(l.objectQuantifiers)})\\s+)?${np}\\s+(?:${adverb}\\s+)?${verb}(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.died',
      listPrecedes: true,
      reason:
        "phrase + 'died', 'were found dead': who died ('three peasants were found dead', 'two guards died in the blast'); a relative pronoun may stand between ('the reporter who died in the crossfire')",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.deathVerbs)})`),
      re: ruleRe(
        `(?<![\\p{L}])${npBeforeVictim}(?:\\s*,?\\s+(?:who|that))?\\s+(?:${adverb}\\s+)?(?:${alt(l.deathVerbs)})(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.harmed-along-with',
      listFollows: true,
      reason:
        "a passive harm verb or a verb of dying, then 'along with' or 'together with' + phrase: the people harmed with its subject ('X was killed near his home, along with two of his bodyguards', 'was found dead together with two peasants')",
      role: 'victim',
      cue: cueOf('(?:along|together)\\s+with'),
      re: ruleRe(`${harmedThen}(?:the\\s+|a\\s+|an\\s+)?${np}`, 'dgiu'),
    },
    {
      id: 'role.named-harmed-along-with',
      listFollows: true,
      namedPerson: true,
      reason:
        "a passive harm verb or a verb of dying, then 'along with' or 'together with' + a name: the person harmed with its subject ('X was found dead along with Y, a member of the party')",
      role: 'victim',
      cue: cueOf('(?:along|together)\\s+with'),
      re: ruleRe(`${harmedThen}(?!(?:${alt(l.objectQuantifiers)})\\s|\\p{N})(?:the\\s+)?${name}`, 'dgiu'),
    },
    {
      id: 'role.harmed-including',
      listFollows: true,
      reason:
        "a passive harm verb or a verb of dying, the rest of its clause, then ', including' + phrase: the people its subject's count includes were harmed too ('twelve people were wounded, including three police officers', 'five soldiers died, including a sergeant')",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.inclusionLinks)})`),
      re: ruleRe(`${harmedThenIncluding}(?:the\\s+|a\\s+|an\\s+)?${np}`, 'dgiu'),
    },
    {
      id: 'role.named-harmed-including',
      listFollows: true,
      namedPerson: true,
      reason:
        "a passive harm verb or a verb of dying, the rest of its clause, then ', including' + a name: the person named is one of those harmed ('ten union members were killed, including their leader X')",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.inclusionLinks)})`),
      re: ruleRe(`${harmedThenIncluding}(?!(?:${alt(l.objectQuantifiers)})\\s|\\p{N})(?:the\\s+)?${name}`, 'dgiu'),
    },
    {
      id: 'role.claim',
      listPrecedes: true,
      reason:
        "phrase + 'claimed responsibility', 'were responsible': who says it did it, or is said to have; a gloss, 'of the <group>' and when may stand between ('guerrillas of the Front (F) have claimed credit', 'the commando tonight claimed')",
      role: 'perpetrator',
      agentBySyntax: true,
      cue: cueOf(`(?:${alt(l.claimCues)})`),
      re: ruleRe(
        `(?<![\\p{L}])${npBeforeClaimed}(?:(?<=${agentEnd})${ofGroup})?${gloss}${relative}\\s+${aux}(?:${alt(l.claimCues)})`,
        'dgiu',
      ),
    },
    {
      id: 'role.those-responsible',
      agentBySyntax: true,
      listFollows: true,
      reason:
        "'those responsible for' + what was done + 'are/were' + phrase: the phrase names who did it ('those responsible for the judge's murder are soldiers of the garrison')",
      role: 'perpetrator',
      cue: cueOf('responsible'),
      re: ruleRe(
        `(?<![\\p{L}])${responsibleOnes}\\s+["“]?(?:are|were|is|was)\\s+["“]?(?:the\\s+|a\\s+|an\\s+)?${npDoer}`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-those-responsible',
      listFollows: true,
      named: true,
      reason:
        "'those responsible for' + what was done + 'are/were' + a name: the person or group named did it ('those responsible for the bombing were the Front')",
      role: 'perpetrator',
      cue: cueOf('responsible'),
      re: ruleRe(
        `(?<![\\p{L}])${responsibleOnes}\\s+["“]?(?:are|were|is|was)\\s+["“]?(?:the\\s+)?${groupName}`,
        'dgiu',
      ),
    },
    {
      id: 'role.styled-name-claim',
      agentBySyntax: true,
      deedAgent: true,
      reason:
        "'the so-called X', 'the self-styled X', 'a group calling itself X' or a quoted name ('the \"X\" claimed') + a claim of responsibility: X claimed it, though the name finder may not know the name (a group's own name, often a plain word: 'the so-called Extraditables claimed responsibility')",
      role: 'perpetrator',
      cue: cueOf(`(?:${alt(l.claimCues)})`),
      re: ruleRe(
        `(?<![\\p{L}])(?:(?:${alt(l.styledNameOpeners)})\\s+(?:the\\s+)?["“]?|(?<=(?:^|\\s)the\\s+)["“](?=[^"”]{1,60}["”]))((?:${W}\\s+){0,4}?${W})["”]?(?:\\s*,[^,.;]{1,60},)?\\s+${aux}(?:${alt(l.claimCues)})`,
        'dgiu',
      ),
    },
    {
      id: 'role.suspected-of',
      listPrecedes: true,
      reason:
        "phrase + 'accused of', 'suspected of', '(were) involved in' + an act of harm, an adverb between ('who are allegedly involved in'): the one held to have done it",
      role: 'perpetrator',
      agentBySyntax: true,
      cue: cueOf(`(?:${alt(l.suspicionCues)})`),
      re: ruleRe(
        `(?<![\\p{L}])${npBeforeDoer}(?:\\s*,?\\s+who)?(?:\\s+(?:${alt(l.passiveAuxiliaries)}|are|is)(?:\\s+being)?)?(?:\\s+${adverb})?\\s+(?:${alt(l.suspicionCues)})\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${verb}|${noun}|${alt(l.harmParticiples)})(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.arrested-for',
      listFollows: true,
      reason:
        "a response verb or noun + phrase + 'for', 'over' + an act of harm: the one arrested for it is held to have done it ('police arrested two men for the murder', 'the arrest of 45 soldiers and 2 officers for killing six priests'); a list between shares the role",
      role: 'perpetrator',
      agentBySyntax: true,
      cue: cueOf(response),
      re: ruleRe(
        `(?<![\\p{L}])${response}\\s+(?:of\\s+)?(?:(?:${alt(l.objectQuantifiers)}|the|a|an)\\s+)?${npDoer}(?=(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)[^.;:]{1,80}?)?\\s+(?:for|over|in\\s+connection\\s+with)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${verb}|${noun}|${alt(l.harmParticiples)})(?![\\p{L}]))`,
        'dgiu',
      ),
    },
    {
      id: 'role.force-modifies-weapon',
      agentBySyntax: true,
      actorOnly: true,
      reason:
        "a state force noun written as the modifier of a weapon or an assault ('regime helicopters dropped barrel bombs', 'army artillery hit the village'): the force used it, as a 'by' agent would say; a body named inside the phrase counts only where it is an armed group or a state body (rule perpetrator/actor-modifies-weapon)",
      role: 'perpetrator',
      cue: cueOf(`(?:${alt(l.weaponNouns)})`),
      re: ruleRe(
        `(?<![\\p{L}])${notTarget}((?:${W}\\s+){0,2}?${notTarget}(?:${alt(l.forceHeads)}))${weaponModifierTail}`,
        'dgiu',
      ),
    },
    {
      // (rule perpetrator/actor-modifies-weapon, named) the name itself must be an armed group or a state body
      id: 'role.named-weapon-modifier',
      named: true,
      actorOnly: true,
      reason:
        "a capitalised name written as the modifier of a weapon or an assault ('a Houthi drone struck', 'an SAF airstrike hit', 'RSF shelling killed', 'a Taliban ambush'): the armed group or state force named used it; not after a word that makes the weapon a target ('strikes on Houthi drones'), not a nationality (no name of a body)",
      role: 'perpetrator',
      cue: cueOf(`(?:${alt(l.weaponNouns)})`),
      re: new RegExp(`(?<![\\p{L}\\p{N}])${notTarget}${capitalRun}${weaponModifierTail}`, 'dgu'),
    },
    {
      // (rule perpetrator/weapon-belongs-to) the doer named after the deed, by who owned the weapon
      id: 'role.weapon-belongs-to',
      named: true,
      actorOnly: true,
      deedAgent: true,
      reason:
        "a weapon or weapon platform said to belong to a body ('witnesses said the jets belonged to the coalition', 'the drones were part of the militia'): the armed group or state force named used it; the sentence need name no incident, the doer is the article's main incident's (rule incidents/roles-without-trigger)",
      role: 'perpetrator',
      cue: cueOf(`(?:${alt(l.membershipLinks)})`),
      re: ruleRe(`(?<![\\p{L}])${weaponHead(l)}\\s+(?:${alt(l.membershipLinks)})\\s+(?:the\\s+)?${groupName}`, 'dgiu'),
    },
    {
      id: 'role.remote-attack-subject',
      reason:
        "phrase + 'shelled', 'fired rockets at': who attacked from a distance, a state's forces as much as rebels",
      role: 'perpetrator',
      agentBySyntax: true,
      cue: cueOf(`(?:${alt(l.remoteAttackVerbs)})`),
      re: ruleRe(`(?<![\\p{L}])${npBeforeDoer}\\s+${aux}(?:${alt(l.remoteAttackVerbs)})(?![\\p{L}])`, 'dgiu'),
    },
    {
      id: 'role.remote-attack-after-aside',
      reason:
        "phrase + an aside set off by commas on what it used or who backed it + 'bombed', 'shelled' ('the air force, using helicopter gunships, has heavily bombed the hills', 'the army, backed by tanks, shelled the town'): the aside does not change who attacked from a distance, a state's forces as much as rebels (as rule role.remote-attack-subject); an adverb in -ly may stand before the verb",
      role: 'perpetrator',
      agentBySyntax: true,
      cue: cueOf(`(?:${alt(l.remoteAttackVerbs)})`),
      re: ruleRe(
        `(?<![\\p{L}])${npBeforeDoer}\\s*,\\s*(?:${alt(l.meansAsideOpeners)})\\s+[^,.;:()\\[\\]]{1,80},\\s+${aux}(?:[\\p{L}]+ly\\s+)?(?:${alt(l.remoteAttackVerbs)})(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.weapon-subject',
      deedAgent: true,
      reason:
        "people a text names only as people + a weapon verb ('two men on a motorcycle set off 5 kg of dynamite', 'several men in a vehicle opened fire on the offices'): they attacked; the ride or dress between them and the verb says how",
      role: 'perpetrator',
      agentBySyntax: true,
      cue: cueOf(`(?:${alt(l.weaponVerbs)})`),
      re: ruleRe(
        `(?<![\\p{L}])((?:${W}\\s+){0,3}(?:${alt(l.plainPersonHeads)}))(?![\\p{L}\\p{N}])${mannerPhraseOptional}\\s+${aux}(?:${alt(l.weaponVerbs)})(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.people-harm-object',
      deedAgent: true,
      reason:
        "people a text names only as people + a harm verb + its object ('about five individuals shot to death a watchman', 'several men last night wounded a guard'): they did it; a harm verb with no object after it ('two men killed in the crash', 'the people killed were') is a passive participle, its subject the one harmed",
      role: 'perpetrator',
      agentBySyntax: true,
      cue: cueOf(verb),
      re: ruleRe(
        `(?<![\\p{L}])((?:${W}\\s+){0,3}(?:${alt(l.plainPersonHeads)}))(?![\\p{L}\\p{N}])${mannerPhraseOptional}${relativeAside}\\s+${aux}${verb}${objectAfter}`,
        'dgiu',
      ),
    },
    {
      id: 'role.subject-harms-civilians',
      reason:
        "phrase + harm verb + civilians ('soldiers killed two reporters', 'gunmen massacred 80 peasants'), or a verb of attack + a place where civilians live or gather ('the air force bombed the village', 'troops strafed the civilian population': rule incidents/forces-harm-civilian-places): whoever harms civilians did an attack, police and troops included (not a response to one)",
      role: 'perpetrator',
      agentBySyntax: true,
      cue: cueOf(agentVerb),
      re: ruleRe(
        `(?<![\\p{L}])${npBeforeDoer}${relative}\\s+${aux}(?:${verb}\\s+(?:[\\p{L}\\p{N},'’-]+\\s+){0,3}?(?:${alt(l.civilianNouns)})|${agentVerb}\\s+(?:[\\p{L}\\p{N},'’-]+\\s+){0,3}?(?:${alt(l.civilianPlaceNouns)}))(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.pronoun-active-subject',
      reason:
        "a sentence that opens with 'he' or 'she' + a verb of harm or attack (active): the person the text has just been about did it ('He opened fire on the guards'); it counts only as the one person the sentence before names (rule incidents/pronoun-subject-previous-person)",
      role: 'perpetrator',
      namedPerson: true,
      cue: cueOf(agentVerb),
      re: ruleRe(`^\\s*["“]?((?:${alt(l.subjectPronouns)}))\\s+${aux}${agentVerb}(?![\\p{L}])`, 'dgiu'),
    },
    {
      id: 'role.active-subject',
      reason: 'phrase + harm verb (active): who did it',
      role: 'perpetrator',
      cue: cueOf(agentVerb),
      re: ruleRe(
        `(?<![\\p{L}])${npBefore}${ofGroup}${relativeAside}${relative}\\s+${aux}${agentVerb}(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.attacker-deed-subject',
      listPrecedes: true,
      reason:
        "an attacker noun + what attackers do at the scene, or a verb of harm or attack, an apposition between ('the terrorists broke into', 'several armed men showed up', 'Colombian guerrillas, disguised as policemen, kidnapped'): news calls the incident's attackers so whatever the verb",
      role: 'perpetrator',
      cue: cueOf(`(?:${alt(l.attackerDeedVerbs)}|${agentVerb})`),
      re: ruleRe(
        `(?<![\\p{L}])${npBeforeAttacker}${gloss}${manner}${appositionGap}${relative}\\s+${aux}(?:${alt(l.attackerDeedVerbs)}|${agentVerb})(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.attackers-members-of-group',
      reason:
        "an attacker noun + a copula or verb of membership ('the attackers were members of the Front', 'the kidnappers belonged to the cartel', 'the gunmen, members of the militia,'): the phrase names the incident's attackers, and the group named next is theirs (perpetrator/belong-to-group)",
      role: 'perpetrator',
      cue: cueOf(`(?:${alt(l.membershipLinks)})`),
      re: ruleRe(`(?<![\\p{L}])${npBeforeAttacker}(?=\\s*,?\\s+(?:${alt(l.membershipLinks)})\\s)`, 'dgiu'),
    },
    {
      id: 'role.casualty-list',
      listFollows: true,
      reason:
        "'among the dead were', 'the injured included' + described people: those listed were harmed ('among the injured are two girls', 'the dead included three policemen')",
      role: 'victim',
      // (rule role.casualty-list-first) before the active-object rules: "among the injured are two girls" is a list of
      // the harmed, whatever verb the opener holds
      cue: cueOf(`(?:${alt(l.casualtyListOpeners)})`),
      re: ruleRe(
        `(?<![\\p{L}])(?:${alt(l.casualtyListOpeners)})\\s+(?:(?:${alt(l.objectQuantifiers)}|the|a|an)\\s+)?${np}`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-casualty-list',
      listFollows: true,
      reason:
        "'the dead were', 'among the injured are', 'the victims were identified as' + names: each person listed was harmed",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(`(?:${alt(l.casualtyListOpeners)})`),
      re: ruleRe(`(?<![\\p{L}])(?:${alt(l.casualtyListOpeners)})\\s+(?:the\\s+)?${name}`, 'dgiu'),
    },
    {
      id: 'role.named-casualty-list-anaphor',
      listFollows: true,
      afterHarm: true,
      reason:
        "a sentence that opens with 'they are', 'one of them is', 'the other person was' + names, right after a sentence that tells of people harmed: each person listed is one of them ('Two women were shot. They are X and Y.')",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(`(?:${alt(l.anaphoricListOpeners)})`),
      re: ruleRe(`^\\s*["“]?(?:${alt(l.anaphoricListOpeners)})\\s+${name}`, 'dgiu'),
    },
    {
      id: 'role.active-object',
      listFollows: true,
      reason: 'harm verb (active) + phrase: who suffered it',
      role: 'victim',
      // (rule role.object-not-agent) "shot dead by police", "killed in a clash with troops": a preposition after the
      // verb opens its agent or a circumstance, not its object; one that opens a count ("killed at least 30 villagers")
      // is the object's quantifier
      cue: cueOf(verb),
      re: ruleRe(
        `(?<![\\p{L}])${verb}\\s+(?!(?:dead\\s+)?(?!(?:${alt(l.objectQuantifiers)})\\s)(?:${alt(l.phraseBreakers)})\\s)(?:(?:${alt(l.objectQuantifiers)}|the|a|an)\\s+)?${np}`,
        'dgiu',
      ),
    },
    {
      id: 'role.pronoun-harm-object',
      reason:
        "harm verb (active) + 'him' or 'her' ('gunmen stopped the judge's car and shot her', 'the driver tried to flee; the men shot him'): the person named before suffered it; it counts only as the person named last in an earlier clause of the sentence, or as the one person the sentence before names (rule incidents/pronoun-object-antecedent)",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(verb),
      re: ruleRe(`(?<![\\p{L}])${verb}\\s+((?:${alt(l.objectPronouns)}))${pronounObjectEnd}`, 'dgiu'),
    },
    {
      id: 'role.robbed-person',
      listFollows: true,
      reason:
        "a verb of robbing or assault (active) + people: who suffered it ('two men robbed a shopkeeper', 'gunmen held up three passengers')",
      role: 'victim',
      cue: cueOf(personCrimeVerb),
      re: ruleRe(
        `(?<![\\p{L}])${personCrimeVerb}\\s+(?:(?:and|then)\\s+(?:${verb}|${personCrimeVerb})\\s+)?(?:(?:${alt(l.objectQuantifiers)}|the|a|an)\\s+)?${npVictim}`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-robbed-person',
      listFollows: true,
      namedPerson: true,
      reason: "a verb of robbing or assault (active) + a name: who suffered it ('thieves robbed X at gunpoint')",
      role: 'victim',
      cue: cueOf(personCrimeVerb),
      re: ruleRe(`(?<![\\p{L}])${personCrimeVerb}\\s+(?!by\\s)(?:the\\s+)?${name}`, 'dgiu'),
    },
    {
      id: 'role.robbed-passive-subject',
      listPrecedes: true,
      reason:
        "people + 'was/were' + a verb of robbing or assault: who suffered it ('a tourist was robbed', 'two women were assaulted')",
      role: 'victim',
      cue: cueOf(personCrimeVerb),
      re: ruleRe(`(?<![\\p{L}])${npBeforeVictim}${describedGap}\\s+${passive}${personCrimeVerb}(?![\\p{L}])`, 'dgiu'),
    },
    {
      id: 'role.named-robbed-passive-subject',
      listPrecedes: true,
      namedPerson: true,
      reason: "a name + 'was/were' + a verb of robbing or assault: who suffered it ('X, a taxi driver, was robbed')",
      role: 'victim',
      cue: cueOf(personCrimeVerb),
      re: ruleRe(`(?<![\\p{L}])${name}${subjectGap}${passive}${personCrimeVerb}(?![\\p{L}])`, 'dgiu'),
    },
    {
      id: 'role.named-last-item-passive-subject',
      listPrecedes: true,
      reason:
        "the last name of a list, after 'and', closed by a comma before a passive harm verb ('A, the secretary; and bodyguard B, were also killed'): a list whose items carry appositions keeps a comma after its last item, and every item suffered it",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(verb),
      re: ruleRe(`${afterListAnd}${name}\\s*,\\s*${passive}${verb}(?![\\p{L}])`, 'dgiu'),
    },
    {
      id: 'role.last-item-passive-subject',
      listPrecedes: true,
      reason:
        "the last described item of a list, after 'and', closed by a comma before a passive harm verb ('A, a nurse, and two students, were killed'): every item suffered it",
      role: 'victim',
      cue: cueOf(verb),
      re: ruleRe(`${afterListAnd}${npBeforeVictim}\\s*,\\s*${passive}${verb}(?![\\p{L}])`, 'dgiu'),
    },
    {
      id: 'role.named-last-item-died',
      listPrecedes: true,
      reason:
        "the last name of a list, after 'and', closed by a comma before a verb of dying ('A, a porter; and B, died in hospital'): every item died",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(`(?:${alt(l.deathVerbs)})`),
      re: ruleRe(`${afterListAnd}${name}\\s*,\\s*(?:${adverb}\\s+)?(?:${alt(l.deathVerbs)})(?![\\p{L}])`, 'dgiu'),
    },
    {
      id: 'role.last-item-died',
      listPrecedes: true,
      reason:
        "the last described item of a list, after 'and', closed by a comma before a verb of dying ('a nurse, a driver, and two students, died in the blast'): every item died",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.deathVerbs)})`),
      re: ruleRe(
        `${afterListAnd}${npBeforeVictim}\\s*,\\s*(?:${adverb}\\s+)?(?:${alt(l.deathVerbs)})(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.hostage-object',
      reason:
        "'held', 'took', 'seized' + phrase + '(as) hostage': whoever is held suffered the hostage-taking ('the rebels held several diplomats hostage', 'took a group of hotel guests as hostages')",
      role: 'victim',
      cue: cueOf('hostage'),
      re: ruleRe(
        `(?<![\\p{L}])(?:${alt(l.hostageVerbs)})\\s+(?:(?:${alt(l.objectQuantifiers)}|the|a|an)\\s+)?${np}\\s+${hostageAfter}`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-hostage-object',
      reason:
        "'held', 'took', 'seized' + a name + '(as) hostage': the named person suffered the hostage-taking ('the gang held Ana Vidal hostage for a week')",
      role: 'victim',
      namedPerson: true,
      cue: cueOf('hostage'),
      re: ruleRe(
        `(?<![\\p{L}])(?:${alt(l.hostageVerbs)})\\s+(?:the\\s+)?((?!(?:${alt(l.clauseOpeners)})\\s)(?:${W}\\s+){0,7}?${W})\\s+${hostageAfter}`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-harmed-apposition',
      listPrecedes: true,
      reason:
        "a name, a comma and a harm participle with when or where it happened, closed by a comma ('X, kidnapped on 9 May near the border, was freed'): a reduced relative clause says the named person suffered it",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(verb),
      re: ruleRe(`(?<![\\p{L}])${name}${apposedHarm}`, 'dgiu'),
    },
    {
      id: 'role.harmed-apposition',
      listPrecedes: true,
      reason:
        "a described phrase, a comma and a harm participle with when or where it happened, closed by a comma ('two engineers, abducted last week in the north, were freed'): they suffered it",
      role: 'victim',
      cue: cueOf(verb),
      re: ruleRe(`(?<![\\p{L}])${npBeforeVictim}${apposedHarm}`, 'dgiu'),
    },
    {
      id: 'role.carried-of-them',
      reason:
        "a vehicle 'carrying' people, then ', killing/wounding' + a count 'of them': the count takes up the people it carried, who suffered it ('drove into a bus carrying paramilitary police, killing at least 40 of them')",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.harmParticiples)})`),
      re: caseFoldedRegExp(
        `(?<![\\p{L}])(?:${alt(l.carrierVerbs)})\\s+(?:(?:${alt(l.objectQuantifiers)}|the|a|an)\\s+)?${np}(?:[^.;:]{0,80}?,\\s*(?:${alt(l.harmParticiples)})\\s+(?:(?:${alt(l.objectQuantifiers)})\\s+)?[\\p{L}\\p{N},-]+\\s+of\\s+them(?![\\p{L}]))`,
        'dgiu',
      ),
    },
    {
      id: 'role.participle-object',
      listFollows: true,
      reason:
        "', killing/wounding' + phrase, the comma optional: who the event harmed ('an air strike hit a market, killing 12 people', 'hit a home killing two children and injuring five civilians')",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.harmParticiples)})`),
      re: ruleRe(
        `${participleOpen}(?:${alt(l.harmParticiples)})\\s+(?:(?:${alt(l.objectQuantifiers)}|the|a|an)\\s+)?${np}`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-participle-object',
      listFollows: true,
      reason:
        "', killing/wounding' + a name: who the event harmed ('a bomb went off at the market, killing councillor X and Y')",
      role: 'victim',
      namedPerson: true,
      // a count opens no name ("killing at least 40 people" is the described rule's)
      cue: cueOf(`(?:${alt(l.harmParticiples)})`),
      re: ruleRe(
        `${participleOpen}(?:${alt(l.harmParticiples)})\\s+(?!(?:${alt(l.objectQuantifiers)})\\s|\\p{N})(?:the\\s+)?${name}`,
        'dgiu',
      ),
    },
    {
      id: 'role.gerund-object',
      listFollows: true,
      reason:
        "'accused of/charged with/arrested for' + 'killing/kidnapping' + phrase: who the act held against someone harmed ('charged with kidnapping two engineers')",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.harmParticiples)})`),
      re: ruleRe(
        `(?<![\\p{L}])(?:of|for|with)\\s+(?:${alt(l.harmParticiples)})\\s+(?:(?:${alt(l.objectQuantifiers)}|the|a|an)\\s+)?${np}`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-gerund-object',
      listFollows: true,
      reason:
        "'accused of/charged with' + 'murdering/kidnapping' + a name: who the act held against someone harmed ('accused the Front of murdering X')",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(`(?:${alt(l.harmParticiples)})`),
      re: ruleRe(`(?<![\\p{L}])(?:of|for|with)\\s+(?:${alt(l.harmParticiples)})\\s+(?:the\\s+)?${name}`, 'dgiu'),
    },
    {
      id: 'role.harmed-subject',
      listPrecedes: true,
      reason:
        "phrase + 'was the victim of', 'were among those killed': who suffered it ('two policemen were among the dead')",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.harmedCues)})`),
      re: ruleRe(`(?<![\\p{L}])${npBeforeVictim}\\s+(?:${alt(l.harmedCues)})(?![\\p{L}])`, 'dgiu'),
    },
    {
      id: 'role.named-harmed-subject',
      listPrecedes: true,
      reason:
        "a name + 'was the victim of', 'is among the wounded', with an apposition between: who suffered it ('X, a former ambassador, was the victim of')",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(`(?:${alt(l.harmedCues)})`),
      re: ruleRe(
        `(?<![\\p{L}])((?!(?:${alt(l.clauseOpeners)})\\s)(?:${W}\\s+){0,7}?${W})${subjectGap}(?:${alt(l.harmedCues)})(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.harm-of',
      listFollows: true,
      reason: "'the murder of' + phrase: who suffered it",
      role: 'victim',
      cue: cueOf(noun),
      re: ruleRe(`(?<![\\p{L}])${noun}\\s+${harmOfAdjunct}of\\s+(?:the\\s+|a\\s+|an\\s+)?${np}`, 'dgiu'),
    },
    {
      id: 'role.dead-of',
      listFollows: true,
      reason:
        "'the body of', 'the bodies of', 'the remains of' + people ('the bodies of three peasants were found'): they died, so they suffered the incident the article tells of",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.deadOfNouns)})`),
      re: ruleRe(`(?<![\\p{L}])(?:${alt(l.deadOfNouns)})\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?${np}`, 'dgiu'),
    },
    {
      id: 'role.named-passive-subject',
      listPrecedes: true,
      reason:
        "a name + 'was/were' + harm verb, with an apposition or 'who' between: who suffered it ('X, mayor of Y, who was kidnapped')",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(verb),
      re: ruleRe(`(?<![\\p{L}])${name}${namedLinkGap}${subjectGap}${passive}${verb}(?![\\p{L}])`, 'dgiu'),
    },
    {
      id: 'role.named-apposed-passive-subject',
      reason:
        "a description, a comma, a name closed by a comma, then 'was/were' + harm verb ('A police officer, X, was shot', 'the driver, X, was killed'): the name in apposition to the subject suffered it",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(verb),
      re: ruleRe(
        `(?<![\\p{L}])(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}'’-]+\\s*,\\s*${name}\\s*,\\s*${passive}${verb}(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-died',
      listPrecedes: true,
      reason:
        "a name + 'died', 'was found dead', an apposition or 'who' between: who died ('Inspector X died in the explosion', 'X, senator and presidential hopeful, died tonight')",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(`(?:${alt(l.deathVerbs)})`),
      re: ruleRe(
        `(?<![\\p{L}])((?!(?:${alt(l.clauseOpeners)})\\s)(?:${W}\\s+){0,7}?${W})${subjectGap}(?:${adverb}\\s+)?(?:${alt(l.deathVerbs)})(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-attempt-object',
      listFollows: true,
      reason:
        "'tried to', 'attempted to', 'in an attempt to' + a verb of harm + a name ('gunmen tried to kill Senator X', 'rebels stormed the hotel in an attempt to kidnap X'): the one named was the target of the attempt, a victim though unhurt",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(attemptedVerb),
      re: ruleRe(`(?<![\\p{L}])${attemptedVerb}\\s+(?:the\\s+)?${name}`, 'dgiu'),
    },
    {
      id: 'role.attempt-object',
      listFollows: true,
      reason:
        "'tried to', 'attempted to', 'in an attempt to' + a verb of harm + a phrase of people ('gunmen tried to kill a judge', 'an attempt to kidnap two engineers'): they were the target of the attempt, victims though unhurt",
      role: 'victim',
      cue: cueOf(attemptedVerb),
      re: ruleRe(
        `(?<![\\p{L}])${attemptedVerb}\\s+(?:(?:${alt(l.objectQuantifiers)}|the|a|an)\\s+)?${npVictim}`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-object',
      listFollows: true,
      reason: "harm verb (active) + a name: who suffered it ('gunmen killed Mayor X')",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(verb),
      // (rule role.passive-verb-no-object) "was shot dead in Cali", "who were kidnapped on 5 May": a passive verb has no
      // object; a name after where or when it happened is the next clause's ("… in Cali X, the mayor, said"). A span of
      // time after the verb is no name (rule role.named-object-after-span reads the name after it)
      re: ruleRe(
        `(?<![\\p{L}])(?<!(?<![\\p{L}])${passive})${verb}\\s+(?!(?:dead\\s+)?by\\s)(?!${seriesSpan})(?:the\\s+)?${name}`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-object-after-span',
      listFollows: true,
      reason:
        "harm verb (active) + how long a series of harm took + a name: the span sits between the verb and its object, and who is named after it suffered it ('the gang shot within three days Judge X, Colonel Y and Senator Z')",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(verb),
      re: ruleRe(`(?<![\\p{L}])(?<!(?<![\\p{L}])${passive})${verb}\\s+${seriesSpan},?\\s+(?:the\\s+)?${name}`, 'dgiu'),
    },
    {
      id: 'role.named-harm-of',
      listFollows: true,
      reason: "'the murder/kidnapping of' + a name: who suffered it ('the kidnapping of party secretary X')",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(noun),
      re: ruleRe(`(?<![\\p{L}])${noun}\\s+${harmOfAdjunct}of\\s+(?:the\\s+)?${name}`, 'dgiu'),
    },
    {
      id: 'role.named-dead-of',
      listFollows: true,
      reason:
        "'the body of', 'the bodies of', 'the remains of' + a name ('the body of journalist X was found'): the one named died, so suffered the incident the article tells of",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(`(?:${alt(l.deadOfNouns)})`),
      re: ruleRe(`(?<![\\p{L}])(?:${alt(l.deadOfNouns)})\\s+of\\s+(?:the\\s+)?${name}`, 'dgiu'),
    },
    {
      id: 'role.named-harm-that-of',
      reason:
        "a noun of harm its victim suffered, then 'and', 'especially', 'including' or 'joins' + 'that of' + a name ('the murder of the judge and that of X', 'the killings, especially that of X', 'X's murder joins that of Y'): 'that' stands for the harm, so the name suffered it too; not after nouns of an attack, whose 'that of X' may be a home or a car",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(`(?:${alt(l.possessedHarmNouns)})`),
      re: ruleRe(
        `(?<![\\p{L}])(?:${alt(l.possessedHarmNouns)})(?![\\p{L}])[^.;:]{0,100}?(?:\\s*,\\s*|\\s+)(?:(?:${alt(l.thatOfLinks)})\\s+)+that\\s+of\\s+(?:the\\s+)?${name}`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-attack-on',
      listFollows: true,
      reason:
        "'an attack on/against' + a name: who it was aimed at ('the attack against former minister X'), as 'the murder of X' names who suffered it",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(noun),
      re: ruleRe(`(?<![\\p{L}])${noun}\\s+(?:on|against|targeting)\\s+(?:the\\s+)?${name}`, 'dgiu'),
    },
    {
      id: 'role.target-unharmed',
      listPrecedes: true,
      reason:
        "phrase + 'escaped unharmed', 'was not injured', 'survived': the one an attack was aimed at, though unhurt ('a woman passing by was not injured'); a short relative clause may stand between ('two civilians who were inside escaped injury')",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.targetCues)})`),
      re: ruleRe(
        `(?<![\\p{L}])${npBeforeVictim}${describedGap}\\s+(?:${adverb}\\s+)?(?:${alt(l.targetCues)})(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-target-unharmed',
      listPrecedes: true,
      reason:
        "a name + 'escaped unharmed', 'was not injured', 'survived', with an apposition between: the one an attack was aimed at ('Vice President X escaped unharmed from an attack')",
      role: 'victim',
      namedPerson: true,
      cue: cueOf(`(?:${alt(l.targetCues)})`),
      re: ruleRe(
        `(?<![\\p{L}])((?!(?:${alt(l.clauseOpeners)})\\s)(?:${W}\\s+){0,7}?${W})${subjectGap}(?:${adverb}\\s+)?(?:${alt(l.targetCues)})(?![\\p{L}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.attack-on',
      listFollows: true,
      reason: "'an attack on/against' + phrase: the target",
      role: 'victim',
      cue: cueOf(noun),
      re: ruleRe(`(?<![\\p{L}])${noun}\\s+(?:on|against|targeting)\\s+(?:the\\s+|a\\s+|an\\s+)?${np}`, 'dgiu'),
    },
    // who a response acts on; last, so a phrase an earlier rule gave a role to (a victim, a perpetrator) keeps it
    {
      id: 'role.named-response-subject',
      listPrecedes: true,
      named: true,
      nameFromAnyWord: true,
      reason:
        "a name + 'was/were' + a response verb, an apposition or 'who' between: the one arrested or detained ('X, 26, was arrested on Friday', 'X and Y were taken into custody')",
      role: 'suspect',
      cue: cueOf(response),
      re: ruleRe(`(?<![\\p{L}])${name}${subjectGap}${passive}${response}(?![\\p{L}\\p{N}])`, 'dgiu'),
    },
    {
      id: 'role.named-response-when',
      listPrecedes: true,
      named: true,
      nameFromAnyWord: true,
      reason:
        "a name + a passive verb of its own + 'when', 'after' or 'while' + a response participle: the one arrested or detained is the subject the clause leaves out ('X had been mistreated when detained in Kenya', 'X was questioned after being arrested')",
      role: 'suspect',
      cue: cueOf(response),
      re: ruleRe(
        `(?<![\\p{L}])${name}${subjectGap}(?:(?:had|has|have)\\s+been|was|were)\\s+(?:${adverb}\\s+)?\\p{L}+ed(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:${alt(l.responseWhenOpeners)})\\s+(?:being\\s+)?${response}(?![\\p{L}\\p{N}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-response-object',
      listFollows: true,
      named: true,
      nameFromAnyWord: true,
      reason:
        "a response verb (active) + a name, or its noun + 'of' + a name: the one arrested, detained or raided ('police arrested X', 'the arrest of X')",
      role: 'suspect',
      cue: cueOf(response),
      re: ruleRe(
        `(?<![\\p{L}])${response}\\s+(?:of\\s+)?(?!(?:${alt(l.phraseBreakers)}|${alt(l.clauseOpeners)})\\s)(?:the\\s+)?${name}`,
        'dgiu',
      ),
    },
    // (rule role.freed-held) last: a phrase another rule reads as harmed keeps that reading
    {
      id: 'role.still-held',
      listFollows: true,
      freed: true,
      reason:
        "'is still holding', 'are holding' + people: they are held, victims of the abduction or hostage-taking the article reports ('the rebels are still holding two engineers')",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.holdingCues)})`),
      re: ruleRe(
        `(?<![\\p{L}])(?:${alt(l.holdingCues)})${notHeldHostage}\\s+(?:the\\s+|a\\s+|an\\s+)?${npHeld}${freedObjectEnd}`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-still-held',
      listFollows: true,
      freed: true,
      namedPerson: true,
      reason: "'is still holding', 'are holding' + a name: the person is held ('the front is still holding Senator X')",
      role: 'victim',
      cue: cueOf(`(?:${alt(l.holdingCues)})`),
      re: ruleRe(`(?<![\\p{L}])(?:${alt(l.holdingCues)})${notHeldHostage}\\s+(?:the\\s+)?${name}`, 'dgiu'),
    },
    {
      id: 'role.freed-held',
      listPrecedes: true,
      freed: true,
      reason:
        "people + 'were released', 'was freed', 'were rescued': they had been held, the victims of the abduction or hostage-taking the freeing ends ('the two engineers were released unharmed')",
      role: 'victim',
      cue: cueOf(freedVerb),
      re: ruleRe(`(?<![\\p{L}])${npBeforeFreed}${describedGap}\\s+${passive}${freedVerb}(?![\\p{L}])`, 'dgiu'),
    },
    {
      id: 'role.named-freed-held',
      listPrecedes: true,
      freed: true,
      namedPerson: true,
      reason:
        "a name + 'was released', 'was freed', an apposition or 'who' between: the person had been held ('X, a rancher kidnapped in May, was freed')",
      role: 'victim',
      cue: cueOf(freedVerb),
      re: ruleRe(`(?<![\\p{L}])${name}${subjectGap}${passive}${freedVerb}(?![\\p{L}])`, 'dgiu'),
    },
    {
      id: 'role.freed-held-object',
      listFollows: true,
      freed: true,
      reason:
        "'released', 'freed', 'rescued' + people: they had been held ('the kidnappers freed the two engineers', 'troops rescued three hostages')",
      role: 'victim',
      cue: cueOf(freedVerb),
      re: ruleRe(`(?<![\\p{L}])${freedVerb}\\s+(?:the\\s+|a\\s+|an\\s+)?${npFreed}${freedObjectEnd}`, 'dgiu'),
    },
    {
      id: 'role.named-freed-held-object',
      listFollows: true,
      freed: true,
      namedPerson: true,
      reason: "'released', 'freed' + a name: the person had been held ('the rebels released Mayor X')",
      role: 'victim',
      cue: cueOf(freedVerb),
      re: ruleRe(`(?<![\\p{L}])${freedVerb}\\s+(?:the\\s+)?${name}`, 'dgiu'),
    },
    {
      id: 'role.named-releaser',
      named: true,
      armedGroupOnly: true,
      freed: true,
      nameFromAnyWord: true,
      reason:
        "an armed group's name + 'released', 'freed' or 'is still holding' + people or a name: the group held them, so it did the abduction or hostage-taking ('the Front released the mayor on Friday', 'the Front is still holding two engineers'); only an armed group (troops or police who free someone rescued them), and only for an incident in which people are held",
      role: 'perpetrator',
      cue: cueOf(`(?:${freedVerb}|${alt(l.holdingCues)})`),
      re: caseFoldedRegExp(
        `(?<![\\p{L}])((?:${W}\\s+){0,7}?${W})${gloss}\\s+(?:(?:has|have|had)\\s+)?(?:${adverb}\\s+)?(?:${freedVerb}|${alt(l.holdingCues)})(?=\\s+(?:(?:the|a|an)\\s+)?${npFreed}|\\s+(?!(?:${alt(l.phraseStops)})\\s)[\\p{L}\\p{N}])`,
        'dgiu',
      ),
    },
    {
      id: 'role.named-holder-agent',
      named: true,
      armedGroupOnly: true,
      freed: true,
      reason:
        "a passive verb of holding or letting go + 'by' + an armed group's name, when it happened between: the group held the people, so it did the abduction or hostage-taking ('two engineers have been held by the Front since May', 'the mayor was released today by the rebels'); only an armed group, only for an incident in which people are held, and no verb of a rescue",
      role: 'perpetrator',
      cue: cueOf(`(?:${alt(l.holderAgentVerbs)})\\s+(?:(?:${alt(l.harmTimes)})\\s+)?by`),
      re: ruleRe(
        `(?<![\\p{L}])${passive}(?:${alt(l.holderAgentVerbs)})\\s+(?:(?:${alt(l.harmTimes)})\\s+)?by\\s+(?:the\\s+)?${groupName}`,
        'dgiu',
      ),
    },
  ];
  // a rule whose pattern opens with a phrase of up to four words before its head noun (npBefore and the phrases
  // made of it, after only a zero-width start) is tried from a few words before each match of that head alone: the
  // pattern tried from every word of a long sentence was the costliest part of reading roles
  const headsBefore = [head, doer, `(?:${doer}|${stateBody})`, `(?:${alt(l.victimHeads)})`, agentEnd].sort(
    (a, b) => b.length - a.length,
  );
  const openings = new Map<string, PhraseOpening>();
  const phraseOpening = (source: string): PhraseOpening | undefined => {
    for (const start of [`(?<![\\p{L}])((?:${W}\\s+){0,4}`, `(?<![\\p{L}])${notTally}((?:${W}\\s+){0,4}`]) {
      if (!source.startsWith(start)) continue;
      const h = headsBefore.find((h) => source.startsWith(h, start.length));
      if (h === undefined) return undefined;
      let o = openings.get(h);
      if (!o) openings.set(h, (o = { head: caseFoldedRegExp(h, 'giu'), words: 4 }));
      return o;
    }
    return undefined;
  };
  for (const rule of rules) {
    const source = sources.get(rule.re);
    const o = source === undefined ? undefined : phraseOpening(source);
    if (o) rule.opensBefore = o;
  }
  // ", " / " and " / ", and " / "; " then an optional determiner; an item is a described phrase or a name
  // (rule role.list-and-of) "the murder of X and of Y": a repeated preposition opens the next item
  // (rule role.list-including) "12 people, including two children": the people included share the role
  // (rule role.list-as-well-as) "killed the mayor, as well as two peasants": one more item of the list
  // (rule role.list-along-with) "killed the mayor along with two peasants", "X, together with Y, was abducted": the
  // people harmed with the first share its role
  // (rule role.list-including) the worded glue is tried first: after a bare comma, "including X" would read "including"
  // as the item's first word, and a name item holding it is taken for the next clause ("killed three people, including X")
  // (rule role.list-apposition-semicolon) after the cue as before it: "killing A, 42; B, a driver for the firm; and
  // C": an item's apposition, closed by the semicolon that separates the items, stands between it and the next item
  // (rule role.list-aside) an item's aside closes before the next item: set off by dashes ("the priests -- four of them
  // foreigners -- and their cook") or a relative clause between commas ("six priests, two of whom were foreigners, and
  // their cook")
  const listAside = `\\s*(?:--|[—–])\\s*[^-—–.;:()\\[\\]]{1,80}?\\s*(?:--|[—–])\\s*(?:and\\s+)?|\\s*,\\s*(?:(?:[\\p{L}\\p{N}-]+\\s+){1,3}of\\s+)?(?:who|whom|which)\\s[^,;.()\\[\\]]{1,60},\\s*(?:and\\s+)?`;
  // (rule role.list-apposition-semicolon) the apposition closed by a semicolon holds no verb of harm: "killed A, B and C
  // and injured 260 people; an officer was killed days later" is the list itself, not A's apposition
  const semicolonApposition = `(?:(?!(?:${verb}|${alt(l.deathVerbs)})(?![\\p{L}]))[^,;.()\\[\\]]){1,120}`;
  // (rule role.list-title-apposition) an item's apposition that says who the person is, closed by a comma and "and"
  // ("killed X, leader of the party, and Y"): a bare noun joined by "of" to a body, so it is no item of its own; the
  // next item comes after the "and". Not one opened by a determiner: "the murder of a judge, a police commander, and
  // a senator" lists three people
  const titleApposition = `\\s*,\\s*(?!(?:${alt(l.listDeterminers)}|${alt(l.objectQuantifiers)})\\s)(?:[\\p{L}'’-]+\\s+){1,3}?of\\s+[^,;.()\\[\\]]{1,80}?(?:\\s*\\([^()]{1,12}\\))?\\s*,\\s*and\\s+`;
  const listGlue = `(?:\\s*,?\\s+(?:including|as\\s+well\\s+as|along\\s+with|together\\s+with)\\s+|${listAside}|${titleApposition}|\\s*,\\s*${semicolonApposition};\\s*(?:and\\s+)?|\\s*[,;]\\s*(?:and\\s+)?|\\s+and\\s+)(?:of\\s+)?(?:(?:${alt(l.listDeterminers)}|${alt(l.objectQuantifiers)})\\s+)?`;
  // an item closes the list or its clause: punctuation, the next item, or a preposition or relative pronoun, never a verb
  // ("killed two people and police are investigating" lists no police)
  // (rule role.list-item-then-time) or when it happened ("killed the priests, their cook and her daughter early this
  // morning at the centre"): a time closes the item where punctuation or a preposition follows it, not a verb ("killed
  // a farmer and police today arrested two men" lists no police)
  const listEnd = `(?=\\s*[,.;:()]|\\s*$|\\s+(?:${alt(l.listClosers)})(?![\\p{L}])|\\s+(?:early\\s+)?(?:${alt(l.harmTimes)})(?![\\p{L}])(?=\\s*[,.;:()]|\\s*$|\\s+(?:${alt(l.listClosers)})(?![\\p{L}])))`;
  // words a complement of a phrase never holds: a verb's auxiliary or a clause's opener ends it
  const notComplement = `(?:${alt(l.passiveAuxiliaries)}|are|is|and|${alt(l.clauseOpeners)})(?![\\p{L}])`;
  const listItem = caseFoldedRegExp(`^${listGlue}(?:${npDoer}|${name})${listEnd}`, 'diu');
  // (rule role.list-item-no-verb) an item may reach four words before its person noun, so it can read across the next
  // clause's verb and its object ("killed a farmer and police today arrested two men", "and troops quickly detained
  // several suspects"): an item that holds a verb right before an object's opening is that clause, and ends the list
  const objectOpening = `(?:${alt(l.listDeterminers)}|${alt(l.objectQuantifiers)}|${alt(l.listItemCounts)}|\\d)`;
  const itemVerb = caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(l.listItemVerbs)})\\s+${objectOpening}(?![\\p{L}-])`, 'iu');
  // the same read backwards, from the first item of a phrase before its cue: an item opens the sentence or follows
  // punctuation or a word no name holds; then ", ", " and ", ", and " and the next item's determiner
  const itemStart = `(?<![\\p{L}\\p{N}'’.-])`;
  const nameBefore = `((?:${W}\\s+){0,5}?${W})`;
  // (rule role.list-apposition-semicolon) "A, an employee of the fund; B, a spokesman; and C were kidnapped": an item's
  // apposition, closed by the semicolon that separates the items, stands between it and the next item; so does an
  // aside (rule role.list-aside: "six priests -- four of them foreigners -- and their cook were killed")
  // (rule role.list-before-other-people) "the mayor and six other people were killed", "X and two more passengers": the
  // count and "other" before the last item's noun leave the phrase (they are stops of it), and stand between it and
  // the glue; the earlier items share its role all the same
  const othersBefore = `(?:(?:\\d[\\d,]*|${alt(l.listItemCounts)})\\s+)?(?:${alt(l.remainderModifiers)})\\s+`;
  // (rule role.list-before-partitive) "his driver and one of his bodyguards were killed": a count and "of" before the
  // last item's determiner take part of its people, and stand between it and the glue as the determiner does
  const partitiveBefore = `(?:(?:\\d[\\d,]*|${alt(l.listItemCounts)})\\s+of\\s+)?`;
  const glueBefore = `(?:${listAside}|\\s*[,;]\\s*(?:and\\s+)?|\\s+and\\s+|\\s*,?\\s+(?:including|as\\s+well\\s+as|along\\s+with|together\\s+with)\\s+|\\s*,\\s*${semicolonApposition};\\s*(?:and\\s+)?)${partitiveBefore}(?:(?:${alt(l.listDeterminers)}|${alt(l.objectQuantifiers)})\\s+)?(?:${othersBefore})?$`;
  const listItemBefore = caseFoldedRegExp(`${itemStart}(?:${npBeforeDoer}|${nameBefore})${glueBefore}`, 'diu');
  // (rule role.list-item-own-noun) read backwards, the leftmost match wins, and a name may start a word earlier than a
  // described phrase ("in an attack in which his bodyguard and" reads as the name "an attack in which his bodyguard"):
  // an item that ends in a person noun is read as the described phrase first
  const listItemBeforeDescribed = caseFoldedRegExp(`${itemStart}${npBeforeDoer}${glueBefore}`, 'diu');
  // an attacker noun as the subject of a passive verb ("the gunman was shot dead by"): its "by" agent is the response
  const attackerPassiveSubject = caseFoldedRegExp(
    `(?:${alt(l.agentHeads)})(?![\\p{L}])(?:\\s*,[^,.;]{1,60},)?\\s+${passive}$`,
    'iu',
  );
  // (rule role.force-members) "members of the armed forces", "soldiers of the army": the force the people belong to
  const forceAfterOf = caseFoldedRegExp(
    `^\\s*,?\\s+of\\s+(?:the\\s+)?((?:[\\p{L}'’-]+\\s+){0,2}?(?:${alt(l.forceHeads)}))(?![\\p{L}])(?!\\s+of(?![\\p{L}]))`,
    'diu',
  );
  const collectiveBefore = caseFoldedRegExp(
    `(?<![\\p{L}])(?:${alt(l.collectiveNouns)})\\s+of\\s+(?:(?:${alt(l.objectQuantifiers)}|approximately)\\s+)?$`,
    'diu',
  );
  // (rule role.owner-not-harmed) "an attack on the residence of the vice president", "dynamited the mayor's home": the
  // place was attacked; its owner is no victim unless a cue says the owner was harmed
  const owned = `(?:${alt(l.ownedPlaceNouns)})`;
  const ownedPlaceBefore = caseFoldedRegExp(`(?<![\\p{L}])${owned}\\s+of\\s+(?:the\\s+)?$`, 'iu');
  const possessed = `['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?${owned}(?![\\p{L}])`;
  const ownedPlaceIn = caseFoldedRegExp(possessed, 'iu');
  // right after a phrase, the rest of a name may come before the possessive ("President Alfredo Cristiani's home");
  // (rule role.owner-modifier) or the place noun the person noun only modifies ("attacked a police post", "an army
  // base"): the place was attacked, not its people
  const ownedPlaceAfter = caseFoldedRegExp(
    `^(?:(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}${possessed}|\\s+${owned}(?![\\p{L}]))`,
    'iu',
  );
  // (rule role.group-part-apposition) a possessive and a noun for a part of a group close the phrase
  const possessedPart = caseFoldedRegExp(`['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alt(l.groupPartNouns)})$`, 'iu');
  // (rule victim/described-by-relation) a relative's or an aide's noun, "of" and at most a title before a name
  const kinOfBefore = caseFoldedRegExp(
    `(?<![\\p{L}])(?:${alt(l.kinOfNouns)})\\s+of\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,3}$`,
    'iu',
  );
  // (rule perpetrator/weapon-belongs-to-target) a weapon the text says was brought down, destroyed or seized, right
  // after the cue and a count or a few modifiers ("downed two army helicopters") or as the subject of a passive ("the
  // drones were shot down"), belonged to the side that lost it
  const targetGap = `(?:(?!(?:${alt(l.phraseBreakers)})\\s)[\\p{L}\\p{N}'’-]+\\s+){0,3}?`;
  const weaponTargeted = caseFoldedRegExp(
    `(?<![\\p{L}])(?:(?:${alt(l.weaponTargetCues)})\\s+${targetGap}${weaponHead(l)}|${weaponHead(l)}\\s+${passive}(?:${alt(l.weaponTargetCues)})(?![\\p{L}]))`,
    'iu',
  );
  // (rule role.harm-object-not-subject) a harm noun and "of", a determiner at most, right before a phrase
  const harmOfBefore = caseFoldedRegExp(`(?<![\\p{L}])${noun}\\s+of\\s+(?:(?:${alt(l.listDeterminers)})\\s+)?$`, 'iu');
  // (rule role.blamed-non-harm-object) a deed that harms no one, then a relative pronoun or an auxiliary at most
  const nonHarmDeedBefore = caseFoldedRegExp(
    `(?<![\\p{L}])(?:${alt(l.nonHarmDeedNouns)})(?:\\s*,?\\s+(?:which|that))?\\s+(?:(?:${alt(l.passiveAuxiliaries)}|is|are|being)\\s+)?(?:[\\p{L}]+ly\\s+)?$`,
    'iu',
  );
  // (rules role.others-of-attackers, role.others-of-things) "others" are more of what was counted last before them
  const remainderPhrase = caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(l.remainderNouns)})$`, 'iu');
  // (rule role.others-of-things) the noun a count or a determiner opens (a group's name and its gloss may qualify it:
  // "a Shining Path [SL] rebel was killed") ends before a comma, a preposition, an auxiliary or a verb
  // of harm ("one army company was destroyed", "three soldiers wounded", "killing one person and")
  const count = `(?:\\d[\\d,]*|${alt(l.listItemCounts)}|${alt(l.listDeterminers)})`;
  const countedLastBefore = caseFoldedRegExp(
    `(?<![\\p{L}\\p{N}])(${count})\\s+((?:(?!${count}\\s)[\\p{L}'’-]+\\s+|[\\[(][^\\])]{0,80}[\\])]\\s+){0,6}?[\\p{L}'’-]+)(?=\\s*,|\\s+(?:${alt(l.phraseBreakers)}|${alt(l.passiveAuxiliaries)}|${verb}|${alt(l.deathVerbs)})(?![\\p{L}]))(?:(?!(?<![\\p{L}\\p{N}])${count}\\s)[^.;:])*$`,
    'iu',
  );
  const countAtEnd = caseFoldedRegExp(`(?<![\\p{L}\\p{N}])${count}\\s+$`, 'iu');
  const personNounEnd = caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(l.victimHeads)})$`, 'iu');
  const plainPersonEnd = caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(l.plainPersonHeads)})$`, 'iu');
  const inclusionGlue = caseFoldedRegExp(`^\\s*,?\\s+(?:${alt(l.inclusionLinks)})\\s`, 'iu');
  const forceItem = caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(l.forceRankHeads)}|${alt(l.stateForceNouns)})$`, 'iu');
  const dutyAfterResponsible = caseFoldedRegExp(
    `^\\s+for\\s+(?:(?:${alt(l.definiteDeterminers)})\\s+)?(?:${alt(l.dutiesAfterResponsible)})(?![\\p{L}])`,
    'iu',
  );
  // (rule role.protected-not-harmed) a verb of guarding, then a determiner or a title and the rest of a name
  const protection = `(?:${alt(l.protectionVerbs)})`;
  const protectedBefore = caseFoldedRegExp(
    `(?<![\\p{L}])${protection}\\s+(?:(?:${alt(l.listDeterminers)})\\s+)?(?:(?!(?:${verb}|${alt(l.deathVerbs)}|${alt(l.phraseBreakers)}|${alt(l.clauseOpeners)}|${alt(l.passiveAuxiliaries)}|are|is)(?![\\p{L}]))[\\p{L}\\p{N}.'’-]+\\s+){0,3}$`,
    'iu',
  );
  const protectedOpening = caseFoldedRegExp(`^${protection}(?![\\p{L}])`, 'iu');
  // (rule role.guard-not-agent) "positions that were being guarded by army units", "a convoy escorted by police"
  const guardAgentBefore = caseFoldedRegExp(
    `(?<![\\p{L}])${protection}\\s+by\\s+(?:(?:${alt(l.listDeterminers)})\\s+)?$`,
    'iu',
  );
  return {
    head,
    protectedBefore,
    protectedOpening,
    guardAgentBefore,
    inclusionGlue,
    forceItem,
    dutyAfterResponsible,
    possessedPart,
    kinOfBefore,
    weaponTargeted,
    remainderPhrase,
    countedLastBefore,
    countAtEnd,
    personNounEnd,
    plainPersonEnd,
    harmOfBefore,
    nonHarmDeedBefore,
    ownedPlaceBefore,
    ownedPlaceIn,
    ownedPlaceAfter,
    collectiveBefore,
    freeRelative: new Set(l.freeRelativeOpeners.map((w) => w.toLowerCase())),
    nonSpecific: new Set(l.nonSpecificDeterminers.map((w) => w.toLowerCase())),
    negatedBefore: caseFoldedRegExp(
      `(?<![\\p{L}])(?:${alt(l.negatedBefore)})\\s+(?:(?:${alt(l.listDeterminers)})\\s+)?$`,
      'iu',
    ),
    conditionalBefore: caseFoldedRegExp(
      `(?<![\\p{L}])(?:${alt(l.conditionalOpeners)})\\s[^,;:()\\[\\]—–"“”]{0,80}?(?<![\\p{L}])by\\s+(?:the\\s+)?$`,
      'iu',
    ),
    attackerPassiveSubject,
    forceAfterOf,
    deedHead: caseFoldedRegExp(`(?:${alt(l.deedHeads)})$`, 'iu'),
    listItem,
    ofComplement: caseFoldedRegExp(
      `^\\s+of\\s+(?:(?!${notComplement})[^\\s,.;:()\\[\\]]+\\s+){0,4}?(?!${notComplement})[^\\s,.;:()\\[\\]]+(?=\\s*,?\\s+(?:and|as\\s+well\\s+as|along\\s+with|together\\s+with)\\s)`,
      'iu',
    ),
    ofComplementBefore: caseFoldedRegExp(
      `(?<![\\p{L}])(of\\s+(?:(?!${notComplement})[^\\s,.;:()\\[\\]]+\\s+){0,4}?(?!${notComplement})[^\\s,.;:()\\[\\]]+)(?=\\s*,?\\s+(?:and|as\\s+well\\s+as|along\\s+with|together\\s+with)\\s+(?:(?:${alt(l.listDeterminers)}|${alt(l.objectQuantifiers)})\\s+)?$)`,
      'diu',
    ),
    itemVerb,
    speakerAfter: caseFoldedRegExp(
      `^(?:\\s+of\\s+[^,;.:()\\[\\]]{1,60}?)?(?:\\s*,\\s*[^,;.:()\\[\\]]{1,60},)?\\s+(?:${alt(l.speakerVerbs)})(?![\\p{L}])`,
      'iu',
    ),
    listItemBefore,
    listItemBeforeDescribed,
    listDeterminer: caseFoldedRegExp(
      `^(?:${alt(l.listDeterminers)}|${alt(l.objectQuantifiers)}|least|most|than)$`,
      'iu',
    ),
    listCountWord: caseFoldedRegExp(`^(?:${alt(l.listItemCounts)}|${alt(l.remainderModifiers)})$`, 'iu'),
    listSourceBefore: caseFoldedRegExp(
      `(?<![\\p{L}])(?:${alt(l.listSourceOpeners)})\\s+(?:[^\\s,;:.()]+\\s+){0,3}$`,
      'iu',
    ),
    stateDoerItem: caseFoldedRegExp(
      `^(?:[\\p{L}'’.-]+\\s+){0,3}?(?:${alt(l.forceHeads)}|${alt(l.blamedStateBodies)})\\.?$`,
      'iu',
    ),
    agentHead: caseFoldedRegExp(`(?:${alt(l.agentHeads)})${tail}$`, 'iu'),
    memberHead: caseFoldedRegExp(`(?:${alt(l.memberHeads)})$`, 'iu'),
    groupLinkAfter: caseFoldedRegExp(`^\\s*,?\\s+${groupLink}\\s+(?:the\\s+)?`, 'iu'),
    victimHead: caseFoldedRegExp(`(?:${alt(l.victimHeads)})$`, 'iu'),
    personNounAll: caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(l.victimHeads)})(?![\\p{L}])`, 'giu'),
    clauseBreak: caseFoldedRegExp(`[,;:]|(?<![\\p{L}])(?:${alt(l.clauseOpeners)})(?![\\p{L}])`, 'iu'),
    harmVerb: verb,
    harmNoun: noun,
    stops: new Set(l.phraseStops.map((w) => w.toLowerCase())),
    rules,
  };
}

/** the phrase without the words up to its last stop word ("that the terrorists" → "terrorists") */
function trimPhrase(cues: RoleCues, text: string, start: number): { start: number; text: string } | null {
  const words = [...eachMatch(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu, text)];
  // (rule role.blamed-gloss) the words of a bracketed gloss inside the phrase are no stops of it
  const glossed = (at: number) => /[[(][^\])]*$/u.test(text.slice(0, at));
  let cut = 0;
  // the head (last word) is kept whatever it is
  for (let i = 0; i < words.length - 1; i++)
    if (cues.stops.has(words[i]![0].toLowerCase()) && !glossed(words[i]!.index)) cut = i + 1;
  // "at least 30 villagers" is cut at "at": the quantifier's rest goes too
  while (/^(?:least|most|than)$/i.test(words[cut]?.[0] ?? '') && cut < words.length - 1) cut++;
  const first = words[cut];
  if (!first) return null;
  // (rule role.accused-quoted-word) a closing quote the phrase ends on is no word of it, unless it closes a quote
  // opened inside the phrase; the quote that opens its first word is, when the phrase closes it ('"narco" groups')
  const from =
    /["“]$/u.test(text.slice(0, first.index)) && /^[^"“”]+["”]\s/u.test(text.slice(first.index))
      ? first.index - 1
      : first.index;
  const kept = text.slice(from);
  return { start: start + from, text: /^[^"“]*["”]$/u.test(kept) ? kept.slice(0, -1) : kept };
}

/**
 * A rule's matches. A name slot may start at any word ("in San Salvador, X, a judge, was killed": the slot that starts
 * at "San" holds no person), so its rule is tried again from each next word, not only after the whole match.
 */
const WORD_GAP = /[\s,;:()]+/gu;

export function* matchesOf(rule: RoleRule, sentence: string): Generator<RegExpExecArray> {
  rule.re.lastIndex = 0;
  if (rule.opensBefore) {
    yield* openedMatches(rule, rule.opensBefore, sentence);
    return;
  }
  if (!rule.namedPerson && !rule.nameFromAnyWord) {
    yield* eachMatch(rule.re, sentence);
    return;
  }
  for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
    yield m;
    // the next word after the slot's start, found in place (a copy of the sentence's rest per match cost a tenth of
    // extraction time on long sentences)
    WORD_GAP.lastIndex = m.indices![1]![0];
    const next = WORD_GAP.exec(sentence);
    if (!next) break;
    rule.re.lastIndex = next.index + next[0].length;
  }
}

const SPACE = /\s/u;

/**
 * Where a match of a phrase that opens at most `o.words` words before its head (RoleRule.opensBefore) may open, at or
 * after `at`: the start of the `o.words`-th run of non-space characters before the one that holds the head's first
 * match from `at` (each of the phrase's words is such a run, or the end of one, and ends in spaces; the head may match
 * inside a word, "men" in "government", before a later match opens a phrase further back), or -1 when the head is not
 * there.
 */
function openingFrom(o: PhraseOpening, text: string, at: number): number {
  o.head.lastIndex = at;
  const h = o.head.exec(text);
  if (!h) return -1;
  let p = h.index;
  while (p > at && !SPACE.test(text[p - 1]!)) p--;
  for (let k = 0; k < o.words && p > at; k++) {
    while (p > at && SPACE.test(text[p - 1]!)) p--;
    while (p > at && !SPACE.test(text[p - 1]!)) p--;
  }
  return p;
}

/**
 * matchesOf for a rule with opensBefore: the same matches, each searched from where it may open (openingFrom), not
 * from every position before it.
 */
function* openedMatches(rule: RoleRule, o: PhraseOpening, sentence: string): Generator<RegExpExecArray> {
  const again = rule.namedPerson || rule.nameFromAnyWord;
  for (let at = 0; ;) {
    const from = openingFrom(o, sentence, at);
    if (from < 0) return;
    rule.re.lastIndex = from;
    const m = rule.re.exec(sentence);
    if (!m) return;
    let next = rule.re.lastIndex;
    if (again) {
      WORD_GAP.lastIndex = m.indices![1]![0];
      const gap = WORD_GAP.exec(sentence);
      if (!gap) {
        yield m;
        return;
      }
      next = gap.index + gap[0].length;
    } else if (m[0] === '') next += rule.re.unicode && (sentence.codePointAt(next) ?? 0) > 0xffff ? 2 : 1;
    rule.re.lastIndex = 0;
    yield m;
    at = next;
  }
}

/** Role phrases in one sentence (`offset` = the sentence's start in the article). */
export function rolePhrases(cues: RoleCues, sentence: string, offset: number): RolePhrase[] {
  const out: RolePhrase[] = [];
  // a cue is tested once per sentence, however many rules share it (a test cannot change: no g or y flag)
  const cueFound = new Map<RegExp, boolean>();
  for (const rule of cues.rules) {
    if (rule.cue) {
      let found = cueFound.get(rule.cue);
      if (found === undefined) cueFound.set(rule.cue, (found = rule.cue.test(sentence)));
      if (!found) continue;
    }
    for (const m of matchesOf(rule, sentence)) {
      const phrase = m[1];
      if (!phrase) continue;
      // (rule role.responsible-for-duty) "the unit, which is responsible for guarding the embassy", "police responsible
      // for security in the capital": "responsible for" a duty says what one's job is, not that one did the act
      if (CLAIM_RULES.has(rule.id) && cues.dutyAfterResponsible.test(sentence.slice(m.index + m[0].length))) continue;
      const trimmed = trimPhrase(cues, phrase, m.indices![1]![0]);
      if (!trimmed) continue;
      // (rule role.negated-phrase) "no group has claimed responsibility", "no civilians were hurt", "neither the rebels
      // nor the army": a phrase a negative opens names no one who did or suffered anything
      if (cues.negatedBefore.test(sentence.slice(0, trimmed.start))) continue;
      // (rule role.conditional-agent) "the army would have reacted if this operation had been carried out by the
      // Front", "unless it was staged by the rebels": the agent of an act a clause only supposes is no one said to
      // have done it; a comma closes the supposition ("if it is confirmed, the attack carried out by the rebels …")
      if (rule.role === 'perpetrator' && cues.conditionalBefore.test(sentence.slice(0, trimmed.start))) continue;
      // (rule role.free-relative) "wounding 40 others in what officials called an act of terror": the words after a
      // free relative's opener are its clause's subject, not someone harmed or harming
      const opener = /^[\p{L}]+/u.exec(trimmed.text)?.[0]?.toLowerCase() ?? '';
      if (cues.freeRelative.has(opener)) continue;
      // (rule role.non-specific-phrase) "we do not know of any policemen being wounded", "if any civilians were hurt":
      // a phrase "any" opens asks or denies that someone was harmed or harming; it names no one who was
      if (cues.nonSpecific.has(opener)) continue;
      // (rule role.group-of) "a group of armed men", "a column of Shining Path terrorists": the attackers are named as one
      // body, the collective noun heads the phrase
      const collective =
        rule.role === 'perpetrator' ? cues.collectiveBefore.exec(sentence.slice(0, trimmed.start)) : null;
      const t = collective
        ? { start: collective.index, text: sentence.slice(collective.index, trimmed.start) + trimmed.text }
        : trimmed;
      // (rule role.possessor-not-head) a name slot that reads on past a possessive ("killed the mayor's wife", "X's
      // driver was killed") names the possessor, not the one harmed: the described phrase names the wife or the driver
      if (rule.role === 'victim' && rule.namedPerson && /['’]s?\s+\p{L}/iu.test(t.text)) continue;
      // (rule victim/described-by-relation) "the nephew of President X was shot": the name or phrase after a relative's
      // or an aide's noun and "of" says whose relative was harmed; it names no one harmed
      if (rule.role === 'victim' && cues.kinOfBefore.test(sentence.slice(0, t.start))) continue;
      // (rule role.protected-not-harmed) "four soldiers assigned to guard the governor were killed", "policemen
      // responsible for protecting Judge X were shot": the one guarded is kept safe by those harmed, not harmed
      if (
        rule.role === 'victim' &&
        (cues.protectedBefore.test(sentence.slice(0, t.start)) || cues.protectedOpening.test(t.text))
      )
        continue;
      // (rule role.guard-not-agent) "the guerrillas attacked positions that were being guarded by army units": who
      // guards a place or a person is the agent of the guarding, not of the attack the sentence tells
      if (rule.role === 'perpetrator' && cues.guardAgentBefore.test(sentence.slice(0, t.start))) continue;
      // (rules role.others-of-attackers, role.others-of-things) "three guerrillas were killed and five others wounded",
      // "one company was routed and two others attacked": the others are more of what was counted last before them,
      // combatants of a clash or no people at all, not people the attack harmed
      // the list the phrase ends or opens is read all the same ("X, his son and 15 others were killed")
      const othersOfNoOne =
        rule.role === 'victim' && cues.remainderPhrase.test(t.text) && !othersArePeopleHarmed(cues, sentence, t.start);
      // (rule role.harm-object-not-subject) the object of a harm noun is who suffered it, not the subject of the
      // participle after it: in "the assassination of six priests perpetrated in the capital", "the murder of two
      // judges carried out by" the participle is a reduced relative on the harm noun (rule role.harm-of reads them)
      if (rule.role === 'perpetrator' && cues.harmOfBefore.test(sentence.slice(0, t.start))) continue;
      // (rule role.blamed-non-harm-object) "the agrarian reform carried out by the government", "the investigation
      // ordered by the judge": the agent of a deed that harms no one did that deed, not the incident's harm
      if (
        (rule.id === 'role.blamed' || rule.id === 'role.named-blamed') &&
        cues.nonHarmDeedBefore.test(sentence.slice(0, m.index))
      )
        continue;
      // (rule role.owner-not-harmed) the owner of a building attacked ("an attack on the residence of the vice
      // president", "the president's home"), named in the phrase or right after it, is no victim by this cue
      if (
        rule.role === 'victim' &&
        (cues.ownedPlaceBefore.test(sentence.slice(0, t.start)) ||
          cues.ownedPlaceIn.test(t.text) ||
          cues.ownedPlaceAfter.test(sentence.slice(t.start + t.text.length)))
      )
        continue;
      // (rule role.responder-agent) "the gunman was shot dead by police": who harmed the attacker is the response,
      // not the incident's attacker; only an attacker noun as the agent keeps the role ("killed by rival gunmen")
      // named bodies among them are the incident's responders ("shot dead by officers of the Dernmouth Police")
      const responderAgent =
        rule.id === 'role.passive-agent' &&
        cues.attackerPassiveSubject.test(sentence.slice(0, m.index)) &&
        !cues.agentHead.test(t.text);
      // (rule role.attacker-harmed) an attacker noun harmed ("two of the kidnappers were killed", "the gunman was
      // shot dead") names the incident's attackers, hurt by the response or their own act: no victim of it
      const attackerHarmed =
        !responderAgent && rule.role === 'victim' && !rule.namedPerson && cues.agentHead.test(t.text);
      // an attacker noun that names no deed ("14 gendarmes and 20 militants were killed" in a clash) is neither; the
      // rest of its list keeps the rule's role
      const combatant = attackerHarmed && !cues.deedHead.test(t.text);
      const role: RoleName = responderAgent ? 'responder' : attackerHarmed ? 'perpetrator' : rule.role;
      const fallback = attackerHarmed;
      const ruleId = responderAgent ? 'role.responder-agent' : attackerHarmed ? 'role.attacker-harmed' : rule.id;
      // a subject must name attackers, else only a named person or group will do ("police killed" is a response);
      // a "by" agent or one accused is the attacker whatever its noun; a name slot holds a name or nothing
      const needsEntity =
        responderAgent ||
        rule.namedPerson === true ||
        rule.named === true ||
        (role === 'perpetrator' && !rule.agentBySyntax && !attackerHarmed && !cues.agentHead.test(t.text));
      const start = offset + t.start,
        end = start + t.text.length;
      // a name slot and a described phrase may overlap ("killed Mayor X": "Mayor" described, "Mayor X" named): each
      // keeps its own kind, never two of one kind on the same words
      const personOnly = rule.namedPerson === true;
      if (out.some((o) => (o.personOnly === true) === personOnly && start < o.end && o.start < end)) continue;
      if (!combatant && !othersOfNoOne)
        out.push({
          role,
          start,
          end,
          text: t.text,
          rule: ruleId,
          needsEntity,
          ...(fallback ? { fallback: true } : {}),
          ...(rule.namedPerson ? { personOnly: true } : {}),
          ...(role === 'perpetrator' && rule.deedAgent ? { bySyntax: true } : {}),
          ...(rule.actorOnly ? { actorOnly: true } : {}),
          ...(rule.armedGroupOnly ? { armedGroupOnly: true } : {}),
          ...(rule.nameAtEnd ? { nameAtEnd: true } : {}),
          ...(rule.afterHarm ? { afterHarm: true } : {}),
          ...(rule.freed ? { freed: true } : {}),
        });
      if (responderAgent) continue;
      // (rule role.force-members) people a phrase names as members of a state force ("killed by members of the armed
      // forces", "soldiers of the army opened fire on peasants") did it with their force: both are perpetrators
      const force =
        role === 'perpetrator' && !needsEntity ? cues.forceAfterOf.exec(sentence.slice(m.indices![1]![1])) : null;
      if (force) {
        const fs = offset + m.indices![1]![1] + force.indices![1]![0];
        if (!out.some((o) => o.start < fs + force[1]!.length && fs < o.end))
          out.push({
            role: 'perpetrator',
            start: fs,
            end: fs + force[1]!.length,
            text: force[1]!,
            rule: 'role.force-members',
            needsEntity: false,
          });
      }
      // (rule role.group-part-apposition) "the work of X's Afghan branch, Y": the name right after the comma renames
      // the part of the group the phrase ends in, so it may be a group, not only a person
      const partNamed = role === 'perpetrator' && cues.possessedPart.test(t.text);
      if (rule.listFollows) {
        const after = m.indices![1]![1];
        const complement = rule.role === 'victim' ? cues.ofComplement.exec(sentence.slice(after)) : null;
        out.push(...listedAfter(cues, rule, sentence, offset, after + (complement?.[0].length ?? 0), out, partNamed));
      }
      if (rule.listPrecedes) out.push(...listedBefore(cues, rule, sentence, offset, t.start, out));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether "others" at `start` (rules role.others-of-attackers, role.others-of-things, role.others-same-kind) name
 * people harmed in their own right: they are more of what was counted last before them, so not where that is attackers
 * ("three guerrillas were killed and five others wounded"), no person ("one army company was wiped out and two others
 * were attacked"), or people a noun says who they are ("killing three policemen and wounding two others": the others
 * are policemen too, and the phrase before already names them); only after a plain noun of people ("killed one person
 * and wounded five others") or a bare count ("killing three and wounding 12 others") do they add someone.
 */
function othersArePeopleHarmed(cues: RoleCues, sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  const counted = cues.countedLastBefore.exec(before.replace(cues.countAtEnd, ''));
  if (!counted) return true;
  const [, opener, noun] = counted as unknown as [string, string, string];
  if (cues.agentHead.test(noun)) return false;
  if (!cues.personNounEnd.test(noun)) return false;
  // a determiner opens one person ("his son", "the mayor"), not a kind the others share
  return cues.plainPersonEnd.test(noun) || cues.listDeterminer.test(opener);
}

/**
 * (rule role.list-item-own-noun) An item of a list of people harmed before its verb that ends in a person noun ("a
 * police colonel and X were killed", "his wife and X died") is a described victim in its own right, though the list
 * ends in a name: the name slot's need of a named person holds for names, not for the people a noun describes. An
 * attacker noun listed with those harmed is no victim (see role.list-before). Not after the verb: a list that opens
 * with a name there is as often a list of past victims ("the army, which murdered X, 1,000 peasants and the nuns").
 */
function ownVictimNoun(cues: RoleCues, rule: RoleRule, text: string): boolean {
  return rule.role === 'victim' && cues.victimHead.test(text) && !cues.agentHead.test(text);
}

/**
 * (rule role.list-state-body) An item of a list of doers that the syntax blames ("the government and the army are
 * responsible for the bombing", "accused the army and the government of the massacre", "the attack was carried out by
 * the army and the police") and that names a state's force or governing body by its noun is one of the doers, as
 * described as the phrase it is listed with: a body needs no name of its own to be blamed with the others. Only for a
 * rule that reads the doer from the syntax alone (agentBySyntax), where the cue holds for each item of the list.
 */
function stateBodyItem(
  cues: RoleCues,
  rule: RoleRule,
  t: { start: number; text: string },
): { start: number; text: string; stateBody?: true } {
  if (rule.role !== 'perpetrator' || rule.agentBySyntax !== true || !cues.stateDoerItem.test(t.text)) return t;
  // the sentence's full stop is no part of the body's words ("… blamed on the army and the government.")
  return { start: t.start, text: t.text.replace(/\.$/u, ''), stateBody: true };
}

/** rules whose phrase claims or is said to have done the act, by a cue ending in "responsible" among others */
const CLAIM_RULES: ReadonlySet<string> = new Set(['role.claim', 'role.styled-name-claim']);

/** rules whose phrase is the by-agent of an act of harm: an "including" list after it counts those harmed */
const AGENT_INCLUSION_RULES: ReadonlySet<string> = new Set([
  'role.passive-agent',
  'role.attack-on-by',
  'role.harm-noun-by',
  'role.named-harm-noun-by',
]);

/**
 * list glue that closes an item's apposition with a semicolon: an age or a phrase opened by an article or a relative
 * pronoun (", 42; ", ", a driver for the firm; and ", ", who ran the shop; ")
 */
const SEMICOLON_APPOSITION_GLUE = /^\s*,\s*(?:\d{1,3}|(?:a|an|the|who|whose)\s[^,;]{0,120})\s*;/iu;
/** list glue that is a semicolon alone, right after the item before it */
const BARE_SEMICOLON_GLUE = /^\s*;/u;

/**
 * The further items of a list that opens with a role phrase after its cue ("killed six priests, their cook and her
 * daughter", "the murder of X and Y"): each shares the phrase's role. A described item keeps the rule's own terms; a
 * name counts only where it holds a named person or group.
 */
function listedAfter(
  cues: RoleCues,
  rule: RoleRule,
  sentence: string,
  offset: number,
  from: number,
  taken: readonly RolePhrase[],
  partNamed = false,
): RolePhrase[] {
  const items: RolePhrase[] = [];
  let semicolonList = false;
  let harmedInclusion = false;
  for (let at = from, m = cues.listItem.exec(sentence.slice(at)); m; m = cues.listItem.exec(sentence.slice(at))) {
    // (rule role.list-bare-semicolon) a semicolon separates the items of a list whose items carry appositions ("killing
    // A, 42; B, a driver; C"); one with no such item before it nor right after it ends the clause ("the murder of six
    // priests; General X, General Y and Colonel Z, for ordering it"): what follows is no item of the list
    if (SEMICOLON_APPOSITION_GLUE.test(m[0])) semicolonList = true;
    else if (
      BARE_SEMICOLON_GLUE.test(m[0]) &&
      !semicolonList &&
      !SEMICOLON_APPOSITION_GLUE.test(sentence.slice(at + m[0].length))
    )
      break;
    const group = m[1] !== undefined ? 1 : 2;
    const read = trimPhrase(cues, m[group]!, at + m.indices![group]![0]);
    at += m[0].length;
    const t = read && stateBodyItem(cues, rule, read);
    const described = m[1] !== undefined || t?.stateBody === true;
    // a name with a stop word in it ("police are investigating", "Prime Minister X said") is the next clause
    if (
      !t ||
      (!described && [...eachMatch(/[\p{L}'’-]+/gu, m[group]!)].some((w) => cues.stops.has(w[0].toLowerCase())))
    )
      break;
    // (rule role.list-item-no-verb) "and police today arrested two men" is the next clause, not an item
    if (cues.itemVerb.test(m[group]!)) break;
    // (rule role.list-item-speaker) "opened fire on villagers, the mayor of the district, X, told reporters": the phrase
    // before a verb of saying is the speaker of a reporting clause, not one more of those harmed
    if (cues.speakerAfter.test(sentence.slice(at))) break;
    const start = offset + t.start,
      end = start + t.text.length;
    if ([...taken, ...items].some((o) => start < o.end && o.start < end)) break;
    // (rules role.others-of-attackers, role.others-of-things, role.others-same-kind) "killing three policemen and
    // wounding two others": list items are read as the phrase itself is
    if (rule.role === 'victim' && cues.remainderPhrase.test(t.text) && !othersArePeopleHarmed(cues, sentence, t.start))
      continue;
    // (rule role.attackers-among-the-dead) "killing 13 people including the six bombers": attackers a count of the
    // dead includes died in their own attack; they did it and are no victims
    const attackersAmongDead =
      rule.role === 'victim' && described && cues.inclusionGlue.test(m[0]) && cues.agentHead.test(t.text);
    // (rule role.agent-inclusion-harmed) "nine people were killed by rebels, including two children": the list an
    // "including" opens after a by-agent is part of the count of those harmed, not of the agent; its items (and the
    // items after them) are victims where the first is a name or a noun of people harmed, and no attacker noun nor a
    // state force ("shot by soldiers, including two sergeants" stays with the soldiers)
    if (
      !harmedInclusion &&
      AGENT_INCLUSION_RULES.has(rule.id) &&
      cues.inclusionGlue.test(m[0]) &&
      (!described || cues.victimHead.test(t.text)) &&
      !cues.agentHead.test(t.text) &&
      !cues.stateDoerItem.test(t.text) &&
      !cues.forceItem.test(t.text)
    )
      harmedInclusion = true;
    const needsEntity =
      !described ||
      rule.namedPerson === true ||
      (rule.role === 'perpetrator' && !rule.agentBySyntax && !cues.agentHead.test(t.text));
    items.push({
      role: attackersAmongDead ? 'perpetrator' : harmedInclusion ? 'victim' : rule.role,
      start,
      end,
      text: t.text,
      rule: attackersAmongDead
        ? 'role.attackers-among-the-dead'
        : harmedInclusion
          ? 'role.agent-inclusion-harmed'
          : `${rule.id}+list`,
      needsEntity: harmedInclusion ? !described : needsEntity,
      // a name in apposition to a part of a group ("X's armed wing, Y") may be a group (rule role.group-part-apposition)
      ...(described || (partNamed && items.length === 0 && /^\s*,/u.test(m[0])) ? {} : { personOnly: true }),
      ...(rule.afterHarm ? { afterHarm: true } : {}),
      ...(rule.freed ? { freed: true } : {}),
    });
  }
  return items;
}

/**
 * (rule role.list-before) The earlier items of a list that ends in a role phrase before its cue ("A, B and two
 * peasants were killed", "the Front and the army were responsible"): each shares the phrase's role. Lists are written
 * before a passive verb or a claim as often as after an active one. A name counts only where it holds a named person
 * (or, for a perpetrator, a named group); a described item keeps the rule's own terms.
 */
function listedBefore(
  cues: RoleCues,
  rule: RoleRule,
  sentence: string,
  offset: number,
  from: number,
  taken: readonly RolePhrase[],
): RolePhrase[] {
  const items: RolePhrase[] = [];
  const itemBefore = (text: string) => {
    // (rule role.list-before-of-complement) "the mayor of San Miguel and two bodyguards were killed": the item before
    // the glue is the described phrase its "of" complement follows; read with the complement taken out, the item's
    // words keep their places in the sentence
    const of = rule.role === 'victim' ? cues.ofComplementBefore.exec(text) : null;
    const bare = of
      ? cues.listItemBeforeDescribed.exec(
          text.slice(0, of.index).replace(/\s+$/u, '') + text.slice(of.index + of[1]!.length),
        )
      : null;
    if (bare && of && bare.indices![1]![1] <= of.index) return bare;
    return cues.listItemBeforeDescribed.exec(text) ?? cues.listItemBefore.exec(text);
  };
  for (let at = from, m = itemBefore(sentence.slice(0, at)); m;) {
    const group = m[1] !== undefined ? 1 : 2;
    const read = trimPhrase(cues, m[group]!, m.indices![group]![0]);
    const t = read && stateBodyItem(cues, rule, read);
    if (!t) break;
    const described = m[1] !== undefined || t.stateBody === true;
    const start = offset + t.start,
      end = start + t.text.length;
    if ([...taken, ...items].some((o) => start < o.end && o.start < end)) break;
    // (rule role.list-item-source) "according to the rebels, the army and the police were responsible": the phrase
    // after "according to" says who told it, and the list of the subject ends before it
    if (cues.listSourceBefore.test(sentence.slice(0, t.start))) break;
    // (rules role.others-of-attackers, role.others-of-things, role.others-same-kind) "killing three policemen and
    // wounding two others": list items are read as the phrase itself is
    if (rule.role === 'victim' && cues.remainderPhrase.test(t.text) && !othersArePeopleHarmed(cues, sentence, t.start))
      continue;
    const needsEntity =
      !described ||
      (rule.namedPerson === true && !ownVictimNoun(cues, rule, t.text)) ||
      (rule.role === 'perpetrator' && !rule.agentBySyntax && !cues.agentHead.test(t.text));
    // an attacker listed with those harmed ("the gunman and two hostages were killed") died in it, no victim of it
    if (!(rule.role === 'victim' && described && cues.agentHead.test(t.text)))
      items.push({
        role: rule.role,
        start,
        end,
        text: t.text,
        rule: `${rule.id}+list-before`,
        needsEntity,
        ...(described ? {} : { personOnly: rule.role === 'victim' }),
        ...(rule.freed ? { freed: true } : {}),
      });
    // an item cut at a word other than a determiner ("it was learned that A") opens the list: before it is a clause
    // (rule role.list-before-counted-item) a count or "other" cut off an item ("A, other priests and two civilians
    // were killed", "A, six nuns and B") opens the item's noun, not a clause: the list goes on before it
    const cut = sentence.slice(m.indices![group]![0], t.start);
    if (
      [...eachMatch(/[\p{L}'’-]+/gu, cut)].some(
        (w) => !cues.listDeterminer.test(w[0]) && !(described && cues.listCountWord.test(w[0])),
      )
    )
      break;
    at = m.index;
    m = itemBefore(sentence.slice(0, at));
  }
  return items;
}

// ", " / " and " / ", and " between two names of a list, or an apposition of the first name closed by a comma
// (", a nurse from the town, and "): the next name is one more item of the same list
const LIST_GLUE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,\s*[^,;.()]{1,80},\s*(?:and\s+)?)$/iu;

/**
 * Whether the words between two names join them as items of one list ("killed were A, a nurse, and B"): a role cue
 * before the list holds for every item, not only the first.
 */
export function joinsList(between: string): boolean {
  return LIST_GLUE.test(between);
}
