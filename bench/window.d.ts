// What client/src/bench.ts puts on `window` for the page.evaluate calls of bench/ui.mjs.
interface Window {
  bench: typeof import('../client/src/bench.ts').bench;
}
