// Map of places and incidents with coordinates, drawn offline from the packaged world-atlas outlines.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { EntitySummary } from '../../src/api/contract.ts';
import { TYPE_STYLE, incidentColor } from './graph/style.ts';

const SVG = 'http://www.w3.org/2000/svg';
const countries = feature(world, world.objects['countries'] as GeometryCollection);

function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/**
 * What the map shows: the markers with a generous margin (at least ~40° of longitude so countries stay
 * recognisable), or the whole world when there is nothing to show.
 */
function frame(points: EntitySummary[]): GeoJSON.Polygon | { type: 'Sphere' } {
  if (points.length === 0) return { type: 'Sphere' };
  const lons = points.map((e) => e.lon as number);
  const lats = points.map((e) => e.lat as number);
  let [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padLon = Math.max(8, (e - w) * 0.25, (40 - (e - w)) / 2);
  const padLat = Math.max(6, (n - s) * 0.25, (24 - (n - s)) / 2);
  [w, e, s, n] = [Math.max(-180, w - padLon), Math.min(180, e + padLon), Math.max(-85, s - padLat), Math.min(85, n + padLat)];
  if (e - w > 300) return { type: 'Sphere' };
  // d3-geo reads a clockwise ring as the small area it encloses
  return { type: 'Polygon', coordinates: [[[w, s], [w, n], [e, n], [e, s], [w, s]]] };
}

export interface WorldMap {
  render(places: EntitySummary[], incidents: EntitySummary[]): void;
}

export function createMap(host: HTMLElement, onPick: (key: string) => void): WorldMap {
  let places: EntitySummary[] = [];
  let incidents: EntitySummary[] = [];

  const draw = () => {
    host.replaceChildren();
    const width = Math.max(280, host.clientWidth || 400);
    const height = Math.max(150, host.clientHeight || 200);
    const located = (e: EntitySummary) => e.lat !== null && e.lon !== null && Number.isFinite(e.lat) && Number.isFinite(e.lon);
    const p = places.filter(located);
    const inc = incidents.filter(located);
    const svg = s('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'group',
      'aria-label': `Map with ${p.length} places and ${inc.length} incidents` });
    const projection = geoNaturalEarth1().fitExtent([[6, 6], [width - 6, height - 6]], frame([...p, ...inc]));
    const path = geoPath(projection);
    svg.append(s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
    svg.append(s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
    const land = s('g', { class: 'countries' });
    for (const f of countries.features) land.append(s('path', { d: path(f) ?? '' }));
    svg.append(land);
    const marker = (e: EntitySummary, cls: string) => {
      const xy = projection([e.lon as number, e.lat as number]);
      if (!xy) return;
      const [x, y] = xy;
      const g = s('g', { class: `marker ${cls}`, transform: `translate(${x.toFixed(1)},${y.toFixed(1)})`, tabindex: 0, role: 'button', 'data-key': e.key,
        'aria-label': `${TYPE_STYLE[e.type].label} ${e.name}${e.date ? `, ${e.date.slice(0, 10)}` : ''}; show in graph` });
      const r = Math.min(8, 3 + Math.sqrt(e.articles));
      if (e.type === 'incident') g.append(s('path', { d: `M0,${-r * 1.2}L${r},${r * 0.8}L${-r},${r * 0.8}Z`, fill: incidentColor(e.kind) }));
      else g.append(s('path', { d: `M0,${-r}L${r},0L0,${r}L${-r},0Z`, fill: TYPE_STYLE.place.color }));
      const title = s('title', {});
      title.textContent = `${e.name}${e.kind ? ` (${e.kind})` : ''}${e.date ? `, ${e.date.slice(0, 10)}` : ''} — ${e.articles} article(s)`;
      g.append(title);
      g.addEventListener('click', () => onPick(e.key));
      g.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault();
          onPick(e.key);
        }
      });
      svg.append(g);
    };
    for (const e of p) marker(e, 'place');
    for (const e of inc) marker(e, 'incident');
    host.append(svg);
  };

  new ResizeObserver(() => draw()).observe(host);
  return {
    render(pl, inc) {
      places = pl;
      incidents = inc;
      draw();
    },
  };
}
