// A village or small town the gazetteer does not know, written right after "in" or "near": a place of the story's
// country, and where its incident happened. The sentences and the small places in them are made up for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity, PlaceEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const run = (text: string) => {
  const ents = extract({ text, published: '2024-06-20' }, res).entities;
  return {
    place: (name: string) => ents.find((e): e is PlaceEntity => e.type === 'place' && e.name === name),
    incident: ents.find((e): e is IncidentEntity => e.type === 'incident'),
  };
};

describe('entities/locative-town: an unknown place after a locative is a place of the story country', () => {
  it('places the village in the country of the dateline and puts the incident there', () => {
    const { place, incident } = run(
      'NIAMEY, June 3 (Reuters) - Gunmen on motorbikes killed nine villagers in Tabarkoye on Sunday, officials said.',
    );
    expect(place('Tabarkoye')).toMatchObject({ country: 'NE', precision: 'country' });
    expect(incident?.place).toBe('Tabarkoye');
  });

  it('does the same for a capitalised wire story', () => {
    const { place } = run(
      'LIMA, 4 MAR 89 -- [TEXT] POLICE SAID THAT A BOMB EXPLODED LAST NIGHT IN HUAYLLACUCHO, KILLING TWO GUARDS.',
    );
    expect(place('Huayllacucho')?.country).toBe('PE');
  });

  it('leaves an unknown name after "in" unplaced where the gazetteer holds the small towns (a neighbourhood)', () => {
    const { place, incident } = run(
      'TULSA, Okla. (AP) — A man was shot dead in Brookmoor Terrace on Friday night, police said.',
    );
    expect(place('Brookmoor Terrace')?.country ?? null).toBeNull();
    expect(incident?.place).toBe('Tulsa');
  });
});

describe('place/town-known-to-its-country: a town located only by its country does not split a telling', () => {
  it('a definite reference at such a town joins the incident the lede placed in a known city', () => {
    const ents = extract(
      {
        text:
          'BOGOTA, 4 MAR 89 -- [TEXT] A BOMB EXPLODED LAST NIGHT AT A TELEPHONE COMPANY BUILDING IN SOUTHERN BOGOTA, ' +
          'INJURING A SECURITY GUARD.  THE EXPLOSION TOOK PLACE IN TARLUMBA NEIGHBORHOOD, POLICE SAID.',
        published: '1989-03-05',
      },
      res,
    ).entities;
    const incidents = ents.filter((e): e is IncidentEntity => e.type === 'incident');
    expect(incidents).toHaveLength(1);
  });
});

describe('entities/written-town-in-country: a commune or settlement named as one', () => {
  it('"the commune of X" is a town of the story’s country', () => {
    const { place } = run(
      'BAMAKO, June 3 (Reuters) - Gunmen killed six herders overnight, the mayor of the nearby commune of Kessoubara told reporters.',
    );
    expect(place('Kessoubara')).toMatchObject({ country: 'ML', precision: 'country' });
  });
});
