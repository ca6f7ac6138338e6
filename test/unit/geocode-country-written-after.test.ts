// Rule entities/country-written-after: a town written with its country right after it, after a comma or in brackets,
// is its namesake in that country. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { placeNamed } from '../helpers/extracted-places.js';

describe('rule entities/country-written-after', () => {
  it('reads a dateline town with its country in brackets in that country', () => {
    const text =
      'SAN JOSE (COSTA RICA), 2 JUN 89 (NORTHLINE) -- SALVADORAN REBELS SAID TODAY THEY HAD KILLED TWO SOLDIERS IN ' +
      'SAN MIGUEL AND USULUTAN, AND ACCUSED THE UNITED STATES OF PROLONGING THE WAR IN EL SALVADOR.';
    expect(placeNamed({ text }, /^San Jos[eé]$/i)?.country).toBe('CR');
  });

  it('reads a town with its country after a comma in that country', () => {
    const text = 'The group said in a statement issued in San Jose, Costa Rica, that it had shot two guards.';
    expect(placeNamed({ text }, /^San Jos[eé]$/i)?.country).toBe('CR');
  });

  it('reads a small namesake in the written country, and only with it', () => {
    const written = 'Gunmen shot dead a mayor in Santa Maria, Philippines, on Tuesday, police said.';
    expect(placeNamed({ text: written }, /^Santa Maria$/)?.country).toBe('PH');
    const alone = 'Gunmen shot dead a mayor in Santa Maria on Tuesday, police said.';
    expect(placeNamed({ text: alone }, /^Santa Maria$/)?.country).not.toBe('PH');
  });
});
