// A ship's name after a noun for a vessel is no person, body or place (entity-rules.ts: vessel-name; the nouns are
// entities.vesselNouns).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const mentions = (text: string) =>
  findEntities(makeDoc({ text }, res)).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('the name of a ship', () => {
  it('after a vessel noun, and again alone, is no entity', () => {
    const m = mentions(
      'Navy jets took off from the aircraft carrier Dwight Eisenhower on Sunday. The Dwight Eisenhower later sailed north.',
    );
    expect(m.filter((x) => x.includes('Eisenhower'))).toEqual([]);
  });

  it('a list after a plural vessel noun, a town-named ship among them', () => {
    const m = mentions('Helicopters flew from the aircraft carriers Nimitz and Enterprise, a spokesman said.');
    expect(m.filter((x) => /Nimitz|Enterprise/.test(x))).toEqual([]);
  });

  it('an airline called a carrier keeps its type', () => {
    const m = mentions('The carrier Lufthansa cancelled 40 flights because of the strike.');
    expect(m).toContain('organization:Lufthansa');
  });
});
