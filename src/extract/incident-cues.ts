// The cue words around incident triggers (data/lexicons/incident-cues.json), compiled once per loaded resources
// into the regular expressions incidents.ts matches. The words are data; the shapes (anchored before or after a
// trigger, whole words) are here.
import type { WordLists } from './word-lists.js';

export interface IncidentCues {
  /** one word before a trigger, whole */
  determiner: RegExp;
  /** a whole word: a preposition that opens a phrase of its own (incident-cues.determinerBarriers) */
  determinerBarrier: RegExp;
  article: RegExp;
  countWord: RegExp;
  /** the start of a trigger phrase that is a past tense or passive verb */
  verbal: RegExp;
  /** anchored at the end of the text between a trigger and a place */
  /**
   * a locative and an indefinite article before a place written as a modifier of a site ("a raid on a Paris church", "in a
   * Berlin restaurant"): the place is where the site is (incidents.ts takes it for a place below a country only)
   */
  /**
   * anchored at the end of a country's name: a noun it owns ("U.S. consulate", "U.S. troops"; countryOwnedNouns and
   * diplomaticPremises)
   */
  countryOwnedAfter: RegExp;
  /** anchored at the start of a country's name: premises it owns and "of" ("the embassies of", diplomaticPremises) */
  premisesOwnerBefore: RegExp;
  /**
   * a country's or people's name as the owner of diplomatic premises, which stand abroad (rule
   * place/premises-owner-abroad): anchored at the end of the name, "… embassy", "… and USSR embassies"; anchored at its
   * start, "embassies of the USSR and the …"
   */
  premisesAfter: RegExp;
  premisesBefore: RegExp;
  /** "… on the " before a place, and "oil pipeline" after it: the place names the target (rule place/named-target) */
  namedTargetBefore: RegExp;
  /** (rule place/town-of-the-acting-body) "by", "before" right before a town written in the possessive */
  bodyOfTownBefore: RegExp;
  /** (rule place/town-of-the-acting-body) the possessive and a capitalised name after the town */
  bodyOfTownAfter: RegExp;
  namedTargetAfter: RegExp;
  indefiniteLocativeBefore: RegExp;
  /**
   * the whole gap between a place and the next one that makes the first a modifier of the second's settlement noun
   * ("the West Java town of Tasikmalaya", "the northern Ayacucho port city of X"; entities.townOfBefore)
   */
  townOfBetween: RegExp;
  /** anchored at the end of the text before a place: a direction that makes it a part ("south", "north-eastern") */
  directionBefore: RegExp;
  /**
   * anywhere in a sentence: a part of the country that no town stands for ("in the southeast of the country", "in the
   * country's northeastern jungle", "in three Mexican states"; rule place/part-of-the-country)
   */
  countryPart: RegExp;
  /** anchored after a region: a settlement noun with no name after it ("the West Bank town"; rule place/region-town-antecedent) */
  settlementNounAfter: RegExp;
  /** anchored after a place: an apposition that calls it a settlement ("Kessin, a village in the Mopti region"; rule place/settlement-apposition) */
  settlementApposition: RegExp;
  locativeBefore: RegExp;
  /** anchored at both ends: between a country and a place it holds, "'s" and a place modifier ("Mali's", "Nigeria's northern ") */
  countryPossessiveGap: RegExp;
  /**
   * anchored at the start of the text after a place: a verb of saying, a name set off by commas between ("the mayor of
   * X, Jane Roe, told reporters"): the place is the speaker's, not the scene (rule place/speaker-affiliation)
   */
  speakerPlaceAfter: RegExp;
  strictLocativeBefore: RegExp;
  /** anchored at the start of the text after a trigger: "shot dead by police" */
  responderAfter: RegExp;
  /** an exchange of fire with responders anywhere in the text after the one harmed */
  clashWithResponders: RegExp;
  /** anchored at the end of the text before a trigger: "police shot" */
  responderBefore: RegExp;
  /**
   * anchored at the end of the clause before a verb of killing: police or troops as its subject ("police say they have
   * "), whose count is of their own killings (rule casualty/responders-own-toll)
   */
  responderDoerBefore: RegExp;
  /** anywhere in a count: attackers or suspects are those counted ("more than 100 suspected militants") */
  attackersCounted: RegExp;
  /** anchored at the end of the text before a trigger: the civilians it harmed ("two reporters who were") */
  civiliansBefore: RegExp;
  /** anchored at the start of the text after a trigger: the civilians it harmed (" two Salvadoran reporters") */
  civiliansAfter: RegExp;
  legalBefore: RegExp;
  proceedings: RegExp;
  attackerNouns: RegExp;
  /** right after a raid noun: the words that lead to its doer ("the raid staged by"; rule incidents/armed-raid-agent) */
  raidAgentAfter: RegExp;
  /**
   * global, with indices: a crowd's noun phrase opening a clause ("a mob", ", hundreds of residents"), the phrase in
   * group 1, ending at the noun (rule incident/crowd-violence)
   */
  crowdSubject: RegExp;
  /** a crowd noun right before "who", the subject of its relative clause ("protesters who hurled stones") */
  crowdRelativeSubject: RegExp;
  /** anchored at a trigger phrase: a clash with a crowd ("clashed with students"; incident-cues.crowdClashVerbs) */
  crowdClash: RegExp;
  /** harm or violence that makes a clash with a crowd a riot (incident-cues.crowdClashHarm) */
  crowdClashHarm: RegExp;
  /** anchored at the end of the text before a place: a crowd that lives there ("residents of ", "villagers of the ") */
  crowdOfBefore: RegExp;
  /** a verb of firing at a distance, anywhere ("fired", "launched"; rule place/origin-of-fire) */
  fireVerb: RegExp;
  /** the whole text between a trigger and a place: "from" and its object's first words ("from its base near ") */
  originBetween: RegExp;
  /** the text between a trigger and a place: a reaction set off by the event comes before the place, in the same
   * clause ("set off protests in "; rule place/reaction-place) */
  reactionBetween: RegExp;
  /** between a crowd and a violent phrase: words that make the crowd no subject of it ("residents said gunmen …") */
  crowdNotSubject: RegExp;
  /** anchored at the end of the text before a violent phrase: a noun's opener ("of a bloody ", "during ") */
  crowdPhraseOpenerBefore: RegExp;
  claim: RegExp;
  /** between a claimant and its claim, the whole gap */
  claimSubjectGap: RegExp;
  /** the same gap with a relative clause of the claimant's set off by commas (rule incidents/claim-relative-aside) */
  claimRelativeAsideGap: RegExp;
  /** anchored at the end of the text before a name: "speaking on behalf of the " (rule incidents/claim-on-behalf) */
  claimOnBehalfBefore: RegExp;
  /** between a group named on whose behalf and the claim: a short clause of the caller's, no other name or clause end */
  claimOnBehalfGap: RegExp;
  blamedBefore: RegExp;
  /** (rule incidents/hedged-group-attribution) "police suspect the ": a body's suspicion right before a group's name */
  suspicionBefore: RegExp;
  /** (rule incidents/hedged-group-attribution) " is believed to be behind": after a group's name, a passive of suspicion */
  suspicionAfter: RegExp;
  blamedOnBefore: RegExp;
  /**
   * an accusing verb and "the" before a name: "accused the " (read only with "of"/"for"/"responsible" after the name).
   * Global and unanchored: it runs over text that goes on past the name (accusedBefore in incidents.ts), so a verb's
   * lookahead ("hold(?=… responsible)") reads the words after the name; the match that ends where the name starts counts
   */
  accusedBefore: RegExp;
  responseCue: RegExp;
  victimAfter: RegExp;
  procedureBefore: RegExp;
  procedureAfter: RegExp;
  procedureBodyAfter: RegExp;
  /** a verb of saying or procedure anywhere ("released", "said"): the act a sentence-opening date may be the day of */
  procedureVerb: RegExp;
  separateEvents: RegExp;
  plotTarget: RegExp;
  speechBetween: RegExp;
  /** a connective introducing an earlier event ("…on Tuesday, after a bomber killed 22") */
  priorEvent: RegExp;
  /** the trigger phrase ends in a device noun ("car bomb", "explosive devices") */
  deviceNoun: RegExp;
  /** anchored at the end of the text before a device: the phrase of the weapon an act was done with ("with clubs and crude") */
  instrumentBefore: RegExp;
  /** anchored at the end of the text before a device: "police defused two", "an unexploded" */
  deviceFoundBefore: RegExp;
  /** anchored at the start of the text after a device: " were found in", " that had been defused" */
  deviceFoundAfter: RegExp;
  /** anchored at the end of the text before a trigger, within its clause: a filmed work ("the film was") */
  filmedWorkBefore: RegExp;
  /** anchored at the start of the text after a trigger: words only filming takes (" on location") */
  filmingAfter: RegExp;
  /** where a trigger's own clause ends after it: a colon, a bracket, a dash, or a comma before a conjunction */
  clauseEndAfter: RegExp;
  /** incident-cues.motiveOpeners: what the attack answered begins here */
  motiveOpener: RegExp;
  /** incident-cues.separateIncident: the telling of another incident opens here */
  separateIncidentBefore: RegExp;
  /**
   * between a name and a trigger: a passive auxiliary, after an apposition, "who" or a home town ("X, a nurse, was",
   * "X, who was", "X of Millbrook was")
   */
  passiveBetween: RegExp;
  /** a trigger phrase that starts with a passive auxiliary ("was shot") */
  passiveStart: RegExp;
  /** a passive auxiliary anywhere in the text */
  auxiliary: RegExp;
  /** a determiner or article anywhere in the text, whole */
  anyDeterminer: RegExp;
  /** anchored at the start of the text after a trigger: "of civilians", "against innocent people" (a class of victims) */
  genericObjectAfter: RegExp;
  /** genericObjectAfter for text in capitals, where case tells no name: the plural must end its phrase ("OF PEASANTS,") */
  genericObjectAfterCaps: RegExp;
  /** a word of remembrance in the first person or a memorial anywhere in the text ("we recall", "in memory of") */
  remembrance: RegExp;
  /** anchored at the end of the text before a trigger: the present perfect ("have been", "has") */
  perfectBefore: RegExp;
  /** a period a present perfect sums up ("so far this year", "to date") anywhere in the text */
  tallyPeriod: RegExp;
  /** a count of a tally ("1,000", "hundreds of") anywhere in the text */
  tallyCount: RegExp;
  /** a denial that opens what it denies ("denied that", "dismissed reports that"), anywhere in the text (rule incident/denied) */
  denial: RegExp;
  /** anchored at the start of the text after a denial: a personal pronoun subject ("that he shot"): a denial of who did it */
  denialSubjectAfter: RegExp;
  /** a word that ends what a denial governs, a new clause ("…, but admitted that"; rule incident/denied) */
  denialScopeEnd: RegExp;
  /**
   * anchored at the start of the text after a definite event noun a denial opens: its own words and a predicate about
   * it ("that the bombing in Tarvik was the work of rebels"): the event named as given (rule incident/denied)
   */
  givenEventPredicateAfter: RegExp;
  /** anchored at the end of the text before a verb of harm: a form of 'be' ("were killed", "is bombing") */
  beBefore: RegExp;
  /** anchored at the start of the text after an event's phrase: ", which the army has denied" (rule incident/denied) */
  deniedAfter: RegExp;
  /** anchored at the start of the text after a verb of harm: "in more than 40 massacres" (rule incident/toll-of-many-events) */
  manyEventsAfter: RegExp;
  /** "in more than 40 massacres" anywhere in the text (rule incident/toll-of-many-events) */
  manyEvents: RegExp;
  /** anchored at the start of the text after a verb of harm: an object that counts thousands (rule incident/mass-toll) */
  massTollAfter: RegExp;
  /** a count of thousands anywhere in the text: the subject of a passive verb of harm (rule incident/mass-toll) */
  massTollCount: RegExp;
  /** anchored at the start of the text after an event's phrase: "… has left more than 2,000 dead" (rule incident/mass-toll) */
  perfectTollAfter: RegExp;
  /** anchored at the start of the text after a trigger: "of the …", "on his …" */
  determinedObjectAfter: RegExp;
  /** a word in the text before a trigger that sets its event apart: "in a separate shooting", "another man was shot" */
  anotherEventBefore: RegExp;
  /** anchored at the end of the text between a harmed person and an arrest phrase: "… before being", "… and" */
  sameSubjectBefore: RegExp;
  /** anchored at the start of the text after a plural event noun: what opens the list of its targets (" on ") */
  targetListOpener: RegExp;
  /** anywhere in an article: its violence spanned several days ("killed over three days") */
  severalDaysSpan: RegExp;
  /** anchored at the start of a clause: a relative word about the place named before it (", where …") */
  placeRelativeStart: RegExp;
  /** "in this suburb", "in this northern city": the dateline's place */
  datelineTownRef: RegExp;
  /** "the attack took place", "this action was staged": a sentence about to say where an event happened (rule place/scene-statement) */
  sceneStatement: RegExp;
  /** in a place's name: a place where victims are treated ("St. Charles Hospital") */
  treatmentPlace: RegExp;
  /** anywhere in a sentence: a spot inside a town ("downtown", "near the university", "in this capital"; rule place/capital-bureau-dateline) */
  townScene: RegExp;
  /** anywhere in a clause: it places a response by the incident's scene ("detained a mile from the scene") */
  nearTheScene: RegExp;
  /** anywhere in a clause: someone taken hold of at the scene ("tackled a man at the scene"; rule place/captured-at-the-scene) */
  capturedAtTheScene: RegExp;
  /** anchored: the words between a colon and a date that opens the clause after it (rule incidents/dated-telling-after-colon) */
  datedTellingOpener: RegExp;
  /** between a dated violent phrase and a response told as the close of the same episode ('… before police detained them') */
  sequelLinks: RegExp;
  /** anchored at the start of the text after a town: its police ("Hangzhou police"; incident-cues.townPoliceNouns) */
  townPoliceAfter: RegExp;
  /** anchored at the end of the text before a town: police in it ("police in the town of "; rule place/town-police) */
  townPoliceBefore: RegExp;
  /** responders reaching a scene ("deputies responded to", "officers arrived at"): incident-cues.sceneArrivals */
  sceneArrival: RegExp;
  /** a trigger phrase that is a capture verb ("captured", "apprehended"): an arrest only when it acts on a person */
  captureVerb: RegExp;
  /** right after a capture verb: the war it was part of ("during the Korean War"; incident-cues.warTimeAfter) */
  warTimeAfter: RegExp;
  /** a whole trigger phrase that sport uses for play ("attack", "raid", "clash with"; incident-cues.sportSenses) */
  sportSense: RegExp;
  /** a line opening with a sport's desk slug and a dash ("SOCCER - …", "CRICKET - …"; news.deskSlugs) */
  sportDeskLine: RegExp;
  /** a line opening an item of a history digest: a year, a dash and a capital ("1940 - The Blitz began"; news.historyItemYears) */
  historyItemLine: RegExp;
  /** a word only a game report uses ("the ball", "a goalless draw", "his innings"; incident-cues.sportContext) */
  sportContext: RegExp;
  /** words of road traffic policing ("charged with drink-driving", "a motorist"; incident-cues.trafficOffences) */
  trafficOffence: RegExp;
  /** words of ordinary, non-security crime ("thieves", "cannabis", "a paedophile"; incident-cues.ordinaryOffences) */
  ordinaryOffence: RegExp;
  /** words that keep an arrest a security matter ("militants", "explosives", "dissident"; incident-cues.securityOffences) */
  securityOffence: RegExp;
  /** a whole trigger phrase that market news uses for price moves ("massacre", "raid"; incident-cues.marketSenses) */
  marketSense: RegExp;
  /** a word only market news uses ("shares", "the index", "brokers"; incident-cues.marketContext) */
  marketContext: RegExp;
  /** anchored at the end of the text before a place: it is a point of reference ("west of", "outside", "70 km from") */
  referencePointBefore: RegExp;
  /** anchored at the end of the text before a place: a point the scene lies at the edge of ("near", "on the outskirts of") */
  adjacentPointBefore: RegExp;
  /** anchored at the end of the text before a place: a settlement noun names it ("the coastal town of", "the village of") */
  settlementOfBefore: RegExp;
  /** a whole trigger phrase that press and political writing also use for words (incident-cues.figureSenses) */
  figureSense: RegExp;
  /** anchored at the end of the text before a trigger: a word that makes it said or written ("a scathing") */
  figureBefore: RegExp;
  /** anchored at the start of the text after a trigger: a thing of words or ideas as its target ("on his record") */
  figureTargetAfter: RegExp;
  /**
   * anchored at the start of the text after a trigger: its object names a whole people or population ("on the civilian
   * population", "the Salvadoran people"; incident-cues.peopleAtLarge, rule incident/people-at-large)
   */
  peopleAtLargeAfter: RegExp;
  /**
   * anchored at the end of the text before a verb of harm: a relative or plural pronoun subject, perhaps with other verbs
   * listed between ("who ", "they steal, kidnap and "; incident-cues.habitualSubjects, rule incident/habitual-deed)
   */
  habitualSubjectBefore: RegExp;
  /** a whole trigger phrase that is a verb of harm in the simple present (incident-cues.presentDeedVerbs) */
  presentDeedVerb: RegExp;
  /** anchored at the end of the text before an -ing verb of harm: "stop ", "continue " (incident-cues.ongoingDeedVerbs) */
  ongoingDeedBefore: RegExp;
  /** anchored at the start of the text after an offence word: a noun it modifies ("murder cases"; incident-cues.offenceHeads) */
  offenceHeadAfter: RegExp;
  /**
   * anchored at the end of the text before a trigger: a word of other wrongdoing and the items listed after it, up to
   * the trigger ("murders, kidnappings and "; incident-cues.abuseListItems, rule incident/abuse-list)
   */
  abuseListBefore: RegExp;
  /** anchored at the start of the text after a trigger: listed items up to a word of other wrongdoing (", and arrests") */
  abuseListAfter: RegExp;
  /** a charge, verdict or suspicion anywhere in the text ("on charges of", "accused of"; incident-cues.legalBefore) */
  legalWord: RegExp;
  /**
   * anchored at the end of the text before a trigger: a list of one-word items up to it whose first item has a
   * determiner, an article or a count ("the kidnapping, torture and "): the items name one event (rule incident/abuse-list)
   */
  determinedListBefore: RegExp;
  /** anchored at the end of the text before a trigger: it is acted out ("a mock", "simulated an", "rehearsed a") */
  simulatedBefore: RegExp;
  /** anchored at the end of the text before a trigger: a work tells of it ("a documentary about the 1993") */
  workAboutBefore: RegExp;
  /** anchored at the end of the text before a trigger: a passive auxiliary ("was", "had been", "was later") */
  passiveEnd: RegExp;
  /** a noun of people anywhere in the text: attackers, suspects, plain people ("the gunman", "two men") */
  personNoun: RegExp;
  /** anchored at the start of the text after a trigger: a noun of people as its object ("the suspect", "two men") */
  personNounAfter: RegExp;
  /** the whole text between an agency and the response cue after it: "FBI investigators", "the FBI is investigating" */
  agencyBeforeCue: RegExp;
  /** the whole text between a response cue and an agency after it: "the investigation by the", ", working alongside" */
  agencyAfterCue: RegExp;
  /** the whole text between two agencies of one list: ", ", " and the " */
  agencyListGlue: RegExp;
}

/** how far after an event's phrase the verb that sums its toll may stand ("the fighting in the north has left …") */
const PERFECT_TOLL_REACH_CHARS = 100;

/** what joins the items of a list: a comma, "and", "or", or both (rule incident/abuse-list) */
const LIST_JOIN = String.raw`(?:\s*,\s*(?:(?:and|or)\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?)`;
/** one item of such a list: one to three words ("drug trafficking", "terrorist attacks") */
const LIST_ITEM = String.raw`[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}`;

/**
 * Whether the text after a trigger opens with a class of victims as its object ("the killing of civilians", "THE
 * MURDER OF PEASANTS, …"), not a determined one ("of the …"). Text in capitals is read with its own pattern: case
 * there cannot tell a name from a common noun, so the plural must end its phrase.
 */
export function genericObjectAt(cues: IncidentCues, after: string): RegExpExecArray | null {
  if (cues.determinedObjectAfter.test(after)) return null;
  const caps = !/\p{Ll}/u.test(after) && /\p{Lu}/u.test(after);
  return (caps ? cues.genericObjectAfterCaps : cues.genericObjectAfter).exec(after);
}

/** The compiled cues of `words` (built once per loaded resources). */
export function incidentCuesOf(words: WordLists): IncidentCues {
  return words.memo('incident-cues', () => buildIncidentCues(words));
}

function buildIncidentCues(w: WordLists): IncidentCues {
  const a = (name: Parameters<WordLists['alt']>[0]) => w.alt(name);
  // (rule incidents/attacker-qualified-responder) a responder noun after a word of an armed movement ("urban
  // commandos", "guerrilla snipers") names attackers: what they did is the incident, not the response to it
  const responder = `(?:(?:${a('incident-cues.responderModifiers')}) )?(?<!\\b(?:${a('incident-cues.responderQualifiersNot')})[ -])(?:${a('incident-cues.responderNouns')})`;
  const loc = (list: 'incident-cues.locatives' | 'incident-cues.strictLocatives') =>
    new RegExp(
      // "in the town of", "in the Peruvian port of": a kind of place, then its name; (rule place/settlement-noun-before-name)
      // "in the Chechen capital Grozny", "in the border town Kessin": the name may follow the noun with no "of"
      `\\b${a(list)}\\s+(?:the\\s+)?(?:(?:[\\p{L}-]+\\s+)?${a('incident-cues.settlementNouns')}\\s+(?:of\\s+(?:the\\s+)?)?)?` +
        `(?:${a('incident-cues.placeModifiers')}\\s+)?$`,
      'iu',
    );
  const be = a('incident-cues.beAuxiliaries');
  const det = `(?:${a('incident-cues.determiners')}|${a('incident-cues.articles')})`;
  const personNouns = [
    a('incident-roles.agentHeads'),
    a('incident-roles.suspectHeads'),
    a('incident-roles.plainPersonHeads'),
  ].join('|');
  return {
    determiner: new RegExp(`^${a('incident-cues.determiners')}$`, 'i'),
    determinerBarrier: new RegExp(`^(?:${a('incident-cues.determinerBarriers')})$`, 'i'),
    article: new RegExp(`^${a('incident-cues.articles')}$`, 'i'),
    countWord: new RegExp(`^${a('incident-cues.countWords')}$`, 'i'),
    verbal: new RegExp(`^${a('incident-cues.verbalTriggers')}\\b`, 'i'),
    locativeBefore: loc('incident-cues.locatives'),
    speakerPlaceAfter: new RegExp(
      `^(?:\\s*,\\s*[^,;.:()\\[\\]]{1,60},)?\\s+(?:${a('incident-roles.speakerVerbs')})(?![\\p{L}])`,
      'iu',
    ),
    countryPossessiveGap: new RegExp(`^['’]s\\s+(?:${a('incident-cues.placeModifiers')}\\s+)?$`, 'iu'),
    bodyOfTownBefore: new RegExp(`(?<![\\p{L}])${a('incident-cues.bodyOfTownBefore')}\\s+(?:the\\s+)?$`, 'iu'),
    bodyOfTownAfter: /^['’]s\s+\p{Lu}/u,
    namedTargetBefore: new RegExp(`\\b${a('incident-cues.namedTargetBefore')}\\s+(?:the\\s+)?$`, 'iu'),
    namedTargetAfter: new RegExp(
      `^\\s+(?:[\\p{L}-]+\\s+){0,2}?${a('incident-cues.namedTargetNouns')}(?![\\p{L}])`,
      'iu',
    ),
    countryOwnedAfter: new RegExp(
      `^\\s+(?:${a('incident-cues.countryOwnedNouns')}|${a('incident-cues.diplomaticPremises')})(?![\\p{L}])`,
      'iu',
    ),
    premisesOwnerBefore: new RegExp(
      `(?<![\\p{L}])${a('incident-cues.diplomaticPremises')}\\s+of\\s+(?:the\\s+)?$`,
      'iu',
    ),
    premisesAfter: new RegExp(
      `^\\s+(?:(?:and|&)\\s+(?:the\\s+)?[\\p{L}.]+\\s+)?${a('incident-cues.diplomaticPremises')}(?![\\p{L}])`,
      'iu',
    ),
    premisesBefore: new RegExp(
      `(?<![\\p{L}])${a('incident-cues.diplomaticPremises')}\\s+of\\s+(?:the\\s+)?(?:[\\p{L}.]+\\s+(?:and|&)\\s+(?:the\\s+)?)?$`,
      'iu',
    ),
    indefiniteLocativeBefore: new RegExp(
      `\\b${a('incident-cues.locatives')}\\s+(?:${a('incident-cues.articles')})\\s+(?:${a('incident-cues.placeModifiers')}\\s+)?$`,
      'iu',
    ),
    settlementApposition: new RegExp(
      `^\\s*,\\s*(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?${a('gazetteer.settlementNouns')}(?![\\p{L}-])`,
      'iu',
    ),
    settlementNounAfter: new RegExp(`^\\s+${a('incident-cues.settlementNouns')}(?![\\p{L}-])(?!\\s+of\\s)`, 'u'),
    directionBefore: new RegExp(`(?<![\\p{L}-])${a('incident-cues.directionModifiers')}\\s+$`, 'iu'),
    countryPart: new RegExp(`(?<![\\p{L}-])(?:${a('incident-cues.countryPartPhrases')})(?![\\p{L}-])`, 'iu'),
    townOfBetween: new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?${a('entities.townOfBefore')}\\s+$`, 'iu'),
    strictLocativeBefore: loc('incident-cues.strictLocatives'),
    // "shot dead by armed police"; "killed after a gunfight with police", "died in a shoot-out with officers"
    // (rule incidents/responder-agent-described) one officer, a determiner and two words describing him ("shot dead by
    // a plain-clothes protection officer") is the police as much as "by armed police"
    responderAfter: new RegExp(
      `^\\s+(?:\\S+\\s+){0,3}?(?:by\\s+(?:(?:the|a|an)\\s+)?(?:[\\w-]+\\s+){0,2}?${responder}|(?:after|in|during)\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?(?:${a('incident-cues.clashNouns')})\\s+with\\s+(?:the\\s+)?(?:\\w+\\s+)?${responder})\\b`,
      'i',
    ),
    // (rule incidents/orphan-harmed-in-clash) "X died early on Friday after a gunfight with officers": anywhere after
    // the one harmed, an exchange of fire with responders says he died in the response
    clashWithResponders: new RegExp(
      `\\b(?:after|in|during)\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?(?:${a('incident-cues.clashNouns')})\\s+with\\s+(?:the\\s+)?(?:\\w+\\s+)?${responder}\\b`,
      'i',
    ),
    // (rule incidents/responder-subject-active) the police as the subject of the harm verb ("police later shot"), not
    // its passive subject ("two police officers were killed" names those harmed)
    // (rule incidents/responders-speak-of-it) "police attributed the attack to": a verb of speaking of it between
    responderBefore: new RegExp(
      `\\b${responder}\\s+(?:(?!(?:${be}|${a('incident-cues.responderTalkVerbs')})\\s)\\w+\\s+){0,2}$`,
      'i',
    ),
    // (rule casualty/responders-own-toll) "since the siege, police say they have killed 100 suspects": the responders
    // are the subject of the verb of killing, a link of saying or tense between, and attackers or suspects its object
    responderDoerBefore: new RegExp(
      `(?<![\\p{L}])${responder}\\s+(?:(?:${a('incident-cues.responderDoerLinks')})\\s+)?$`,
      'iu',
    ),
    attackersCounted: new RegExp(
      `(?<![\\p{L}])(?:${a('incident-roles.agentHeads')}|${a('incident-roles.suspectHeads')})(?![\\p{L}])`,
      'iu',
    ),
    civiliansBefore: new RegExp(
      `(?<![\\p{L}])(?:${a('incident-roles.civilianNouns')})(?:\\s*,?\\s+(?:who|that))?(?:\\s+(?:had|has|have))?(?:\\s+${be})?(?:\\s+\\p{L}+ly)?\\s*$`,
      'iu',
    ),
    // (rule incidents/civilians-after-collective) "opened fire on a group of students", "shot at a crowd of
    // peasants": a collective noun and "of" may stand before the civilians
    // (rule incidents/forces-harm-civilian-places) "the air force bombed the village", "troops strafed the civilian
    // population": a place where civilians live or gather, harmed by the forces, is harm done to civilians too
    civiliansAfter: new RegExp(
      `^\\s+(?:[\\p{L}\\p{N},'’-]+\\s+){0,3}?(?:\\p{L}+\\s+of\\s+(?:the\\s+)?)?(?:${a('incident-roles.civilianNouns')}|${a('incident-roles.civilianPlaceNouns')})(?![\\p{L}])`,
      'iu',
    ),
    // (rule incidents/charge-list) the last item of a list of charges or crimes ("charged with fraud, extortion and
    // kidnapping", "linked to drug trafficking or kidnapping") is named by the charge as the first is
    legalBefore: new RegExp(
      `\\b${a('incident-cues.legalBefore')}\\s+(?:\\w+\\s+){0,2}(?:(?:[\\w-]+,?\\s+){0,3}(?:and|or)\\s+)?$`,
      'i',
    ),
    proceedings: new RegExp(`\\b${a('incident-cues.proceedings')}\\b`, 'i'),
    attackerNouns: new RegExp(`\\b${a('incident-cues.attackerNouns')}\\b`, 'i'),
    raidAgentAfter: new RegExp(`^\\s*,?\\s+(?:${a('incident-cues.armedRaidAgentLinks')})\\s+by\\s+(?:the\\s+)?`, 'iu'),
    crowdSubject: new RegExp(
      `(?:^|[,;:]|(?<![\\p{L}])${a('incident-cues.crowdClauseOpeners')}(?=\\s))\\s*((?:${a('incident-cues.crowdOpeners')}\\s+){0,3}${a('incident-cues.crowdNouns')})(?![\\p{L}-])`,
      'dgiu',
    ),
    crowdRelativeSubject: new RegExp(`(?<![\\p{L}])(${a('incident-cues.crowdNouns')})(?=\\s+who\\s)`, 'dgiu'),
    crowdClash: new RegExp(
      `^${a('incident-cues.crowdClashVerbs')}\\s+(?:between|with)\\s+(?:[\\p{L}-]+\\s+){0,3}${a('incident-cues.crowdNouns')}$`,
      'iu',
    ),
    crowdClashHarm: new RegExp(`(?<![\\p{L}])${a('incident-cues.crowdClashHarm')}(?![\\p{L}])`, 'iu'),
    crowdOfBefore: new RegExp(`(?<![\\p{L}])${a('incident-cues.crowdNouns')}\\s+of\\s+(?:the\\s+)?$`, 'iu'),
    fireVerb: new RegExp(`(?<![\\p{L}])${a('incident-cues.fireVerbs')}(?![\\p{L}])`, 'iu'),
    originBetween: /^\s*from\s+(?:[\p{L}'’-]+\s+){0,4}$/iu,
    reactionBetween: new RegExp(`(?<![\\p{L}])${a('incident-cues.reactionPhrases')}(?![\\p{L}])[^.;:]*$`, 'iu'),
    crowdPhraseOpenerBefore: new RegExp(
      `(?<![\\p{L}])${a('incident-cues.crowdPhraseOpeners')}\\s+(?:[\\p{L}-]+\\s+)?$`,
      'iu',
    ),
    crowdNotSubject: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.crowdNotSubject')})(?![\\p{L}])`, 'iu'),
    claim: new RegExp(`\\b${a('incident-cues.claims')}\\b`, 'i'),
    // right before the claim, or separated only by an apposition ("Islamic State, also known as ISIL, claimed") and when;
    // (rule incidents/claim-gloss) a closing quote or a bracketed gloss after the name ('"Secret Army" (ESA) has
    // claimed', 'the Front [FPM] tonight claimed') and a relative pronoun (', which on 25 January claimed');
    // claimRelativeAsideGap (rule incidents/claim-relative-aside) the same with a relative clause set off by commas
    claimSubjectGap: new RegExp(
      `^["”]?(?:\\s*[\\[(][^\\])]{0,80}[\\])])*(?:\\s*,[^,]{0,40},|\\s*,)?(?:\\s*,?\\s+(?:which|who))?(?:\\s+${a('incident-cues.claimTimeWords')}(?:\\s+[A-Za-z0-9]+){0,2})?\\s*(?:${a('incident-cues.claimGapWords')}\\s+)*$`,
      'i',
    ),
    claimRelativeAsideGap: new RegExp(
      `^["”]?(?:\\s*[\\[(][^\\])]{0,80}[\\])])*(?:\\s*,[^,]{0,40},|\\s*,)?(?:\\s*,?\\s+(?:which|who)(?:\\s+[^,.;:()[\\]]{1,80},)?)?(?:\\s+${a('incident-cues.claimTimeWords')}(?:\\s+[A-Za-z0-9]+){0,2})?\\s*(?:${a('incident-cues.claimGapWords')}\\s+)*$`,
      'i',
    ),
    // (rule incidents/claim-on-behalf) 'a caller speaking on behalf of the Front claimed responsibility', 'a woman who
    // said she spoke in the name of the Front called a radio to claim the attack': the one who voices the claim speaks
    // for the group, which is the claimant; the group's name right after the opener, the claim in a short clause after
    claimOnBehalfBefore: new RegExp(`(?<![\\p{L}])${a('incident-cues.claimOnBehalfOpeners')}\\s+(?:the\\s+)?$`, 'iu'),
    claimOnBehalfGap: /^[^.;:!?()[\]]{0,100}$/u,
    blamedBefore: new RegExp(`\\b${a('incident-cues.blameVerbs')}\\s+(?:the\\s+)?$`, 'i'),
    // a phrase that describes the group may stand before its name, set off by a comma ("police suspect the Maoist
    // organisation, Red Path")
    suspicionBefore: new RegExp(
      `(?<![\\p{L}])${a('incident-cues.suspicionBefore')}\\s+(?:the\\s+)?(?:(?:[\\p{L}'’-]+\\s+){0,4}[\\p{L}'’-]+\\s*,\\s*(?:the\\s+)?)?["“]?$`,
      'iu',
    ),
    // a bracketed gloss or acronym ("the Front (FMLN)") and a comma may stand between the name and the passive
    suspicionAfter: new RegExp(
      `^(?:\\s*[[(][^\\])]{0,80}[\\])])?\\s*,?\\s+${a('incident-cues.suspicionAfter')}(?![\\p{L}])`,
      'iu',
    ),
    blamedOnBefore: new RegExp(
      `\\b${a('incident-cues.blameVerbs')}\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){1,3}on\\s+(?:the\\s+)?$`,
      'iu',
    ),
    accusedBefore: new RegExp(`\\b${a('incident-cues.accuseVerbs')}\\s+(?:the\\s+)?`, 'gi'),
    responseCue: new RegExp(`\\b${a('incident-cues.responseCues')}\\b`, 'i'),
    victimAfter: new RegExp(`^\\s+${a('incident-cues.victimAfter')}\\s+(?:the\\s+)?$`, 'i'),
    procedureBefore: new RegExp(`\\b${a('incident-cues.procedureBefore')}\\b(?:\\s+[\\p{L}-]+){0,4}\\s*,?\\s*$`, 'iu'),
    procedureAfter: new RegExp(`^\\s*,?\\s*(?:[\\p{L}-]+\\s+){0,2}${a('incident-cues.procedureAfter')}\\b`, 'u'),
    procedureVerb: new RegExp(`\\b${a('incident-cues.procedureAfter')}\\b`, 'iu'),
    procedureBodyAfter: new RegExp(`^\\s*,?\\s*(?:a |the )?${a('incident-cues.procedureBodyAfter')}\\b`, 'i'),
    separateEvents: new RegExp(`\\b${a('incident-cues.separateEvents')}\\b`, 'i'),
    plotTarget: new RegExp(
      `^(?:\\s+\\S+){0,8}?\\s+to\\s+${a('incident-cues.plotTargetVerbs')}\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}$`,
      'u',
    ),
    speechBetween: new RegExp(`\\b${a('incident-cues.speechBetween')}\\b`),
    priorEvent: new RegExp(`\\b${a('incident-cues.priorEventConnectives')}\\b`, 'i'),
    motiveOpener: new RegExp(`\\b${a('incident-cues.motiveOpeners')}\\b`, 'i'),
    separateIncidentBefore: new RegExp(`\\b(?:${a('incident-cues.separateIncident')})\\b`, 'i'),
    deviceNoun: new RegExp(`\\b${a('incident-cues.explosiveDevices')}$`, 'i'),
    instrumentBefore: new RegExp(
      `(?<![\\p{L}])${a('incident-cues.instrumentOpeners')}\\s+(?:[\\p{L}-]+,?\\s+){0,4}$`,
      'iu',
    ),
    // "found that a bomb caused it" is what investigators concluded, not a find
    deviceFoundBefore: new RegExp(
      `(?:\\b${a('incident-cues.deviceFoundVerbs')}\\s+(?!that\\b)(?:[\\p{L}\\d-]+\\s+){0,3}|\\b${a('incident-cues.deviceUnexploded')}\\s+(?:[\\p{L}-]+\\s+){0,1})$`,
      'iu',
    ),
    deviceFoundAfter: new RegExp(
      `^\\s*,?\\s*(?:${a('incident-cues.deviceFoundAuxiliaries')}\\s+){0,3}(?:[\\p{L}-]+ly\\s+)?${a('incident-cues.deviceFoundVerbs')}\\b`,
      'iu',
    ),
    filmedWorkBefore: new RegExp(`\\b${a('incident-cues.filmedWorks')}\\b(?:\\s+[\\p{L}'’-]+){0,4}\\s+$`, 'iu'),
    filmingAfter: new RegExp(`^\\s+${a('incident-cues.filmingAfter')}\\b`, 'i'),
    clauseEndAfter: new RegExp(`[;:()—–]|\\s-\\s|,\\s+${a('incident-cues.clauseConjunctions')}\\b`),
    passiveBetween: new RegExp(
      `^\\s*(?:,[^,]{1,40},\\s*|,\\s*who\\s+|\\s+of\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}\\s+)?(?:(?:had|has|have)\\s+)?${be}\\s+(?:\\w+\\s+)?$`,
      'u',
    ),
    passiveStart: new RegExp(`^\\s*${be}\\b`),
    auxiliary: new RegExp(`\\b${be}\\b`),
    anyDeterminer: new RegExp(`\\b${det}\\b`, 'iu'),
    genericObjectAfter: new RegExp(
      `^\\s+(?:of|on|against)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:\\p{Lu}\\p{Ll}+\\s+)?[\\p{L}-]*${a('incident-cues.pluralNounEndings')}\\b`,
      'u',
    ),
    genericObjectAfterCaps: new RegExp(
      `^\\s+(?:of|on|against)\\s+(?!${det}\\b)(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]*${a('incident-cues.pluralNounEndings')}(?=${a('incident-cues.genericObjectEndCaps')})`,
      'iu',
    ),
    remembrance: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.remembrance')})(?![\\p{L}])`, 'iu'),
    perfectBefore: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.perfectAuxiliaries')})\\s+$`, 'iu'),
    tallyPeriod: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.tallyPeriods')})(?![\\p{L}])`, 'iu'),
    tallyCount: new RegExp(`(?<![\\p{L}\\p{N},])(?:${a('incident-cues.tallyCounts')})(?![\\p{L}\\p{N}])`, 'iu'),
    denial: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.denials')})(?![\\p{L}])`, 'giu'),
    denialScopeEnd: new RegExp(`[;:]|(?<![\\p{L}])(?:${a('incident-cues.denialScopeEnds')})(?![\\p{L}])`, 'iu'),
    givenEventPredicateAfter: new RegExp(
      `^\\s+(?:[^\\s,;]+\\s+){0,4}?(?:(?:had|has|have)\\s+)?${be}(?![\\p{L}])`,
      'iu',
    ),
    beBefore: new RegExp(`(?<![\\p{L}])${be}\\s+(?:[\\p{L}-]+ly\\s+)?$`, 'iu'),
    denialSubjectAfter: new RegExp(`^\\s*(?:${a('incident-cues.denialSubjects')})(?![\\p{L}])`, 'iu'),
    deniedAfter: new RegExp(`^[^.;:]{0,80}?,\\s*(?:${a('incident-cues.deniedAfter')})(?![\\p{L}])`, 'iu'),
    manyEventsAfter: new RegExp(
      // the words between may count a second toll ("killed and 120 wounded in 500 clashes")
      `^\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?:${a('incident-cues.manyEvents')})(?![\\p{L}])`,
      'iu',
    ),
    manyEvents: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.manyEvents')})(?![\\p{L}])`, 'iu'),
    massTollAfter: new RegExp(`^\\s+(?:${a('incident-cues.massTollObjects')})(?![\\p{L}\\p{N}])`, 'iu'),
    perfectTollAfter: new RegExp(
      // its subject is the event's phrase: no comma between, nor a relative clause about another noun ("in a war that
      // has claimed …"), but the event's own (", which has left …")
      `^(?:(?!(?<![\\p{L}])(?:that|which)(?![\\p{L}]))[^.;:,]){0,${PERFECT_TOLL_REACH_CHARS}}?(?:,\\s*(?:which|that)\\s+)?(?<![\\p{L}])(?:${a('incident-cues.perfectTollVerbs')})\\s+(?:a\\s+(?:[\\p{L}-]+\\s+)?toll\\s+of\\s+)?(?:${a('incident-cues.massTollObjects')})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
    massTollCount: new RegExp(`(?<![\\p{L}\\p{N},])(?:${a('incident-cues.massTollObjects')})(?![\\p{L}\\p{N}])`, 'iu'),
    anotherEventBefore: new RegExp(`\\b${a('incident-cues.anotherEvent')}\\b`, 'i'),
    placeRelativeStart: new RegExp(`^\\s*(?:${a('incident-cues.placeRelatives')})\\b`, 'i'),
    datelineTownRef: new RegExp(
      `\\bin this (?:[\\p{Ll}-]+\\s+){0,2}?(?:${a('incident-cues.datelineTownNouns')})\\b`,
      'u',
    ),
    sceneStatement: new RegExp(
      `\\b${a('incident-cues.determiners')}\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${a('incident-cues.sceneStatementSubjects')})\\s+(?:${a('incident-cues.sceneStatementVerbs')})\\b|^(?:${a('incident-cues.sceneStatementTargetOpeners')})\\b`,
      'iu',
    ),
    treatmentPlace: new RegExp(`\\b(?:${a('incident-cues.treatmentPlaces')})\\b`, 'i'),
    townScene: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.townScenes')})(?![\\p{L}])`, 'iu'),
    sceneArrival: new RegExp(`\\b(?:${a('incident-cues.sceneArrivals')})\\b`, 'i'),
    sameSubjectBefore: new RegExp(`\\b(?:${a('incident-cues.sameSubjectLinks')})\\s+$`, 'i'),
    determinedObjectAfter: new RegExp(`^\\s+(?:of|on|against)\\s+${det}\\b`, 'iu'),
    sequelLinks: new RegExp(`\\b(?:${a('incident-cues.sequelLinks')})\\b`, 'i'),
    nearTheScene: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.nearTheScene')})(?![\\p{L}])`, 'iu'),
    capturedAtTheScene: new RegExp(
      `(?<![\\p{L}])(?:${a('incident-cues.sceneCaptureVerbs')})(?![\\p{L}])[^;:]{0,80}?(?<![\\p{L}])(?:${a('incident-cues.nearTheScene')})(?![\\p{L}])`,
      'iu',
    ),
    datedTellingOpener: new RegExp(`^\\s*(?:(?:${a('incident-cues.datedTellingOpeners')})\\s+){0,2}$`, 'iu'),
    captureVerb: new RegExp(`^(?:${a('incident-cues.captureVerbs')})$`, 'i'),
    townPoliceAfter: new RegExp(`^\\s+(?:${a('incident-cues.townPoliceNouns')})(?![\\p{L}])`, 'iu'),
    townPoliceBefore: new RegExp(
      `(?<![\\p{L}])(?:${a('incident-cues.townPoliceNouns')})\\s+in\\s+(?:the\\s+(?:[\\p{L}-]+\\s+)?${a('incident-cues.settlementNouns')}\\s+of\\s+)?$`,
      'iu',
    ),
    warTimeAfter: new RegExp(`^\\s+(?:${a('incident-cues.warTimeAfter')})(?![\\p{L}])`, 'iu'),
    targetListOpener: new RegExp(`^\\s+(?:${a('incident-cues.targetListOpeners')})\\s+`, 'i'),
    severalDaysSpan: new RegExp(`\\b(?:${a('incident-cues.severalDaysSpan')})\\b`, 'i'),
    sportSense: new RegExp(`^(?:${a('incident-cues.sportSenses')})$`, 'iu'),
    sportContext: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.sportContext')})(?![\\p{L}])`, 'iu'),
    trafficOffence: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.trafficOffences')})(?![\\p{L}])`, 'iu'),
    ordinaryOffence: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.ordinaryOffences')})(?![\\p{L}])`, 'iu'),
    securityOffence: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.securityOffences')})(?![\\p{L}])`, 'iu'),
    marketSense: new RegExp(`^(?:${a('incident-cues.marketSenses')})$`, 'iu'),
    marketContext: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.marketContext')})(?![\\p{L}])`, 'iu'),
    referencePointBefore: new RegExp(
      `(?<![\\p{L}])(?:(?:${a('incident-cues.referenceDistances')})\\s+)?(?:(?:${a('mentions.compassPoints')})(?:ern)?\\s+of|${a('incident-cues.referencePoints')})\\s+(?:the\\s+)?$`,
      'iu',
    ),
    // (rule place/scene-statement-at-a-point) the reference points with no distance before them
    adjacentPointBefore: new RegExp(
      `(?<![\\p{L}])(?<!\\d[\\p{L}\\s().,]{0,30})(?:${a('incident-cues.referencePoints')})\\s+(?:the\\s+)?$`,
      'iu',
    ),
    settlementOfBefore: new RegExp(`(?<![\\p{L}])${a('incident-cues.settlementNouns')}\\s+of\\s+(?:the\\s+)?$`, 'iu'),
    figureSense: new RegExp(`^(?:${a('incident-cues.figureSenses')})$`, 'iu'),
    figureBefore: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.figureModifiers')})\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu'),
    // (rule incident/figure-target-own-phrase) the target is the phrase's object, not a word of a place or setting
    // after a locative ("claimed the blast in a statement", "an attack at a briefing": said where, not aimed at)
    figureTargetAfter: new RegExp(
      `^\\s+(?:(?:on|against|of)\\s+)?(?:${det}\\s+)?(?:(?!(?:${a('incident-cues.strictLocatives')})\\s)[\\p{L}'’-]+\\s+){0,3}?(?:${a('incident-cues.figureTargets')})(?=\\s*(?:${a('incident-cues.figureTargetEnd')}))`,
      'iu',
    ),
    // (rule incident/people-at-large) the words before the people noun hold no "by", and the noun is no
    // possessive: "killed by People's Liberation Army guerrillas" names who did it, not whom it harmed
    peopleAtLargeAfter: new RegExp(
      `^\\s+(?:(?:of|on|against|over|upon)\\s+)?(?:the\\s+)?(?:(?!by\\s)[\\p{L}'’-]+\\s+){0,2}?(?:${a('incident-cues.peopleAtLarge')})(?![\\p{L}])(?!['’]s?(?![\\p{L}]))`,
      'iu',
    ),
    habitualSubjectBefore: new RegExp(
      `(?<![\\p{L}])(?:${a('incident-cues.habitualSubjects')})\\s+(?:[\\p{L}]+ly\\s+)?(?:[\\p{L}]+,\\s+)*(?:[\\p{L}]+,?\\s+(?:and|or)\\s+)?$`,
      'iu',
    ),
    presentDeedVerb: new RegExp(`^(?:${a('incident-cues.presentDeedVerbs')})$`, 'iu'),
    ongoingDeedBefore: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.ongoingDeedVerbs')})\\s+(?:on\\s+)?$`, 'iu'),
    offenceHeadAfter: new RegExp(`^\\s+(?:${a('incident-cues.offenceHeads')})(?![\\p{L}])`, 'iu'),
    abuseListBefore: new RegExp(
      `(?<![\\p{L}])(?:${a('incident-cues.abuseListItems')})${LIST_JOIN}(?:${LIST_ITEM}${LIST_JOIN}){0,3}$`,
      'iu',
    ),
    abuseListAfter: new RegExp(
      `^${LIST_JOIN}(?:${LIST_ITEM}${LIST_JOIN}){0,3}(?:${a('incident-cues.abuseListItems')})(?![\\p{L}])`,
      'iu',
    ),
    legalWord: new RegExp(`(?<![\\p{L}])(?:${a('incident-cues.legalBefore')})(?![\\p{L}])`, 'iu'),
    determinedListBefore: new RegExp(
      `(?<![\\p{L}])(?:${det}|${a('incident-cues.countWords')}|\\d[\\d,]*|[\\p{L}]+['’]s)\\s+(?:[\\p{L}'’-]+\\s+)?[\\p{L}'’-]+(?:${LIST_JOIN}[\\p{L}'’-]+){0,3}${LIST_JOIN}$`,
      'iu',
    ),
    simulatedBefore: new RegExp(
      `(?<![\\p{L}])(?:(?:${a('incident-cues.simulationModifiers')})\\s+(?:[\\p{L}-]+\\s+)?|(?:${a('incident-cues.simulationVerbs')})\\s+(?:${det}\\s+)?(?:[\\p{L}-]+\\s+){0,2})$`,
      'iu',
    ),
    workAboutBefore: new RegExp(
      `(?<![\\p{L}])(?:${a('incident-cues.worksAbout')})\\s+(?:${det}\\s+)?(?:[\\p{L}\\d'’-]+\\s+){0,3}$`,
      'iu',
    ),
    sportDeskLine: new RegExp(`^[ \\t*_]*(?:${a('news.deskSlugs')})[ \\t]+[-–—]{1,2}[ \\t]`, 'imu'),
    historyItemLine: new RegExp(
      `^[ \\t*_]*(?:${a('news.historyItemYears')})[ \\t]+[-–—]{1,2}[ \\t]+[\\p{Lu}"“]`,
      'gmu',
    ),
    passiveEnd: new RegExp(`\\b${be}\\s+(?:\\p{L}+ly\\s+|later\\s+|then\\s+)?$`, 'iu'),
    personNoun: new RegExp(`\\b(?:${personNouns})\\b`, 'i'),
    agencyBeforeCue: new RegExp(
      `^(?:['’]s)?(?:\\s*[[(][^\\])]{0,60}[\\])])?(?:\\s*,[^,]{0,60},)?\\s*(?:,\\s*)?(?:(?:${a('incident-cues.agencySubjectGap')})\\s+){0,4}$`,
      'iu',
    ),
    agencyAfterCue: new RegExp(
      `^\\s*,?\\s*(?:${a('incident-cues.agencyAfterCue')})\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:,\\s*)?$`,
      'u',
    ),
    agencyListGlue: new RegExp(`^\\s*(?:,|,?\\s+(?:${a('incident-cues.agencyListJoiners')}))\\s+(?:the\\s+)?$`, 'iu'),
    personNounAfter: new RegExp(`^\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:${personNouns})\\b`, 'iu'),
  };
}
