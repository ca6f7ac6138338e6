// Narrow windows: the sidebar and the details panel collapse behind toggle buttons (collapsed from the start when the
// window is narrower than NARROW_PX), and the map can be enlarged over the graph and timeline.
import { byId } from './dom.ts';

export const NARROW_PX = 1200;

function toggle(
  button: HTMLElement,
  target: HTMLElement,
  cls: string,
  onChange: () => void,
  startCollapsed: boolean,
): void {
  const host = byId('explore');
  const set = (collapsed: boolean) => {
    host.classList.toggle(cls, collapsed);
    target.hidden = collapsed;
    button.setAttribute('aria-expanded', String(!collapsed));
    onChange();
  };
  button.setAttribute('aria-controls', target.id);
  button.addEventListener('click', () => set(!host.classList.contains(cls)));
  set(startCollapsed);
}

/** `onResize` is called after a panel opens or closes (the graph canvas must be told its new size). */
export function initLayout(onResize: () => void): void {
  const narrow = window.innerWidth < NARROW_PX;
  toggle(byId('btn-sidebar'), byId('sidebar'), 'no-sidebar', onResize, narrow);
  toggle(byId('btn-details'), byId('panel'), 'no-panel', onResize, false);

  const mapBox = byId('map-box');
  const big = byId('btn-map-big');
  const setBig = (on: boolean) => {
    mapBox.classList.toggle('big', on);
    big.setAttribute('aria-pressed', String(on));
    big.textContent = on ? 'Shrink' : 'Enlarge';
  };
  big.addEventListener('click', () => setBig(!mapBox.classList.contains('big')));
  mapBox.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && mapBox.classList.contains('big')) {
      setBig(false);
      big.focus();
    }
  });
}

/** Opening something in the details panel shows the panel again if it was collapsed. */
export function revealPanel(): void {
  const host = byId('explore');
  if (!host.classList.contains('no-panel')) return;
  byId('btn-details').click();
}
