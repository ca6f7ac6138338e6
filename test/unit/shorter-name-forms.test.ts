// Rules entities/shorter-full-name and entities/first-surname-alone: one person however often the article shortens the
// name ("Julio Oquendo" and "Oquendo" for "Julio Oquendo Castillo"), and people who share only a surname stay apart.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res, withoutRules } from '../helpers/resources.js';

const people = (text: string, resources = res) =>
  findEntities(makeDoc({ text }, resources)).filter((e) => e.type === 'person');
/** the person a written form belongs to, by display name */
const whoIs = (text: string, written: string, resources = res) =>
  people(text, resources).find((p) => p.mentions.some((m) => m.text === written))?.name;

describe('a shorter form of one longer name in the article is that person', () => {
  it('given name and first surname of a name with two surnames', () => {
    const text =
      'Armed men seized the lawyer Julio Oquendo Castillo outside his home on Monday. ' +
      'Julio Oquendo had received several threats, his family said.';
    expect(whoIs(text, 'Julio Oquendo')).toBe('Julio Oquendo Castillo');
    expect(people(text)).toHaveLength(1);
    // switched off (KG_DISABLE_RULES=entities/shorter-full-name), the shorter form is a person of its own
    expect(whoIs(text, 'Julio Oquendo', withoutRules('entities/shorter-full-name'))).toBe('Julio Oquendo');
  });

  it('the same in wire copy written in capitals', () => {
    const text =
      'ARMED MEN SEIZED THE LAWYER JULIO OQUENDO CASTILLO OUTSIDE HIS HOME ON MONDAY. ' +
      'JULIO OQUENDO HAD RECEIVED SEVERAL THREATS, HIS FAMILY SAID.';
    expect(whoIs(text, 'JULIO OQUENDO')).toBe('JULIO OQUENDO CASTILLO');
  });

  it('given name and last surname with a middle name left out', () => {
    const text =
      'Unknown gunmen killed Mario Antonio Benitez Ferrer, a judge, in the capital. ' +
      'Colleagues of Mario Benitez said he had refused an escort.';
    expect(whoIs(text, 'Mario Benitez')).toBe('Mario Antonio Benitez Ferrer');
  });

  it('the name from a middle given name on', () => {
    const text =
      'The senator Jose Antonio Benitez Ferrer was shot at a meeting. ' +
      'Antonio Benitez Ferrer was taken to hospital.';
    expect(whoIs(text, 'Antonio Benitez Ferrer')).toBe('Jose Antonio Benitez Ferrer');
  });

  it('two longer names it could shorten: it joins neither', () => {
    const text =
      'Police named Carlos Benitez Ferrer and Carlos Benitez Soto as suspects in the robbery. ' +
      'Carlos Benitez was not at home when officers called.';
    const names = people(text).map((p) => p.name);
    expect(whoIs(text, 'Carlos Benitez')).toBe('Carlos Benitez');
    expect(names).toEqual(expect.arrayContaining(['Carlos Benitez Ferrer', 'Carlos Benitez Soto']));
  });
});

describe('the first surname written alone', () => {
  it('joins the one person whose first surname it is', () => {
    const text =
      'Gunmen shot dead Julio Oquendo Castillo near the cathedral on Friday. ' +
      'Oquendo had led the opposition party for ten years.';
    expect(whoIs(text, 'Oquendo')).toBe('Julio Oquendo Castillo');
    // switched off (KG_DISABLE_RULES=entities/first-surname-alone), the surname joins no one
    expect(whoIs(text, 'Oquendo', withoutRules('entities/first-surname-alone'))).not.toBe('Julio Oquendo Castillo');
  });

  it('skips the particles of the last surname ("Pedro Garcia del Valle" ... "Garcia")', () => {
    const text =
      'The prosecutor Pedro Garcia del Valle opened the case on Monday. Garcia spoke to reporters afterwards.';
    expect(whoIs(text, 'Garcia')).toBe('Pedro Garcia del Valle');
  });

  it('yields to a person whose name ends on the word', () => {
    const text =
      'Miguel Ramos Ferrer met Luisa Ramos in Lima on Tuesday to discuss the strike. ' +
      'Ramos said later that the talks had failed.';
    expect(whoIs(text, 'Ramos')).toBe('Luisa Ramos');
  });
});

describe('people who share a surname stay apart', () => {
  it('a bare surname of two brothers joins neither', () => {
    const text =
      'Officers arrested the brothers Ruslan Khamidov and Timur Khamidov at the airport on Sunday. ' +
      'Khamidov told the court the charges were false.';
    const ps = people(text);
    expect(ps.map((p) => p.name)).toEqual(expect.arrayContaining(['Ruslan Khamidov', 'Timur Khamidov']));
    const brothers = ps.filter((p) => p.name === 'Ruslan Khamidov' || p.name === 'Timur Khamidov');
    expect(brothers.flatMap((p) => p.mentions.map((m) => m.text))).not.toContain('Khamidov');
  });

  it('two full names that share a surname are not shorter forms of each other', () => {
    const text = 'Ruslan Khamidov and his cousin Timur Ruslan Khamidov were charged on Friday.';
    expect(whoIs(text, 'Ruslan Khamidov')).toBe('Ruslan Khamidov');
  });
});
