// Map of places and incidents with coordinates, drawn offline from packaged outlines (map-outlines.ts). The wheel
// zooms around the pointer and dragging pans; markers closer than a few pixels are drawn as one cluster (a count)
// that splits as you zoom in, and clicking a cluster zooms to it. Incidents are coloured by kind; a date range from
// the timeline hides incidents outside it.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import type { EntitySummary, MapResponse } from '../../src/api/contract.ts';

/** a marker's entity: incidents say how precise their place is */
type MapEntity = EntitySummary & Partial<Pick<MapResponse['incidents'][number], 'placePrecision'>>;
import { svgEl as s } from './dom.ts';
import { TYPE_STYLE, incidentColor } from './graph/style.ts';
import { outlinesAt } from './map-outlines.ts';

/** markers whose centres are closer than this (screen pixels) are drawn as one cluster */
export const CLUSTER_PX = 14;
const MAX_ZOOM = 64;

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
  [w, e, s, n] = [
    Math.max(-180, w - padLon),
    Math.min(180, e + padLon),
    Math.max(-85, s - padLat),
    Math.min(85, n + padLat),
  ];
  if (e - w > 300) return { type: 'Sphere' };
  // d3-geo reads a clockwise ring as the small area it encloses
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [w, n],
        [e, n],
        [e, s],
        [w, s],
      ],
    ],
  };
}

export interface Placed {
  e: MapEntity;
  x: number;
  y: number;
}

/** Greedy screen-space clustering: each marker joins the first cluster whose centre is within `px`, else starts one. */
export function cluster(points: Placed[], px: number): Placed[][] {
  const cell = new Map<string, Placed[][]>();
  const out: Placed[][] = [];
  const key = (x: number, y: number) => `${Math.floor(x / px)}:${Math.floor(y / px)}`;
  for (const p of points) {
    let home: Placed[] | null = null;
    const cx = Math.floor(p.x / px);
    const cy = Math.floor(p.y / px);
    for (let dx = -1; dx <= 1 && !home; dx++) {
      for (let dy = -1; dy <= 1 && !home; dy++) {
        for (const c of cell.get(`${cx + dx}:${cy + dy}`) ?? []) {
          const first = c[0]!;
          if (Math.hypot(first.x - p.x, first.y - p.y) < px) {
            home = c;
            break;
          }
        }
      }
    }
    if (home) home.push(p);
    else {
      const c = [p];
      out.push(c);
      const k = key(p.x, p.y);
      cell.set(k, [...(cell.get(k) ?? []), c]);
    }
  }
  return out;
}

export interface WorldMap {
  render(places: EntitySummary[], incidents: MapResponse['incidents']): void;
  /** hide incidents outside this date range (from the timeline) */
  setRange(from: string | null, to: string | null): void;
  /** back to the whole frame */
  resetZoom(): void;
  /** current zoom factor (1 = everything) */
  zoom(): number;
  /** draw the places (muted, under the incidents) or incidents alone */
  setShowPlaces(show: boolean): void;
}

export function createMap(host: HTMLElement, onPick: (key: string) => void): WorldMap {
  let places: EntitySummary[] = [];
  let incidents: MapResponse['incidents'] = [];
  let showPlaces = true;
  let range: { from: string | null; to: string | null } = { from: null, to: null };
  let k = 1;
  let tx = 0;
  let ty = 0;

  const inRange = (e: EntitySummary) => {
    if (!range.from && !range.to) return true;
    const d = e.date?.slice(0, 10);
    if (!d) return false;
    return (!range.from || d >= range.from) && (!range.to || d <= range.to);
  };

  const draw = () => {
    host.replaceChildren();
    const width = Math.max(120, host.clientWidth || 400);
    const height = Math.max(100, host.clientHeight || 200);
    const located = (e: EntitySummary) =>
      e.lat !== null && e.lon !== null && Number.isFinite(e.lat) && Number.isFinite(e.lon);
    const p = places.filter(located);
    const allInc = incidents.filter(located);
    const inc = allInc.filter(inRange);
    const svg = s('svg', {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': `Map with ${p.length} places and ${inc.length} incidents${inc.length < allInc.length ? ` (of ${allInc.length}, the rest outside the date range)` : ''}; wheel or + and − to zoom, drag to pan`,
    });
    const base = geoNaturalEarth1().fitExtent(
      [
        [6, 6],
        [width - 6, height - 6],
      ],
      frame([...p, ...allInc]),
    );
    const [bx, by] = base.translate();
    const projection = base
      .scale(base.scale() * k)
      .translate([bx * k + tx, by * k + ty])
      // zoomed in, most of the world is off screen: clipping keeps the drawn paths to what is visible
      .clipExtent([
        [-2, -2],
        [width + 2, height + 2],
      ]);
    const path = geoPath(projection);
    const outlines = outlinesAt(projection.scale(), draw);
    svg.setAttribute('data-detail', outlines.detail);
    svg.append(s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
    svg.append(s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
    const land = s('g', { class: 'countries' });
    for (const f of outlines.countries.features) {
      const d = path(f);
      if (d) land.append(s('path', { d }));
    }
    svg.append(land);
    if (outlines.regions) {
      const d = path(outlines.regions);
      if (d) svg.append(s('path', { d, class: 'regions' }));
    }

    const onScreen = (list: MapEntity[]): Placed[] => {
      const out: Placed[] = [];
      for (const e of list) {
        const xy = projection([e.lon as number, e.lat as number]);
        if (!xy) continue;
        const [x, y] = xy;
        if (x < -20 || y < -20 || x > width + 20 || y > height + 20) continue;
        out.push({ e, x, y });
      }
      return out;
    };
    // Incidents are what the map is for, so each kind of marker is clustered on its own: a city's many places never
    // swallow the incidents there into one count. Places are drawn first, muted, and incidents on top of them.
    const layers = [
      { name: 'places', list: showPlaces ? p : [] },
      { name: 'incidents', list: inc },
    ];
    for (const { name, list } of layers) {
      const layer = s('g', { class: `layer layer-${name}` });
      for (const group of cluster(onScreen(list), CLUSTER_PX)) {
        if (group.length === 1) layer.append(marker(group[0]!));
        else if (unsplittable(group)) for (const one of ring(group)) layer.append(marker(one));
        else layer.append(clusterMarker(group));
      }
      svg.append(layer);
    }
    host.append(svg);
    enablePanZoom(svg, width, height);
  };

  /** markers so close (often one place and the incidents there) that no zoom would separate them */
  const unsplittable = (group: Placed[]) => {
    const mx = group.reduce((a, p) => a + p.x, 0) / group.length;
    const my = group.reduce((a, p) => a + p.y, 0) / group.length;
    const spread = Math.max(...group.map((p) => Math.hypot(p.x - mx, p.y - my)));
    return spread * (MAX_ZOOM / k) < CLUSTER_PX / 2 || k >= MAX_ZOOM;
  };

  /** such markers drawn side by side, on a small ring around the spot they share */
  const ring = (group: Placed[]): Placed[] => {
    const mx = group.reduce((a, p) => a + p.x, 0) / group.length;
    const my = group.reduce((a, p) => a + p.y, 0) / group.length;
    const r = 10 + 2.5 * group.length;
    return group.map((p, i) => ({
      ...p,
      x: mx + r * Math.cos((2 * Math.PI * i) / group.length - Math.PI / 2),
      y: my + r * Math.sin((2 * Math.PI * i) / group.length - Math.PI / 2),
    }));
  };

  const marker = ({ e, x, y }: Placed) => {
    // an incident the reports place only in a region or a country stands at its centre: drawn hollow, and said so
    const coarse = e.placePrecision === 'country' || e.placePrecision === 'region' ? e.placePrecision : null;
    const g = s('g', {
      class: `marker ${e.type === 'incident' ? 'incident' : 'place'}${coarse ? ' coarse' : ''}`,
      transform: `translate(${x.toFixed(1)},${y.toFixed(1)})`,
      tabindex: 0,
      role: 'button',
      'data-key': e.key,
      'aria-label': `${TYPE_STYLE[e.type].label} ${e.name}${e.kind ? `, ${e.kind}` : ''}${e.date ? `, ${e.date.slice(0, 10)}` : ''}${coarse ? `, placed only by its ${coarse}` : ''}; show in graph`,
    });
    const r = Math.min(8, 3 + Math.sqrt(e.articles));
    if (e.type === 'incident')
      g.append(
        s('path', {
          d: `M0,${-r * 1.2}L${r},${r * 0.8}L${-r},${r * 0.8}Z`,
          fill: incidentColor(e.kind),
        }),
      );
    else g.append(s('path', { d: `M0,${-r}L${r},0L0,${r}L${-r},0Z`, fill: TYPE_STYLE.place.color }));
    const title = s('title', {});
    title.textContent = `${e.name}${e.kind ? ` (${e.kind})` : ''}${e.date ? `, ${e.date.slice(0, 10)}` : ''} — ${e.articles} article(s)${coarse ? `\nplaced only by its ${coarse}: the marker is the ${coarse}'s centre` : ''}`;
    g.append(title);
    const pick = () => onPick(e.key);
    g.addEventListener('click', pick);
    g.addEventListener('pointerdown', (ev) => ev.stopPropagation());
    g.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        pick();
      }
    });
    return g;
  };

  /** a circle with the count, coloured by its most common kind; activating it zooms in until it splits */
  const clusterMarker = (group: Placed[]) => {
    const x = group.reduce((a, p) => a + p.x, 0) / group.length;
    const y = group.reduce((a, p) => a + p.y, 0) / group.length;
    const colours = new Map<string, number>();
    for (const { e } of group) {
      const c = e.type === 'incident' ? incidentColor(e.kind) : TYPE_STYLE.place.color;
      colours.set(c, (colours.get(c) ?? 0) + 1);
    }
    const colour = [...colours].sort((a, b) => b[1] - a[1])[0]![0];
    const incidentsIn = group.filter((p) => p.e.type === 'incident').length;
    const names = group.map((p) => p.e.name);
    const g = s('g', {
      class: `cluster-marker ${incidentsIn ? 'incident' : 'place'}`,
      transform: `translate(${x.toFixed(1)},${y.toFixed(1)})`,
      tabindex: 0,
      role: 'button',
      'data-count': group.length,
      'data-keys': group.map((p) => p.e.key).join(' '),
      'aria-label': `${group.length} ${incidentsIn ? 'incidents' : 'places'} here: ${names.slice(0, 5).join(', ')}${names.length > 5 ? '…' : ''}; zoom in`,
    });
    const r = incidentsIn ? Math.min(14, 7 + Math.sqrt(group.length) * 1.5) : Math.min(10, 6 + Math.sqrt(group.length));
    g.append(s('circle', { r, fill: colour }));
    const label = s('text', { 'text-anchor': 'middle', dy: '0.35em' });
    label.textContent = String(group.length);
    g.append(label);
    const title = s('title', {});
    title.textContent = `${names.slice(0, 12).join('\n')}${names.length > 12 ? `\n…and ${names.length - 12} more` : ''}`;
    g.append(title);
    const zoomIn = () => zoomAt(x, y, 3);
    g.addEventListener('click', zoomIn);
    g.addEventListener('pointerdown', (ev) => ev.stopPropagation());
    g.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        zoomIn();
        (host.querySelector('.cluster-marker, .marker') as SVGElement | null)?.focus();
      }
    });
    return g;
  };

  /** zoom by `factor` keeping the screen point (x, y) where it is */
  const zoomAt = (x: number, y: number, factor: number) => {
    // a screen point is k·b + t (b: where the unzoomed map draws it); keeping (x, y) fixed gives t' = x − (k'/k)(x − t)
    const nk = Math.min(MAX_ZOOM, Math.max(1, k * factor));
    const f = nk / k;
    tx = x - (x - tx) * f;
    ty = y - (y - ty) * f;
    k = nk;
    if (k === 1) {
      tx = 0;
      ty = 0;
    }
    draw();
  };

  const enablePanZoom = (svg: SVGSVGElement, width: number, height: number) => {
    const local = (ev: { clientX: number; clientY: number }) => {
      const r = svg.getBoundingClientRect();
      return [ev.clientX - r.left, ev.clientY - r.top] as const;
    };
    svg.addEventListener(
      'wheel',
      (ev) => {
        ev.preventDefault();
        const [x, y] = local(ev);
        zoomAt(x, y, ev.deltaY < 0 ? 1.5 : 1 / 1.5);
      },
      { passive: false },
    );
    let drag: { x: number; y: number; tx: number; ty: number } | null = null;
    svg.addEventListener('pointerdown', (ev) => {
      if (k === 1) return;
      drag = { x: ev.clientX, y: ev.clientY, tx, ty };
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener('pointermove', (ev) => {
      if (!drag) return;
      tx = drag.tx + ev.clientX - drag.x;
      ty = drag.ty + ev.clientY - drag.y;
      // cheap preview while dragging: move the drawing, redraw on release
      svg.setAttribute('viewBox', `${-(ev.clientX - drag.x)} ${-(ev.clientY - drag.y)} ${width} ${height}`);
    });
    svg.addEventListener('pointerup', () => {
      if (!drag) return;
      drag = null;
      draw();
    });
  };

  const keyZoom = (ev: KeyboardEvent) => {
    const w = host.clientWidth;
    const h = host.clientHeight;
    if (ev.key === '+' || ev.key === '=') zoomAt(w / 2, h / 2, 1.5);
    else if (ev.key === '-' || ev.key === '_') zoomAt(w / 2, h / 2, 1 / 1.5);
    else return;
    ev.preventDefault();
  };
  host.addEventListener('keydown', keyZoom);

  new ResizeObserver(() => draw()).observe(host);
  return {
    render(pl, inc) {
      places = pl;
      incidents = inc;
      draw();
    },
    setRange(from, to) {
      range = { from, to };
      draw();
    },
    resetZoom() {
      k = 1;
      tx = 0;
      ty = 0;
      draw();
    },
    zoom: () => k,
    setShowPlaces(show) {
      showPlaces = show;
      draw();
    },
  };
}
