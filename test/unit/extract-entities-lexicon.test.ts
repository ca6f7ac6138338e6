import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const typed = (text: string) =>
  extract({ id: 't', text }).entities
    .filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'place')
    .map((e) => `${e.type}:${e.name}`);

describe('given names from many cultures make a person', () => {
  it('reads Central Asian, Pashto and English given names the tagger doubted as people', () => {
    expect(typed('Nursultan Nazarbayev won again.')).toContain('person:Nursultan Nazarbayev');
    expect(typed('Asfandyar Wali Khan condemned the attack.')).toContain('person:Asfandyar Wali Khan');
    expect(typed('Critics of Wesley Moodie were silent.')).toContain('person:Wesley Moodie');
  });

  it('does not turn a known body or place that shares a name into a person', () => {
    expect(typed('Officials in Khartoum said the talks failed.')).toContain('place:Khartoum');
    expect(typed('The FBI said it was investigating.')).toContain('organization:FBI');
  });
});
