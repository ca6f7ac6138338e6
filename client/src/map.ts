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
    const projection = geoNaturalEarth1().fitExtent([[6, 6], [width - 6, height - 6]], { type: 'Sphere' });
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
