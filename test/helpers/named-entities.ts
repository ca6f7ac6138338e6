// The person, organisation and place nodes one text gives, and the types of those written as a given mention: what
// entity tests read of an extraction.
import { extract } from '../../src/extract/index.js';
import { res } from './resources.js';

const NAMED = new Set(['person', 'organization', 'place']);

export const namedNodes = (text: string) => extract({ text }, res).entities.filter((e) => NAMED.has(e.type));

/** the types of the nodes that hold a mention written exactly as `mention` */
export const typesOf = (text: string, mention: string) =>
  namedNodes(text)
    .filter((e) => e.mentions.some((m) => m.text === mention))
    .map((e) => e.type);
