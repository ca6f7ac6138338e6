// Named word lists from data/lexicons/<area>.json. Code refers to a list as "area.name"; WORD_LISTS declares
// which lists each file must have, so a missing or misspelt list fails when the resources load, not mid-article.
//
// A list holds either `words` (literal, matched whole; lower case unless the list says otherwise) or `patterns`
// (regular-expression fragments, for inflections such as "gunm[ae]n"); alt() joins either into one alternation.
import { z } from 'zod';
import { escapeRegExp } from '../reg-exp.js';

const Words = z.object({ about: z.string().min(1), words: z.array(z.string().min(1)).min(1) });
const Patterns = z.object({ about: z.string().min(1), patterns: z.array(z.string().min(1)).min(1) });

export const WordListFile = z.object({
  description: z.string().min(1),
  lists: z.record(z.string(), z.union([Words, Patterns])),
});

/** The lists each data/lexicons/<area>.json must hold. */
export const WORD_LISTS = {
  gazetteer: [
    'cityStop',
    'countryAliasStop',
    'capsCommonBodyNames',
    'arabicArticles',
    'agencyNounsAfterPlace',
    'residentNounsAfterPlace',
    'bareDirections',
    'nameWordAbbreviations',
    'divisionKindSuffixes',
    'arabicArticleCountries',
    'settlementNouns',
    'listTailWords',
  ],
  names: ['personTitles'],
  english: ['verbAndFunctionWords', 'commonWords'],
  entities: [
    'honorifics',
    'attackNounsAfterTarget',
    'performanceNouns',
    'workNouns',
    'vesselNouns',
    'monthAbbreviations',
    'sportArticleWords',
    'transcriptNotes',
    'planNounsAfterName',
    'colourWords',
    'initialsSkip',
    'withinModifiers',
    'partOfNouns',
    'regionHeads',
    'siteFirstWords',
    'siteHeads',
    'nameParticles',
    'titleSmallWords',
    'seatBuildings',
    'seatPlaceWords',
    'notEntities',
    'lawTails',
    'streetHeadsLower',
    'siteFirstWordsForeign',
    'compoundStreetSuffixes',
    'pluralSiteNouns',
    'regionalAdjectives',
    'creedOrNationEndings',
    'titleAfterQualifier',
    'personNouns',
    'streetHeads',
    'saintPrefixes',
    'aliasCues',
    'streetBefore',
    'cornerBefore',
    'townOfBefore',
    'townNounsAfter',
    'numberedUnits',
    'kinshipNouns',
    'arabicArticles',
    'cityAreaWords',
    'communitySiteModifiers',
    'ambiguousSiteHeads',
    'bodyActsVerbs',
    'auxiliariesBeforeVerb',
    'capsRunWords',
    'programmeWords',
  ],
  mentions: [
    'smallWordsAfterNames',
    'commonWordsInNames',
    'titlesBeforeOfPlace',
    'orgHeads',
    'compassPoints',
    'usBeforeNouns',
    'placeHeads',
    'directionalPrefixes',
    'placeFirstWords',
    'closedClass',
    'honorifics',
    'honorificOrRank',
    'venueHeads',
    'months',
    'connectedHeads',
    'weekdays',
    'bodyNouns',
    'areaNouns',
    'siteNouns',
    'governmentTails',
    'holidays',
    'eventTails',
    'nameGlue',
    'partyWords',
    'locativePrepositions',
    'directionAdjectives',
    'areaKinds',
    'stormWords',
    'bodyConnectors',
    'leaderEraNouns',
    'governmentNouns',
    'lowerCaseBodyHeads',
    'placeNounsBeforeOf',
    'placeHeadsBeforeOf',
    'unknownPlacePrepositions',
    'knownPlacePrepositions',
    'placePrepositions',
    'adminAreaNouns',
    'adminAreaNounsOfKnownPlaces',
    'districtTails',
    'titledBodyHeads',
    'patronymicParticles',
    'companySuffixes',
    'industryWords',
    'determinersOpeningNoName',
    'wordsNeverAtNameEdge',
  ],
  'incident-roles': [
    'agentHeads',
    'negatedBefore',
    'freeRelativeOpeners',
    'deedHeads',
    'movementNouns',
    'targetCues',
    'memberHeads',
    'casualtyListOpeners',
    'harmedCues',
    'forceHeads',
    'blamedStateBodies',
    'stateForceNouns',
    'civilianNouns',
    'civilianPlaceNouns',
    'groupLinks',
    'deathVerbs',
    'victimHeads',
    'harmVerbs',
    'attackVerbs',
    'attackerDeedVerbs',
    'collectiveNouns',
    'notObjectOpeners',
    'harmParticiples',
    'participleBlockers',
    'plainPersonHeads',
    'mannerOpeners',
    'weaponVerbs',
    'accuseCues',
    'harmNouns',
    'possessedHarmNouns',
    'claimCues',
    'styledNameOpeners',
    'responsibleOnes',
    'blameCues',
    'ownDeedCues',
    'phraseStops',
    'perpetrationVerbs',
    'kinGroupNouns',
    'anaphorsOfLast',
    'groupPartNouns',
    'jointActionCues',
    'planningVerbs',
    'suspectHeads',
    'guiltAfterSubject',
    'guiltBeforeObject',
    'accessoryCues',
    'namingVerbs',
    'subjectAdverbs',
    'phraseBreakers',
    'passiveAuxiliaries',
    'describedAccusedCues',
    'clauseOpeners',
    'harmTimes',
    'harmAdverbs',
    'objectQuantifiers',
    'suspicionCues',
    'remoteAttackVerbs',
    'weaponNouns',
    'kinOfNouns',
    'hostageVerbs',
    'apposedHarmAfter',
    'weaponSiteNouns',
    'weaponTargetCues',
    'listDeterminers',
    'listClosers',
    'listItemVerbs',
    'listItemCounts',
    'ownedPlaceNouns',
  ],
  'incident-frames': ['followUpCues', 'pastReference', 'pastAfter', 'comparedBefore', 'placeBefore'],
  identity: ['genericInstitutions', 'nationalQualifiers', 'nameSuffixes', 'nameOpeners'],
  news: [
    'headlinePastTense',
    'historyItemYears',
    'headlineParticiples',
    'headlineIrregularPlurals',
    'headlineNotBeforePassive',
    'months',
    'datelineMonths',
    'wireCreditNouns',
    'creditLineVerbs',
    'contributedCredits',
    'staffBylineNouns',
    'bylineFillerWords',
    'bylineNotNames',
    'wireOutlets',
    'closingCreditAgencies',
    'callToActionLines',
    'usBroadcastOutlets',
    'publicationDayWords',
    'postingStampWords',
    'sameDayAsBefore',
    'dayOffsetUnits',
    'dayOffsetOneWords',
    'dayOffsetAfterEvent',
    'dayOffsetBeforeEvent',
    'dayOffsetLater',
    'dayOffsetEarlier',
    'sameMomentAsBefore',
    'soonAfterEvent',
    'relativeDayWords',
    'recentSpanUnits',
    'partsOfDay',
    'deskSlugs',
  ],
  sentences: ['startersAfterAcronym', 'abbreviations'],
  'incident-cues': [
    'determiners',
    'articles',
    'countWords',
    'verbalTriggers',
    'locatives',
    'strictLocatives',
    'placeModifiers',
    'settlementNouns',
    'responderModifiers',
    'responderQualifiersNot',
    'responderTalkVerbs',
    'responderNouns',
    'clashNouns',
    'legalBefore',
    'trafficOffences',
    'warTimeAfter',
    'proceedings',
    'attackerNouns',
    'armedRaidVerbs',
    'claims',
    'claimGapWords',
    'blameVerbs',
    'accuseVerbs',
    'responseCues',
    'victimAfter',
    'procedureBefore',
    'procedureAfter',
    'procedureBodyAfter',
    'separateEvents',
    'plotTargetVerbs',
    'speechBetween',
    'claimTimeWords',
    'priorEventConnectives',
    'motiveOpeners',
    'separateIncident',
    'explosiveDevices',
    'deviceFoundVerbs',
    'deviceUnexploded',
    'filmedWorks',
    'filmingAfter',
    'deviceFoundAuxiliaries',
    'clauseConjunctions',
    'beAuxiliaries',
    'pluralNounEndings',
    'anotherEvent',
    'sameSubjectLinks',
    'captureVerbs',
    'fireVerbs',
    'crowdNouns',
    'crowdOpeners',
    'crowdNotSubject',
    'crowdPhraseOpeners',
    'crowdClauseOpeners',
    'crowdClashVerbs',
    'crowdClashHarm',
    'instrumentOpeners',
    'directionModifiers',
    'targetListOpeners',
    'severalDaysSpan',
    'sportSenses',
    'sportContext',
    'marketSenses',
    'marketContext',
    'simulationModifiers',
    'simulationVerbs',
    'worksAbout',
    'determinerBarriers',
    'countryOwnedNouns',
    'agencySubjectGap',
    'agencyAfterCue',
    'agencyListJoiners',
    'placeRelatives',
    'treatmentPlaces',
    'nearTheScene',
    'sceneArrivals',
    'datelineTownNouns',
  ],
} as const satisfies Record<string, readonly string[]>;

type Area = keyof typeof WORD_LISTS;
export type WordListName = { [A in Area]: `${A}.${(typeof WORD_LISTS)[A][number]}` }[Area];

export class WordLists {
  private readonly lists = new Map<string, { words: readonly string[]; literal: boolean }>();
  private readonly sets = new Map<string, ReadonlySet<string>>();

  constructor(files: ReadonlyMap<string, z.infer<typeof WordListFile>>, dir: string) {
    for (const [area, names] of Object.entries(WORD_LISTS)) {
      const file = files.get(area);
      for (const name of names) {
        const l = file?.lists[name];
        if (!l) throw new Error(`${dir}/${area}.json: missing list "${name}"`);
        this.lists.set(
          `${area}.${name}`,
          'words' in l ? { words: l.words, literal: true } : { words: l.patterns, literal: false },
        );
      }
    }
  }

  private get(name: WordListName): { words: readonly string[]; literal: boolean } {
    const l = this.lists.get(name);
    if (!l) throw new Error(`word list "${name}" is not loaded`);
    return l;
  }

  list(name: WordListName): readonly string[] {
    return this.get(name).words;
  }

  set(name: WordListName): ReadonlySet<string> {
    let s = this.sets.get(name);
    if (!s) this.sets.set(name, (s = new Set(this.get(name).words)));
    return s;
  }

  private readonly memos = new Map<string, unknown>();

  /** A value derived from the lists (a compiled regular expression, a map), built once per loaded resources. */
  memo<T>(key: string, build: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, build());
    return this.memos.get(key) as T;
  }

  /** "(?:a|b|c)": the list as one regular-expression alternation (words escaped, patterns as written). */
  alt(name: WordListName): string {
    const l = this.get(name);
    return `(?:${l.words.map((w) => (l.literal ? escapeRegExp(w) : w)).join('|')})`;
  }
}
