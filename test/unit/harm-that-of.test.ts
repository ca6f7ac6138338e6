// Issue #10: "that of <name>" after a noun of harm stands for the same harm ("the murder of a judge and that of X",
// "the killings, especially that of X"): rule role.named-harm-that-of makes the name a victim. Not after a noun of
// attack, where "that of X" is as often a home or a car. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractedVictims as victims } from '../helpers/incident-roles.js';

describe('role.named-harm-that-of', () => {
  it('reads the name after "especially that of" as a victim of the murders', () => {
    expect(
      victims('THE BISHOPS CONDEMNED THE RECENT MURDERS IN THE PROVINCE AND ESPECIALLY THAT OF MAYOR PEDRO LARA.'),
    ).toContain('Pedro Lara');
  });

  it('leaves "that of" after a noun of attack: the owner of a home', () => {
    expect(
      victims('Rebels attacked the homes of three officials, including that of Governor Pedro Lara, on Sunday.'),
    ).not.toContain('Pedro Lara');
  });
});
