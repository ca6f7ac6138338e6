// Which outlines the map draws at a given scale. The world at 1:110M is bundled with the page; when the user zooms
// in far enough that its coarseness shows, the 1:50M countries and the US state borders (the only first-level
// boundaries a well-kept offline package carries: us-atlas, from the Census Bureau) are fetched once, as a
// separate chunk, and drawn from then on.
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

type Countries = GeoJSON.FeatureCollection<GeoJSON.Geometry>;

export interface Outlines {
  /** which resolution these are: what the map says it draws (data-detail) */
  detail: '110m' | '50m';
  countries: Countries;
  /** first-level borders inside countries (US states), drawn as lines */
  regions: GeoJSON.MultiLineString | null;
}

const coarse: Outlines = {
  detail: '110m',
  countries: feature(world, world.objects['countries'] as GeometryCollection) as Countries,
  regions: null,
};
let fine: Outlines | null = null;
let loading: Promise<void> | null = null;

/**
 * Projection scale (d3's, pixels per radian) from which the 1:110M outlines look coarse: there one pixel is about
 * 0.1°, the size of their simplification.
 */
export const DETAIL_SCALE = 600;

/** internal borders only: a state line shared by two states, not the coast or the national border */
const inner = (a: unknown, b: unknown) => a !== b;

async function loadFine(): Promise<Outlines> {
  const [countries50, states] = await Promise.all([
    import('world-atlas/countries-50m.json'),
    import('us-atlas/states-10m.json'),
  ]);
  const w = countries50.default;
  const us = states.default;
  return {
    detail: '50m',
    countries: feature(w, w.objects['countries'] as GeometryCollection) as Countries,
    regions: mesh(us, us.objects['states'] as GeometryCollection, inner),
  };
}

/**
 * The outlines to draw at `scale`. Below DETAIL_SCALE, or while the fine ones are still loading, the bundled
 * coarse ones; the first call above it starts the load and `onReady` is called once they have arrived.
 */
export function outlinesAt(scale: number, onReady: () => void): Outlines {
  if (scale < DETAIL_SCALE) return coarse;
  if (fine) return fine;
  loading ??= loadFine().then(
    (o) => {
      fine = o;
      onReady();
    },
    () => {
      // a failed chunk leaves the coarse outlines, and the next zoom tries again
      loading = null;
    },
  );
  return coarse;
}
