// Incident timeline as SVG: one lane per incident family, a date axis, and a brush that sets the date filter.
import type { EntitySummary } from '../../src/api/contract.ts';
import { INCIDENT_FAMILIES, incidentColor } from './graph/style.ts';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;

function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

function familyOf(kind: string | null): number {
  const color = incidentColor(kind);
  const i = INCIDENT_FAMILIES.findIndex((f) => f.color === color);
  return i < 0 ? INCIDENT_FAMILIES.length - 1 : i;
}

/** Tick positions for a time span: years, quarters, months or days, about `target` of them. */
function ticks(t0: number, t1: number, target: number): number[] {
  const span = t1 - t0;
  const out: number[] = [];
  const d = new Date(t0);
  let step: (x: Date) => void;
  if (span > 3 * 365 * DAY) {
    d.setUTCMonth(0, 1);
    const years = Math.max(1, Math.round(span / (365 * DAY) / target));
    step = (x) => x.setUTCFullYear(x.getUTCFullYear() + years);
  } else if (span > 60 * DAY) {
    d.setUTCDate(1);
    const months = Math.max(1, Math.round(span / (30 * DAY) / target));
    step = (x) => x.setUTCMonth(x.getUTCMonth() + months);
  } else {
    const days = Math.max(1, Math.round(span / DAY / target));
    step = (x) => x.setUTCDate(x.getUTCDate() + days);
  }
  d.setUTCHours(0, 0, 0, 0);
  while (d.getTime() <= t1 && out.length < 60) {
    if (d.getTime() >= t0) out.push(d.getTime());
    step(d);
  }
  return out;
}

export interface Timeline {
  render(incidents: EntitySummary[]): void;
  /** show a range chosen elsewhere (date inputs, URL) */
  showRange(from: string | null, to: string | null): void;
}

export function createTimeline(host: HTMLElement, onBrush: (from: string | null, to: string | null) => void, onPick: (key: string) => void): Timeline {
  let data: EntitySummary[] = [];
  let scale: { t0: number; t1: number; x0: number; x1: number } | null = null;
  let brushRect: SVGRectElement | null = null;
  let range: { from: string | null; to: string | null } = { from: null, to: null };
  const height = 150;
  const margin = { left: 104, right: 16, top: 10, bottom: 24 };

  const x = (t: number) => {
    if (!scale) return 0;
    return scale.x0 + ((t - scale.t0) / Math.max(1, scale.t1 - scale.t0)) * (scale.x1 - scale.x0);
  };
  const invert = (px: number) => {
    if (!scale) return 0;
    const f = Math.min(1, Math.max(0, (px - scale.x0) / Math.max(1, scale.x1 - scale.x0)));
    return scale.t0 + f * (scale.t1 - scale.t0);
  };

  const dimOutside = () => {
    host.querySelectorAll<SVGCircleElement>('circle.tl-dot').forEach((dot) => {
      const date = dot.dataset['date'] ?? '';
      const inside = (!range.from || date >= range.from) && (!range.to || date <= range.to);
      dot.classList.toggle('outside', !inside);
    });
  };

  const drawBrush = () => {
    dimOutside();
    if (!brushRect || !scale) return;
    if (!range.from && !range.to) {
      brushRect.setAttribute('width', '0');
      return;
    }
    const a = x(range.from ? Date.parse(range.from) : scale.t0);
    const b = x(range.to ? Date.parse(range.to) + DAY - 1 : scale.t1);
    brushRect.setAttribute('x', String(Math.min(a, b)));
    brushRect.setAttribute('width', String(Math.max(2, Math.abs(b - a))));
  };

  const render = () => {
    host.replaceChildren();
    const dated = data.filter((d) => d.date && !Number.isNaN(Date.parse(d.date)));
    const width = Math.max(320, host.clientWidth || 600);
    const svg = s('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': `Timeline of ${dated.length} dated incidents; drag to filter the graph by date` });
    host.append(svg);
    if (dated.length === 0) {
      const t = s('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'axis-label' });
      t.textContent = 'No dated incidents yet';
      svg.append(t);
      scale = null;
      return;
    }
    const times = dated.map((d) => Date.parse(d.date as string));
    let t0 = Math.min(...times);
    let t1 = Math.max(...times);
    const pad = Math.max(DAY * 2, (t1 - t0) * 0.03);
    t0 -= pad;
    t1 += pad;
    scale = { t0, t1, x0: margin.left, x1: width - margin.right };
    const lanes = INCIDENT_FAMILIES.length;
    const laneH = (height - margin.top - margin.bottom) / lanes;
    INCIDENT_FAMILIES.forEach((f, i) => {
      const y = margin.top + i * laneH;
      svg.append(s('rect', { x: margin.left, y, width: scale!.x1 - scale!.x0, height: laneH, class: i % 2 ? 'lane odd' : 'lane' }));
      const label = s('text', { x: margin.left - 8, y: y + laneH / 2 + 4, 'text-anchor': 'end', class: 'lane-label' });
      label.textContent = f.family;
      svg.append(label);
    });
    const axisY = height - margin.bottom;
    svg.append(s('line', { x1: margin.left, x2: scale.x1, y1: axisY, y2: axisY, class: 'axis' }));
    for (const t of ticks(t0, t1, Math.max(2, Math.floor(width / 110)))) {
      svg.append(s('line', { x1: x(t), x2: x(t), y1: axisY, y2: axisY + 4, class: 'axis' }));
      const label = s('text', { x: x(t), y: axisY + 16, 'text-anchor': 'middle', class: 'axis-label' });
      label.textContent = t1 - t0 > 60 * DAY ? iso(t).slice(0, 7) : iso(t);
      svg.append(label);
    }
    brushRect = s('rect', { x: 0, y: margin.top, width: 0, height: axisY - margin.top, class: 'brush' });
    svg.append(brushRect);
    for (const d of dated) {
      const lane = familyOf(d.kind);
      const cx = x(Date.parse(d.date as string));
      const cy = margin.top + lane * laneH + laneH / 2;
      const r = Math.min(9, 3.5 + Math.sqrt(d.articles));
      const dot = s('circle', { cx, cy, r, fill: incidentColor(d.kind), class: 'tl-dot', tabindex: 0, role: 'button', 'data-key': d.key, 'data-date': (d.date as string).slice(0, 10),
        'aria-label': `${d.name}, ${d.kind ?? 'incident'}, ${d.date}; show in graph` });
      const title = s('title', {});
      title.textContent = `${d.name} — ${d.kind ?? 'incident'}, ${d.date?.slice(0, 10)}, ${d.articles} article(s)`;
      dot.append(title);
      dot.addEventListener('click', (ev) => {
        ev.stopPropagation();
        onPick(d.key);
      });
      dot.addEventListener('pointerdown', (ev) => ev.stopPropagation());
      dot.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault();
          onPick(d.key);
        }
      });
      svg.append(dot);
    }
    drawBrush();

    let start: number | null = null;
    const local = (ev: PointerEvent) => ev.clientX - svg.getBoundingClientRect().left;
    svg.addEventListener('pointerdown', (ev) => {
      if (!scale) return;
      start = Math.max(scale.x0, Math.min(scale.x1, local(ev)));
      svg.setPointerCapture(ev.pointerId);
      brushRect!.setAttribute('x', String(start));
      brushRect!.setAttribute('width', '0');
    });
    svg.addEventListener('pointermove', (ev) => {
      if (start === null || !scale) return;
      const cur = Math.max(scale.x0, Math.min(scale.x1, local(ev)));
      brushRect!.setAttribute('x', String(Math.min(start, cur)));
      brushRect!.setAttribute('width', String(Math.abs(cur - start)));
    });
    svg.addEventListener('pointerup', (ev) => {
      if (start === null || !scale) return;
      const end = Math.max(scale.x0, Math.min(scale.x1, local(ev)));
      const a = Math.min(start, end);
      const b = Math.max(start, end);
      start = null;
      if (b - a < 3) {
        range = { from: null, to: null };
      } else {
        range = { from: iso(invert(a)), to: iso(invert(b)) };
      }
      drawBrush();
      onBrush(range.from, range.to);
    });
  };

  new ResizeObserver(() => render()).observe(host);

  return {
    render(incidents) {
      data = incidents;
      render();
    },
    showRange(from, to) {
      range = { from, to };
      drawBrush();
    },
  };
}
