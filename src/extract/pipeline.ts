// The extraction pipeline, stage by stage: what runs, in which order, in which module, over what.
// Each stage is pure: it reads the document (text, sentences, resources) and what earlier stages produced.
// Knowledge comes from data/ through `doc.res` (loadResources); the ontology from src/ontology/.
import { makeDoc, type Doc } from './document.js';
import { resolveEntities, type NamedEntity } from './entities.js';
import { findIncidents } from './incidents.js';
import { restoreDisplayCase } from './display-case.js';
import { readHeadline } from './headline.js';
import { assignIdentity } from './identity.js';
import { guardInput } from './input-guard.js';
import { findCandidates, type Candidate } from './mentions.js';
import { typeDescribedArmedGroups, typeForcesByMembersAfter, typeInsurgentForces } from './insurgent-forces.js';
import { typePerpetratorGroups } from './perpetrator-groups.js';
import { nameStateForcePerpetrators } from './state-force-perpetrators.js';
import { readingOf } from './no-capitals.js';
import { findRelations } from './relations.js';
import type { Resources } from './resources.js';
import type { ArticleInput, IncidentEntity, Relation } from './types.js';

/** What the stages build up for one article. */
export interface PipelineState {
  doc: Doc;
  candidates: Candidate[];
  entities: NamedEntity[];
  incidents: IncidentEntity[];
  relations: Relation[];
}

export interface Stage {
  id: string;
  /** what the stage does, for a reader */
  does: string;
  /** where its code lives */
  module: string;
  run(state: PipelineState): void;
}

/**
 * The stages after input checks and sentence splitting (which make the Doc, see `startPipeline`).
 * "mentions" covers tokens, tagging, gazetteer matching and the typing rules (mentions.ts); "resolution" covers
 * in-article coreference and geocoding (entities.ts, geocode.ts).
 */
export const STAGES: readonly Stage[] = [
  {
    id: 'mentions',
    does: 'tokens per sentence; the averaged-perceptron tagger; gazetteer matching; typing rules of news writing (titles, heads, datelines, bylines, outlets)',
    module: 'mentions.ts, tokens.ts, tagger.ts, gazetteer.ts, outlets.ts',
    run: (s) => {
      s.candidates = s.doc.text.trim() ? findCandidates(s.doc) : [];
    },
  },
  {
    id: 'resolution',
    does: 'one entity per person, organisation and place: type agreement across mentions, alias and surname merges, geocoding against the gazetteer',
    module: 'entities.ts, geocode.ts, insurgent-forces.ts',
    run: (s) => {
      s.entities = s.doc.text.trim() ? resolveEntities(s.doc, s.candidates) : [];
      typeInsurgentForces(s.doc, s.entities);
      typeForcesByMembersAfter(s.doc, s.entities);
      typeDescribedArmedGroups(s.doc, s.entities);
    },
  },
  {
    id: 'identity',
    does: 'what tells namesakes apart across articles: generic institutions ("High Court") keyed by their country, the countries the text ties each person to',
    module: 'identity.ts',
    run: (s) => {
      assignIdentity(s.doc, s.entities);
    },
  },
  {
    id: 'incidents',
    does: 'trigger phrases grouped into incidents with kind, place, date, participants and casualties',
    module:
      'incidents.ts, incident-lexicon.ts, dates.ts, casualties.ts, perpetrator-groups.ts, state-force-perpetrators.ts',
    run: (s) => {
      s.incidents = findIncidents(s.doc, s.entities);
      typePerpetratorGroups(s.doc, s.entities, s.incidents);
      nameStateForcePerpetrators(s.doc, s.entities, s.incidents);
    },
  },
  {
    id: 'headline',
    does: "the title's headline: where it names the article's entities (names the text confirms), and its incident phrases joined to the article's incidents",
    module: 'headline.ts, headline-text.ts',
    run: (s) => {
      if (s.doc.input.title && s.doc.text.trim()) readHeadline(s.doc, s.entities, s.incidents);
    },
  },
  {
    id: 'relations',
    does: 'role, affiliation, location, participation, speech and co-mention links, each with its evidence span',
    module: 'relations.ts, relation-cues.ts',
    run: (s) => {
      s.relations = findRelations(s.doc, s.entities, s.incidents);
    },
  },
  {
    id: 'display-case',
    does: 'names of an article in capitals written as names are written ("JUAN PEREZ" shown as "Juan Perez"; keys, mentions and decisions unchanged)',
    module: 'display-case.ts',
    run: (s) => {
      restoreDisplayCase(s.doc, s.entities, s.incidents, s.relations);
    },
  },
];

/** Input checks (input-guard.ts) and sentences (document.ts): the Doc every stage reads, or null to skip. */
export function startPipeline(
  input: ArticleInput,
  res: Resources,
): { state: PipelineState | null; warnings: string[] } {
  const guard = guardInput(input.text);
  if (guard.skip) return { state: null, warnings: [...guard.warnings] };
  // the guarded text has the same offsets as the input (markup blanked, tail cut), so spans still slice the input;
  // a text without capitals is read in capitals (rule mentions/no-capitals-read-in-capitals), and so is a stretch of
  // lines without capitals in cased text (rule mentions/block-without-capitals-read-in-capitals)
  // and so is a sentence without capitals inside a cased line (rule mentions/sentence-without-capitals-read-in-capitals)
  const abbreviations = res.words.set('sentences.abbreviations');
  const reading = readingOf(res.rules, input, guard.text, (w) => abbreviations.has(w.toLowerCase()));
  const doc = makeDoc(reading.input, res, reading.analysed);
  if (reading.noCapitals) {
    doc.noCapitals = true;
    doc.written = input.text;
  }
  const warnings = [...guard.warnings];
  if (reading.titleInCapitals)
    warnings.push('the title, written without capital letters, was read as a title in capitals');
  if (reading.blocks)
    warnings.push(`lines without capital letters were read as text in capitals (${reading.blocks} stretches of lines)`);
  return { state: { doc, candidates: [], entities: [], incidents: [], relations: [] }, warnings };
}
