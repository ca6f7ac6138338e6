// Incident timeline as SVG: one lane per incident family, a date axis, and a brush that sets the date filter.
import type { TimelineIncident } from '../../src/api/contract.ts';
import { svgEl as s } from './dom.ts';
import { INCIDENT_FAMILIES, incidentColor } from './graph/style.ts';

const DAY = 86_400_000;

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

/** The unit a brush snaps to for a visible span: whole months when the axis shows months or years, else days. */
export function snapUnit(span: number): 'month' | 'day' {
  return span > 60 * DAY ? 'month' : 'day';
}

/**
 * The dates a drag from pixel time `a` to `b` means: the start floored and the end ceiled to the unit, so a drag from
 * somewhere in January 2015 to somewhere in December 2017 is 2015-01-01 – 2017-12-31, never a day outside the months
 * the pointer was in.
 */
export function snapRange(a: number, b: number, unit: 'month' | 'day'): { from: string; to: string } {
  const start = new Date(Math.min(a, b));
  const end = new Date(Math.max(a, b));
  if (unit === 'month') {
    const from = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
    const to = Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0);
    return { from: iso(from), to: iso(to) };
  }
  return { from: iso(start.getTime()), to: iso(end.getTime()) };
}

/** the left margin of the lanes when the labels are narrower (or cannot be measured: the box is not laid out) */
const MIN_LABEL_MARGIN = 104;

/** The width in pixels of the widest family label as the timeline draws it (0 when the SVG is not laid out). */
function widestLabel(svg: SVGSVGElement): number {
  let widest = 0;
  for (const f of INCIDENT_FAMILIES) {
    const probe = s('text', { x: 0, y: 0, class: 'lane-label' });
    probe.textContent = f.family;
    svg.append(probe);
    widest = Math.max(widest, probe.getComputedTextLength());
    probe.remove();
  }
  return Math.ceil(widest);
}

export interface Timeline {
  render(incidents: TimelineIncident[]): void;
  /** show a range chosen elsewhere (date inputs, URL) */
  showRange(from: string | null, to: string | null): void;
  /** show only `from`–`to` on the axis (the brushed range when not given); null shows everything */
  zoom(range: { from: string; to: string } | null): void;
  /** step a window the width of the brushed range (a year when none) through time; again to stop */
  togglePlay(onStop?: () => void): boolean;
}

export function createTimeline(
  host: HTMLElement,
  onBrush: (from: string | null, to: string | null) => void,
  onPick: (key: string) => void,
): Timeline {
  let data: TimelineIncident[] = [];
  let scale: { t0: number; t1: number; x0: number; x1: number } | null = null;
  let brushRect: SVGRectElement | null = null;
  let range: { from: string | null; to: string | null } = { from: null, to: null };
  /** the part of time the axis shows when zoomed in */
  let view: { t0: number; t1: number } | null = null;
  let playing: number | undefined;
  /** the whole span of the data, padded */
  let full: { t0: number; t1: number } | null = null;
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
    const dated = data.filter((d) => !Number.isNaN(Date.parse(d.at)));
    const width = Math.max(160, host.clientWidth || 600);
    // a narrow box gives the lanes all its width; the lane colours are in the legend
    const narrow = width < 420;
    const svg = s('svg', {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': `Timeline of ${dated.length} incidents; drag to filter the graph by date`,
    });
    host.append(svg);
    // the lane labels end 8px left of the lanes: the margin is as wide as the widest label (the ontology names the
    // families), never so wide that the lanes get less than half the box
    margin.left = narrow ? 8 : Math.min(Math.round(width / 2), Math.max(MIN_LABEL_MARGIN, widestLabel(svg) + 12));
    if (dated.length === 0) {
      const t = s('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'axis-label' });
      t.textContent = 'No incidents yet';
      svg.append(t);
      scale = null;
      return;
    }
    const times = dated.map((d) => Date.parse(d.at));
    let t0 = Math.min(...times);
    let t1 = Math.max(...times);
    const pad = Math.max(DAY * 2, (t1 - t0) * 0.03);
    t0 -= pad;
    t1 += pad;
    full = { t0, t1 };
    if (view) ({ t0, t1 } = view);
    scale = { t0, t1, x0: margin.left, x1: width - margin.right };
    const lanes = INCIDENT_FAMILIES.length;
    const laneH = (height - margin.top - margin.bottom) / lanes;
    INCIDENT_FAMILIES.forEach((f, i) => {
      const y = margin.top + i * laneH;
      svg.append(
        s('rect', {
          x: margin.left,
          y,
          width: scale!.x1 - scale!.x0,
          height: laneH,
          class: i % 2 ? 'lane odd' : 'lane',
        }),
      );
      if (!narrow) {
        const label = s('text', {
          x: margin.left - 8,
          y: y + laneH / 2 + 4,
          'text-anchor': 'end',
          class: 'lane-label',
        });
        label.textContent = f.family;
        svg.append(label);
      }
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
      const when = Date.parse(d.at);
      if (when < t0 || when > t1) continue;
      const lane = familyOf(d.kind);
      const cx = x(when);
      const cy = margin.top + lane * laneH + laneH / 2;
      const r = Math.min(9, 3.5 + Math.sqrt(d.articles));
      // no report gives the day: a ring at the first report, which the event came on or before
      const reported = d.dateBasis === 'first-report';
      const whenText = reported ? `date not reported, first reported ${d.at} (on or before)` : d.at;
      const dot = s('circle', {
        cx,
        cy,
        r,
        fill: reported ? '#fff' : incidentColor(d.kind),
        class: reported ? 'tl-dot first-report' : 'tl-dot',
        tabindex: 0,
        role: 'button',
        'data-key': d.key,
        'data-date': d.at,
        'data-basis': d.dateBasis,
        'aria-label': `${d.name}, ${d.kind ?? 'incident'}, ${whenText}; show in graph`,
      });
      // a property, not a style attribute, which the page's CSP refuses
      if (reported) dot.style.setProperty('stroke', incidentColor(d.kind));
      const title = s('title', {});
      title.textContent = `${d.name} — ${d.kind ?? 'incident'}, ${whenText}, ${d.articles} article(s)`;
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
    const local = (ev: { clientX: number }) => ev.clientX - svg.getBoundingClientRect().left;
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
        range = snapRange(invert(a), invert(b), snapUnit(scale.t1 - scale.t0));
      }
      drawBrush();
      onBrush(range.from, range.to);
    });
    // the wheel zooms the axis around the pointer (at least two weeks, at most everything)
    svg.addEventListener(
      'wheel',
      (ev) => {
        if (!scale || !full) return;
        ev.preventDefault();
        const at = invert(local(ev));
        const factor = ev.deltaY < 0 ? 0.8 : 1.25;
        const span = Math.min(full.t1 - full.t0, Math.max(14 * DAY, (scale.t1 - scale.t0) * factor));
        const left = (at - scale.t0) / Math.max(1, scale.t1 - scale.t0);
        let n0 = at - left * span;
        n0 = Math.max(full.t0, Math.min(full.t1 - span, n0));
        view = span >= full.t1 - full.t0 ? null : { t0: n0, t1: n0 + span };
        render();
      },
      { passive: false },
    );
  };

  new ResizeObserver(() => render()).observe(host);

  let stopped: (() => void) | undefined;
  const stop = () => {
    window.clearInterval(playing);
    playing = undefined;
    host.dataset['playing'] = 'false';
    stopped?.();
  };

  return {
    render(incidents) {
      data = incidents;
      render();
    },
    showRange(from, to) {
      range = { from, to };
      drawBrush();
    },
    zoom(r) {
      if (!r) view = null;
      else {
        const t0 = Date.parse(r.from);
        const t1 = Date.parse(r.to) + DAY - 1;
        const pad = Math.max(DAY, (t1 - t0) * 0.05);
        view = { t0: t0 - pad, t1: t1 + pad };
      }
      render();
    },
    togglePlay(onStop) {
      stopped = onStop;
      if (playing !== undefined) {
        stop();
        return false;
      }
      if (!full) return false;
      const width = range.from && range.to ? Date.parse(range.to) - Date.parse(range.from) + DAY : 365 * DAY;
      const stepBy = Math.max(DAY, width / 4);
      let start = full.t0;
      host.dataset['playing'] = 'true';
      const step = () => {
        if (!full || start > full.t1) {
          stop();
          return;
        }
        range = { from: iso(start), to: iso(start + width - DAY) };
        drawBrush();
        onBrush(range.from, range.to);
        start += stepBy;
      };
      step();
      playing = window.setInterval(step, 900);
      return true;
    },
  };
}
